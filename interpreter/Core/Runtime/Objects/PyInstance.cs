// Instances of classes defined by class statements (deriving from object). Every protocol
// operation looks for the matching dunder method on the class and calls it; without one,
// the object's default behaviour applies.
namespace MiniPy.Runtime;

public sealed class PyInstance : PyGcObject
{
    static readonly FreeList<PyInstance> free = new(256);
    public PyDict Dict;
    /// <summary>The values of the class's __slots__ (owned; null elements are unset), or
    /// null when the class has none (see Slots.cs).</summary>
    public PyObject[] SlotValues;
    /// <summary>For a class derived from a built-in value type, the value it extends (owned;
    /// see BuiltinSubclass.cs); null otherwise.</summary>
    public PyObject BaseValue;
    public override bool AllowsMethodFastPath => !ObType.OverridesGetAttribute;

    public static PyInstance New(PyType cls)
    {
        var o = free.Pop();
        o ??= new PyInstance();
        o.ObType = cls;
        // A recycled instance keeps its slot array when it has the size this class needs
        // (see Dealloc).
        var slots = o.SlotValues;
        o.SlotValues = cls.SlotCount == 0 ? null : slots != null && slots.Length == cls.SlotCount ? slots : new PyObject[cls.SlotCount];
        Heap.Allocated(cls);
        Rc.Inc(cls);
        CycleCollector.Track(o);
        return o;
    }

