// slice: the start:stop:step triple of a subscript, and the index arithmetic that clamps it
// to a sequence's length exactly as CPython's PySlice_AdjustIndices does.
namespace MiniPy.Runtime;

public sealed class PySlice : PyObject
{
    public static PyType Type;
    public PyObject Start, Stop, Step; // owned; None when absent

    PySlice() { }

    /// <summary>A new slice taking new references to its parts (null means None).</summary>
    public static PySlice New(PyObject start, PyObject stop, PyObject step)
    {
        var s = new PySlice { ObType = Type };
        Heap.Allocated(Type);
        s.Start = Rc.New(start ?? PyNone.Instance);
        s.Stop = Rc.New(stop ?? PyNone.Instance);
        s.Step = Rc.New(step ?? PyNone.Instance);
        return s;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Start != null) visit(Start);
        if (Stop != null) visit(Stop);
        if (Step != null) visit(Step);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref Start);
        Rc.Clear(ref Stop);
        Rc.Clear(ref Step);
    }

    public override string Repr() => $"slice({Ops.Repr(Start)}, {Ops.Repr(Stop)}, {Ops.Repr(Step)})";

    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "start" => Rc.New(Start),
        "stop" => Rc.New(Stop),
        "step" => Rc.New(Step),
        _ => base.GetAttr(name),
    };
    /// <summary>Slices compare as the tuples (start, stop, step).</summary>
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySlice o) return Rc.New(PyNotImplemented.Instance);
        var mine = PyTuple.Of(Start, Stop, Step);
        var theirs = PyTuple.Of(o.Start, o.Stop, o.Step);
        try { return Ops.RichCompare(mine, theirs, op); }
        finally { Rc.Dec(mine); Rc.Dec(theirs); }
    }

    public override bool IsHashable => false;
    public override long Hash() => throw Err.TypeError("unhashable type: 'slice'");

    static long AsIndex(PyObject o)
    {
        if (o is PyInt i) return i.IsBig ? (i.Big.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : i.Value;
        if (o.TryIndex(out long v)) return v;
        throw Err.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    public void Indices(long length, out long start, out long stop, out long step, out long sliceLength)
    {
        step = Step is PyNone ? 1 : AsIndex(Step);
        if (step == 0) throw Err.ValueError("slice step cannot be zero");
        long defStart = step < 0 ? length - 1 : 0;
        long defStop = step < 0 ? -1 : length;
        if (Start is PyNone) start = defStart;
        else
        {
            start = AsIndex(Start);
            if (start < 0) { start += length; if (start < 0) start = step < 0 ? -1 : 0; }
            else if (start >= length) start = step < 0 ? length - 1 : length;
        }
        if (Stop is PyNone) stop = defStop;
        else
        {
            stop = AsIndex(Stop);
            if (stop < 0) { stop += length; if (stop < 0) stop = step < 0 ? -1 : 0; }
            else if (stop >= length) stop = step < 0 ? length - 1 : length;
        }
        if (step < 0) sliceLength = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        else sliceLength = start < stop ? (stop - start - 1) / step + 1 : 0;
    }
}
