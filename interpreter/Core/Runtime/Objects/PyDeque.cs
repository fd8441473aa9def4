// collections.deque: a double-ended queue of owned references in a ring buffer, so that
// appending and popping at either end take constant time (a list pays for every item at
// popleft). Each operation is one native step, so under the GIL an append or a popleft is
// atomic, as in CPython, and threads may share a deque as a queue without a lock; in the
// free-threaded mode the per-object lock makes them so.
//
// Items live in buf[(head + i) % buf.Length] for i in 0..count-1. maxlen, when set, bounds
// count: adding at one end drops an item at the other. mutations counts the changes that
// move items, so that an iterator can say "deque mutated during iteration" as CPython's.
// References are released after the lock is let go: freeing an item may run Python code.
namespace MiniPy.Runtime;

public sealed class PyDeque : PyGcObject
{
    /// <summary>The per-object lock of the free-threaded mode (see ObjectLocks.cs).</summary>
    ObjectMutex mutex;
    public static PyType Type;
    public static PyType IteratorType, ReverseIteratorType;

    PyObject[] buf = new PyObject[8];
    int head;
    int count;
    /// <summary>The bound on the length, or -1 for none.</summary>
    public long MaxLen = -1;
    /// <summary>Bumped by every change that moves items (iterators check it).</summary>
    public long Mutations;

    PyDeque() { }

    public static PyDeque New(PyType type = null)
    {
        var d = new PyDeque { ObType = type ?? Type };
        Heap.Allocated(d.ObType);
        CycleCollector.Track(d);
        return d;
    }

    public int Count => count;

    int Slot(int i) => (head + i) & (buf.Length - 1);

    void Grow()
    {
        var bigger = new PyObject[buf.Length * 2];
        for (int i = 0; i < count; i++) bigger[i] = buf[Slot(i)];
        buf = bigger;
        head = 0;
    }

    // ───────────── the ends ─────────────

    /// <summary>Adds item (a new reference is taken) at the right, or the left; with maxlen
    /// reached, the item it pushes out at the other end is returned (owned) for the caller
    /// to release, else null.</summary>
    PyObject AddUnlocked(PyObject item, bool left)
    {
        if (MaxLen == 0) return Rc.New(item); // nothing is kept: the item itself goes
        if (count == buf.Length) Grow();
        Rc.Inc(item);
        if (left)
        {
            head = (head - 1) & (buf.Length - 1);
            buf[head] = item;
        }
        else buf[Slot(count)] = item;
        count++;
        Mutations++;
        if (MaxLen < 0 || count <= MaxLen) return null;
        return left ? TakeUnlocked(false) : TakeUnlocked(true);
    }

    /// <summary>Removes and returns (owned) the item at the left or the right; null if empty.</summary>
    PyObject TakeUnlocked(bool left)
    {
        if (count == 0) return null;
        int at = left ? head : Slot(count - 1);
        var item = buf[at];
        buf[at] = null;
        if (left) head = (head + 1) & (buf.Length - 1);
        count--;
        Mutations++;
        return item;
    }

    public void Append(PyObject item, bool left = false)
    {
        PyObject dropped;
        if (Heap.ObjectLocks) { { mutex.Enter(); try { dropped = AddUnlocked(item, left); } finally { mutex.Exit(); } } }
        else dropped = AddUnlocked(item, left);
        if (dropped != null) Rc.Dec(dropped);
    }

