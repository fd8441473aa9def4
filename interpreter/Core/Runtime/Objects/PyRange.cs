// range: an immutable arithmetic progression, and its iterator (which the VM's FOR_ITER
// knows about, so a 'for i in range(n)' loop allocates only the ints it yields).
//
// A range whose bounds or length do not fit in 64 bits (range(10**20), range(2**64, 2**64
// + 3)) keeps them as big ints instead (BigBounds); its operations take the slower path, and
// its len() is CPython's OverflowError when the length does not fit.
using System.Numerics;

namespace MiniPy.Runtime;

public sealed class PyRange : PyObject
{
    public static PyType Type;
    /// <summary>The bounds and length, when the range is not big (see Big).</summary>
    public long Start, Stop, Step, Length;

    /// <summary>The bounds and length of a big range; null for every other.</summary>
    public sealed class BigBounds
    {
        public BigInteger Start, Stop, Step, Length;
    }

    public BigBounds Big { get; private set; }

    PyRange() { }

    public static PyRange New(long start, long stop, long step)
    {
        if (step == 0) throw Err.ValueError("range() arg 3 must not be zero");
        // In unsigned arithmetic, which holds any span between two longs (and -long.MinValue):
        // no Int128, so that this method is precompiled (see PyInt).
        ulong length = step > 0
            ? (start < stop ? ((ulong)stop - (ulong)start - 1) / (ulong)step + 1 : 0)
            : (start > stop ? ((ulong)start - (ulong)stop - 1) / (0UL - (ulong)step) + 1 : 0);
        if (length > long.MaxValue) return NewBig(start, stop, step);
        var r = new PyRange { ObType = Type, Start = start, Stop = stop, Step = step, Length = (long)length };
        Heap.Allocated(Type);
        return r;
    }

