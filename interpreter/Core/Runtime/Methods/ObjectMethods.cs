// The methods of 'object' that classes inherit and call through super(): __init__,
// __new__, __repr__, __str__, __eq__, __ne__, the orderings (NotImplemented, so that the
// other operand decides), __hash__, __setattr__, __delattr__, __format__, __sizeof__, __dir__.
namespace MiniPy.Runtime;

public static class ObjectMethods
{
    public static void Add(PyType t)
    {
        BuiltinTypes.AddMethod(t, "__init__", (self, args, kw) => Rc.New(PyNone.Instance));
        BuiltinTypes.AddClassFunction(t, "__new__", VM.TypeCalls.ObjectNew);
        // The end of every __init_subclass__ chain: accepts no class keywords.
        var initSubclass = new PyBuiltinFunction("__init_subclass__", (args, kw) =>
        {
            if (kw != null && kw.Count > 0) throw Err.TypeError($"{((PyType)args[0]).Name}.__init_subclass__() takes no keyword arguments");
            return Rc.New(PyNone.Instance);
        });
        var classMethod = PyClassMethod.Construct(PyClassMethod.Type, new PyObject[] { initSubclass }, null);
        classMethod.IsStatic = true;
        t.Dict.SetItemNew("__init_subclass__", classMethod);
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
        foreach (var ordering in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            BuiltinTypes.AddMethod(t, ordering, (self, args, kw) =>
            {
                ArgParser.Positional(ordering, args, kw, 1, 1);
                return Rc.New(PyNotImplemented.Instance);
            });
        BuiltinTypes.AddMethod(t, "__sizeof__", (self, args, kw) =>
        {
            ArgParser.Positional("__sizeof__", args, kw, 0, 0);
            return PyInt.New(ObjectSizes.SizeOf(self));
        });
        BuiltinTypes.AddMethod(t, "__dir__", (self, args, kw) =>
        {
            ArgParser.Positional("__dir__", args, kw, 0, 0);
            return BuiltinFunctions.DirOf(self);
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
            if (args[0] is not PyStr name) throw Err.TypeError($"attribute name must be string, not '{args[0].ObType.Name}'");
            return Attributes.ObjectGetAttribute(self, name);
        });
        BuiltinTypes.AddMethod(t, "__format__", (self, args, kw) =>
        {
            ArgParser.Positional("__format__", args, kw, 1, 1);
            if (args[0] is not PyStr spec) throw Err.TypeError($"__format__() argument must be str, not {args[0].ObType.Name}");
            return PyStr.New(Formatting.FormatWithoutOverride(self, spec.Value));
        });
    }
}