    /// <summary>The item taken from one end (owned), or null when the deque is empty.</summary>
    public PyObject Pop(bool left = false)
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { return TakeUnlocked(left); } finally { mutex.Exit(); } } }
        return TakeUnlocked(left);
    }

    /// <summary>Appends each item of iterable at the right (or the left, each in turn, so
    /// the items end up reversed). A deque extended by itself takes a snapshot first.</summary>
    public void Extend(PyObject iterable, bool left = false)
    {
        if (ReferenceEquals(BuiltinSubclass.Unwrap(iterable), this))
        {
            foreach (var item in SnapshotOwned()) { Append(item, left); Rc.Dec(item); }
            return;
        }
        var it = Ops.GetIter(iterable);
        try
        {
            while (Ops.Next(it) is { } item)
            {
                try { Append(item, left); }
                finally { Rc.Dec(item); }
            }
        }
        finally { Rc.Dec(it); }
    }

    public void Clear()
    {
        PyObject[] items;
        int n;
        if (Heap.ObjectLocks) { { mutex.Enter(); try { items = DetachUnlocked(out n); } finally { mutex.Exit(); } } }
        else items = DetachUnlocked(out n);
        for (int i = 0; i < n; i++) Rc.XDec(items[i]);
    }

    /// <summary>Empties the deque and sets its bound, in one step (deque.__init__).</summary>
    public void Reset(long maxLen)
    {
        PyObject[] items;
        int n;
        if (Heap.ObjectLocks) { { mutex.Enter(); try { items = DetachUnlocked(out n); MaxLen = maxLen; } finally { mutex.Exit(); } } }
        else { items = DetachUnlocked(out n); MaxLen = maxLen; }
        for (int i = 0; i < n; i++) Rc.XDec(items[i]);
    }

    /// <summary>Empties the deque, returning its old items in order (owned) and their count.</summary>
    PyObject[] DetachUnlocked(out int n)
    {
        n = count;
        var items = new PyObject[n];
        for (int i = 0; i < n; i++) items[i] = buf[Slot(i)];
        buf = new PyObject[8];
        head = 0;
        count = 0;
        Mutations++;
        return items;
    }

    /// <summary>Rotates n steps to the right (to the left for negative n).</summary>
    public void Rotate(long n)
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { RotateUnlocked(n); } finally { mutex.Exit(); } } }
        else RotateUnlocked(n);
    }

    void RotateUnlocked(long n)
    {
        if (count <= 1) return;
        n %= count;
        if (n < 0) n += count;
        if (n == 0) return;
        // Right by n moves the last n items to the front, one at a time across the gap
        // before the head; left by count - n, when that is fewer, moves the first ones to
        // the back. (With the buffer full, each move leaves the item where it is and only
        // the head moves.)
        int mask = buf.Length - 1;
        if (n <= count / 2)
        {
            for (long k = 0; k < n; k++)
            {
                int last = Slot(count - 1);
                var item = buf[last];
                buf[last] = null;
                head = (head - 1) & mask;
                buf[head] = item;
            }
        }
        else
        {
            for (long k = 0; k < count - n; k++)
            {
                var item = buf[head];
                buf[head] = null;
                head = (head + 1) & mask;
                buf[Slot(count - 1)] = item;
            }
        }
        Mutations++;
    }

    public void Reverse()
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { ReverseUnlocked(); } finally { mutex.Exit(); } } }
        else ReverseUnlocked();
    }

    void ReverseUnlocked()
    {
        for (int i = 0, j = count - 1; i < j; i++, j--)
        {
            int a = Slot(i), b = Slot(j);
            (buf[a], buf[b]) = (buf[b], buf[a]);
        }
        Mutations++;
    }

    // ───────────── by position ─────────────

    /// <summary>The item at index i (negative counts from the right) as a new reference, or
    /// null when i is out of range.</summary>
    public PyObject ItemNewOrNull(long i)
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { return ItemUnlocked(i); } finally { mutex.Exit(); } } }
        return ItemUnlocked(i);
    }

    PyObject ItemUnlocked(long i)
    {
        if (i < 0) i += count;
        return (ulong)i < (ulong)count ? Rc.New(buf[Slot((int)i)]) : null;
    }

    /// <summary>The item at index i for an iterator that saw the deque at mutations; sets
    /// mutated (and returns null) if the deque has changed since.</summary>
    public PyObject ItemIfUnchanged(long i, long mutations, out bool mutated)
    {
        if (Heap.ObjectLocks)
        {
            mutex.Enter();
            try { mutated = Mutations != mutations; return mutated ? null : ItemUnlocked(i); }
            finally { mutex.Exit(); }
        }
        mutated = Mutations != mutations;
        return mutated ? null : ItemUnlocked(i);
    }

    /// <summary>The index key names (negative ones are normalised under the lock, with the
    /// length the operation sees).</summary>
    static long Index(PyObject key)
    {
        if (key is PySlice) throw Err.TypeError("sequence index must be integer, not 'slice'");
        if (key is not PyInt)
        {
            var indexMethod = Ops.GetAttrOrNull(key.ObType, "__index__");
            if (indexMethod == null) throw Err.TypeError($"sequence index must be integer, not '{key.ObType.Name}'");
            Rc.Dec(indexMethod);
        }
        return Ops.IndexOf(key, "sequence index must be integer");
    }

    public override PyObject GetItem(PyObject key)
        => ItemNewOrNull(Index(key)) ?? throw Err.IndexError("deque index out of range");

    public override void SetItem(PyObject key, PyObject value)
    {
        long i = Index(key);
        Rc.Inc(value);
        PyObject old = null;
        if (Heap.ObjectLocks) { { mutex.Enter(); try { old = ReplaceUnlocked(i, value); } finally { mutex.Exit(); } } }
        else old = ReplaceUnlocked(i, value);
        if (old == null) { Rc.Dec(value); throw Err.IndexError("deque index out of range"); }
        Rc.Dec(old);
    }

    PyObject ReplaceUnlocked(long i, PyObject value)
    {
        if (i < 0) i += count;
        if ((ulong)i >= (ulong)count) return null;
        int at = Slot((int)i);
        var old = buf[at];
        buf[at] = value;
        return old;
    }

    public override void DelItem(PyObject key)
    {
        var removed = RemoveAt(Index(key), -1) ?? throw Err.IndexError("deque index out of range");
        Rc.Dec(removed);
    }

    /// <summary>Takes out the item at index i (owned; negative counts from the right), or null
    /// when i is out of range or, given mutations other than -1, the deque has changed since
    /// the caller saw it (remove()).</summary>
    public PyObject RemoveAt(long i, long mutations)
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { return mutations >= 0 && Mutations != mutations ? null : RemoveAtUnlocked(i); } finally { mutex.Exit(); } } }
        return mutations >= 0 && Mutations != mutations ? null : RemoveAtUnlocked(i);
    }

    PyObject RemoveAtUnlocked(long i)
    {
        if (i < 0) i += count;
        if ((ulong)i >= (ulong)count) return null;
        var item = buf[Slot((int)i)];
        for (int k = (int)i; k < count - 1; k++) buf[Slot(k)] = buf[Slot(k + 1)];
        buf[Slot(count - 1)] = null;
        count--;
        Mutations++;
        return item;
    }

    /// <summary>Puts item (a new reference is taken) before index i, as list.insert places it.</summary>
    public void Insert(long i, PyObject item)
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { InsertUnlocked(i, item); } finally { mutex.Exit(); } } }
        else InsertUnlocked(i, item);
    }

    void InsertUnlocked(long i, PyObject item)
    {
        if (MaxLen >= 0 && count >= MaxLen) throw Err.IndexError("deque already at its maximum size");
        if (i < 0) { i += count; if (i < 0) i = 0; }
        if (i > count) i = count;
        if (count == buf.Length) Grow();
        Rc.Inc(item);
        count++;
        for (int k = count - 1; k > i; k--) buf[Slot(k)] = buf[Slot(k - 1)];
        buf[Slot((int)i)] = item;
        Mutations++;
    }

    /// <summary>The items in order, each a new reference (for reading them while the deque
    /// may change: comparisons run Python code).</summary>
    public PyObject[] SnapshotOwned()
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { return SnapshotUnlocked(); } finally { mutex.Exit(); } } }
        return SnapshotUnlocked();
    }

    PyObject[] SnapshotUnlocked()
    {
        var items = new PyObject[count];
        for (int i = 0; i < count; i++) items[i] = Rc.New(buf[Slot(i)]);
        return items;
    }

    public static void Release(PyObject[] items)
    {
        foreach (var o in items) Rc.XDec(o);
    }

    // ───────────── the object protocol ─────────────

    public override void VisitReferences(Action<PyObject> visit)
    {
        var b = buf;
        for (int i = 0; i < count && i < b.Length; i++)
        {
            var o = b[(head + i) & (b.Length - 1)];
            if (o != null) visit(o);
        }
    }

    internal override void ClearReferences() => Clear();

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        var items = DetachUnlocked(out int n);
        for (int i = 0; i < n; i++) Rc.XDec(items[i]);
        if (Heap.PoisonFreed) Poison.Mark(this);
    }

    public override string Repr() => ReprNamed(ObType.Name);

    /// <summary>The repr with a class's name in front (a class derived from deque shows its own).</summary>
    public string ReprNamed(string name)
    {
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return "[...]";
        var items = SnapshotOwned();
        try
        {
            var sb = new System.Text.StringBuilder(name).Append("([");
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(items[i]));
            }
            sb.Append(']');
            if (MaxLen >= 0) sb.Append(", maxlen=").Append(MaxLen);
            return sb.Append(')').ToString();
        }
        finally { Release(items); }
    }

    public override bool IsTrue() => count != 0;
    public override bool IsHashable => false;
    public override long Hash() => throw Err.TypeError("unhashable type: 'collections.deque'");
    public override long LengthOrMinusOne() => count;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (BuiltinSubclass.Unwrap(other) is not PyDeque o) return Rc.New(PyNotImplemented.Instance);
        var mine = SnapshotOwned();
        var theirs = o.SnapshotOwned();
        try { return Sequences.Compare(mine, mine.Length, theirs, theirs.Length, op); }
        finally { Release(mine); Release(theirs); }
    }

    public override bool Contains(PyObject item)
    {
        var items = SnapshotOwned();
        try
        {
            foreach (var o in items) if (Ops.EqualsBool(o, item)) return true;
            return false;
        }
        finally { Release(items); }
    }

    public override PyObject Iter() => DequeIterator.New(this, reverse: false);

    /// <summary>A new deque of the same length bound holding the same items (copy()).</summary>
    public PyDeque Copy()
    {
        var d = New();
        d.MaxLen = MaxLen;
        var items = SnapshotOwned();
        try { foreach (var o in items) d.Append(o); }
        finally { Release(items); }
        return d;
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && !reflected)
        {
            if (BuiltinSubclass.Unwrap(other) is not PyDeque o)
                throw Err.TypeError($"can only concatenate deque (not \"{other.ObType.Name}\") to deque");
            var d = Copy();
            try { d.Extend(o); }
            catch { Rc.Dec(d); throw; }
            return d;
        }
        if (op == BinaryOpKind.Mul && other is PyInt n)
        {
            long repeated = SequenceSizes.Count(n);
            var d = Copy();
            try { d.Repeat(repeated); }
            catch { Rc.Dec(d); throw; }
            return d;
        }
        return Rc.New(PyNotImplemented.Instance);
    }

    public override PyObject InPlaceOp(BinaryOpKind op, PyObject other)
    {
        if (op == BinaryOpKind.Add) { Extend(other); return Rc.New(this); }
        if (op == BinaryOpKind.Mul && other is PyInt n) { Repeat(SequenceSizes.Count(n)); return Rc.New(this); }
        return null;
    }

    /// <summary>The items, times repeated (none for repeated &lt;= 0), as d *= repeated; with
    /// maxlen, only the last maxlen items of the repetition. The new contents are laid out
    /// first and put in place in one step.</summary>
    void Repeat(long repeated)
    {
        if (repeated <= 0) { Clear(); return; }
        var items = SnapshotOwned();
        PyObject[] old = null;
        int oldCount = 0;
        try
        {
            if (items.Length == 0) return;
            Int128 total = MaxLen >= 0 ? (Int128)repeated * items.Length : SequenceSizes.Repeated(repeated, items.Length);
            Int128 first = MaxLen >= 0 ? Int128.Max(0, total - MaxLen) : 0;
            int length = (int)(total - first);
            int capacity = 8;
            while (capacity < length) capacity *= 2;
            var fresh = new PyObject[capacity];
            for (int k = 0; k < length; k++) fresh[k] = Rc.New(items[(int)((first + k) % items.Length)]);
            if (Heap.ObjectLocks) { { mutex.Enter(); try { old = DetachUnlocked(out oldCount); Install(fresh, length); } finally { mutex.Exit(); } } }
            else { old = DetachUnlocked(out oldCount); Install(fresh, length); }
        }
        finally
        {
            Release(items);
            if (old != null) for (int i = 0; i < oldCount; i++) Rc.XDec(old[i]);
        }
    }

    void Install(PyObject[] items, int length)
    {
        buf = items;
        head = 0;
        count = length;
        Mutations++;
    }
}

