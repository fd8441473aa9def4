// Instances of classes defined by class statements (deriving from object). Every protocol
// operation looks for the matching dunder method on the class and calls it; without one,
// the object's default behaviour applies.
namespace MiniPy.Runtime;

public sealed class PyInstance : PyObject
{
    static readonly FreeList<PyInstance> free = new(256);
    public PyDict Dict;
    public override bool AllowsMethodFastPath => true;

    public static PyInstance New(PyType cls)
    {
        var o = free.Pop();
        if (o == null) o = new PyInstance();
        else o.RefCount = 1;
        o.ObType = cls;
        Heap.Allocated(cls);
        Rc.Inc(cls);
        return o;
    }

    /// <summary>object.__new__ for classes: accepts arguments only when __init__ will take them.</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (args.Length > 0 && cls.Lookup("__init__") == null)
            throw Err.TypeError(cls.IsHeapType ? $"{cls.Name}() takes no arguments" : "object() takes no arguments");
        if (cls == PyType.ObjectType) return PyObjectInstance.New();
        return New(cls);
    }

    protected internal override void Dealloc()
    {
        var del = ObType.Lookup("__del__");
        if (del != null)
        {
            RefCount = 1; // resurrect for the duration of the call, as CPython does
            try { Rc.Dec(Ops.CallMethod(this, "__del__")); }
            catch (PyRaise r) { Rc.Dec(r.TakeException()); }
            if (--RefCount > 0) return;
        }
        Heap.Freed(this);
        Rc.Clear(ref Dict);
        var t = ObType;
        if (!Heap.PoisonFreed) free.Push(this);
        else Poison.Mark(this);
        Rc.Dec(t);
    }

    public override PyDict InstanceDict => Dict;
    public override PyDict EnsureInstanceDict() => Dict ??= PyDict.New();

    /// <summary>A dunder defined by a class statement along the MRO (object's own defaults
    /// are the fallback behaviour, not overrides).</summary>
    PyObject Special(string name) => HeapTypes.LookupUserDefined(ObType, PyStr.Intern(name));

    public override string Repr()
        => Special("__repr__") != null ? Ops.CallDunderForString(this, "__repr__") : base.Repr();

    public override string Str()
        => Special("__str__") != null ? Ops.CallDunderForString(this, "__str__") : Repr();

    public override bool IsTrue()
    {
        if (Special("__bool__") != null)
        {
            var r = Ops.CallMethod(this, "__bool__");
            try
            {
                if (r is not PyBool b) throw Err.TypeError($"__bool__ should return bool, returned {r.ObType.Name}");
                return b.Value != 0;
            }
            finally { Rc.Dec(r); }
        }
        if (Special("__len__") != null) return LengthOrMinusOne() != 0;
        return true;
    }

    public override long Hash()
    {
        var h = Special("__hash__");
        if (h == null)
        {
            if (Special("__eq__") is PyFunction) throw Err.TypeError($"unhashable type: '{ObType.Name}'");
            return base.Hash();
        }
        if (h is PyNone) throw Err.TypeError($"unhashable type: '{ObType.Name}'");
        var r = Ops.CallMethod(this, "__hash__");
        try
        {
            if (r is not PyInt i) throw Err.TypeError("__hash__ method should return an integer");
            long v = i.Hash();
            return v;
        }
        finally { Rc.Dec(r); }
    }

    public override bool IsHashable
    {
        get
        {
            var h = Special("__hash__");
            if (h is PyNone) return false;
            return h != null || Special("__eq__") is not PyFunction;
        }
    }

    static readonly string[] compareNames = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var name = compareNames[(int)op];
        if (Special(name) != null) return Ops.CallMethod(this, name, other);
        if (op == CompareOp.Ne && Special("__eq__") != null)
        {
            var eq = Ops.CallMethod(this, "__eq__", other);
            if (eq is PyNotImplemented) return eq;
            try { return PyBool.From(!Ops.IsTrue(eq)); } finally { Rc.Dec(eq); }
        }
        return base.RichCompare(other, op);
    }

    public override PyObject GetAttr(PyStr name) => Attributes.GenericGetAttr(this, name, true);

    public override void SetAttr(PyStr name, PyObject value)
    {
        if (Special(value == null ? "__delattr__" : "__setattr__") is PyFunction)
        {
            var r = value == null ? Ops.CallMethod(this, "__delattr__", name) : Ops.CallMethod(this, "__setattr__", name, value);
            Rc.Dec(r);
            return;
        }
        Attributes.GenericSetAttr(this, name, value);
    }

    public override bool IsCallable => Special("__call__") != null;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var f = Special("__call__");
        if (f == null) return base.Call(args, kwnames);
        return Ops.CallWithSelf(f, this, args, kwnames);
    }

    public override PyObject GetItem(PyObject key)
        => Special("__getitem__") != null ? Ops.CallMethod(this, "__getitem__", key) : base.GetItem(key);

    public override void SetItem(PyObject key, PyObject value)
    {
        if (Special("__setitem__") == null) { base.SetItem(key, value); return; }
        Rc.Dec(Ops.CallMethod(this, "__setitem__", key, value));
    }

    public override void DelItem(PyObject key)
    {
        if (Special("__delitem__") == null) { base.DelItem(key); return; }
        Rc.Dec(Ops.CallMethod(this, "__delitem__", key));
    }

    public override long LengthOrMinusOne()
    {
        if (Special("__len__") == null) return -1;
        var r = Ops.CallMethod(this, "__len__");
        try
        {
            if (r is not PyInt i) throw Err.TypeError($"'{r.ObType.Name}' object cannot be interpreted as an integer");
            if (i.IsBig || i.Value < 0) throw Err.ValueError("__len__() should return >= 0");
            return i.Value;
        }
        finally { Rc.Dec(r); }
    }

    public override PyObject Iter()
    {
        if (Special("__iter__") != null)
        {
            var it = Ops.CallMethod(this, "__iter__");
            if (it is PyInstance && it.ObType.Lookup("__next__") == null)
            {
                var name = it.ObType.Name;
                Rc.Dec(it);
                throw Err.TypeError($"iter() returned non-iterator of type '{name}'");
            }
            return it;
        }
        if (Special("__getitem__") != null) return SequenceIterator.New(this);
        return base.Iter();
    }

    public override PyObject Next()
    {
        if (Special("__next__") == null) return base.Next();
        try { return Ops.CallMethod(this, "__next__"); }
        catch (PyRaise r) when (r.Exc != null && r.Exc.ObType.IsSubtypeOf(ErrorTypes.StopIteration))
        {
            Rc.Dec(r.TakeException());
            return null;
        }
    }

    public override bool Contains(PyObject item)
    {
        if (Special("__contains__") == null) return base.Contains(item);
        var r = Ops.CallMethod(this, "__contains__", item);
        try { return Ops.IsTrue(r); } finally { Rc.Dec(r); }
    }

    static readonly string[] binaryNames = { "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and" };

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        string name = (reflected ? "__r" : "__") + binaryNames[(int)op] + "__";
        if (Special(name) == null) return Rc.New(PyNotImplemented.Instance);
        return Ops.CallMethod(this, name, other);
    }

    public override PyObject InPlaceOp(BinaryOpKind op, PyObject other)
    {
        string name = "__i" + binaryNames[(int)op] + "__";
        if (Special(name) == null) return null;
        var r = Ops.CallMethod(this, name, other);
        if (r is PyNotImplemented) { Rc.Dec(r); return null; }
        return r;
    }

    public override PyObject UnaryOp(UnaryOpKind op)
    {
        string name = op switch { UnaryOpKind.Neg => "__neg__", UnaryOpKind.Pos => "__pos__", _ => "__invert__" };
        if (Special(name) == null) return base.UnaryOp(op);
        return Ops.CallMethod(this, name);
    }

    public override bool TryIndex(out long value)
    {
        if (Special("__index__") == null) { value = 0; return false; }
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
        if (Special("__get__") == null) return Rc.New(this);
        return Ops.CallMethod(this, "__get__", instance ?? PyNone.Instance, owner);
    }

    public override bool IsDataDescriptor => Special("__set__") != null;

    public override void DescrSet(PyObject instance, PyObject value)
        => Rc.Dec(Ops.CallMethod(this, "__set__", instance, value));
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

/// <summary>The iterator for objects that define only __getitem__: indexes 0, 1, 2, ...
/// until IndexError.</summary>
public sealed class SequenceIterator : PyObject
{
    public static PyType Type;
    PyObject seq;
    long index;

    public static SequenceIterator New(PyObject seq)
    {
        var it = new SequenceIterator { ObType = Type, seq = Rc.New(seq) };
        Heap.Allocated(Type);
        return it;
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref seq);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (seq == null) return null;
        var i = PyInt.New(index++);
        try { return seq.GetItem(i); }
        catch (PyRaise r) when (r.Exc != null && (r.Exc.ObType.IsSubtypeOf(ErrorTypes.IndexError) || r.Exc.ObType.IsSubtypeOf(ErrorTypes.StopIteration)))
        {
            Rc.Dec(r.TakeException());
            Rc.Clear(ref seq);
            return null;
        }
        finally { Rc.Dec(i); }
    }
}
