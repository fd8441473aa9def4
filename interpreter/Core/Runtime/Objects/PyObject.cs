// PyObject: the base of every MiniPy value, and the rules of reference ownership.
//
// ═══════════════════════════ The ownership rules ═══════════════════════════
//
// Every heap object carries RefCount, the number of *owned references* to it. The count is
// the real owner of the object's life: when it falls to zero, Dealloc runs at once — the
// object drops the references it holds and its storage goes back to its type's free list,
// where the next allocation of that type picks it up. The .NET garbage collector only ever
// sees the storage; it never decides when a MiniPy object dies.
//
// A reference is either OWNED (it contributes one to the count and must eventually be given
// up with Rc.Dec) or BORROWED (it is valid only while some owner keeps the object alive, and
// must not be given up). The places that own one reference each:
//   • a slot of a frame's value stack,
//   • a fast local, a cell's contents, a global or attribute stored in a dict,
//   • an element of a list, tuple, set or dict (keys and values alike),
//   • a field of an object (an instance's dict, a function's defaults, a bound method's self).
// Functions follow CPython's conventions:
//   • Arguments are BORROWED. A callee that wants to keep an argument takes its own reference
//     (Rc.Inc) before storing it.
//   • Results are NEW references: the caller owns what a function returns and must Rc.Dec it
//     or hand it on. Rc.New(x) returns x with one more reference, for returning borrowed values.
//   • A few operations STEAL a reference — they take over the caller's ownership instead of
//     adding their own: PyList.AppendSteal, PyTuple.SetItemSteal, frame pushes, Store* opcodes.
//     Each says so in its name or its comment.
//   • Deallocation clears a field *before* releasing what it held (Rc.Clear), so the object
//     is never seen holding a reference that is already gone.
// Every opcode's effect on counts is part of its definition (see Compiler/OpCodes.cs).
//
// Small ints (-5..256), None, True and False are shared singletons. They are mortal, as in
// CPython 3.11: their counts go up and down like any other object's, and a count that
// reaches zero on one of them is a fatal error, because something released a reference it
// did not own. With --immortal they are immortal instead (PEP 683) and their counts never move.
//
// Accounting is kept only when asked for (--show-refcount, --audit-refs, the leak tests) and
// only under the GIL: each type counts its live objects (blocks) and the references to them,
// a second write on every count change. With the GIL off the counters would race and, worse,
// make every thread write the same few cache lines.
//
// With the GIL off and plain counts (the teaching mode) the counts race for real; the heap
// then records what it notices instead of stopping (Runtime/Corruption.cs). With atomic
// counts (--refcount atomic) every change is one interlocked instruction, and exactly one
// thread — the one whose decrement reached zero — deallocates. With biased counts
// (--refcount biased, part of --free-threaded) the thread that made an object counts it
// plainly and every other thread atomically, in a second field (Runtime/BiasedCounts.cs).
// Code that knows its thread's id (the eval loop keeps it in a local) passes it to
// Rc.Inc(o, thread) and friends, which saves a thread-local lookup per change.
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime;

public abstract partial class PyObject
{
    /// <summary>The number of owned references. Starts at 1: the creator owns the first.
    /// With biased counts (see BiasedCounts) this is the owner thread's local count.</summary>
    public int RefCount = 1;

    /// <summary>Biased counts only: the references counted by threads other than the owner,
    /// shifted left by two above two flag bits (BiasedCounts.Queued, BiasedCounts.Merged).</summary>
    public int SharedRefs;

    /// <summary>Biased counts only: the id of the thread that counts in RefCount (0: none,
    /// the count is merged into SharedRefs).</summary>
    public int OwnerThread = Heap.BiasedCounts ? BiasedCounts.CurrentThreadId : 0;

    /// <summary>The object's Python type.</summary>
    public PyType ObType;

    bool isStatic;

    /// <summary>Set once for every PyGcObject: the cycle collector's test of each reference it
    /// follows, cheaper than a type test against a class that is not sealed.</summary>
    internal readonly bool IsGcObject;

    /// <summary>Set while weak references to this object exist (WeakReferences keeps them):
    /// freeing it then clears them and calls their callbacks.</summary>
    internal volatile bool HasWeakRefs;

    protected PyObject() { }

    private protected PyObject(bool isGcObject) => IsGcObject = isGcObject;

    /// <summary>Set on the static singletons; they are never returned to a free list. With
    /// biased counts and immortal singletons a static object has no owner, so its counts
    /// take the slow path, where immortality is checked, instead of the owner's fast path.</summary>
    public bool IsStatic
    {
        get => isStatic;
        set
        {
            isStatic = value;
            if (value && Heap.BiasedCounts && Heap.ImmortalSingletons) OwnerThread = 0;
        }
    }

