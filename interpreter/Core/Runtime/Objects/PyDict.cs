// dict: an insertion-ordered hash table in CPython's compact layout — a sparse index array
// pointing into a dense array of (hash, key, value) entries. Keys and values are owned.
using System.Runtime.CompilerServices;
using System.Text;

namespace MiniPy.Runtime;

public sealed class PyDict : PyGcObject
{
    /// <summary>The per-object lock of the free-threaded mode (see ObjectLocks.cs).</summary>
    ObjectMutex mutex;
    public static PyType Type;
    public override bool AllowsMethodFastPath => true;
    static readonly FreeList<PyDict> free = new(256);

    const int Empty = -1, Dummy = -2;

    public struct Entry
    {
        public long Hash;
        public PyObject Key;   // null for a deleted entry
        public PyObject Value;
    }

    int[] indices;
    public Entry[] Entries;
    /// <summary>Number of entries in use, deleted ones included (the dense array's fill).</summary>
    public int EntryCount;
    int used;
    /// <summary>Set on class dicts: a change invalidates the method caches of every type.</summary>
    public bool IsTypeDict;
    /// <summary>Bumped on every insertion or deletion, so iterators can detect changes.</summary>
    public int Version;
    public static int TypeDictVersion;

    /// <summary>A bit for every key ever stored since the table was last emptied, chosen by
    /// the key's hash (bit hash mod 64): a clear bit proves a key absent without probing.
    /// LOAD_METHOD asks that of every instance's dict before it binds a method, and the
    /// answer is nearly always no. Removals leave their bits set, which only costs a probe.</summary>
    ulong keyBits;

    static ulong KeyBit(long hash) => 1UL << (int)(hash & 63);

    /// <summary>Invalidates every type's lookup cache (atomically, for threads without the GIL).</summary>
    static void BumpTypeDictVersion()
    {
        if (Heap.ToleratesCorruption) Interlocked.Increment(ref TypeDictVersion);
        else TypeDictVersion++;
    }

    PyDict() { }

    /// <summary>A new index table with every slot empty.</summary>
    static int[] EmptyIndices(int size)
    {
        var a = new int[size];
        MarkEmpty(a);
        return a;
    }

    // A loop rather than Array.Fill, whose generic code would be compiled as a process starts.
    static void MarkEmpty(int[] a)
    {
        for (int i = 0; i < a.Length; i++) a[i] = Empty;
    }

    public static PyDict New() => New(0);

    /// <summary>New for a caller that knows its thread's id (see FreeList.Pop(thread); 0: look it up).</summary>
    public static PyDict New(int thread) => NewSized(0, thread);

    /// <summary>A new dict with room for `expected` entries before its table must grow: an
    /// instance's attribute dict, sized by what its class's instances held (PyType.ExpectedAttributes).</summary>
    public static PyDict NewSized(int expected, int thread)
    {
        int size = 8;
        while (expected * 3 >= size * 2) size <<= 1;
        int entries = Math.Max(5, size * 2 / 3);
        var d = free.Pop(thread);
        d ??= new PyDict();
        d.ObType = Type;
        // A dict from the free list keeps the arrays it had (see ClearEntries), empty.
        if (d.indices == null || d.indices.Length < size) d.indices = EmptyIndices(size);
        if (d.Entries == null || d.Entries.Length < entries) d.Entries = new Entry[entries];
        d.EntryCount = 0;
        d.used = 0;
        d.keyBits = 0;
        d.IsTypeDict = false;
        d.HeldByInstance = false;
        Heap.Allocated(Type);
        // Not tracked until it holds something that can be part of a cycle (see Store).
        d.Marks = 0;
        return d;
    }

    public int Count => used;

    /// <summary>The attribute dict of an instance that has not handed it to the program: the
    /// collector reaches its contents through the instance and does not track it (see
    /// PyInstance.VisitForCollector).</summary>
    internal bool HeldByInstance;

    /// <summary>The program gets a reference to this dict (obj.__dict__, vars(obj)): from
    /// now on it is a dict like any other, and the collector tracks it.</summary>
    public void Exposed()
    {
        if (!HeldByInstance) return;
        HeldByInstance = false;
        if (!CycleCollector.Tracks || GcTable != 0) return;
        var entries = Entries;
        for (int i = 0; i < EntryCount; i++)
        {
            if (entries[i].Key == null) continue;
            if (CycleCollector.MayBeTracked(entries[i].Key) || CycleCollector.MayBeTracked(entries[i].Value))
            {
                CycleCollector.Track(this);
                return;
            }
        }
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        var entries = Entries;
        for (int i = 0; i < EntryCount && i < entries.Length; i++)
        {
            if (entries[i].Key == null) continue;
            visit(entries[i].Key);
            if (entries[i].Value != null) visit(entries[i].Value);
        }
    }

