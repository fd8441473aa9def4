// tuple: an immutable array of owned references. Small tuples are kept on free lists by
// length, as CPython does, so building argument tuples costs no allocation in the steady state.
using System.Text;

namespace MiniPy.Runtime;

public sealed class PyTuple : PyGcObject
{
    public static PyType Type;
    public override bool AllowsMethodFastPath => true;
    public static PyTuple EmptyTuple;
    const int FreeListSizes = 20;
    static readonly FreeList<PyTuple>[] free = CreateFreeLists();

    public PyObject[] Items;

    PyTuple(int n) { Items = n == 0 ? Array.Empty<PyObject>() : new PyObject[n]; }

    static FreeList<PyTuple>[] CreateFreeLists()
    {
        var lists = new FreeList<PyTuple>[FreeListSizes];
        for (int i = 0; i < FreeListSizes; i++) lists[i] = new FreeList<PyTuple>(512);
        return lists;
    }

    internal static void InitStatics() => EmptyTuple = new PyTuple(0) { ObType = Type, IsStatic = true };

    /// <summary>A tuple of n empty slots, to be filled with SetItemSteal before anyone sees it.</summary>
    public static PyTuple New(int n) => New(n, 0);

    /// <summary>New for a caller that knows its thread's id (see FreeList.Pop(thread); 0: look it up).</summary>
    public static PyTuple New(int n, int thread)
    {
        if (n == 0) return Rc.New(EmptyTuple);
        PyTuple t = n < FreeListSizes ? free[n].Pop(thread) : null;
        t ??= new PyTuple(n);
        t.ObType = Type;
        Heap.Allocated(Type);
        CycleCollector.Track(t);
        return t;
    }

    /// <summary>A tuple of the given items, taking a new reference to each.</summary>
    public static PyTuple Of(params PyObject[] items) => FromSpan(items);

    public static PyTuple FromSpan(ReadOnlySpan<PyObject> items)
    {
        var t = New(items.Length);
        for (int i = 0; i < items.Length; i++) t.Items[i] = Rc.New(items[i]);
        return t;
    }

    /// <summary>A 2-tuple of two new references, which it steals.</summary>
    public static PyTuple PairSteal(PyObject first, PyObject second)
    {
        var t = New(2);
        t.SetItemSteal(0, first);
        t.SetItemSteal(1, second);
        return t;
    }

    /// <summary>Stores an owned reference in slot i of a tuple under construction (steals it).</summary>
    public void SetItemSteal(int i, PyObject stolen) => ObjectArrays.Slot(Items, i) = stolen;

    public int Count => Items.Length;

    public override void VisitReferences(Action<PyObject> visit)
    {
        foreach (var o in Items) if (o != null) visit(o);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        var items = Items;
        for (int i = 0; i < items.Length; i++)
        {
            var o = items[i];
            items[i] = null;
            if (o != null) Rc.Dec(o);
        }
        if (Heap.PoisonFreed) { Poison.Mark(this); return; }
        if (items.Length < FreeListSizes) free[items.Length].Push(this);
    }

    public override string Repr()
    {
        if (Items.Length == 0) return "()";
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return "(...)";
        var sb = new StringBuilder("(");
        for (int i = 0; i < Items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Ops.Repr(Items[i]));
        }
        if (Items.Length == 1) sb.Append(',');
        return sb.Append(')').ToString();
    }

    public override long LengthOrMinusOne() => Items.Length;

    public override long Hash()
    {
        // CPython's xxHash-based tuple hash.
        const ulong P1 = 11400714785074694791UL, P2 = 14029467366897019727UL, P5 = 2870177450012600261UL;
        ulong acc = P5;
        foreach (var item in Items)
        {
            ulong lane = (ulong)Ops.Hash(item);
            acc += lane * P2;
            acc = (acc << 31) | (acc >> 33);
            acc *= P1;
        }
        acc += (ulong)Items.Length ^ (P5 ^ 3527539UL);
        long r = (long)acc;
        return r == -1 ? 1546275796 : r;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyTuple o) return Rc.New(PyNotImplemented.Instance);
        return Sequences.Compare(Items, Items.Length, o.Items, o.Items.Length, op);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            slice.Indices(Items.Length, out long start, out _, out long step, out long len);
            if (step == 1 && start == 0 && len == Items.Length) return Rc.New(this);
            var t = New((int)len);
            for (long i = 0, j = start; i < len; i++, j += step) t.Items[i] = Rc.New(Items[j]);
            return t;
        }
        long idx = Ops.IndexOf(key, "tuple indices must be integers or slices");
        if (idx < 0) idx += Items.Length;
        if ((ulong)idx >= (ulong)Items.Length) throw Err.IndexError("tuple index out of range");
        return Rc.New(Items[idx]);
    }

    public override bool Contains(PyObject item)
    {
        foreach (var o in Items) if (Ops.EqualsBool(o, item)) return true;
        return false;
    }

    public override PyObject Iter() => SeqIterator.New(this);

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && !reflected)
        {
            if (other is not PyTuple o) return Rc.New(PyNotImplemented.Instance); // see Ops.SequenceFallback
            var t = New(Items.Length + o.Items.Length);
            for (int i = 0; i < Items.Length; i++) t.Items[i] = Rc.New(Items[i]);
            for (int i = 0; i < o.Items.Length; i++) t.Items[Items.Length + i] = Rc.New(o.Items[i]);
            return t;
        }
        if (op == BinaryOpKind.Mul && other is PyInt n)
        {
            long count = SequenceSizes.Count(n);
            var t = New(SequenceSizes.Repeated(count, Items.Length));
            if (Items.Length == 0) return t;
            for (long k = 0, p = 0; k < count; k++)
                for (int i = 0; i < Items.Length; i++) t.Items[p++] = Rc.New(Items[i]);
            return t;
        }
        return Rc.New(PyNotImplemented.Instance);
    }
}
