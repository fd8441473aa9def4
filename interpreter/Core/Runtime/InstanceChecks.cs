// isinstance() and issubclass() as CPython's Objects/abstract.c has them. A class may decide
// for itself through its metaclass's __instancecheck__ / __subclasscheck__ (abc.ABCMeta
// does, for registered virtual subclasses and __subclasshook__); a tuple or a union means
// "any of these"; an object that is not a class but has __bases__ is walked by them; and an
// instance whose __class__ says something other than its type is judged by both.
using MiniPy.VM;

namespace MiniPy.Runtime;

public static class InstanceChecks
{
    const string InstanceArgMessage = "isinstance() arg 2 must be a type, a tuple of types, or a union";
    const string SubclassArgMessage = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

    static readonly PyStr InstanceCheck = PyStr.Intern("__instancecheck__");
    static readonly PyStr SubclassCheck = PyStr.Intern("__subclasscheck__");
    static readonly PyStr ClassName = PyStr.Intern("__class__");

    /// <summary>isinstance(o, cls).</summary>
    public static bool IsInstance(PyObject o, PyObject cls)
    {
        if (o.ObType == cls) return true;
        if (cls is PyType t)
        {
            if (t.ObType.IsHeapType && HeapTypes.LookupUserDefined(t.ObType, InstanceCheck) is { } check) return CallCheck(check, t, o);
            return RealIsInstance(o, t);
        }
        if (cls is PyUnionType union) cls = union.Args;
        if (cls is PyTuple tuple)
        {
            using var depth = Depth.Enter(" in __instancecheck__");
            foreach (var c in tuple.Items) if (IsInstance(o, c)) return true;
            return false;
        }
        if (cls is PyGenericAlias) throw Err.TypeError("isinstance() argument 2 cannot be a parameterized generic");
        if (cls.ObType.IsHeapType && HeapTypes.LookupUserDefined(cls.ObType, InstanceCheck) is { } checker) return CallCheck(checker, cls, o);
        // Not a class: something with __bases__ stands for one.
        if (!HasBases(cls)) throw Err.TypeError(InstanceArgMessage);
        var icls = Ops.GetAttrOrNull(o, "__class__");
        if (icls == null) return false;
        try { return AbstractIsSubclass(icls, cls); } finally { Rc.Dec(icls); }
    }

    /// <summary>issubclass(derived, cls).</summary>
    public static bool IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (t.ObType.IsHeapType && HeapTypes.LookupUserDefined(t.ObType, SubclassCheck) is { } check) return CallCheck(check, t, derived);
            return RealIsSubclass(derived, t);
        }
        if (cls is PyUnionType union) cls = union.Args;
        if (cls is PyTuple tuple)
        {
            using var depth = Depth.Enter(" in __subclasscheck__");
            foreach (var c in tuple.Items) if (IsSubclass(derived, c)) return true;
            return false;
        }
        if (cls is PyGenericAlias) throw Err.TypeError("issubclass() argument 2 cannot be a parameterized generic");
        if (cls.ObType.IsHeapType && HeapTypes.LookupUserDefined(cls.ObType, SubclassCheck) is { } checker) return CallCheck(checker, cls, derived);
        return RealIsSubclass(derived, cls);
    }

    /// <summary>type.__instancecheck__: the answer from the type and __class__ alone.</summary>
    public static bool RealIsInstance(PyObject o, PyType t)
    {
        if (o.ObType.IsSubtypeOf(t)) return true;
        // An object may claim another class through a __class__ property (proxies do).
        if (!o.ObType.IsHeapType || HeapTypes.LookupUserDefined(o.ObType, ClassName) == null) return false;
        var icls = Ops.GetAttrOrNull(o, "__class__");
        try { return icls is PyType claimed && claimed != o.ObType && claimed.IsSubtypeOf(t); }
        finally { Rc.XDec(icls); }
    }

    /// <summary>type.__subclasscheck__: the answer from the MRO alone (or from __bases__
    /// for objects that stand for classes).</summary>
    public static bool RealIsSubclass(PyObject derived, PyObject cls)
    {
        if (derived is PyType d && cls is PyType c) return d.IsSubtypeOf(c);
        if (!HasBases(derived)) throw Err.TypeError("issubclass() arg 1 must be a class");
        if (!HasBases(cls)) throw Err.TypeError(SubclassArgMessage);
        return AbstractIsSubclass(derived, cls);
    }

    static bool CallCheck(PyObject check, PyObject cls, PyObject o)
    {
        var r = Ops.CallWithSelf(check, cls, new[] { o }, null);
        try { return Ops.IsTrue(r); } finally { Rc.Dec(r); }
    }

    static bool HasBases(PyObject o)
    {
        if (o is PyType) return true;
        var bases = Ops.GetAttrOrNull(o, "__bases__");
        Rc.XDec(bases);
        return bases is PyTuple;
    }

    /// <summary>Whether cls is derived or one of its __bases__, recursively.</summary>
    static bool AbstractIsSubclass(PyObject derived, PyObject cls)
    {
        using var depth = Depth.Enter(" in __subclasscheck__");
        if (ReferenceEquals(derived, cls)) return true;
        if (derived is PyType d && cls is PyType c) return d.IsSubtypeOf(c);
        var bases = Ops.GetAttrOrNull(derived, "__bases__");
        try
        {
            if (bases is not PyTuple tuple) return false;
            foreach (var b in tuple.Items) if (AbstractIsSubclass(b, cls)) return true;
            return false;
        }
        finally { Rc.XDec(bases); }
    }

    /// <summary>Counts the nesting of checks that call back into Python (tuples inside
    /// tuples, __bases__ chains), so that a cycle of them is a RecursionError.</summary>
    readonly struct Depth : IDisposable
    {
        readonly ThreadState ts;
        Depth(ThreadState ts) => this.ts = ts;

        public static Depth Enter(string where)
        {
            var ts = ThreadState.Current;
            if (ts != null && ++ts.NativeDepth > ts.RecursionLimit)
            {
                ts.NativeDepth--;
                throw Err.New(ErrorTypes.RecursionError, "maximum recursion depth exceeded" + where);
            }
            return new Depth(ts);
        }

        public void Dispose()
        {
            if (ts != null) ts.NativeDepth--;
        }
    }
}
