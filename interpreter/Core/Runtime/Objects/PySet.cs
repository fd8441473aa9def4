// set and frozenset: open-addressing hash tables laid out like CPython's setobject, so that
// small sets of small ints iterate in the same order CPython shows them. Elements are owned.
using System.Text;

namespace MiniPy.Runtime;

public sealed class PySet : PyGcObject
{
    /// <summary>The per-object lock of the free-threaded mode (see ObjectLocks.cs).</summary>
    ObjectMutex mutex;
    public static PyType SetType, FrozenSetType;
    public override bool AllowsMethodFastPath => true;
    static readonly PyObject DummyKey = new SetDummy();

    sealed class SetDummy : PyObject { }

    PyObject[] keys = new PyObject[8];
    long[] hashes = new long[8];
    int fill;  // active + dummy slots
    int used;  // active slots

    PySet() { }

    public static PySet New(bool frozen = false)
    {
        var s = new PySet { ObType = frozen ? FrozenSetType : SetType };
        Heap.Allocated(s.ObType);
        CycleCollector.Track(s);
        return s;
    }

    public static PySet FromIterable(PyObject iterable, bool frozen = false)
    {
        var s = New(frozen);
        try { s.UpdateFrom(iterable); }
        catch { Rc.Dec(s); throw; }
        return s;
    }

    /// <summary>The table's size, and its key at a slot (null: none there): a frozenset
    /// constant is stored so in compiled code, its layout kept.</summary>
    internal int TableSize => keys.Length;
    internal PyObject KeyAt(int slot) => keys[slot] is { } k && k != DummyKey ? k : null;

