// list: a growable array of owned references.
using System.Text;

namespace MiniPy.Runtime;

public sealed class PyList : PyGcObject
{
    /// <summary>The per-object lock of the free-threaded mode (see ObjectLocks.cs).</summary>
    ObjectMutex mutex;
    public static PyType Type;
    public override bool AllowsMethodFastPath => true;
    static readonly FreeList<PyList> free = new(256);

    public PyObject[] Items;
    public int Count;

    PyList() { }

    public static PyList New(int capacity = 0)
    {
        var l = free.Pop();
        l ??= new PyList();
        l.ObType = Type;
        // A recycled list keeps its emptied array when it is exactly the size asked for
        // (see Dealloc): exact, so that a list made for n items holds n, as CPython's does.
        var items = l.Items;
        l.Items = capacity == 0 ? Array.Empty<PyObject>() : items != null && items.Length == capacity ? items : new PyObject[capacity];
        l.Count = 0;
        Heap.Allocated(Type);
        CycleCollector.Track(l);
        return l;
    }

    /// <summary>A list of the given items, taking a new reference to each.</summary>
    public static PyList FromSpan(ReadOnlySpan<PyObject> items)
    {
        var l = New(items.Length);
        for (int i = 0; i < items.Length; i++) l.Items[i] = Rc.New(items[i]);
        l.Count = items.Length;
        return l;
    }

    /// <summary>A list of a tuple's items, releasing the tuple (steals it).</summary>
    public static PyList FromSpanSteal(PyTuple t)
    {
        var l = FromSpan(t.Items);
        Rc.Dec(t);
        return l;
    }

    /// <summary>Last item first, as CPython's list_traverse (gc.get_referents shows the order).</summary>
    public override void VisitReferences(Action<PyObject> visit)
    {
        var items = Items;
        for (int i = Math.Min(Count, items.Length) - 1; i >= 0; i--) if (items[i] != null) visit(items[i]);
    }