    /// <summary>A range from bounds of any size: the 64-bit kind when they and the length fit.</summary>
    public static PyRange New(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.IsZero) throw Err.ValueError("range() arg 3 must not be zero");
        if (Fits(start) && Fits(stop) && Fits(step)) return New((long)start, (long)stop, (long)step);
        return NewBig(start, stop, step);
    }

    static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    static PyRange NewBig(BigInteger start, BigInteger stop, BigInteger step)
    {
        var length = step.Sign > 0
            ? (start < stop ? (stop - start - 1) / step + 1 : BigInteger.Zero)
            : (start > stop ? (start - stop - 1) / -step + 1 : BigInteger.Zero);
        var r = new PyRange { ObType = Type, Big = new BigBounds { Start = start, Stop = stop, Step = step, Length = length } };
        r.Length = Fits(length) ? (long)length : long.MaxValue;
        Heap.Allocated(Type);
        return r;
    }

    public BigInteger BigStart => Big?.Start ?? Start;
    public BigInteger BigStop => Big?.Stop ?? Stop;
    public BigInteger BigStep => Big?.Step ?? Step;
    public BigInteger BigLength => Big?.Length ?? Length;

    /// <summary>The range's item i (0 &lt;= i &lt; length) as a new int.</summary>
    public PyObject ItemAt(BigInteger i) => Big == null ? PyInt.New(Start + (long)i * Step) : PyInt.New(Big.Start + i * Big.Step);

    public override string Repr()
        => BigStep.IsOne ? $"range({BigStart}, {BigStop})" : $"range({BigStart}, {BigStop}, {BigStep})";

    public override long LengthOrMinusOne()
        => Big == null || Fits(Big.Length) ? Length : throw Err.OverflowError("Python int too large to convert to C ssize_t");

    public override bool IsTrue() => Big == null ? Length != 0 : !Big.Length.IsZero;

    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "start" => PyInt.New(BigStart),
        "stop" => PyInt.New(BigStop),
        "step" => PyInt.New(BigStep),
        _ => base.GetAttr(name),
    };

    public override PyObject Iter() => Big == null ? RangeIterator.New(Start, Step, Length) : BigRangeIterator.New(Big.Start, Big.Step, Big.Length);

    /// <summary>reversed(range): an iterator stepping down from the last item.</summary>
    public PyObject ReversedIterator()
    {
        if (Big == null) return RangeIterator.New(Start + (Length - 1) * Step, -Step, Length);
        return BigRangeIterator.New(Big.Start + (Big.Length - 1) * Big.Step, -Big.Step, Big.Length);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            if (Big == null)
            {
                s.Indices(Length, out long start, out _, out long step, out long len);
                BigInteger first = (BigInteger)Start + (BigInteger)start * Step;
                BigInteger newStep = (BigInteger)Step * step;
                return New(first, first + len * newStep, newStep);
            }
            BigSliceIndices(s, Big.Length, out var bstart, out var bstep, out var blen);
            var bfirst = Big.Start + bstart * Big.Step;
            var bnewStep = Big.Step * bstep;
            return New(bfirst, bfirst + blen * bnewStep, bnewStep);
        }
        if (Big != null) return BigItem(key is PyInt bigIndex ? bigIndex.AsBig : Ops.IndexOf(key, "range indices must be integers or slices"));
        long i = Ops.IndexOf(key, "range indices must be integers or slices");
        if (i < 0) i += Length;
        if ((ulong)i >= (ulong)Length) throw Err.IndexError("range object index out of range");
        return PyInt.New(Start + i * Step);
    }

    /// <summary>slice.indices for a length beyond 64 bits (CPython's _PySlice_GetLongIndices):
    /// the first index, the step and the number of items the slice takes.</summary>
    static void BigSliceIndices(PySlice slice, BigInteger length, out BigInteger start, out BigInteger step, out BigInteger count)
    {
        step = slice.Step is null or PyNone ? BigInteger.One : SliceBound(slice.Step);
        if (step.IsZero) throw Err.ValueError("slice step cannot be zero");
        bool down = step.Sign < 0;
        BigInteger lower = down ? -1 : 0, upper = down ? length - 1 : length;
        start = slice.Start is null or PyNone ? (down ? upper : lower) : Clamp(SliceBound(slice.Start), length, lower, upper);
        var stop = slice.Stop is null or PyNone ? (down ? lower : upper) : Clamp(SliceBound(slice.Stop), length, lower, upper);
        count = !down ? (start < stop ? (stop - start - 1) / step + 1 : 0) : (start > stop ? (start - stop - 1) / -step + 1 : 0);
    }

    static BigInteger SliceBound(PyObject o)
        => o is PyInt i ? i.AsBig
            : o.TryIndex(out long v) ? v : throw Err.TypeError("slice indices must be integers or None or have an __index__ method");

    static BigInteger Clamp(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (v.Sign < 0) v += length;
        return v < lower ? lower : v > upper ? upper : v;
    }

    PyObject BigItem(BigInteger i)
    {
        if (i.Sign < 0) i += Big.Length;
        if (i.Sign < 0 || i >= Big.Length) throw Err.IndexError("range object index out of range");
        return PyInt.New(Big.Start + i * Big.Step);
    }

    public override bool Contains(PyObject item)
    {
        if (Big == null && item is PyInt n && !n.IsBig && n.ObType == PyInt.Type)
        {
            long v = n.Value;
            if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return false;
            return (v - Start) % Step == 0;
        }
        if (item is PyInt any && (any.ObType == PyInt.Type || any is PyBool)) return IndexOfValue(any.AsBig) >= 0;
        return base.Contains(item);
    }

    /// <summary>The position of int v in the range, or -1.</summary>
    public BigInteger IndexOfValue(BigInteger v)
    {
        BigInteger start = BigStart, stop = BigStop, step = BigStep;
        if (step.Sign > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return BigInteger.MinusOne;
        var offset = v - start;
        return (offset % step).IsZero ? offset / step : BigInteger.MinusOne;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyRange o || (op != CompareOp.Eq && op != CompareOp.Ne)) return base.RichCompare(other, op);
        var length = BigLength;
        bool eq = length == o.BigLength && (length.IsZero || (BigStart == o.BigStart && (length.IsOne || BigStep == o.BigStep)));
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash() => Big == null ? (Length * 31 + Start) * 31 + Step : (long)((Big.Length * 31 + Big.Start) * 31 + Big.Step & long.MaxValue);
}

/// <summary>The iterator of a big range (CPython's longrange_iterator).</summary>
public sealed class BigRangeIterator : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("longrange_iterator", "builtins", t => SlotWrappers.Add(t, SlotWrappers.Protocols.Iterator));
    BigInteger next, step, remaining;

    public static BigRangeIterator New(BigInteger start, BigInteger step, BigInteger length)
    {
        var it = new BigRangeIterator { ObType = Type, next = start, step = step, remaining = length };
        Heap.Allocated(Type);
        return it;
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (remaining.Sign <= 0) return null;
        remaining -= 1;
        var v = next;
        next += step;
        return PyInt.New(v);
    }

    public override bool IsTrue() => true;
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
