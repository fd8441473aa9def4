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
            var k = keys[i];
            if (k == null) { found = false; return freeSlot >= 0 ? freeSlot : i; }
            if (k == DummyKey) { if (freeSlot < 0) freeSlot = i; }
            else if (ReferenceEquals(k, key) || (hashes[i] == hash && Ops.EqualsBool(k, key))) { found = true; return i; }
            // A few linear probes, then perturbation, as CPython does.
            int j = i;
            for (int probe = 0; probe < 9 && j + 1 <= mask; probe++)
            {
                j++;
                var kj = keys[j];
                if (kj == null) { found = false; return freeSlot >= 0 ? freeSlot : j; }
                if (kj == DummyKey) { if (freeSlot < 0) freeSlot = j; }
                else if (ReferenceEquals(kj, key) || (hashes[j] == hash && Ops.EqualsBool(kj, key))) { found = true; return j; }
            }
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
    }

    void Resize(int minUsed)
    {
        int size = 8;
        while (size <= minUsed) size <<= 1;
        var oldKeys = keys;
        var oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        fill = used = 0;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i];
            if (k == null || k == DummyKey) continue;
            int slot = FindSlot(k, oldHashes[i], out _);
            ObjectArrays.Slot(keys, slot) = k;
            hashes[slot] = oldHashes[i];
            fill++; used++;
        }
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
        if (keys[slot] == null) fill++;
        ObjectArrays.Slot(keys, slot) = Rc.New(key);
        hashes[slot] = hash;
        used++;
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
            foreach (var k in other.Elements()) Add(k);
            return;
        }
        if (iterable is PyDict d)
        {
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
        foreach (var k in Elements()) s.Add(k);
        return s;
    }

    public override string Repr()
    {
        string name = ObType.Name;
        if (used == 0) return name + "()";
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return name + "(...)";
        var sb = new StringBuilder();
        if (ObType != SetType) sb.Append(name).Append('(');
        sb.Append('{');
        bool first = true;
        foreach (var k in Elements())
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(k));
        }
        sb.Append('}');
        if (ObType != SetType) sb.Append(')');
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

    public PySet Intersection(PySet o)
    {
        var s = New(IsFrozen);
        foreach (var k in Elements()) if (o.ContainsKey(k)) s.Add(k);
        return s;
    }

    public PySet Difference(PySet o)
    {
        var s = New(IsFrozen);
        foreach (var k in Elements()) if (!o.ContainsKey(k)) s.Add(k);
        return s;
    }

    public PySet SymmetricDifference(PySet o)
    {
        var s = Difference(o);
        foreach (var k in o.Elements()) if (!ContainsKey(k)) s.Add(k);
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
                foreach (var k in Elements().ToArray()) if (!o.ContainsKey(k)) Discard(k);
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