    internal override void ClearReferences() => Clear();

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        ClearEntries(beingFreed: true);
        if (Heap.PoisonFreed) { Poison.Mark(this); return; }
        free.Push(this);
    }

    /// <summary>Empties the table. When the dict is being freed, a table of up to 64 slots
    /// keeps its arrays for the next use (the free list hands this dict out again, and an
    /// instance dict of a class with many attributes is the same size next time). A live
    /// dict always takes fresh entries: releasing an entry may run a __del__ that stores into
    /// this dict, and that must not land in the array still being released.</summary>
    void ClearEntries(bool beingFreed = false)
    {
        var entries = Entries;
        int n = EntryCount;
        bool keep = beingFreed && indices.Length <= 64 && entries.Length <= 42;
        BeginLayoutChange();
        Entries = keep ? entries : new Entry[5];
        EntryCount = 0;
        used = 0;
        keyBits = 0;
        if (keep || indices.Length == 8) MarkEmpty(indices);
        else indices = EmptyIndices(8);
        Version++;
        EndLayoutChange();
        for (int i = 0; i < n; i++)
        {
            var k = entries[i].Key;
            var v = entries[i].Value;
            entries[i] = default;
            if (k != null) { Rc.Dec(k); Rc.Dec(v); }
        }
    }

    public void Clear()
    {
        // A class dict's version changes with the clear, under the lock when there is one:
        // a lookup made meanwhile must not be filed under the new version.
        if (Heap.ObjectLocks) { { mutex.Enter(); try { ClearEntries(); if (IsTypeDict) BumpTypeDictVersion(); } finally { mutex.Exit(); } } return; }
        ClearEntries();
        if (IsTypeDict) BumpTypeDictVersion();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool KeysMatch(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        return Ops.EqualsBool(a, b);
    }

    /// <summary>The entry index of key, or -1. The index stays the key's, and its value is
    /// Entries[index].Value, for as long as Version does not change (the GIL's inline caches
    /// rely on this; see VM/GlobalCache.cs).</summary>
    public int IndexOf(PyObject key) => Find(key, Ops.Hash(key));

    /// <summary>The value at entry index ix if that entry's key is key itself (the same
    /// object), else null (borrowed): a remembered guess at where a key is, checked. Keys
    /// are never moved while they stay in the table, so a match is the key's one entry.
    /// With the GIL on only (the inline caches of VM/AttributeCache.cs).</summary>
    public PyObject ValueIfKeyAt(int ix, PyObject key)
        => (uint)ix < (uint)EntryCount && ReferenceEquals(Entries[ix].Key, key) ? Entries[ix].Value : null;

    /// <summary>Stores value (a new reference) in entry ix if that entry's key is key itself,
    /// returning the value it replaced (the caller releases it); null, and nothing stored,
    /// when the guess was wrong (see ValueIfKeyAt).</summary>
    public PyObject ReplaceIfKeyAt(int ix, PyObject key, PyObject value)
        => (uint)ix < (uint)EntryCount && ReferenceEquals(Entries[ix].Key, key) ? StoreAt(ix, key, 0, value, 0) : null;

    /// <summary>The entry index of key, or -1: the last entry is tried first, where a key
    /// just added is.</summary>
    public int IndexOfRecent(PyObject key)
        => EntryCount > 0 && ReferenceEquals(Entries[EntryCount - 1].Key, key) ? EntryCount - 1 : IndexOf(key);

    /// <summary>The entry index of key, or -1.</summary>
    int Find(PyObject key, long hash)
    {
        var table = indices;
        int mask = table.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        int probesLeft = ProbeLimit(table);
        while (true)
        {
            int ix = table[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                ref var e = ref Entries[ix];
                if (e.Hash == hash && KeysMatch(e.Key, key)) return ix;
            }
            if (--probesLeft == 0) throw new TornContainerException("dict");
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
    }

    /// <summary>The most probes a sound table can need: the perturbation runs out after a
    /// dozen steps, then the sequence visits every slot once. A table that always has a
    /// free slot ends sooner; one that needs more was torn by racing threads (the GIL off),
    /// and the bound turns what would be an endless spin into an error.</summary>
    static int ProbeLimit(int[] table) => table.Length + 16;

    int FindSlotForInsert(long hash)
    {
        var table = indices;
        int mask = table.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        int probesLeft = ProbeLimit(table);
        while (table[i] >= 0)
        {
            if (--probesLeft == 0) throw new TornContainerException("dict");
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
        return i;
    }

    void Resize()
    {
        int size = 8;
        while (size * 2 <= used * 3 + 3) size <<= 1;
        size <<= 1;
        indices = EmptyIndices(size);
        var old = Entries;
        var fresh = new Entry[Math.Max(5, size * 2 / 3)];
        int n = 0;
        for (int i = 0; i < EntryCount; i++)
        {
            if (old[i].Key == null) continue;
            fresh[n] = old[i];
            indices[FindSlotForInsert(old[i].Hash)] = n;
            n++;
        }
        Entries = fresh;
        EntryCount = n;
    }

    /// <summary>A borrowed reference to the value for key, or null.</summary>
    public PyObject GetItemBorrowed(PyObject key)
    {
        long hash = Ops.Hash(key);
        if (Heap.ObjectLocks) { { mutex.Enter(); try { return ValueOrNull(Find(key, hash)); } finally { mutex.Exit(); } } }
        return ValueOrNull(Find(key, hash));
    }

    PyObject ValueOrNull(int ix) => ix < 0 ? null : Entries[ix].Value;

    /// <summary>Whether key is absent (what LOAD_METHOD asks of an instance's dict before it
    /// binds a method). In the free-threaded mode answered without the lock unless the table
    /// is changing. thread: the caller's id (see Rc.Inc(o, thread)).</summary>
    public bool LacksKey(PyObject key, int thread)
    {
        long hash = Ops.Hash(key);
        if ((keyBits & KeyBit(hash)) == 0) return true;
        if (!Heap.ObjectLocks) return Find(key, hash) < 0;
        if (thread == 0) thread = BiasedCounts.CurrentThreadId;
        if (TryGetWithoutLock(key, hash, thread, out var found))
        {
            if (found == null) return true;
            Rc.Dec(found, thread);
            return false;
        }
        mutex.Enter(thread);
        try { return Find(key, hash) < 0; }
        finally { mutex.Exit(); }
    }

    /// <summary>Changes of the table's layout (inserts, removals, resizes, clears) with the
    /// free-threaded mode's object locks: odd while one is under way. A reader that sees the
    /// same even number before and after its lookup read a consistent table.
    ///
    /// Only one thread at a time changes the layout (the writer holds the dict's lock, or
    /// frees the dict, which nobody else can then reach), so the counter is bumped with plain
    /// writes rather than atomic adds. What matters is order: the odd number must be visible
    /// before any of the change is, and the whole change before the even number. The even
    /// number is a release write. The odd one needs a store-store fence, which x86 and x64
    /// give for free (stores become visible in program order; the read after the write keeps
    /// the compiler from hoisting the change above it); elsewhere it is a full fence.</summary>
    int layoutChanges;

    void BeginLayoutChange()
    {
        if (!Heap.ObjectLocks) return;
        Volatile.Write(ref layoutChanges, layoutChanges + 1);
        if (!StoresBecomeVisibleInOrder) Interlocked.MemoryBarrier();
        else _ = Volatile.Read(ref layoutChanges);   // keeps the compiler from moving the change's writes above
    }

    void EndLayoutChange()
    {
        if (Heap.ObjectLocks) Volatile.Write(ref layoutChanges, layoutChanges + 1);
    }

    static readonly bool StoresBecomeVisibleInOrder =
        System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture is
            System.Runtime.InteropServices.Architecture.X64 or System.Runtime.InteropServices.Architecture.X86;

    /// <summary>The free-threaded mode's lock-free lookup (as CPython 3.13's dicts do): find
    /// the value without the lock, take a reference only if its count has not reached zero,
    /// then check that the entry still holds that very object and that no layout change
    /// overlapped the lookup. The check is what makes reuse of freed storage safe: an object
    /// freed (and perhaps reused as a new one) after it was read is no longer in the entry,
    /// so the reference just taken is given back and the lock decides. Anything else — a
    /// change under way, a count at zero, a table read mid-resize — also falls back to the lock.</summary>
    bool TryGetWithoutLock(PyObject key, long hash, int thread, out PyObject value)
    {
        value = null;
        int before = Volatile.Read(ref layoutChanges);
        if ((before & 1) != 0) return false;
        // The arrays are read once: a resize replaces both, and a lookup must not mix them.
        var table = indices;
        var entries = Entries;
        int mask = table.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        for (int probesLeft = ProbeLimit(table); probesLeft > 0; probesLeft--)
        {
            int ix = table[i];
            if (ix == Empty) return Volatile.Read(ref layoutChanges) == before; // absent
            if ((uint)ix < (uint)entries.Length)
            {
                var k = entries[ix].Key;
                if (k != null && entries[ix].Hash == hash && KeysMatch(k, key))
                {
                    var v = entries[ix].Value;
                    if (v == null || !Rc.TryIncLive(v, thread)) return false;
                    if (Volatile.Read(ref layoutChanges) == before && ReferenceEquals(Volatile.Read(ref entries[ix].Value), v))
                    {
                        value = v;
                        return true;
                    }
                    Rc.Dec(v, thread);
                    return false;
                }
            }
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
        return false;
    }

    /// <summary>A new reference to the value for key, or null. With per-object locks the
    /// reference is taken under the dict's lock, so a thread replacing the value cannot
    /// free it in between (what a borrowed read could not promise).</summary>
    public PyObject GetItemNew(PyObject key) => GetItemNew(key, Heap.BiasedCounts ? BiasedCounts.CurrentThreadId : 0);

    /// <summary>GetItemNew for a caller that knows its thread's id (see Rc.Inc(o, thread)).</summary>
    public PyObject GetItemNew(PyObject key, int thread)
    {
        long hash = Ops.Hash(key);
        if (Heap.ObjectLocks)
        {
            if (TryGetWithoutLock(key, hash, thread, out var found)) return found;
            mutex.Enter();
            try
            {
                var locked = ValueOrNull(Find(key, hash));
                if (locked != null) Rc.Inc(locked);
                return locked;
            }
            finally { mutex.Exit(); }
        }
        var v = ValueOrNull(Find(key, hash));
        if (v != null) Rc.Inc(v);
        return v;
    }

    public PyObject GetItemBorrowed(string key) => GetItemBorrowed(PyStr.Intern(key));

    /// <summary>Stores value under key, taking new references to both.</summary>
    public void SetItemNew(PyObject key, PyObject value) => SetItemNew(key, value, 0);

    /// <summary>SetItemNew for a caller that knows its thread's id (see Rc.Inc(o, thread); 0: look it up).</summary>
    public void SetItemNew(PyObject key, PyObject value, int thread)
    {
        long hash = Ops.Hash(key);
        if ((Heap.BiasedCounts || Heap.ObjectLocks) && thread == 0) thread = BiasedCounts.CurrentThreadId;
        if (Heap.ObjectLocks)
        {
            PyObject replaced;
            { mutex.Enter(thread); try { replaced = Store(key, hash, value, thread); } finally { mutex.Exit(); } }
            // Released outside the lock: freeing it may run Python code (__del__).
            if (replaced != null) Rc.Dec(replaced, thread);
            return;
        }
        var old = Store(key, hash, value, thread);
        if (old != null) Rc.Dec(old, thread);
    }

    /// <summary>Stores value under key (new references to both); returns the value it
    /// replaced, whose reference the caller must release, or null.</summary>
    PyObject Store(PyObject key, long hash, PyObject value, int thread) => StoreAt(Find(key, hash), key, hash, value, thread);

    /// <summary>Store with the key's entry index (or -1) already found.</summary>
    PyObject StoreAt(int ix, PyObject key, long hash, PyObject value, int thread)
    {
        if (IsTypeDict) BumpTypeDictVersion();
        Rc.Inc(value, thread);
        // A dict of numbers and strings cannot be part of a cycle: the collector starts
        // watching a dict only when it stores something that can (CPython's MAINTAIN_TRACKING).
        if (CycleCollector.Tracks && GcTable == 0 && !HeldByInstance && (CycleCollector.MayBeTracked(value) || (ix < 0 && CycleCollector.MayBeTracked(key))))
            CycleCollector.Track(this);
        if (ix >= 0)
        {
            var old = Entries[ix].Value;
            Entries[ix].Value = value;
            return old;
        }
        BeginLayoutChange();
        if (EntryCount == Entries.Length || (EntryCount + 1) * 3 >= indices.Length * 2) Resize();
        Rc.Inc(key, thread);
        Entries[EntryCount] = new Entry { Hash = hash, Key = key, Value = value };
        indices[FindSlotForInsert(hash)] = EntryCount;
        // Without the GIL or a lock two inserts may race: an atomic or keeps both bits (a
        // lost bit would hide a key from LacksKey for good).
        if (Heap.ToleratesCorruption) Interlocked.Or(ref keyBits, KeyBit(hash));
        else keyBits |= KeyBit(hash);
        EntryCount++;
        used++;
        Version++;
        EndLayoutChange();
        return null;
    }

    public void SetItemNew(string key, PyObject value) => SetItemNew(PyStr.Intern(key), value);

    /// <summary>Removes key; returns its value (a reference the caller now owns) or null.</summary>
    public PyObject Pop(PyObject key)
    {
        long hash = Ops.Hash(key);
        if (Heap.ObjectLocks) { { mutex.Enter(); try { return Remove(key, hash); } finally { mutex.Exit(); } } }
        return Remove(key, hash);
    }

    PyObject Remove(PyObject key, long hash)
    {
        int ix = Find(key, hash);
        if (ix < 0) return null;
        if (IsTypeDict) BumpTypeDictVersion();
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        int probesLeft = ProbeLimit(indices);
        while (indices[i] != ix)
        {
            if (--probesLeft == 0) throw new TornContainerException("dict");
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
        BeginLayoutChange();
        indices[i] = Dummy;
        var k = Entries[ix].Key;
        var v = Entries[ix].Value;
        Entries[ix].Key = null;
        Entries[ix].Value = null;
        used--;
        Version++;
        EndLayoutChange();
        Rc.Dec(k);
        return v;
    }

    public bool ContainsKey(PyObject key) => GetItemBorrowed(key) != null;

    public override string Repr()
    {
        if (used == 0) return "{}";
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return "{...}";
        var sb = new StringBuilder("{");
        bool first = true;
        for (int i = 0; i < EntryCount; i++)
        {
            var k = Entries[i].Key;
            if (k == null) continue;
            var v = Entries[i].Value;
            if (!first) sb.Append(", ");
            first = false;
            Rc.Inc(k); Rc.Inc(v);
            try { sb.Append(Ops.Repr(k)).Append(": ").Append(Ops.Repr(v)); }
            finally { Rc.Dec(k); Rc.Dec(v); }
        }
        return sb.Append('}').ToString();
    }

    public override bool IsHashable => false;
    public override long Hash() => throw Err.TypeError("unhashable type: 'dict'");
    public override long LengthOrMinusOne() => used;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (BuiltinSubclass.Unwrap(other) is not PyDict o || (op != CompareOp.Eq && op != CompareOp.Ne)) return Rc.New(PyNotImplemented.Instance);
        bool eq = used == o.used;
        if (eq)
        {
            for (int i = 0; i < EntryCount && eq; i++)
            {
                var k = Entries[i].Key;
                if (k == null) continue;
                var ov = o.GetItemBorrowed(k);
                eq = ov != null && Ops.EqualsBool(Entries[i].Value, ov);
            }
        }
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override PyObject GetItem(PyObject key)
    {
        var v = GetItemNew(key);
        if (v != null) return v;
        if (ObType != Type)
        {
            var missing = ObType.Lookup("__missing__");
            if (missing != null) return Ops.CallMethod(this, "__missing__", key);
        }
        throw Err.KeyError(key);
    }

    public override void SetItem(PyObject key, PyObject value) => SetItemNew(key, value);

    public override void DelItem(PyObject key)
    {
        var v = Pop(key);
        if (v == null) throw Err.KeyError(key);
        Rc.Dec(v);
    }

    public override bool Contains(PyObject item) => ContainsKey(item);
    public override PyObject Iter() => DictIterator.New(this, DictIterKind.Keys);

    /// <summary>Copies every entry of other into this dict (dict.update with a dict).</summary>
    public void Update(PyDict other)
    {
        for (int i = 0; i < other.EntryCount; i++)
        {
            var k = other.Entries[i].Key;
            if (k != null) SetItemNew(k, other.Entries[i].Value);
        }
    }

    public PyDict Copy()
    {
        var d = New();
        d.Update(this);
        return d;
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Or && other is PyDict o)
        {
            var d = (reflected ? o : this).Copy();
            d.Update(reflected ? this : o);
            return d;
        }
        return Rc.New(PyNotImplemented.Instance);
    }

    public override PyObject InPlaceOp(BinaryOpKind op, PyObject other)
    {
        if (op == BinaryOpKind.Or && other is PyDict o) { Update(o); return Rc.New(this); }
        return null;
    }
}
