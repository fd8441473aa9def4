// range: an immutable arithmetic progression, and its iterator (which the VM's FOR_ITER
// knows about, so a 'for i in range(n)' loop allocates only the ints it yields).
namespace MiniPy.Runtime;

public sealed class PyRange : PyObject
{
    public static PyType Type;
    public long Start, Stop, Step, Length;

    PyRange() { }

    public static PyRange New(long start, long stop, long step)
    {
        if (step == 0) throw Err.ValueError("range() arg 3 must not be zero");
        var r = new PyRange { ObType = Type, Start = start, Stop = stop, Step = step };
        Heap.Allocated(Type);
        if (step > 0) r.Length = start < stop ? (stop - start - 1) / step + 1 : 0;
        else r.Length = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        return r;
    }

    public override string Repr() => Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";
    public override long LengthOrMinusOne() => Length;

    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "start" => PyInt.New(Start),
        "stop" => PyInt.New(Stop),
        "step" => PyInt.New(Step),
        _ => base.GetAttr(name),
    };
    public override PyObject Iter() => RangeIterator.New(Start, Step, Length);

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            s.Indices(Length, out long start, out _, out long step, out long len);
            long first = Start + start * Step;
            long newStep = Step * step;
            return New(first, first + len * newStep, newStep);
        }
        long i = Ops.IndexOf(key, "range indices must be integers or slices, not " + key.ObType.Name);
        if (i < 0) i += Length;
        if ((ulong)i >= (ulong)Length) throw Err.IndexError("range object index out of range");
        return PyInt.New(Start + i * Step);
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyInt n && !n.IsBig)
        {
            long v = n.Value;
            if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return false;
            return (v - Start) % Step == 0;
        }
        return base.Contains(item);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyRange o || (op != CompareOp.Eq && op != CompareOp.Ne)) return base.RichCompare(other, op);
        bool eq = Length == o.Length && (Length == 0 || (Start == o.Start && (Length == 1 || Step == o.Step)));
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash() => (Length * 31 + Start) * 31 + Step;
}

public sealed class RangeIterator : PyObject
{
    public static PyType Type;
    static readonly FreeList<RangeIterator> free = new(64);
    public long Next_, Step, Remaining;

    public static RangeIterator New(long start, long step, long length)
    {
        var it = free.Pop();
        it ??= new RangeIterator();
        it.ObType = Type;
        it.Next_ = start; it.Step = step; it.Remaining = length;
        Heap.Allocated(Type);
        return it;
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        if (!Heap.PoisonFreed) free.Push(this);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (Remaining <= 0) return null;
        Remaining--;
        long v = Next_;
        Next_ += Step;
        return PyInt.New(v);
    }

    public override long LengthOrMinusOne() => -1;
    public override bool IsTrue() => true;
}
