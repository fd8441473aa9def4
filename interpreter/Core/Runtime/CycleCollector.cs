// The cycle collector: frees the garbage that reference counting cannot — objects that refer
// to each other in a cycle and that nothing else refers to — as CPython's gc module does.
//
// ═══════════════════════════ Why counts are not enough ═══════════════════════════
//
//     a = []; a.append(a); del a
//
// After `del a` the list is unreachable, but its count is 1: the reference it holds to
// itself. No decrement will ever take it to zero. The same happens to an instance whose
// attribute refers back to it, a class whose methods use super() (the method's __class__
// cell refers to the class), a nested function that calls itself, a tree whose children
// point at their parents.
//
// ═══════════════════════════ How a collection finds them ═══════════════════════════
//
// Every object that can hold references to others (PyGcObject) is TRACKED: it sits in the
// table of one of three generations. A collection examines one generation together with the
// younger ones (the set S) in four steps, exactly as CPython's gcmodule.c:
//
//   1. For every object in S, copy its reference count into GcRefs.
//   2. For every object in S, visit the references it holds (VisitReferences, tp_traverse);
//      each one that points into S takes one from the target's GcRefs. What remains in
//      GcRefs is the number of references from OUTSIDE S: a frame's slot, a global of a
//      module an older object holds, a C# local.
//   3. An object with GcRefs > 0 is reachable from outside, and so is everything it
//      refers to, transitively. Mark those; the rest of S is unreachable: only garbage
//      refers to it.
//   4. Reachable objects move to the next older generation (they survived). Unreachable
//      ones are garbage: first their finalizers run (a __del__, a suspended generator's
//      close — once per object, PEP 442); a finalizer may have stored a reference to its
//      object somewhere reachable (resurrection), so steps 1–3 are repeated over the garbage
//      alone and whatever became reachable is spared. Then each remaining object is cleared
//      (ClearReferences, tp_clear: a list drops its items, an instance its attributes).
//      That breaks every cycle, the counts fall to zero and the ordinary deallocation frees
//      the objects — the collector never frees anything itself.
//
// The method is safe because a count is never smaller than the references that exist: a
// reference the collector cannot see (a C# local, a frame) only makes an object look MORE
// reachable. An object that is not tracked (an iterator, say) is treated the same way, so
// a cycle through one is not collected; one that is tracked but not clearable (a tuple) is
// collected when something else in the cycle is clearable.
//
// ═══════════════════════════ When it runs ═══════════════════════════
//
// The youngest generation holds the tracked objects made since its last collection that
// are still alive: allocations minus frees. When the count
// passes its threshold (700), a collection is due: as in CPython 3.12, it is not run inside
// the allocation (which may be in the middle of building an object) but at the next eval
// breaker check, between two instructions. Generation 1 is collected after 10 young
// collections, generation 2 after 10 of those — and then only when the objects that became
// long-lived since the last full collection are a quarter of those that were already, so
// that building one big structure does not cost a full collection every few thousand
// objects. gc.collect() collects at once; teardown collects once more after the modules are
// cleared.
//
// Tables rather than CPython's linked lists: linking an object into a list writes four
// references, and in .NET each reference written into the heap pays a GC write barrier. A
// table entry is one reference written; the object keeps only its table and index (ints).
// A freed object leaves its table by moving the table's last entry into its place.
//
// Only with the GIL. The tables and marks are plain fields that every allocation changes;
// without the lock threads would tear them, and a collection must see a world that stands
// still — CPython's free-threaded build stops every thread for it. MiniPy does not stop
// the world, so with the GIL off nothing is tracked and gc.collect() finds nothing: cycles
// then live until the process ends.
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime;

public static class CycleCollector
{
    /// <summary>Whether objects are tracked at all: with the GIL only (see the essay).</summary>
    public static readonly bool Tracks = StartupOptions.GilEnabled;

    /// <summary>An entry of a table: a struct, so storing one needs no array-covariance check.</summary>
    struct Entry
    {
        public PyGcObject Object;
    }

    /// <summary>A set of tracked objects in the order they joined it.</summary>
    sealed class Table
    {
        public readonly byte Id;
        public Entry[] Entries = new Entry[256];
        public int Count;

        public Table(byte id) => Id = id;