/// <summary>An iterator over a deque, forwards or backwards; as CPython's, it fails with
/// RuntimeError if the deque changes under it.</summary>
public sealed class DequeIterator : PyObject
{
    PyDeque deque;
    long index;
    long expectedMutations;
    long left;
    bool reverse;

    public static DequeIterator New(PyDeque d, bool reverse)
    {
        var it = new DequeIterator
        {
            ObType = reverse ? PyDeque.ReverseIteratorType : PyDeque.IteratorType,
            deque = Rc.New(d),
            reverse = reverse,
            expectedMutations = d.Mutations,
            left = d.Count,
            index = reverse ? d.Count - 1 : 0,
        };
        Heap.Allocated(it.ObType);
        return it;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (deque != null) visit(deque);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref deque);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        var d = deque;
        if (d == null) return null;
        if (left <= 0)
        {
            if (d.Mutations != expectedMutations) throw Err.RuntimeError("deque mutated during iteration");
            Rc.Clear(ref deque);
            return null;
        }
        var item = d.ItemIfUnchanged(index, expectedMutations, out bool mutated);
        if (mutated)
        {
            left = 0;
            throw Err.RuntimeError("deque mutated during iteration");
        }
        if (item == null)
        {
            Rc.Clear(ref deque);
            return null;
        }
        index += reverse ? -1 : 1;
        left--;
        return item;
    }

    /// <summary>How many items are left (__length_hint__).</summary>
    public long Remaining => deque == null ? 0 : left;
}