    /// <summary>object.__new__ for classes. Arguments are for __init__; TypeCalls rejects
    /// them when the class has no __init__ of its own.</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (cls == PyType.ObjectType)
        {
            if (args.Length > 0) throw Err.TypeError("object() takes no arguments");
            return PyObjectInstance.New();
        }
        return New(cls);
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Dict != null) visit(Dict);
        if (BaseValue != null) visit(BaseValue);
        if (SlotValues != null)
            foreach (var v in SlotValues)
                if (v != null) visit(v);
        visit(ObType);
    }

    /// <summary>For the collector, the attributes in a dict that only this instance holds
    /// are the instance's own references, as CPython 3.11 keeps them inside the object: the
    /// dict is then not tracked, and a cycle through an attribute costs one object, not two.
    /// A dict someone else also holds is an object of its own.</summary>
    internal override void VisitForCollector(Action<PyObject> visit)
    {
        var d = Dict;
        if (d != null && d.HeldByInstance && d.GcTable == 0 && Rc.CountOf(d) == 1)
        {
            d.VisitReferences(visit);
            if (BaseValue != null) visit(BaseValue);
            if (SlotValues != null)
                foreach (var v in SlotValues)
                    if (v != null) visit(v);
            visit(ObType);
            return;
        }
        VisitReferences(visit);
    }

    internal override bool HasFinalizer => ObType.Hooks.Del != null;

    internal override void RunFinalizer()
    {
        try { Rc.Dec(Ops.CallMethod(this, "__del__")); }
        catch (PyRaise r) { Unraisable.Report(r, ObType.Lookup("__del__") ?? this); }
    }

    /// <summary>Drops the attributes: the instance's dict and its __slots__ values.</summary>
    internal override void ClearReferences()
    {
        Rc.Clear(ref Dict);
        if (SlotValues != null)
        {
            var values = SlotValues;
            for (int i = 0; i < values.Length; i++) Rc.Clear(ref values[i]);
        }
    }

    protected internal override void Dealloc()
    {
        // __del__ runs once in an object's life (PEP 442): not again if the cycle collector
        // already ran it, or if an earlier run resurrected the object.
        if (HasFinalizer && BeginFinalizer())
        {
            Rc.Resurrect(this); // resurrect for the duration of the call, as CPython does
            RunFinalizer();
            if (Rc.StillReferencedAfterResurrection(this)) return;
        }
        if (HasWeakRefs) PyWeakRef.ObjectDying(this);
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        ClearReferences();
        // With the GIL, the emptied slot array goes back to the free list with the instance,
        // for the next instance of a class with as many slots; without it a thread that read
        // the array just before the free could still be reading it.
        if (!Heap.CachesTypeLookups) SlotValues = null;
        Rc.Clear(ref BaseValue);
        var t = ObType;
        if (!Heap.PoisonFreed) free.Push(this);
        else Poison.Mark(this);
        Rc.Dec(t);
    }

    public override PyDict InstanceDict => Dict;
    public override PyDict EnsureInstanceDict()
    {
        if (Dict != null || !ObType.InstancesHaveDict) return Dict;
        Dict = PyDict.NewSized(ObType.ExpectedAttributes, 0);
        Dict.HeldByInstance = true;
        return Dict;
    }

    /// <summary>A dunder defined by a class statement along the MRO (object's own defaults
    /// are the fallback behaviour, not overrides).</summary>
    PyObject Special(PyStr name) => HeapTypes.LookupUserDefined(ObType, name);

    public override string Repr()
        => Special(Dunders.Repr) != null ? Ops.CallDunderForString(this, "__repr__")
           : BaseValue is PyByteArray bytes ? bytes.ReprNamed(ObType.Name) // CPython's bytearray repr names the subclass
           : BaseValue is PyDeque deque ? deque.ReprNamed(ObType.Name) // and so does deque's
           : BaseValue is PySet set ? set.ReprNamed(ObType.Name, wrapped: true) // and set's and frozenset's
           : BaseValue?.Repr() ?? base.Repr();

    public override string Str()
        => Special(Dunders.Str) != null ? Ops.CallDunderForString(this, "__str__")
           // Of the built-in values only str has a __str__ of its own; the others print their repr.
           : BaseValue is PyStr ? BaseValue.Str() : Repr();

    public override bool IsTrue()
    {
        if (Special(Dunders.Bool) != null)
        {
            var r = Ops.CallMethod(this, "__bool__");
            try
            {
                if (r is not PyBool b) throw Err.TypeError($"__bool__ should return bool, returned {r.ObType.Name}");
                return b.Value != 0;
            }
            finally { Rc.Dec(r); }
        }
        if (Special(Dunders.Len) != null) return LengthOrMinusOne() != 0;
        return BaseValue?.IsTrue() ?? true;
    }

    public override long Hash()
    {
        var h = Special(Dunders.Hash);
        if (h == null) return BaseValue?.Hash() ?? base.Hash();
        if (h is PyNone) throw Err.TypeError($"unhashable type: '{ObType.Name}'");
        var r = Ops.CallMethod(this, "__hash__");
        try
        {
            if (r is not PyInt i) throw Err.TypeError("__hash__ method should return an integer");
            // As CPython: a result that fits in 64 bits is the hash itself (-1 becomes -2);
            // only a larger one is hashed as an int.
            if (i.IsBig) return i.Hash();
            return i.Value == -1 ? -2 : i.Value;
        }
        finally { Rc.Dec(r); }
    }

    public override bool IsHashable
    {
        get
        {
            var h = Special(Dunders.Hash);
            if (h is PyNone) return false;
            return h != null || (BaseValue?.IsHashable ?? true);
        }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var name = Dunders.Compare[(int)op];
        if (Special(name) != null) return Ops.CallMethod(this, name.Value, other);
        if (op == CompareOp.Ne && Special(Dunders.Eq) != null)
        {
            var eq = Ops.CallMethod(this, "__eq__", other);
            if (eq is PyNotImplemented) return eq;
            try { return PyBool.From(!Ops.IsTrue(eq)); } finally { Rc.Dec(eq); }
        }
        if (BaseValue != null) return BaseValue.RichCompare(BuiltinSubclass.Unwrap(other), op);
        return base.RichCompare(other, op);
    }

    public override PyObject GetAttr(PyStr name) => GetAttr(name, 0);

    protected override PyObject FindAttrOrNull(PyStr name)
        => ObType.OverridesGetAttribute ? GetAttrThroughOverride(name) : Attributes.GenericGetAttr(this, name, false);

    /// <summary>GetAttr for a caller that knows its thread's id (see Rc.Inc(o, thread); 0: look it up).</summary>
    public PyObject GetAttr(PyStr name, int thread)
        => ObType.OverridesGetAttribute ? GetAttrThroughOverride(name) : Attributes.GenericGetAttr(this, name, true, thread);

    /// <summary>A class that defines __getattribute__ answers every attribute access itself;
    /// when it raises AttributeError, __getattr__ (if defined) has the last word.</summary>
    PyObject GetAttrThroughOverride(PyStr name)
    {
        var getattribute = Special(Dunders.Getattribute);
        if (getattribute == null) return Attributes.GenericGetAttr(this, name, true);
        Rc.Inc(getattribute);
        try { return CallGetAttribute(getattribute, name); }
        finally { Rc.Dec(getattribute); }
    }

    PyObject CallGetAttribute(PyObject getattribute, PyStr name)
    {
        try { return Ops.CallWithSelf(getattribute, this, new PyObject[] { name }, null); }
        catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.AttributeError) && Special(Dunders.Getattr) != null)
        {
            Rc.Dec(e.TakeException());
            return Ops.CallMethod(this, "__getattr__", name);
        }
    }

    public override void SetAttr(PyStr name, PyObject value) => SetAttr(name, value, 0);

    /// <summary>SetAttr for a caller that knows its thread's id (see Rc.Inc(o, thread); 0: look it up).</summary>
    public void SetAttr(PyStr name, PyObject value, int thread)
    {
        if (!CallsOwnSetAttr(name, value)) Attributes.GenericSetAttr(this, name, value, thread);
    }

    /// <summary>`obj.__dict__ = d`: d becomes the instance's dict, shared with whoever else
    /// holds it (a dict subclass's instance lends the dict it extends); `del obj.__dict__`
    /// leaves the instance a new empty one on its next use, as in CPython 3.11.</summary>
    public void AssignDict(PyObject value)
    {
        PyDict dict = null;
        if (value != null)
        {
            dict = value as PyDict ?? (value as PyInstance)?.BaseValue as PyDict;
            if (dict == null) throw Err.TypeError($"__dict__ must be set to a dictionary, not a '{value.ObType.Name}'");
            dict.Exposed();
            Rc.Inc(dict);
        }
        var old = Dict;
        Dict = dict;
        Rc.XDec(old);
    }

    /// <summary>`obj.__class__ = cls` (value null: del): the instance becomes one of another
    /// class statement's classes whose instances are laid out the same (CPython's
    /// object_set_class and its compatible_for_assignment).</summary>
    public void AssignClass(PyObject value)
    {
        if (value == null) throw Err.TypeError("can't delete __class__ attribute");
        if (value is not PyType to) throw Err.TypeError($"__class__ must be set to a class, not '{value.ObType.Name}' object");
        var from = ObType;
        if (!from.IsHeapType || !to.IsHeapType)
            throw Err.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (to.Constructor != from.Constructor || to.InstancesHaveDict != from.InstancesHaveDict || !SameSlots(from, to))
            throw Err.TypeError($"__class__ assignment: '{to.Name}' object layout differs from '{from.Name}'");
        Heap.ChangesType(this, to);
        ObType = Rc.New(to);
        Rc.Dec(from);
    }

    /// <summary>Whether instances of the two classes keep the same __slots__ values: as many,
    /// with the same names in the same places.</summary>
    static bool SameSlots(PyType a, PyType b)
    {
        if (a.SlotCount != b.SlotCount) return false;
        return a.SlotCount == 0 || SlotNames(a).AsSpan().SequenceEqual(SlotNames(b));
    }

    /// <summary>The names of a class's __slots__ values, by their place in an instance.</summary>
    static string[] SlotNames(PyType t)
    {
        var names = new string[t.SlotCount];
        foreach (var k in t.Mro)
        {
            var d = k.Dict;
            if (d == null) continue;
            for (int i = 0; i < d.EntryCount; i++)
                if (d.Entries[i].Value is PySlotDescriptor member && member.Owner == k && member.Index < names.Length)
                    names[member.Index] ??= member.Name;
        }
        return names;
    }

    /// <summary>Calls the class's own __setattr__ (or __delattr__ when value is null), if it
    /// defines one; false when object's generic ones apply.</summary>
    public bool CallsOwnSetAttr(PyStr name, PyObject value)
    {
        var hooks = ObType.Hooks;
        if ((value == null ? hooks.UserDelAttr : hooks.UserSetAttr) is not PyFunction) return false;
        var r = value == null ? Ops.CallMethod(this, "__delattr__", name) : Ops.CallMethod(this, "__setattr__", name, value);
        Rc.Dec(r);
        return true;
    }

    public override bool IsCallable => Special(Dunders.Call) != null;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var f = Special(Dunders.Call);
        if (f == null) return base.Call(args, kwnames);
        return Ops.CallWithSelf(f, this, args, kwnames);
    }

    public override PyObject GetItem(PyObject key)
        => Special(Dunders.Getitem) != null ? Ops.CallMethod(this, "__getitem__", key) : BaseGetItem(key);

    /// <summary>Indexing the built-in value inside; a dict subclass's __missing__ answers for
    /// an absent key, as dict.__getitem__ does.</summary>
    PyObject BaseGetItem(PyObject key)
    {
        if (BaseValue == null) return base.GetItem(key);
        if (BaseValue is PyDict d && Special(PyStr.Intern("__missing__")) != null)
        {
            var v = d.GetItemNew(key);
            return v ?? Ops.CallMethod(this, "__missing__", key);
        }
        return BaseValue.GetItem(key);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (Special(Dunders.Setitem) == null)
        {
            if (BaseValue != null) BaseValue.SetItem(key, value);
            else base.SetItem(key, value);
            return;
        }
        Rc.Dec(Ops.CallMethod(this, "__setitem__", key, value));
    }

    public override void DelItem(PyObject key)
    {
        if (Special(Dunders.Delitem) == null) { if (BaseValue != null) BaseValue.DelItem(key); else base.DelItem(key); return; }
        Rc.Dec(Ops.CallMethod(this, "__delitem__", key));
    }

    public override long LengthOrMinusOne()
    {
        if (Special(Dunders.Len) == null) return BaseValue?.LengthOrMinusOne() ?? -1;
        var r = Ops.CallMethod(this, "__len__");
        try
        {
            if (r is not PyInt i) throw Err.TypeError($"'{r.ObType.Name}' object cannot be interpreted as an integer");
            if (i.IsBig && i.Big.Sign > 0) throw Err.OverflowError("cannot fit 'int' into an index-sized integer");
            if (i.IsBig || i.Value < 0) throw Err.ValueError("__len__() should return >= 0");
            return i.Value;
        }
        finally { Rc.Dec(r); }
    }

    public override PyObject Iter()
    {
        if (Special(Dunders.Iter) != null)
        {
            var it = Ops.CallMethod(this, "__iter__");
            // A class's __next__, or one of the built-in kinds that are never iterators
            // (returning the list itself is the classic slip).
            if (it is PyInstance ? it.ObType.Lookup("__next__") == null
                : it is PyInt or PyFloat or PyStr or PyBytes or PyList or PyTuple or PyDict or PySet or PyNone or PyComplex or PyByteArray)
            {
                var name = it.ObType.Name;
                Rc.Dec(it);
                throw Err.TypeError($"iter() returned non-iterator of type '{name}'");
            }
            return it;
        }
        // A built-in base that iterates (a list subclass) iterates its items itself, as
        // CPython's list_iter does, whatever __getitem__ the subclass defines.
        if (BaseValue != null && BaseValue.ObType.Lookup("__iter__") != null) return BaseValue.Iter();
        if (Special(Dunders.Getitem) != null) return SequenceIterator.New(this);
        return BaseValue?.Iter() ?? base.Iter();
    }

    public override PyObject Next()
    {
        if (Special(Dunders.Next) == null) return base.Next();
        try { return Ops.CallMethod(this, "__next__"); }
        catch (PyRaise r) when (r.Exc != null && r.Exc.ObType.IsSubtypeOf(ErrorTypes.StopIteration))
        {
            Rc.Dec(r.TakeException());
            return null;
        }
    }

    public override bool Contains(PyObject item)
    {
        if (Special(Dunders.Contains) == null) return BaseValue?.Contains(item) ?? base.Contains(item);
        var r = Ops.CallMethod(this, "__contains__", item);
        try { return Ops.IsTrue(r); } finally { Rc.Dec(r); }
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        var name = (reflected ? Dunders.Reflected : Dunders.Binary)[(int)op];
        if (Special(name) == null)
            return BaseValue?.BinaryOp(op, BuiltinSubclass.Unwrap(other), reflected) ?? Rc.New(PyNotImplemented.Instance);
        return Ops.CallMethod(this, name.Value, other);
    }

    public override PyObject InPlaceOp(BinaryOpKind op, PyObject other)
    {
        var name = Dunders.InPlace[(int)op];
        if (Special(name) == null)
        {
            // The value inside changes in place (a list subclass's +=): the instance is the result.
            if (BaseValue == null) return null;
            var result = BaseValue.InPlaceOp(op, BuiltinSubclass.Unwrap(other));
            if (result == null) return null;
            if (ReferenceEquals(result, BaseValue)) { Rc.Dec(result); return Rc.New(this); }
            return result;
        }
        var r = Ops.CallMethod(this, name.Value, other);
        if (r is PyNotImplemented) { Rc.Dec(r); return null; }
        return r;
    }

    public override PyObject UnaryOp(UnaryOpKind op)
    {
        var name = op switch { UnaryOpKind.Neg => Dunders.Neg, UnaryOpKind.Pos => Dunders.Pos, _ => Dunders.Invert };
        if (Special(name) == null) return BaseValue?.UnaryOp(op) ?? base.UnaryOp(op);
        return Ops.CallMethod(this, name.Value);
    }

    public override bool TryIndex(out long value)
    {
        if (Special(Dunders.Index) == null)
        {
            if (BaseValue != null) return BaseValue.TryIndex(out value);
            value = 0;
            return false;
        }
        var r = Ops.CallMethod(this, "__index__");
        try
        {
            if (r is not PyInt i) throw Err.TypeError($"__index__ returned non-int (type {r.ObType.Name})");
            return i.TryIndex(out value);
        }
        finally { Rc.Dec(r); }
    }

    public override PyObject DescrGet(PyObject instance, PyType owner)
    {
        if (Special(Dunders.Get) == null) return Rc.New(this);
        return Ops.CallMethod(this, "__get__", instance ?? PyNone.Instance, owner);
    }

    public override bool IsDataDescriptor => Special(Dunders.Set) != null || Special(PyStr.Intern("__delete__")) != null;

    /// <summary>Assignment through the descriptor (__set__), or deletion (value null:
    /// __delete__); a descriptor without the method says so, as CPython's AttributeError.</summary>
    public override void DescrSet(PyObject instance, PyObject value)
    {
        if (value == null)
        {
            if (Special(PyStr.Intern("__delete__")) == null) throw Err.AttributeError("__delete__");
            Rc.Dec(Ops.CallMethod(this, "__delete__", instance));
            return;
        }
        if (Special(Dunders.Set) == null) throw Err.AttributeError("__set__");
        Rc.Dec(Ops.CallMethod(this, "__set__", instance, value));
    }
}