    /// <summary>A frozenset with its keys (stolen references) at these very slots.</summary>
    internal static PySet FrozenFromLayout(PyObject[] slots)
    {
        var s = New(frozen: true);
        s.keys = slots;
        s.hashes = new long[slots.Length];
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i] == null) continue;
            s.hashes[i] = Ops.Hash(slots[i]);
            s.used++;
        }
        s.fill = s.used;
        return s;
    }

    public bool IsFrozen => ObType == FrozenSetType || (ObType != SetType && ObType.IsSubtypeOf(FrozenSetType));
    public int Count => used;

    public override void VisitReferences(Action<PyObject> visit)
    {
        foreach (var k in keys) if (k != null && k != DummyKey) visit(k);
    }

    internal override void ClearReferences() => ClearAll();

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        ClearAll();
    }

    void ClearAll()
    {
        var old = keys;
        keys = new PyObject[8];
        hashes = new long[8];
        fill = used = 0;
        foreach (var k in old) if (k != null && k != DummyKey) Rc.Dec(k);
    }

    public void Clear()
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { ClearAll(); } finally { mutex.Exit(); } } return; }
        ClearAll();
    }

    /// <summary>CPython's set_add_entry/set_lookkey probe: from hash's slot, the next nine
    /// slots too when they all lie before the table's end (LINEAR_PROBES), then a jump by
    /// the perturbed recurrence. The slot holding key (found), or where to put it: the last
    /// dummy passed on the way, else the empty slot that ended the search.</summary>
    int FindSlot(PyObject key, long hash, out bool found)
    {
        int mask = keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        int freeSlot = -1;
        // A sound table ends the search within this many rounds (see PyDict.ProbeLimit);
        // one torn by racing threads with the GIL off could otherwise spin for ever.
        int roundsLeft = keys.Length + 16;
        while (true)
        {
            if (--roundsLeft == 0) throw new TornContainerException("set");
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = keys[j];
                if (k == null) { found = false; return freeSlot >= 0 ? freeSlot : j; }
                if (k == DummyKey) freeSlot = j;
                else if (ReferenceEquals(k, key) || (hashes[j] == hash && Ops.EqualsBool(k, key))) { found = true; return j; }
                if (probes-- == 0) break;
            }
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
    }

    const int LinearProbes = 9;

    /// <summary>Puts a key known to be absent into a table without dummies (CPython's
    /// set_insert_clean): the same probe, stopping at the first empty slot.</summary>
    static void InsertClean(PyObject[] table, long[] tableHashes, PyObject key, long hash)
    {
        int mask = table.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            if (table[i] == null) { Place(i); return; }
            if (i + LinearProbes <= mask)
                for (int j = i + 1; j <= i + LinearProbes; j++)
                    if (table[j] == null) { Place(j); return; }
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }

        void Place(int slot)
        {
            ObjectArrays.Slot(table, slot) = key;
            tableHashes[slot] = hash;
        }
    }

    /// <summary>A table of the smallest power of two above minUsed holding the live keys,
    /// put in the old table's order (CPython's set_table_resize; an 8-slot table without
    /// dummies is left as it is).</summary>
    void Resize(int minUsed)
    {
        int size = 8;
        while (size <= minUsed) size <<= 1;
        if (size == 8 && keys.Length == 8 && fill == used) return;
        var oldKeys = keys;
        var oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        for (int i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i];
            if (k == null || k == DummyKey) continue;
            InsertClean(keys, hashes, k, oldHashes[i]);
        }
        fill = used;
    }

    /// <summary>Adds key, taking a new reference when it was absent.</summary>
    public void Add(PyObject key)
    {
        long hash = Ops.Hash(key);
        if (Heap.ObjectLocks) { { mutex.Enter(); try { Insert(key, hash); } finally { mutex.Exit(); } } return; }
        Insert(key, hash);
    }

    void Insert(PyObject key, long hash)
    {
        int slot = FindSlot(key, hash, out bool found);
        if (found) return;
        bool unused = keys[slot] == null;
        ObjectArrays.Slot(keys, slot) = Rc.New(key);
        hashes[slot] = hash;
        used++;
        if (!unused) return; // a dummy reused: the table is no fuller
        fill++;
        if (fill * 5 >= (keys.Length - 1) * 3) Resize(used > 50000 ? used * 2 : used * 4);
    }

    public bool Discard(PyObject key)
    {
        long hash = Ops.Hash(key);
        PyObject removed;
        if (Heap.ObjectLocks) { { mutex.Enter(); try { removed = Remove(key, hash); } finally { mutex.Exit(); } } }
        else removed = Remove(key, hash);
        if (removed == null) return false;
        Rc.Dec(removed);
        return true;
    }

    PyObject Remove(PyObject key, long hash)
    {
        int slot = FindSlot(key, hash, out bool found);
        if (!found) return null;
        var k = keys[slot];
        keys[slot] = DummyKey;
        used--;
        return k;
    }

    int finger; // where Pop resumes its scan, as CPython's set.pop does

    /// <summary>Removes and returns an arbitrary element (the reference passes to the
    /// caller), or null when the set is empty.</summary>
    public PyObject Pop()
    {
        if (Heap.ObjectLocks) { { mutex.Enter(); try { return PopAny(); } finally { mutex.Exit(); } } }
        return PopAny();
    }

    PyObject PopAny()
    {
        if (used == 0) return null;
        int mask = keys.Length - 1;
        int i = finger & mask;
        int slotsLeft = keys.Length;
        while (keys[i] == null || keys[i] == DummyKey)
        {
            // A count of items that the table does not hold: torn by threads with the GIL off.
            if (--slotsLeft < 0) throw new TornContainerException("set");
            i = (i + 1) & mask;
        }
        var k = keys[i];
        keys[i] = DummyKey;
        used--;
        finger = i + 1;
        return k;
    }

    public bool ContainsKey(PyObject key)
    {
        long hash = Ops.Hash(key);
        bool found;
        if (Heap.ObjectLocks) { { mutex.Enter(); try { FindSlot(key, hash, out found); } finally { mutex.Exit(); } } }
        else FindSlot(key, hash, out found);
        return found;
    }

    /// <summary>The live elements in table order, borrowed.</summary>
    public IEnumerable<PyObject> Elements()
    {
        for (int i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            if (k != null && k != DummyKey) yield return k;
        }
    }

    /// <summary>Slot-based access for the iterator: the element at or after slot, or null.</summary>
    internal PyObject NextElement(ref int slot)
    {
        while (slot < keys.Length)
        {
            var k = keys[slot++];
            if (k != null && k != DummyKey) return k;
        }
        return null;
    }

    public void UpdateFrom(PyObject iterable)
    {
        if (iterable is PySet other)
        {
            Merge(other);
            return;
        }
        if (iterable is PyDict d)
        {
            // As CPython: room for all the keys first, then each added.
            if (!Heap.ObjectLocks && (fill + d.Count) * 5 >= (keys.Length - 1) * 3) Resize((used + d.Count) * 2);
            for (int i = 0; i < d.EntryCount; i++) if (d.Entries[i].Key != null) Add(d.Entries[i].Key);
            return;
        }
        var it = Ops.GetIter(iterable);
        try
        {
            PyObject x;
            while ((x = Ops.Next(it)) != null)
            {
                try { Add(x); } finally { Rc.Dec(x); }
            }
        }
        finally { Rc.Dec(it); }
    }

    public PySet CopyAs(bool frozen)
    {
        var s = New(frozen);
        s.Merge(this);
        return s;
    }

    /// <summary>Adds other's keys as CPython's set_merge does, which decides the table's
    /// layout and so the order a program sees: room for both first; into an empty table of
    /// other's size, other's very layout; into another empty one, other's keys in its order
    /// without probing for duplicates; else each key added.</summary>
    void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other.used == 0) return;
        if (Heap.ObjectLocks)
        {
            // Each key under the sets' own locks (the layout shortcuts read other's table whole).
            foreach (var k in other.Elements().ToArray()) Add(k);
            return;
        }
        if ((fill + other.used) * 5 >= (keys.Length - 1) * 3) Resize((used + other.used) * 2);
        var theirs = other.keys;
        var theirHashes = other.hashes;
        if (fill == 0 && keys.Length == theirs.Length && other.fill == other.used)
        {
            for (int i = 0; i < theirs.Length; i++)
            {
                if (theirs[i] == null) continue;
                ObjectArrays.Slot(keys, i) = Rc.New(theirs[i]);
                hashes[i] = theirHashes[i];
            }
            fill = used = other.used;
            return;
        }
        if (fill == 0)
        {
            for (int i = 0; i < theirs.Length; i++)
            {
                var k = theirs[i];
                if (k == null || k == DummyKey) continue;
                InsertClean(keys, hashes, Rc.New(k), theirHashes[i]);
            }
            fill = used = other.used;
            return;
        }
        for (int i = 0; i < theirs.Length; i++)
        {
            var k = theirs[i];
            if (k != null && k != DummyKey) Insert(k, theirHashes[i]);
        }
    }

    public override string Repr() => ReprNamed(ObType.Name, ObType != SetType);

    /// <summary>The repr under a class's name: {1, 2} for a set; frozenset({1, 2}), and
    /// TagSet({1, 2}) for a subclass (whose instance holds this set), wrapped in the name.</summary>
    internal string ReprNamed(string name, bool wrapped)
    {
        if (used == 0) return name + "()";
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return name + "(...)";
        var sb = new StringBuilder();
        if (wrapped) sb.Append(name).Append('(');
        sb.Append('{');
        bool first = true;
        foreach (var k in Elements())
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(k));
        }
        sb.Append('}');
        if (wrapped) sb.Append(')');
        return sb.ToString();
    }

    public override bool IsHashable => IsFrozen;

    public override long Hash()
    {
        if (!IsFrozen) throw Err.TypeError("unhashable type: 'set'");
        ulong h = 0;
        foreach (var k in Elements())
        {
            ulong x = (ulong)Ops.Hash(k);
            h ^= ((x ^ (x << 16)) ^ 89869747UL) * 3644798167UL;
        }
        h ^= ((ulong)used + 1) * 1927868237UL;
        // Dispersed, as CPython's frozenset_hash does, so nested frozensets hash apart.
        h ^= (h >> 11) ^ (h >> 25);
        h = h * 69069UL + 907133923UL;
        long r = (long)h;
        return r == -1 ? 590923713 : r;
    }

    public override long LengthOrMinusOne() => used;
    public override bool Contains(PyObject item) => ContainsKey(item);
    public override PyObject Iter() => SetIterator.New(this);

    public bool IsSubsetOf(PySet other)
    {
        if (used > other.used) return false;
        foreach (var k in Elements()) if (!other.ContainsKey(k)) return false;
        return true;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySet o) return Rc.New(PyNotImplemented.Instance);
        bool r = op switch
        {
            CompareOp.Eq => used == o.used && IsSubsetOf(o),
            CompareOp.Ne => !(used == o.used && IsSubsetOf(o)),
            CompareOp.Le => IsSubsetOf(o),
            CompareOp.Lt => used < o.used && IsSubsetOf(o),
            CompareOp.Ge => o.IsSubsetOf(this),
            _ => o.used < used && o.IsSubsetOf(this),
        };
        return PyBool.From(r);
    }

    public PySet Union(PySet o) { var s = CopyAs(IsFrozen); s.UpdateFrom(o); return s; }

    /// <summary>As CPython's: the smaller set's keys (o's when equal) that the other holds,
    /// in the smaller one's order.</summary>
    public PySet Intersection(PySet o)
    {
        var s = New(IsFrozen);
        var (small, large) = o.used > used ? (this, o) : (o, this);
        foreach (var k in small.Elements().ToArray()) if (large.ContainsKey(k)) s.Add(k);
        return s;
    }

    /// <summary>As CPython's: a copy with o's keys removed when this set is over four times
    /// o's size, else this set's keys that o lacks, added in order.</summary>
    public PySet Difference(PySet o)
    {
        if ((used >> 2) > o.used)
        {
            var copy = CopyAs(IsFrozen);
            foreach (var k in o.Elements().ToArray()) copy.Discard(k);
            return copy;
        }
        var s = New(IsFrozen);
        foreach (var k in Elements().ToArray()) if (!o.ContainsKey(k)) s.Add(k);
        return s;
    }

    /// <summary>As CPython's: a copy of o, from which each of this set's keys is removed, or
    /// to which it is added.</summary>
    public PySet SymmetricDifference(PySet o)
    {
        var s = New(IsFrozen);
        s.Merge(o);
        foreach (var k in Elements().ToArray()) if (!s.Discard(k)) s.Add(k);
        return s;
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (other is not PySet o) return Rc.New(PyNotImplemented.Instance);
        var (a, b) = reflected ? (o, this) : (this, o);
        return op switch
        {
            BinaryOpKind.Or => a.Union(b),
            BinaryOpKind.And => a.Intersection(b),
            BinaryOpKind.Sub => a.Difference(b),
            BinaryOpKind.Xor => a.SymmetricDifference(b),
            _ => Rc.New(PyNotImplemented.Instance),
        };
    }

    public override PyObject InPlaceOp(BinaryOpKind op, PyObject other)
    {
        if (other is not PySet o || IsFrozen) return null;
        switch (op)
        {
            case BinaryOpKind.Or: UpdateFrom(o); break;
            case BinaryOpKind.And:
                // As CPython's: the intersection, made anew, becomes this set's table.
                var kept = Intersection(o);
                (keys, kept.keys) = (kept.keys, keys);
                (hashes, kept.hashes) = (kept.hashes, hashes);
                (fill, kept.fill) = (kept.fill, fill);
                (used, kept.used) = (kept.used, used);
                Rc.Dec(kept);
                break;
            case BinaryOpKind.Sub: foreach (var k in o.Elements().ToArray()) Discard(k); break;
            case BinaryOpKind.Xor:
                foreach (var k in o.Elements().ToArray()) { if (!Discard(k)) Add(k); }
                break;
            default: return null;
        }
        return Rc.New(this);
    }
}