    /// <summary>Releases the references this object holds and returns its storage to the
    /// type's free list. Called exactly once per life, when RefCount reaches zero.</summary>
    protected internal virtual void Dealloc() => Heap.Freed(this);

    /// <summary>Calls visit once for every owned reference this object holds — the same
    /// references Dealloc releases (CPython's tp_traverse). The reference audit counts
    /// references with it. Objects that hold none keep this default.</summary>
    public virtual void VisitReferences(Action<PyObject> visit) { }

    public override string ToString() => ObType.Name + " object";
}

/// <summary>Reference-count operations (Py_INCREF, Py_DECREF and friends).</summary>
public static class Rc
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Inc(PyObject o)
    {
        if (Heap.PlainCounts)
        {
            if (!(Heap.ImmortalSingletons && o.IsStatic)) o.RefCount++;
            return;
        }
        IncOtherModes(o);
    }

    /// <summary>Inc in every mode but plain counts: out of line, so that the code inlined at
    /// each of the eval loop's hundreds of count changes is the plain path and one call. The
    /// JIT's recompiled loop tests a mode as a constant and keeps only its own path; the
    /// precompiled (ReadyToRun) loop a process starts in tests modes at run time, and with
    /// every mode's path inlined at every count change it grew until the compiler stopped
    /// inlining anything further down the loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void IncOtherModes(PyObject o)
    {
        if (Heap.TracesRefs) TracedInc(o);
        else IncCore(o);
    }

    static void TracedInc(PyObject o)
    {
        int before = o.RefCount;
        IncCore(o);
        if (!(Heap.ImmortalSingletons && o.IsStatic)) RefTrace.Changed(o, before, before + 1);
    }

    static void TracedDec(PyObject o)
    {
        int before = o.RefCount;
        // Told first: at zero the object is freed, and its storage may become another one.
        if (!(Heap.ImmortalSingletons && o.IsStatic)) RefTrace.Changed(o, before, before - 1);
        DecCore(o);
    }

    /// <summary>Inc for a caller that knows its thread's id (the eval loop keeps it in a
    /// local): with biased counts it saves looking the id up in thread-local storage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Inc(PyObject o, int thread)
    {
        if (Heap.BiasedUntraced) IncBiased(o, thread);
        else Inc(o);
    }

    /// <summary>Dec for a caller that knows its thread's id (see Inc(o, thread)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Dec(PyObject o, int thread)
    {
        if (Heap.BiasedUntraced) DecBiased(o, thread);
        else Dec(o);
    }

    /// <summary>A biased increment by the thread with that id: plain if it owns the object,
    /// atomic on the shared count otherwise. Immortal singletons have no owner; they are
    /// told apart only on the not-owned path. (Biased counts run only with the GIL off,
    /// where per-type accounting is never kept.)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void IncBiased(PyObject o, int thread)
    {
        // Each count change is inlined at hundreds of places in the eval loop: only the
        // owner's test and the immortals' stay inline (small ints, None, True and False
        // are counted on nearly every instruction), everything else is one out-of-line call.
        if (o.OwnerThread == thread) o.RefCount++;
        else if (!(Heap.ImmortalSingletons && o.IsStatic)) BiasedCounts.IncNotOwned(o);
    }

    /// <summary>A biased decrement by the thread with that id (see IncBiased).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void DecBiased(PyObject o, int thread)
    {
        if (o.OwnerThread != thread)
        {
            if (!(Heap.ImmortalSingletons && o.IsStatic)) BiasedCounts.DecNotOwned(o);
        }
        else if (--o.RefCount == 0) Heap.LocalCountReachedZero(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XDec(PyObject o, int thread)
    {
        if (o != null) Dec(o, thread);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T New<T>(T o, int thread) where T : PyObject
    {
        Inc(o, thread);
        return o;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void IncCore(PyObject o)
    {
        if (Heap.PoisonFreed && o.RefCount <= Poison.Threshold) Poison.Report(o, "a new reference");
        if (Heap.ImmortalSingletons && o.IsStatic) return;
        if (Heap.BiasedCounts)
        {
            IncBiased(o, BiasedCounts.CurrentThreadId);
            return;
        }
        if (Heap.AtomicCounts)
        {
            if (Heap.CountsPerType) o.ObType.LiveRefs++;
            int n = Interlocked.Increment(ref o.RefCount);
            if (Heap.ToleratesCorruption && n <= 1) Heap.IncOnFreed(o, n - 1);
            return;
        }
        if (Heap.WatchesRaces)
        {
            int old = o.RefCount;
            o.RefCount = old + 1;
            if (old <= 0) Heap.IncOnFreed(o, old);
            return;
        }
        o.RefCount++;
        if (Heap.CountsPerType) o.ObType.LiveRefs++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Dec(PyObject o)
    {
        if (Heap.PlainCounts)
        {
            if (Heap.ImmortalSingletons && o.IsStatic) return;
            int n = --o.RefCount;
            if (n <= 0) Heap.ReachedZero(o, n);
            return;
        }
        DecOtherModes(o);
    }

    /// <summary>Dec in every mode but plain counts (see IncOtherModes).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void DecOtherModes(PyObject o)
    {
        if (Heap.TracesRefs) TracedDec(o);
        else DecCore(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void DecCore(PyObject o)
    {
        // Checked first: an immortal needs no thread id.
        if (Heap.ImmortalSingletons && o.IsStatic) return;
        if (Heap.BiasedCounts)
        {
            if (Heap.PoisonFreed && o.RefCount <= Poison.Threshold) { Poison.Report(o, "a release"); return; }
            DecBiased(o, BiasedCounts.CurrentThreadId);
            return;
        }
        if (Heap.CountsPerType) o.ObType.LiveRefs--;
        // Exactly one thread sees the count reach zero, even with atomic counts: the one
        // whose decrement produced it. That thread deallocates.
        int n = Heap.AtomicCounts ? Interlocked.Decrement(ref o.RefCount) : --o.RefCount;
        if (n <= 0) Heap.ReachedZero(o, n);
    }

    /// <summary>Takes a new reference unless the count has already reached zero (the object
    /// is being freed): _Py_TryIncref, for the free-threaded mode's lock-free reads. A
    /// compare-and-swap, so it never raises a count that another thread just took to zero.</summary>
    public static bool TryIncLive(PyObject o) => TryIncLive(o, Heap.BiasedCounts ? BiasedCounts.CurrentThreadId : 0);

    /// <summary>TryIncLive for a caller that knows its thread's id (see Inc(o, thread)).</summary>
    public static bool TryIncLive(PyObject o, int thread)
    {
        if (Heap.ImmortalSingletons && o.IsStatic) return true;
        bool taken = Heap.BiasedCounts ? BiasedCounts.TryInc(o, thread) : TryIncAtomic(o);
        if (taken && Heap.CountsPerType) o.ObType.LiveRefs++;
        return taken;
    }

    static bool TryIncAtomic(PyObject o)
    {
        int count = Volatile.Read(ref o.RefCount);
        while (count > 0)
        {
            int seen = Interlocked.CompareExchange(ref o.RefCount, count + 1, count);
            if (seen == count) return true;
            count = seen;
        }
        return false;
    }

    /// <summary>The object's count as sys.getrefcount and the audit see it (with biased
    /// counts, the local and shared counts together).</summary>
    public static int CountOf(PyObject o) => Heap.BiasedCounts ? BiasedCounts.CountOf(o) : o.RefCount;

    /// <summary>Gives storage taken from a free list its first reference, as a new object has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Reborn(PyObject o)
    {
        if (Heap.BiasedCounts) BiasedCounts.Adopt(o);
        else o.RefCount = 1;
    }

    /// <summary>Brings an object whose count reached zero back to one reference while its
    /// finalizer (__del__, a generator's close) runs, as CPython does.</summary>
    public static void Resurrect(PyObject o) => Reborn(o);

    /// <summary>Ends a resurrection: drops its reference and tells whether the object is
    /// still referenced (the finalizer stored it somewhere) or may now be freed.</summary>
    public static bool StillReferencedAfterResurrection(PyObject o)
    {
        if (Heap.BiasedCounts)
        {
            // The finalizer may have merged the object's count (this thread's queue ran).
            if (o.OwnerThread != BiasedCounts.CurrentThreadId) return !BiasedCounts.DropMergedIsLast(o);
            if (--o.RefCount > 0) return true;
            return !BiasedCounts.GiveUpOwnership(o);
        }
        if (Heap.AtomicCounts) return Interlocked.Decrement(ref o.RefCount) > 0;
        return --o.RefCount > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XDec(PyObject o)
    {
        if (o != null) Dec(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XInc(PyObject o)
    {
        if (o != null) Inc(o);
    }

    /// <summary>Returns o with one more reference: turns a borrowed reference into a new one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T New<T>(T o) where T : PyObject
    {
        Inc(o);
        return o;
    }

    /// <summary>Clears a field, then releases what it held (Py_CLEAR).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear<T>(ref T field) where T : PyObject
    {
        var old = field;
        if (old != null)
        {
            field = null;
            Dec(old);
        }
    }

    /// <summary>Stores a new owned value in a field and releases the old one (Py_SETREF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set<T>(ref T field, T stolen) where T : PyObject
    {
        var old = field;
        field = stolen;
        if (old != null) Dec(old);
    }
}