        public PyGcObject this[int i] => Entries[i].Object;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(PyGcObject o)
        {
            int n = Count;
            if (n == Entries.Length) Grow();
            Entries[n].Object = o;
            o.GcIndex = n;
            o.GcTable = Id;
            Count = n + 1;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        void Grow() => Array.Resize(ref Entries, Entries.Length * 2);

        /// <summary>Takes o out; the last entry fills its place.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Remove(PyGcObject o)
        {
            int last = --Count;
            int i = o.GcIndex;
            if (i != last)
            {
                var moved = Entries[last].Object;
                Entries[i].Object = moved;
                moved.GcIndex = i;
            }
            Entries[last].Object = null;
            o.GcTable = 0;
        }

        /// <summary>Appends every object of this table to another, leaving this one empty.</summary>
        public void MoveAllTo(Table to)
        {
            for (int i = 0; i < Count; i++) to.Add(Entries[i].Object);
            Array.Clear(Entries, 0, Count);
            Count = 0;
        }

        /// <summary>Moves the objects that `leaves` picks to another table (to null: they
        /// stop being tracked), in order, and closes up the rest, in order; returns how many
        /// stayed.</summary>
        public int Partition(Func<PyGcObject, bool> leaves, Table to)
        {
            int kept = 0;
            for (int i = 0; i < Count; i++)
            {
                var o = Entries[i].Object;
                if (leaves(o))
                {
                    if (to != null) to.Add(o);
                    else o.GcTable = 0;
                    continue;
                }
                if (kept != i)
                {
                    Entries[kept].Object = o;
                    o.GcIndex = kept;
                }
                kept++;
            }
            Array.Clear(Entries, kept, Count - kept);
            Count = kept;
            return kept;
        }
    }

    // Table ids: 0 means "not tracked", so a fresh object is untracked.
    const byte UnreachableId = 4, DetachedId = 5;
    static readonly Table[] tables = { null, new(1), new(2), new(3), new(UnreachableId), new(DetachedId) };
    static readonly Table youngest = tables[1];
    /// <summary>During a collection: the objects found unreachable.</summary>
    static readonly Table unreachable = tables[UnreachableId];
    /// <summary>During a collection: reachable objects being sorted out of the unreachable table.</summary>
    static readonly Table detached = tables[DetachedId];

    static Table Generation(int g) => tables[g + 1];

    static readonly int[] thresholds = { 700, 10, 10 };
    static readonly long[] collections = new long[3], collected = new long[3];
    /// <summary>Generations 1 and 2: collections of the next younger one since their own.
    /// (Generation 0's count is its table's size.)</summary>
    static int count1, count2;
    static int threshold0 = 700;
    static bool collecting;
    static volatile bool pending;
    /// <summary>Objects that survived into the oldest generation since the last full
    /// collection, and those that were there after it (CPython's long_lived_*).</summary>
    static long longLivedPending, longLivedTotal;

    /// <summary>gc.enable()/gc.disable(): whether collections start on their own.</summary>
    public static bool Automatic { get; set; } = true;

    /// <summary>Set by the interpreter: raises the eval breaker, at which a due collection runs.</summary>
    public static Action RequestAttention;

    /// <summary>A collection is due; the eval breaker runs it (CollectDue).</summary>
    public static bool Pending => pending;

    public static bool IsCollecting => collecting;

    static readonly Action<PyObject> subtractEdge = SubtractEdge, markEdge = MarkEdge;
    static readonly Func<PyGcObject, bool> isUnmarked = o => (o.Marks & GcMarks.Reachable) == 0;
    static readonly Func<PyGcObject, bool> isMarked = o => (o.Marks & GcMarks.Reachable) != 0;
    static readonly Func<PyGcObject, bool> isTupleOfAtoms = o => o is PyTuple t && HoldsOnlyAtoms(t);
    static readonly Stack<PyGcObject> toMark = new();
    static readonly List<PyGcObject> snapshot = new();

    /// <summary>CPython's defaults: a new interpreter starts with them.</summary>
    public static void ResetSettings()
    {
        SetThresholds(700, 10, 10);
        Automatic = true;
    }

    public static void SetThresholds(int t0, int t1, int t2)
    {
        thresholds[0] = threshold0 = t0;
        thresholds[1] = t1;
        thresholds[2] = t2;
    }

    public static (int, int, int) Thresholds => (thresholds[0], thresholds[1], thresholds[2]);
    public static (int, int, int) Counts => (youngest.Count, count1, count2);

    public static (long collections, long collected, long uncollectable) Stats(int generation)
        => (collections[generation], collected[generation], 0);

    /// <summary>A new object joins the youngest generation (PyObject_GC_Track). Storage
    /// reused from a free list is a new object: its marks start afresh.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Track(PyGcObject o)
    {
        o.Marks = 0;
        if (!Tracks) return;
        var young = youngest;
        young.Add(o);
        if (young.Count > threshold0) YoungGenerationFull();
    }

