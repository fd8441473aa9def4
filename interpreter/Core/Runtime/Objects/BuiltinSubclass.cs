// Classes derived from built-in value types: class Stack(list), class Config(dict),
// class Name(str), class Color(int, Enum), class Point(tuple).
//
// An instance of such a class is a PyInstance (so it has a __dict__ or __slots__, and the
// class's own methods and dunders are found as for any class) that holds the built-in value
// it extends in BaseValue: a real PyList, PyDict, PyStr, PyInt... The design keeps the
// interpreter's fast paths untouched: they test for the exact C# types (o is PyList), which
// an instance of a subclass is not, so it takes the generic path, where
//   • a dunder the class defines (__getitem__, __repr__, __eq__, __missing__ ...) is called,
//     as for any class (PyInstance looks up user-defined dunders first);
//   • anything else falls back to the base value's own behaviour: len(), indexing,
//     iteration, printing, hashing, comparison and arithmetic of the list/str/int inside,
//     with an operand that is itself such an instance unwrapped to its value;
//   • the built-in type's methods (append, upper, keys ...) receive the base value as self
//     (PyMethodDescriptor.Receiver), so they change or read the value inside.
// isinstance(x, list) holds, because the class derives from list. Results of inherited
// operations are plain built-in values, as in CPython (MyStr("a") + "b" is a str).
//
// Making an instance: an immutable value (str, int, float, tuple, bytes, frozenset) is made
// from the constructor's arguments; a mutable one (list, dict, set) starts empty when the
// class has its own __init__ (which fills it through super().__init__), else from the
// arguments. A class's own __new__ reaches the value through super().__new__(cls, ...),
// which is each built-in type's __new__ below.
namespace MiniPy.Runtime;

public static class BuiltinSubclass
{
    /// <summary>Whether instances of subclasses of t wrap a value of t (see the header).</summary>
    public static bool WrapsValuesOf(PyType t)
        => t == PyList.Type || t == PyDict.Type || t == PySet.SetType || t == PySet.FrozenSetType || t == PyTuple.Type
           || t == PyStr.Type || t == PyInt.Type || t == PyFloat.Type || t == PyComplex.Type || t == BuiltinTypes.BytesType
           || t == PyByteArray.Type || t == PyDeque.Type;

    static bool IsMutable(PyType t) => t == PyList.Type || t == PyDict.Type || t == PySet.SetType || t == PyByteArray.Type || t == PyDeque.Type;

    /// <summary>The built-in value type a class extends, or null.</summary>
    public static PyType ValueBase(PyType cls)
    {
        var t = cls;
        while (t.IsHeapType) t = t.Base;
        return WrapsValuesOf(t) ? t : null;
    }

    /// <summary>The constructor of a class derived from a built-in value type.</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var solid = ValueBase(cls);
        bool ownInit = IsMutable(solid) && HeapTypes.LookupUserDefined(cls, PyStr.Intern("__init__")) != null;
        var value = ownInit ? solid.Constructor(solid, ReadOnlySpan<PyObject>.Empty, null) : solid.Constructor(solid, args, kwnames);
        return Wrap(cls, value);
    }

    /// <summary>An instance of cls holding value (stolen).</summary>
    public static PyInstance Wrap(PyType cls, PyObject value)
    {
        var o = PyInstance.New(cls);
        o.BaseValue = value;
        return o;
    }

    /// <summary>The built-in value inside an instance of such a class, or o itself.</summary>
    public static PyObject Unwrap(PyObject o) => o is PyInstance { BaseValue: { } v } ? v : o;

    /// <summary>Adds __new__ (and, for the mutable types, __init__) to the built-in value
    /// types, for classes derived from them to call through super().</summary>
    public static void AddMethods()
    {
        foreach (var t in new[] { PyList.Type, PyDict.Type, PySet.SetType, PySet.FrozenSetType, PyTuple.Type, PyStr.Type, PyInt.Type, PyFloat.Type, PyComplex.Type, BuiltinTypes.BytesType, PyByteArray.Type, PyDeque.Type })
        {
            var solid = t;
            BuiltinTypes.AddClassFunction(t, "__new__", (args, kw) =>
            {
                if (args.Length == 0 || args[0] is not PyType cls)
                    throw Err.TypeError($"{solid.Name}.__new__(X): X is not a type object");
                if (!cls.IsSubtypeOf(solid)) throw Err.TypeError($"{solid.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {solid.Name}");
                var rest = args.Slice(1);
                if (cls == solid) return solid.Constructor(solid, rest, kw);
                var value = IsMutable(solid) ? solid.Constructor(solid, ReadOnlySpan<PyObject>.Empty, null) : solid.Constructor(solid, rest, kw);
                return Wrap(cls, value);
            });
        }
        BuiltinTypes.AddMethod(PyList.Type, "__init__", (self, args, kw) =>
        {
            ArgParser.Positional("list", args, kw, 0, 1);
            var list = (PyList)self;
            list.Clear();
            if (args.Length == 1) Rc.Dec(Ops.CallMethod(list, "extend", args[0]));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(PyDict.Type, "__init__", (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw Err.TypeError($"dict expected at most 1 argument, got {npos}");
            var fresh = PyDict.Type.Constructor(PyDict.Type, args, kw);
            try { DictMethods.UpdateFrom((PyDict)self, fresh); }
            finally { Rc.Dec(fresh); }
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(PyByteArray.Type, "__init__", (self, args, kw) =>
        {
            var fresh = (PyByteArray)PyByteArray.Construct(PyByteArray.Type, args, kw);
            var data = ((PyByteArray)self).Data;
            data.Clear();
            data.AddRange(fresh.Data);
            Rc.Dec(fresh);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(PySet.SetType, "__init__", (self, args, kw) =>
        {
            ArgParser.Positional("set", args, kw, 0, 1);
            Rc.Dec(Ops.CallMethod(self, "clear"));
            if (args.Length == 1) Rc.Dec(Ops.CallMethod(self, "update", args[0]));
            return Rc.New(PyNone.Instance);
        });
    }
}