/// <summary>A plain object() instance: no dict, identity equality.</summary>
public sealed class PyObjectInstance : PyObject
{
    public static PyObjectInstance New()
    {
        var o = new PyObjectInstance { ObType = PyType.ObjectType };
        Heap.Allocated(PyType.ObjectType);
        return o;
    }
}

/// <summary>The dunder names instances look up, interned once.</summary>
internal static class Dunders
{
    public static readonly PyStr Bool = PyStr.Intern("__bool__");
    public static readonly PyStr Call = PyStr.Intern("__call__");
    public static readonly PyStr Contains = PyStr.Intern("__contains__");
    public static readonly PyStr Delitem = PyStr.Intern("__delitem__");
    public static readonly PyStr Eq = PyStr.Intern("__eq__");
    public static readonly PyStr Get = PyStr.Intern("__get__");
    public static readonly PyStr Getitem = PyStr.Intern("__getitem__");
    public static readonly PyStr Hash = PyStr.Intern("__hash__");
    public static readonly PyStr Index = PyStr.Intern("__index__");
    public static readonly PyStr Iter = PyStr.Intern("__iter__");
    public static readonly PyStr Len = PyStr.Intern("__len__");
    public static readonly PyStr Next = PyStr.Intern("__next__");
    public static readonly PyStr Repr = PyStr.Intern("__repr__");
    public static readonly PyStr Set = PyStr.Intern("__set__");
    public static readonly PyStr Setitem = PyStr.Intern("__setitem__");
    public static readonly PyStr Str = PyStr.Intern("__str__");
    public static readonly PyStr Setattr = PyStr.Intern("__setattr__");
    public static readonly PyStr Getattribute = PyStr.Intern("__getattribute__");
    public static readonly PyStr Getattr = PyStr.Intern("__getattr__");
    public static readonly PyStr Neg = PyStr.Intern("__neg__");
    public static readonly PyStr Pos = PyStr.Intern("__pos__");
    public static readonly PyStr Invert = PyStr.Intern("__invert__");
    public static readonly PyStr Delattr = PyStr.Intern("__delattr__");
    public static readonly PyStr New = PyStr.Intern("__new__");
    public static readonly PyStr Init = PyStr.Intern("__init__");
    public static readonly PyStr Del = PyStr.Intern("__del__");

    static PyStr[] Named(string prefix, string[] ops) => Array.ConvertAll(ops, op => PyStr.Intern(prefix + op + "__"));
    static readonly string[] binary = { "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and" };
    public static readonly PyStr[] Binary = Named("__", binary);
    public static readonly PyStr[] Reflected = Named("__r", binary);
    public static readonly PyStr[] InPlace = Named("__i", binary);
    public static readonly PyStr[] Compare = Named("__", new[] { "lt", "le", "eq", "ne", "gt", "ge" });
}