    /// <summary>Whether o may be part of a cycle: a tracked object, or one that tracks
    /// itself later (a dict; a tuple the collector found holding only atoms is not).</summary>
    public static bool MayBeTracked(PyObject o)
        => o.IsGcObject && (Unsafe.As<PyGcObject>(o).GcTable != 0 || o is not PyTuple);

    /// <summary>A freed object leaves whatever table holds it (PyObject_GC_UnTrack).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Untrack(PyGcObject o)
    {
        int table = o.GcTable;
        if (table != 0) tables[table].Remove(o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void YoungGenerationFull()
    {
        if (!Automatic || threshold0 <= 0 || collecting || pending) return;
        pending = true;
        RequestAttention?.Invoke();
    }

    /// <summary>Runs the collection that is due, if any (called at the eval breaker, with
    /// the GIL held): the oldest generation whose count passed its threshold.</summary>
    public static void CollectDue()
    {
        pending = false;
        if (!Automatic || collecting) return;
        if (count2 > thresholds[2] && longLivedPending >= longLivedTotal / 4) Collect(2);
        else if (count1 > thresholds[1]) Collect(1);
        else if (youngest.Count > threshold0) Collect(0);
    }

    /// <summary>Collects generation `generation` and the younger ones; returns how many
    /// unreachable objects it found (gc.collect). Nothing when a collection is already
    /// running (a finalizer called gc.collect) or nothing is tracked (the GIL off).</summary>
    public static int Collect(int generation)
    {
        if (!Tracks || collecting) return 0;
        collecting = true;
        try { return CollectGeneration(generation); }
        finally { collecting = false; }
    }

    /// <summary>A full collection for which the caller's one reference to held does not
    /// count: held is garbage if nothing else reaches it (the caller then holds the last
    /// reference, to an object the collection has cleared). The interpreter's teardown lets
    /// the main program's namespace go this way.</summary>
    public static int CollectLettingGo(PyObject held)
    {
        letGo = held;
        try { return Collect(2); }
        finally { letGo = null; }
    }

    static PyObject letGo;

    static int CollectGeneration(int g)
    {
        var young = Generation(g);
        for (int i = 0; i < g; i++) Generation(i).MoveAllTo(young);
        var old = g < 2 ? Generation(g + 1) : young;
        collections[g]++;
        if (g == 0) count1++;
        else if (g == 1) count2++;
        if (g >= 1) count1 = 0;
        if (g == 2) count2 = 0;

        // Steps 1 to 3: what in young is reachable from outside it.
        MarkCollecting(young);
        FindReachable(young);
        young.Partition(isUnmarked, unreachable);
        int survivors = ForgetMarks(young);
        if (g == 1) longLivedPending += survivors;
        if (g < 2) young.MoveAllTo(old);
        else
        {
            longLivedPending = 0;
            longLivedTotal = survivors;
        }

        if (unreachable.Count == 0) return 0;
        int found;
        try
        {
            RunFinalizers();
            SpareResurrected(old);
            found = CountGarbage();
            ClearGarbage(old);
        }
        finally
        {
            // Anything still here (a finalizer ended the thread, say) goes back, unmarked.
            ForgetMarks(unreachable);
            unreachable.MoveAllTo(old);
            snapshot.Clear();
        }
        collected[g] += found;
        return found;
    }

    /// <summary>Steps 1 and 2: GcRefs = count, minus the references from inside the set.</summary>
    static void MarkCollecting(Table set)
    {
        var entries = set.Entries;
        int n = set.Count;
        for (int i = 0; i < n; i++)
        {
            var o = entries[i].Object;
            o.GcRefs = Rc.CountOf(o);
            o.Marks = (o.Marks & GcMarks.Finalized) | GcMarks.Collecting;
        }
        for (int i = 0; i < n; i++) entries[i].Object.VisitForCollector(subtractEdge);
        if (letGo is PyGcObject held && (held.Marks & GcMarks.Collecting) != 0) held.GcRefs--;
    }

    static void SubtractEdge(PyObject target)
    {
        if (!target.IsGcObject) return;
        var g = Unsafe.As<PyGcObject>(target);
        if ((g.Marks & GcMarks.Collecting) != 0) g.GcRefs--;
    }

    /// <summary>Step 3: marks what the outside refers to, and everything reachable from it.
    /// (A count below the references seen would be a bug elsewhere; such an object is
    /// kept, never freed.)</summary>
    static void FindReachable(Table set)
    {
        var entries = set.Entries;
        for (int i = 0; i < set.Count; i++)
        {
            var o = entries[i].Object;
            if (o.GcRefs != 0 && (o.Marks & GcMarks.Reachable) == 0)
            {
                o.Marks |= GcMarks.Reachable;
                toMark.Push(o);
            }
        }
        while (toMark.Count > 0) toMark.Pop().VisitForCollector(markEdge);
    }

    static void MarkEdge(PyObject target)
    {
        if (!target.IsGcObject) return;
        var g = Unsafe.As<PyGcObject>(target);
        if ((g.Marks & (GcMarks.Collecting | GcMarks.Reachable)) == GcMarks.Collecting)
        {
            g.Marks |= GcMarks.Reachable;
            toMark.Push(g);
        }
    }

    /// <summary>Unmarks what stays in set after a split, and stops watching its tuples of
    /// atoms, which can never be part of a cycle (CPython's untrack_tuples). Returns how
    /// many stay tracked.</summary>
    static int ForgetMarks(Table set)
    {
        for (int i = 0; i < set.Count; i++) set[i].Marks &= GcMarks.Finalized;
        return set.Partition(isTupleOfAtoms, null);
    }

    static bool HoldsOnlyAtoms(PyTuple t)
    {
        foreach (var item in t.Items)
            if (item == null || MayBeTracked(item)) return false;
        return true;
    }

    /// <summary>The garbage in order, for the steps that run Python code: a finalizer or a
    /// release may free (and so take out of the table) any object of it.</summary>
    static List<PyGcObject> Snapshot()
    {
        snapshot.Clear();
        for (int i = 0; i < unreachable.Count; i++) snapshot.Add(unreachable[i]);
        return snapshot;
    }

    /// <summary>Step 4a: each unreachable object's finalizer, once (PEP 442).</summary>
    static void RunFinalizers()
    {
        foreach (var o in Snapshot())
        {
            // Freed by an earlier finalizer (and perhaps reused since): not garbage any more.
            if (o.GcTable != UnreachableId || !o.HasFinalizer || !o.BeginFinalizer()) continue;
            Rc.Inc(o);
            try { o.RunFinalizer(); }
            finally { Rc.Dec(o); }
        }
    }

    /// <summary>Step 4b: a finalizer may have made garbage reachable again; steps 1–3 over
    /// the garbage alone find it, and it moves to the old generation unharmed.</summary>
    static void SpareResurrected(Table old)
    {
        MarkCollecting(unreachable);
        FindReachable(unreachable);
        unreachable.Partition(isMarked, detached);
        ForgetMarks(detached);
        detached.MoveAllTo(old);
    }

    /// <summary>The number gc.collect() reports: the objects found unreachable and not
    /// resurrected, as CPython 3.11 counts them. (An instance's attribute dict that only it
    /// holds is not tracked, so it is not counted: CPython 3.11 keeps such attributes inside
    /// the object; see PyInstance.VisitForCollector.)</summary>
    static int CountGarbage() => unreachable.Count;

    /// <summary>Step 4c: clears each object that is still garbage. Clearing releases
    /// references, so objects of the cycle are freed (and leave the table) as it goes; one
    /// that clearing did not free moves to the old generation.</summary>
    static void ClearGarbage(Table old)
    {
        var garbage = Snapshot();
        // Weak references to the garbage are cleared (and their callbacks run) before any of
        // it is cleared: a callback must find its referent gone, never half-cleared.
        foreach (var o in garbage)
        {
            if (o.GcTable != UnreachableId || !o.HasWeakRefs) continue;
            Rc.Inc(o);
            try { PyWeakRef.ObjectDying(o); }
            finally { Rc.Dec(o); }
        }
        foreach (var o in garbage)
        {
            if (o.GcTable != UnreachableId) continue;
            Rc.Inc(o);
            try { o.ClearReferences(); }
            catch (PyRaise r) { Rc.Dec(r.TakeException()); }
            if (o.GcTable == UnreachableId)
            {
                o.Marks &= GcMarks.Finalized;
                unreachable.Remove(o);
                old.Add(o);
            }
            Rc.Dec(o);
        }
    }

    /// <summary>The references of o as the collector follows them (gc.get_referrers: an
    /// instance's attributes count as its own, as in CPython 3.11).</summary>
    public static void VisitAsCollector(PyGcObject o, Action<PyObject> visit) => o.VisitForCollector(visit);

    /// <summary>The tracked objects of one generation, or of all (gc.get_objects).</summary>
    public static List<PyGcObject> TrackedObjects(int generation = -1)
    {
        var result = new List<PyGcObject>();
        for (int g = 0; g < 3; g++)
        {
            if (generation >= 0 && g != generation) continue;
            var t = Generation(g);
            for (int i = 0; i < t.Count; i++) result.Add(t[i]);
        }
        return result;
    }
}
