// What a type does as an object: attribute lookup through its MRO (class attributes,
// descriptors seen from the class), setting class attributes, calling it, its repr.
using MiniPy.VM;

namespace MiniPy.Runtime;

public sealed partial class PyType
{
    public override PyObject GetAttr(PyStr name) => FindAttrOrNull(name) ?? throw Err.AttributeMissing(this, name);

    protected override PyObject FindAttrOrNull(PyStr name)
    {
        switch (name.Value)
        {
            case "__name__": return PyStr.New(Name);
            case "__qualname__": return PyStr.New(QualifiedNameInModule ?? Name);
            case "__module__": return PyStr.New(Module);
            case "__dict__": return Dict != null ? PyMappingProxy.New(Dict) : Rc.New(PyNone.Instance);
            case "__mro__":
            {
                var t = PyTuple.New(Mro.Length);
                for (int i = 0; i < Mro.Length; i++) t.Items[i] = Rc.New(Mro[i]);
                return t;
            }
            case "__bases__": return PyTuple.Of(Bases);
            case "__base__": return Rc.New((PyObject)Base ?? PyNone.Instance);
            case "__class__": return Rc.New(ObType);
            case "__doc__":
                return Rc.New(Dict?.GetItemBorrowed("__doc__") ?? PyNone.Instance);
            case "__flags__": return PyInt.New(Flags);
        }
        // A metaclass's data descriptors (properties) come first, then the class's own
        // attributes, then the metaclass's other attributes, bound to the class.
        var meta = ObType.IsHeapType ? ObType.Lookup(name) : null;
        if (meta != null && meta.IsDataDescriptor) return meta.DescrGet(this, ObType);
        var v = Lookup(name);
        if (v != null) return v.DescrGet(null, this);
        // type's own methods (mro, __subclasses__, __instancecheck__...), bound to the class.
        meta ??= ObType.IsHeapType ? null : ObType.Lookup(name);
        if (meta != null) return meta.DescrGet(this, ObType);
        if (name.Value == "mro") return PyBuiltinFunction.Bind("mro", (self, a, k) => ((PyType)self).GetAttr(PyStr.Intern("__mro__")) is PyTuple mt ? PyList.FromSpanSteal(mt) : null, this);
        return null;
    }

    /// <summary>`cls.name = value` (value null: del): through the metaclass's own __setattr__
    /// or __delattr__ when it has one (an Enum class guards its members so), else stored.</summary>
    public override void SetAttr(PyStr name, PyObject value)
    {
        if (MetaclassSpecial(value == null ? Dunders.Delattr : Dunders.Setattr) is PyFunction hook)
        {
            Rc.Dec(value == null ? CallMetaclassSpecial(hook, name) : CallMetaclassSpecial(hook, name, value));
            return;
        }
        StoreAttr(name, value);
    }

    /// <summary>type.__setattr__ and type.__delattr__: the class's own store, which a
    /// metaclass's __setattr__ reaches through super().</summary>
    public void StoreAttr(PyStr name, PyObject value)
    {
        if (!IsHeapType) throw Err.TypeError($"cannot set '{name.Value}' attribute of immutable type '{MessageName}'");
        if (value == null)
        {
            var old = Dict.Pop(name);
            if (old == null) throw Err.AttributeMissing(this, name);
            Rc.Dec(old);
            return;
        }
        if (name.Value == "__name__" && value is PyStr n) { Name = n.Value; return; }
        if (name.Value == "__qualname__")
        {
            if (value is not PyStr q) throw Err.TypeError($"can only assign string to {Name}.__qualname__, not '{value.ObType.Name}'");
            QualifiedNameInModule = q.Value;
            return;
        }
        if (name.Value == "__module__" && value is PyStr module) Module = module.Value;
        Dict.SetItemNew(name, value);
        if (name.Value == "__getattribute__") OverridesGetAttribute = true;
    }

