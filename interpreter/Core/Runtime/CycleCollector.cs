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
// list of one of three generations. A collection examines one generation together with the
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
// The youngest generation counts allocations of tracked objects minus frees. When the count
// passes its threshold (700), a collection is due: as in CPython 3.12, it is not run inside
// the allocation (which may be in the middle of building an object) but at the next eval
// breaker check, between two instructions. Generation 1 is collected after 10 young
// collections, generation 2 after 10 of those — and then only when the objects that became
// long-lived since the last full collection are a quarter of those that were already, so
// that building one big structure does not cost a full collection every few thousand
// objects. gc.collect() collects at once; teardown collects once more after the modules are
// cleared.
//
// Only with the GIL. The lists and marks are plain fields that every allocation changes;
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

    /// <summary>A list head: never a real object, only the anchor of a circular list.</summary>
    sealed class ListHead : PyGcObject
    {
        public ListHead() { GcNext = GcPrev = this; }
        public bool IsEmpty => GcNext == this;
    }

    sealed class Generation
    {
        public readonly ListHead Head = new();
        public int Threshold;
        public long Collections, Collected, Uncollectable;
    }

    static readonly Generation[] generations = { new(), new(), new() };
    static readonly ListHead youngest = generations[0].Head;
    /// <summary>Generation 0: tracked allocations minus frees since its last collection;
    /// generations 1 and 2: collections of the next younger one since their own.</summary>
    static int count0, count1, count2;
    static int threshold0;
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
    static readonly Stack<PyGcObject> toMark = new();

    static CycleCollector() => ResetSettings();

    /// <summary>CPython's defaults: a new interpreter starts with them.</summary>
    public static void ResetSettings()
    {
        SetThresholds(700, 10, 10);
        Automatic = true;
    }

    public static void SetThresholds(int t0, int t1, int t2)
    {
        generations[0].Threshold = threshold0 = t0;
        generations[1].Threshold = t1;
        generations[2].Threshold = t2;
    }

    public static (int, int, int) Thresholds => (generations[0].Threshold, generations[1].Threshold, generations[2].Threshold);
    public static (int, int, int) Counts => (count0, count1, count2);

    public static (long collections, long collected, long uncollectable) Stats(int generation)
    {
        var g = generations[generation];
        return (g.Collections, g.Collected, g.Uncollectable);
    }

    /// <summary>A new object joins the youngest generation (PyObject_GC_Track). Storage
    /// reused from a free list is a new object: its marks start afresh.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Track(PyGcObject o)
    {
        o.Marks = 0;
        if (!Tracks) return;
        var head = youngest;
        var last = head.GcPrev;
        o.GcPrev = last;
        o.GcNext = head;
        last.GcNext = o;
        head.GcPrev = o;
        if (++count0 > threshold0) YoungGenerationFull();
    }

    /// <summary>Whether o may be part of a cycle: a tracked object, or one that tracks
    /// itself later (a dict; a tuple the collector found holding only atoms is not).</summary>
    public static bool MayBeTracked(PyObject o)
        => o is PyGcObject g && (g.GcNext != null || o is not PyTuple);

    /// <summary>A freed object leaves whatever list holds it (PyObject_GC_UnTrack).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Untrack(PyGcObject o)
    {
        var next = o.GcNext;
        if (next == null) return;
        var prev = o.GcPrev;
        prev.GcNext = next;
        next.GcPrev = prev;
        o.GcNext = o.GcPrev = null;
        if (count0 > 0) count0--;
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
        if (count2 > generations[2].Threshold && longLivedPending >= longLivedTotal / 4) Collect(2);
        else if (count1 > generations[1].Threshold) Collect(1);
        else if (count0 > threshold0) Collect(0);
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

    static int CollectGeneration(int g)
    {
        var gen = generations[g];
        var young = gen.Head;
        for (int i = 0; i < g; i++) MergeInto(generations[i].Head, young);
        var old = g < 2 ? generations[g + 1].Head : young;
        gen.Collections++;
        if (g == 0) count1++;
        else if (g == 1) count2++;
        count0 = 0;
        if (g >= 1) count1 = 0;
        if (g == 2) count2 = 0;

        // Steps 1 to 3: what in young is reachable from outside it.
        MarkCollecting(young);
        FindReachable(young);
        var unreachable = new ListHead();
        int survivors = SplitUnreachable(young, unreachable);
        if (g == 1) longLivedPending += survivors;
        if (g < 2) MergeInto(young, old);
        else
        {
            longLivedPending = 0;
            longLivedTotal = survivors;
        }

        if (unreachable.IsEmpty) return 0;
        int found;
        try
        {
            RunFinalizers(unreachable);
            SpareResurrected(unreachable, old);
            found = CountGarbage(unreachable);
            ClearGarbage(unreachable, old);
        }
        finally
        {
            // Anything still here (a finalizer ended the thread, say) goes back, unmarked.
            for (var o = unreachable.GcNext; o != unreachable; o = o.GcNext) o.Marks &= GcMarks.Finalized;
            MergeInto(unreachable, old);
        }
        gen.Collected += found;
        return found;
    }

    /// <summary>Steps 1 and 2: GcRefs = count, minus the references from inside the set.</summary>
    static void MarkCollecting(ListHead set)
    {
        for (var o = set.GcNext; o != set; o = o.GcNext)
        {
            o.GcRefs = Rc.CountOf(o);
            o.Marks = (o.Marks & GcMarks.Finalized) | GcMarks.Collecting;
        }
        for (var o = set.GcNext; o != set; o = o.GcNext) o.VisitReferences(subtractEdge);
    }

    static void SubtractEdge(PyObject target)
    {
        if (target is PyGcObject g && (g.Marks & GcMarks.Collecting) != 0) g.GcRefs--;
    }

    /// <summary>Step 3: marks what the outside refers to, and everything reachable from it.</summary>
    static void FindReachable(ListHead set)
    {
        for (var o = set.GcNext; o != set; o = o.GcNext)
            if (o.GcRefs > 0 && (o.Marks & GcMarks.Reachable) == 0)
            {
                o.Marks |= GcMarks.Reachable;
                toMark.Push(o);
            }
        while (toMark.Count > 0) toMark.Pop().VisitReferences(markEdge);
    }

    static void MarkEdge(PyObject target)
    {
        if (target is PyGcObject g && (g.Marks & (GcMarks.Collecting | GcMarks.Reachable)) == GcMarks.Collecting)
        {
            g.Marks |= GcMarks.Reachable;
            toMark.Push(g);
        }
    }

    /// <summary>Moves the unmarked objects of set to unreachable (still marked Collecting)
    /// and unmarks the rest; returns how many stayed.</summary>
    static int SplitUnreachable(ListHead set, ListHead unreachable)
    {
        int stayed = 0;
        for (var o = set.GcNext; o != set;)
        {
            var next = o.GcNext;
            if ((o.Marks & GcMarks.Reachable) == 0) MoveTo(o, unreachable);
            else
            {
                o.Marks &= GcMarks.Finalized;
                // A tuple of atoms can never be part of a cycle: it stops being watched
                // (CPython's untrack_tuples).
                if (o is PyTuple t && HoldsOnlyAtoms(t)) Unlink(o);
                else stayed++;
            }
            o = next;
        }
        return stayed;
    }

    /// <summary>Step 4a: each unreachable object's finalizer, once (PEP 442). Each object is
    /// moved to a side list first, so a finalizer that frees others does not disturb the walk.</summary>
    static void RunFinalizers(ListHead unreachable)
    {
        var seen = new ListHead();
        while (!unreachable.IsEmpty)
        {
            var o = unreachable.GcNext;
            MoveTo(o, seen);
            if (!o.HasFinalizer || !o.BeginFinalizer()) continue;
            Rc.Inc(o);
            o.RunFinalizer();
            Rc.Dec(o);
        }
        MergeInto(seen, unreachable);
    }

    /// <summary>Step 4b: a finalizer may have made garbage reachable again; steps 1–3 over
    /// the garbage alone find it, and it moves to the old generation unharmed.</summary>
    static void SpareResurrected(ListHead unreachable, ListHead old)
    {
        MarkCollecting(unreachable);
        FindReachable(unreachable);
        var still = new ListHead();
        SplitUnreachable(unreachable, still);
        MergeInto(unreachable, old);
        MergeInto(still, unreachable);
    }

    /// <summary>Step 4c: clears each object that is still garbage. Clearing releases
    /// references, so objects of the cycle are freed (and leave the list) as it goes; one
    /// that clearing did not free moves to the old generation.</summary>
    static void ClearGarbage(ListHead unreachable, ListHead old)
    {
        while (!unreachable.IsEmpty)
        {
            var o = unreachable.GcNext;
            Rc.Inc(o);
            try { o.ClearReferences(); }
            catch (PyRaise r) { Rc.Dec(r.TakeException()); }
            if (unreachable.GcNext == o)
            {
                o.Marks &= GcMarks.Finalized;
                MoveTo(o, old);
            }
            Rc.Dec(o);
        }
    }

    static bool HoldsOnlyAtoms(PyTuple t)
    {
        foreach (var item in t.Items)
            if (item == null || MayBeTracked(item)) return false;
        return true;
    }

    static void Unlink(PyGcObject o)
    {
        o.GcPrev.GcNext = o.GcNext;
        o.GcNext.GcPrev = o.GcPrev;
        o.GcNext = o.GcPrev = null;
    }

    static void MoveTo(PyGcObject o, ListHead list)
    {
        o.GcPrev.GcNext = o.GcNext;
        o.GcNext.GcPrev = o.GcPrev;
        var last = list.GcPrev;
        o.GcPrev = last;
        o.GcNext = list;
        last.GcNext = o;
        list.GcPrev = o;
    }

    /// <summary>Appends every object of from to to, leaving from empty.</summary>
    static void MergeInto(ListHead from, ListHead to)
    {
        if (from.IsEmpty || from == to) return;
        var first = from.GcNext;
        var last = from.GcPrev;
        var tail = to.GcPrev;
        tail.GcNext = first;
        first.GcPrev = tail;
        last.GcNext = to;
        to.GcPrev = last;
        from.GcNext = from.GcPrev = from;
    }

    /// <summary>The number gc.collect() reports: the objects found unreachable and not
    /// resurrected, as CPython 3.11 counts them. An instance and its attribute dict count as
    /// one: CPython 3.11 keeps a plain instance's attributes inside the object and makes a
    /// dict only when asked for __dict__.</summary>
    static int CountGarbage(ListHead list)
    {
        int n = 0;
        for (var o = list.GcNext; o != list; o = o.GcNext)
        {
            n++;
            if (o is PyInstance { Dict: { } d } && (d.Marks & GcMarks.Collecting) != 0) n--;
        }
        return n;
    }

    /// <summary>The tracked objects of one generation, or of all (gc.get_objects).</summary>
    public static List<PyGcObject> TrackedObjects(int generation = -1)
    {
        var result = new List<PyGcObject>();
        for (int i = 0; i < generations.Length; i++)
        {
            if (generation >= 0 && i != generation) continue;
            var head = generations[i].Head;
            for (var o = head.GcNext; o != head; o = o.GcNext) result.Add(o);
        }
        return result;
    }
}
