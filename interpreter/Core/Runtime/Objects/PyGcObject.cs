// PyGcObject: the base of every object that can take part in a reference cycle — lists,
// dicts, sets, tuples, instances, functions, cells, bound methods, descriptors, generators,
// exceptions and classes — and the header the cycle collector keeps in each one (CPython's
// PyGC_Head). Objects that hold no references (ints, floats, strings) derive from PyObject
// directly and pay nothing for it.
//
// A tracked object sits in the table of one generation (see CycleCollector): it joins the
// youngest when it is made and leaves its table when it is freed. Each kind says how a
// collection breaks a cycle through it (ClearReferences, CPython's tp_clear) and whether it
// has a finalizer to run first (__del__, a suspended generator's close: tp_finalize).
namespace MiniPy.Runtime;

public abstract class PyGcObject : PyObject
{
    protected PyGcObject() : base(isGcObject: true) { }

    /// <summary>The object's place in the collector's tables: which one (0: not tracked)
    /// and where in it. Plain numbers, so tracking an object costs no GC write barrier.</summary>
    internal int GcIndex;
    internal byte GcTable;

    /// <summary>During a collection: the references to the object that the objects being
    /// collected do not explain (CPython's gc_refs).</summary>
    internal int GcRefs;

    internal GcMarks Marks;

    /// <summary>Whether the cycle collector is watching the object (gc.is_tracked).</summary>
    public bool IsTracked => GcTable != 0;

    /// <summary>The references as the collector follows them: the same as VisitReferences,
    /// except where an object holds a part that only it can reach (an instance's attribute
    /// dict), whose references it may report as its own.</summary>
    internal virtual void VisitForCollector(Action<PyObject> visit) => VisitReferences(visit);

    /// <summary>Drops the references through which the object could be part of a cycle,
    /// leaving it valid but empty (a list with no items, an instance without attributes).
    /// The collector calls it on unreachable objects; freeing then follows from the counts.
    /// Kinds that cannot be part of a cycle without a clearable object in it keep this default.</summary>
    internal virtual void ClearReferences() { }

    /// <summary>Whether the object has a finalizer the collector must run before it clears
    /// anything (PEP 442): a class's __del__, a suspended generator's close.</summary>
    internal virtual bool HasFinalizer => false;

    /// <summary>Runs the finalizer; an exception it raises is reported, not propagated.</summary>
    internal virtual void RunFinalizer() { }

    /// <summary>Whether the finalizer already ran: it runs at most once per object, whether
    /// the collector or the last reference's release called it (PEP 442).</summary>
    public bool IsFinalized => (Marks & GcMarks.Finalized) != 0;

    /// <summary>Records that the finalizer is running now; false when it already ran.</summary>
    internal bool BeginFinalizer()
    {
        if ((Marks & GcMarks.Finalized) != 0) return false;
        Marks |= GcMarks.Finalized;
        return true;
    }
}

[Flags]
internal enum GcMarks : byte
{
    /// <summary>In the set a collection is examining.</summary>
    Collecting = 1,
    /// <summary>Found reachable from outside that set.</summary>
    Reachable = 2,
    /// <summary>Its finalizer has run (kept for the object's whole life).</summary>
    Finalized = 4,
}
