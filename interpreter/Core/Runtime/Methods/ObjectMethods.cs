// The methods of 'object' that classes inherit and call through super(): __init__,
// __new__, __repr__, __str__, __eq__, __ne__, __hash__, __setattr__, __delattr__, __format__.
namespace MiniPy.Runtime;

public static class ObjectMethods
{
    public static void Add(PyType t)
    {
        BuiltinTypes.AddMethod(t, "__init__", (self, args, kw) => Rc.New(PyNone.Instance));
        BuiltinTypes.AddClassFunction(t, "__new__", (args, kw) =>
        {
            if (args.Length < 1 || args[0] is not PyType cls) throw Err.TypeError("object.__new__(X): X is not a type object");
            return cls == PyType.ObjectType ? PyObjectInstance.New() : cls.Constructor(cls, ReadOnlySpan<PyObject>.Empty, null);
        });
        BuiltinTypes.AddMethod(t, "__repr__", (self, args, kw) =>
            PyStr.New($"<{self.ObType.QualifiedName} object at 0x{Identity.Of(self):x}>"));
        BuiltinTypes.AddMethod(t, "__str__", (self, args, kw) => Ops.ReprObj(self));
        BuiltinTypes.AddMethod(t, "__eq__", (self, args, kw) =>
            ReferenceEquals(self, args[0]) ? PyBool.From(true) : Rc.New(PyNotImplemented.Instance));
        BuiltinTypes.AddMethod(t, "__ne__", (self, args, kw) =>
        {
            var eq = Ops.RichCompare(self, args[0], CompareOp.Eq);
            try { return PyBool.From(!Ops.IsTrue(eq)); } finally { Rc.Dec(eq); }
        });
        // A built-in value (3, "a", (1, 2)) hashes by its value, as hash() does; an instance
        // of a class gets the identity hash here, also when its own __hash__ calls this one.
        BuiltinTypes.AddMethod(t, "__hash__", (self, args, kw) =>
            PyInt.New(self is PyInstance ? Identity.Of(self) >> 4 : Ops.Hash(self)));
        BuiltinTypes.AddMethod(t, "__setattr__", (self, args, kw) =>
        {
            ArgParser.Positional("__setattr__", args, kw, 2, 2);
            Attributes.GenericSetAttr(self, (PyStr)args[0], args[1]);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "__delattr__", (self, args, kw) =>
        {
            ArgParser.Positional("__delattr__", args, kw, 1, 1);
            Attributes.GenericSetAttr(self, (PyStr)args[0], null);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "__getattribute__", (self, args, kw) =>
        {
            ArgParser.Positional("__getattribute__", args, kw, 1, 1);
            return Attributes.GenericGetAttr(self, (PyStr)args[0], true);
        });
        BuiltinTypes.AddMethod(t, "__format__", (self, args, kw) =>
        {
            var spec = args.Length > 0 ? Ops.Str(args[0]) : "";
            if (spec.Length > 0) throw Err.TypeError($"unsupported format string passed to {self.ObType.Name}.__format__");
            return Ops.StrObj(self);
        });
    }
}