    internal override void ClearReferences() => Clear();

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        var items = Items;
        int n = Math.Min(Count, items.Length); // a length raced past its array (the GIL off)
        Count = 0;
        Items = Array.Empty<PyObject>();
        for (int i = 0; i < n; i++)
        {
            var o = items[i];
            items[i] = null;
            if (o != null) Rc.Dec(o);
        }
        if (Heap.PoisonFreed) { Poison.Mark(this); return; }
        // With the GIL, a small emptied array stays with the list on the free list, for the
        // next list of that size (a literal, a comprehension's result...): only this thread
        // can still see it. Without the GIL a reader that took Items just before the free
        // could still be reading it, so it goes to the garbage collector.
        if (Heap.CachesTypeLookups && items.Length <= 16) Items = items;
        free.Push(this);
    }

    void Grow(int min)
    {
        int cap = Math.Max(min, Items.Length < 4 ? 4 : Items.Length * 2);
        Array.Resize(ref Items, cap);
    }

    /// <summary>Appends, stealing the caller's reference.</summary>
    public void AppendSteal(PyObject stolen)
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { AppendUnlocked(stolen); } finally { mutex.Exit(); } } return; }
        AppendUnlocked(stolen);
    }

    void AppendUnlocked(PyObject stolen)
    {
        if (Count == Items.Length) Grow(Count + 1);
        ObjectArrays.Slot(Items, Count++) = stolen;
    }

    /// <summary>A new reference to the item at index (0 &lt;= index), or null past the end.
    /// With per-object locks the reference is taken under the list's lock, so no other
    /// thread can remove and free the item in between.</summary>
    public PyObject ItemNewOrNull(long index) => ItemNewOrNull(index, Heap.BiasedCounts ? BiasedCounts.CurrentThreadId : 0);

    /// <summary>ItemNewOrNull for a caller that knows its thread's id (see Rc.Inc(o, thread)).</summary>
    public PyObject ItemNewOrNull(long index, int thread)
    {
        if (Heap.ObjectLocks)
        {
            // Without the lock first, as CPython 3.13 reads lists: the item is taken only if
            // its count has not reached zero and the list still holds that very object
            // afterwards (it may have been removed, freed and its storage reused in between;
            // then the reference is given back). Otherwise the lock decides.
            var items = Items;
            if ((ulong)index < (ulong)Count && (ulong)index < (ulong)items.Length)
            {
                var seen = items[index];
                if (seen != null && Rc.TryIncLive(seen, thread))
                {
                    var now = Items;
                    if ((ulong)index < (ulong)now.Length && ReferenceEquals(Volatile.Read(ref now[index]), seen)) return seen;
                    Rc.Dec(seen, thread);
                }
            }
            { mutex.Enter(); try { return ItemOrNullUnlocked(index); } finally { mutex.Exit(); } }
        }
        return ItemOrNullUnlocked(index);
    }

    PyObject ItemOrNullUnlocked(long index)
    {
        if ((ulong)index >= (ulong)Count) return null;
        var item = Items[index];
        Rc.Inc(item);
        return item;
    }

    /// <summary>Appends, taking a new reference.</summary>
    public void Append(PyObject item) => AppendSteal(Rc.New(item));

    public void Insert(long index, PyObject item)
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { InsertUnlocked(index, item); } finally { mutex.Exit(); } } return; }
        InsertUnlocked(index, item);
    }

    void InsertUnlocked(long index, PyObject item)
    {
        if (index < 0) { index += Count; if (index < 0) index = 0; }
        if (index > Count) index = Count;
        if (Count == Items.Length) Grow(Count + 1);
        Array.Copy(Items, index, Items, index + 1, Count - index);
        Items[index] = Rc.New(item);
        Count++;
    }

    /// <summary>Removes and returns the item at index (the reference passes to the caller).</summary>
    public PyObject PopAt(long index)
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { return PopAtUnlocked(index); } finally { mutex.Exit(); } } }
        return PopAtUnlocked(index);
    }

    PyObject PopAtUnlocked(long index)
    {
        if (Count == 0) throw Err.IndexError("pop from empty list");
        if (index < 0) index += Count;
        if ((ulong)index >= (ulong)Count) throw Err.IndexError("pop index out of range");
        var o = Items[index];
        Array.Copy(Items, index + 1, Items, index, Count - index - 1);
        Items[--Count] = null;
        return o;
    }

    public void Extend(PyObject iterable)
    {
        if (iterable is PyList l)
        {
            int n = l.Count;
            if (Count + n > Items.Length) Grow(Count + n);
            for (int i = 0; i < n; i++) Items[Count + i] = Rc.New(l.Items[i]);
            Count += n;
            return;
        }
        if (iterable is PyTuple t)
        {
            if (Count + t.Items.Length > Items.Length) Grow(Count + t.Items.Length);
            foreach (var o in t.Items) Items[Count++] = Rc.New(o);
            return;
        }
        // A range says how long it is: one too long for any list is a MemoryError at once,
        // as CPython's preallocation makes it, not an hour of appending.
        if (iterable is PyRange r) SequenceSizes.Length(Count + r.LengthOrMinusOne());
        var it = Ops.GetIter(iterable);
        try
        {
            PyObject x;
            while ((x = Ops.Next(it)) != null) AppendSteal(x);
        }
        finally { Rc.Dec(it); }
    }

    public void Clear()
    {
        PyObject[] items;
        int n;
        if (Heap.ObjectLocks) { { mutex.Enter(); try { items = Detach(out n); } finally { mutex.Exit(); } } }
        else items = Detach(out n);
        // Released after the list is empty (and unlocked): freeing may run Python code.
        for (int i = 0; i < n; i++) Rc.XDec(items[i]);
    }

    PyObject[] Detach(out int n)
    {
        var items = Items;
        n = Math.Min(Count, items.Length);
        Items = Array.Empty<PyObject>();
        Count = 0;
        return items;
    }

    public override string Repr()
    {
        if (Count == 0) return "[]";
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return "[...]";
        var sb = new StringBuilder("[");
        for (int i = 0; i < Count; i++)
        {
            if (i > 0) sb.Append(", ");
            var item = Items[i];
            Rc.Inc(item);
            try { sb.Append(Ops.Repr(item)); } finally { Rc.Dec(item); }
        }
        return sb.Append(']').ToString();
    }

    public override bool IsHashable => false;
    public override long Hash() => throw Err.TypeError("unhashable type: 'list'");
    public override long LengthOrMinusOne() => Count;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyList o) return Rc.New(PyNotImplemented.Instance);
        return Sequences.Compare(Items, Count, o.Items, o.Count, op);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i && !i.IsBig)
        {
            long idx = i.Value;
            if (idx < 0) idx += Count;
            return ItemNewOrNull(idx) ?? throw Err.IndexError("list index out of range");
        }
        if (key is PySlice slice)
        {
            slice.Indices(Count, out long start, out _, out long step, out long len);
            var l = New((int)len);
            for (long k = 0, j = start; k < len; k++, j += step) l.Items[k] = Rc.New(Items[j]);
            l.Count = (int)len;
            return l;
        }
        long index = Ops.IndexOf(key, "list indices must be integers or slices");
        if (index < 0) index += Count;
        if ((ulong)index >= (ulong)Count) throw Err.IndexError("list index out of range");
        return Rc.New(Items[index]);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice slice) { AssignSlice(slice, value); return; }
        long idx = Ops.IndexOf(key, "list indices must be integers or slices");
        if (idx < 0) idx += Count;
        Rc.Inc(value);
        PyObject old;
        if (Heap.ObjectLocks) { { mutex.Enter(); try { old = Replace(idx, value); } finally { mutex.Exit(); } } }
        else old = Replace(idx, value);
        if (old == null)
        {
            Rc.Dec(value);
            throw Err.IndexError("list assignment index out of range");
        }
        Rc.Dec(old);
    }

    /// <summary>Puts value (stolen) at idx; returns the old item (owned), or null when idx is out of range.</summary>
    PyObject Replace(long idx, PyObject value)
    {
        if ((ulong)idx >= (ulong)Count) return null;
        var old = Items[idx];
        ObjectArrays.Slot(Items, (int)idx) = value;
        return old;
    }

    void AssignSlice(PySlice slice, PyObject value)
    {
        int countBefore = Count;
        slice.Indices(Count, out long start, out long stop, out long step, out long len);
        var seq = Ops.ToArray(value, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        try
        {
            // Iterating the value may have changed the list (a generator that clears it).
            if (Count != countBefore) slice.Indices(Count, out start, out stop, out step, out len);
            if (step == 1)
            {
                if (stop < start) stop = start;
                int removed = (int)(stop - start);
                var old = new PyObject[removed];
                Array.Copy(Items, start, old, 0, removed);
                int newCount = Count - removed + seq.Length;
                if (newCount > Items.Length) Grow(newCount);
                Array.Copy(Items, stop, Items, start + seq.Length, Count - stop);
                for (int k = 0; k < seq.Length; k++) Items[start + k] = Rc.New(seq[k]);
                for (int k = newCount; k < Count; k++) Items[k] = null;
                Count = newCount;
                foreach (var o in old) Rc.Dec(o);
                return;
            }
            if (seq.Length != len)
                throw Err.ValueError($"attempt to assign sequence of size {seq.Length} to extended slice of size {len}");
            for (long k = 0, j = start; k < len; k++, j += step)
            {
                var old = Items[j];
                Items[j] = Rc.New(seq[k]);
                Rc.Dec(old);
            }
        }
        finally { foreach (var o in seq) Rc.Dec(o); }
    }

    public override void DelItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            slice.Indices(Count, out long start, out long stop, out long step, out long len);
            if (len == 0) return;
            if (step < 0) { start = start + (len - 1) * step; step = -step; }
            var keep = new List<PyObject>(Count);
            var dropped = new List<PyObject>();
            for (long k = 0; k < Count; k++)
            {
                bool inSlice = k >= start && (k - start) % step == 0 && (k - start) / step < len;
                (inSlice ? dropped : keep).Add(Items[k]);
            }
            for (int k = 0; k < Count; k++) Items[k] = k < keep.Count ? keep[k] : null;
            Count = keep.Count;
            foreach (var o in dropped) Rc.Dec(o);
            return;
        }
        long idx = Ops.IndexOf(key, "list indices must be integers or slices");
        if (idx < 0) idx += Count;
        if ((ulong)idx >= (ulong)Count) throw Err.IndexError("list assignment index out of range");
        Rc.Dec(PopAt(idx));
    }

    public override bool Contains(PyObject item)
    {
        for (int i = 0; i < Count; i++) if (Ops.EqualsBool(Items[i], item)) return true;
        return false;
    }

    public override PyObject Iter() => SeqIterator.New(this);

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && !reflected)
        {
            if (other is not PyList o) return Rc.New(PyNotImplemented.Instance); // see Ops.SequenceFallback
            var l = New(Count + o.Count);
            for (int i = 0; i < Count; i++) l.Items[i] = Rc.New(Items[i]);
            for (int i = 0; i < o.Count; i++) l.Items[Count + i] = Rc.New(o.Items[i]);
            l.Count = Count + o.Count;
            return l;
        }
        if (op == BinaryOpKind.Mul && other is PyInt n)
        {
            long count = SequenceSizes.Count(n);
            var l = New(SequenceSizes.Repeated(count, Count));
            if (Count == 0) return l;
            for (long k = 0; k < count; k++)
                for (int i = 0; i < Count; i++) l.Items[l.Count++] = Rc.New(Items[i]);
            return l;
        }
        return Rc.New(PyNotImplemented.Instance);
    }

    public override PyObject InPlaceOp(BinaryOpKind op, PyObject other)
    {
        if (op == BinaryOpKind.Add) { Extend(other); return Rc.New(this); }
        if (op == BinaryOpKind.Mul && other is PyInt n)
        {
            long count = SequenceSizes.Count(n);
            int original = Count;
            if (count <= 0) { Clear(); return Rc.New(this); }
            if (original == 0) return Rc.New(this);
            SequenceSizes.Repeated(count, original);
            for (int k = 1; k < count; k++)
                for (int i = 0; i < original; i++) Append(Items[i]);
            return Rc.New(this);
        }
        return null;
    }
}