    public override PyDict InstanceDict => Dict;
    public override bool IsCallable => true;
    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var call = MetaclassSpecial(Dunders.Call);
        return call != null ? Ops.CallWithSelf(call, this, args, kwnames) : TypeCalls.Call(this, args, kwnames);
    }

    public override string Repr()
    {
        var repr = MetaclassSpecial(Dunders.Repr);
        if (repr == null) return $"<class '{QualifiedName}'>";
        var r = Ops.CallWithSelf(repr, this, ReadOnlySpan<PyObject>.Empty, null);
        try { return r is PyStr str ? str.Value : throw Err.TypeError($"__repr__ returned non-string (type {r.ObType.Name})"); }
        finally { Rc.Dec(r); }
    }

    // A class whose metaclass is a class statement's answers the protocols through the
    // metaclass's dunders (an Enum class is iterable, has a length, can be indexed by name).

    /// <summary>CPython's type flags that say what a class is: made by a class statement
    /// (HEAPTYPE), open to subclassing (BASETYPE), and which built-in it derives from (the
    /// *_SUBCLASS bits).</summary>
    long Flags
    {
        get
        {
            long flags = 0;
            if (IsHeapType) flags |= 1L << 9;
            if (BuiltinTypes.IsSubclassable(this)) flags |= 1L << 10;
            (PyType type, int bit)[] kinds =
            {
                (PyInt.Type, 24), (PyList.Type, 25), (PyTuple.Type, 26), (BuiltinTypes.BytesType, 27),
                (PyStr.Type, 28), (PyDict.Type, 29), (ErrorTypes.BaseException, 30), (TypeType, 31),
            };
            foreach (var (type, bit) in kinds)
                if (IsSubtypeOf(type)) flags |= 1L << bit;
            return flags;
        }
    }

    /// <summary>A dunder the class's metaclass defines, or null (type's own behaviour).</summary>
    PyObject MetaclassSpecial(PyStr name) => ObType.IsHeapType ? HeapTypes.LookupUserDefined(ObType, name) : null;

    PyObject CallMetaclassSpecial(PyObject fn, params PyObject[] args) => Ops.CallWithSelf(fn, this, args, null);

    public override PyObject Iter()
        => MetaclassSpecial(Dunders.Iter) is { } fn ? CallMetaclassSpecial(fn) : base.Iter();

    public override long LengthOrMinusOne()
    {
        if (MetaclassSpecial(Dunders.Len) is not { } fn) return base.LengthOrMinusOne();
        var r = CallMetaclassSpecial(fn);
        try { return r is PyInt i && !i.IsBig && i.Value >= 0 ? i.Value : throw Err.TypeError("__len__() should return >= 0"); }
        finally { Rc.Dec(r); }
    }

    public override bool Contains(PyObject item)
    {
        if (MetaclassSpecial(Dunders.Contains) is not { } fn) return base.Contains(item);
        var r = CallMetaclassSpecial(fn, item);
        try { return Ops.IsTrue(r); } finally { Rc.Dec(r); }
    }

    public override PyObject GetItem(PyObject key)
    {
        if (MetaclassSpecial(Dunders.Getitem) is { } fn) return CallMetaclassSpecial(fn, key);
        // Cls[key] on a class that defines or inherits __class_getitem__ (a class method;
        // list, dict, tuple, set, frozenset and type have one that makes a GenericAlias).
        if (Lookup(PyStr.Intern("__class_getitem__")) is { } classGetItem)
        {
            var bound = classGetItem.DescrGet(null, this);
            try { return Ops.Call(bound, key); } finally { Rc.Dec(bound); }
        }
        return base.GetItem(key);
    }

    /// <summary>An operator the metaclass defines (ctypes' `c_int * 4`), else int | str: a
    /// types.UnionType.</summary>
    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (MetaclassSpecial((reflected ? Dunders.Reflected : Dunders.Binary)[(int)op]) is { } fn)
            return CallMetaclassSpecial(fn, other);
        return op == BinaryOpKind.Or ? PyUnionType.Or(reflected ? other : this, reflected ? this : other) : Rc.New(PyNotImplemented.Instance);
    }
}
