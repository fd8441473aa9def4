// The heap's bookkeeping: start-up options that shape it, the registry of types whose live
// blocks and references are counted, the zero-count path, and fatal errors.
namespace MiniPy.Runtime;

/// <summary>Options fixed before the first object exists; read into static readonly fields
/// so the JIT folds the checks away when a feature is off. Each switch is its own: the
/// command line combines them (--free-threaded is GIL off, atomic counts, per-object locks
/// and immortal singletons).</summary>
public static class StartupOptions
{
    public static bool ImmortalSingletons;
    public static bool PoisonFreed;
    /// <summary>Whether interpreter threads share a global interpreter lock (--gil on|off).</summary>
    public static bool GilEnabled = true;
    /// <summary>"new" (CPython 3.2+) or "ticks" (Python 2's lock, for comparison).</summary>
    public static string GilImpl = "new";
    /// <summary>Counts changed with atomic instructions (--refcount atomic).</summary>
    public static bool AtomicRefCounts;
    /// <summary>Biased counts (--refcount biased, PEP 703): the owner thread counts with
    /// plain instructions, the others atomically (see BiasedCounts).</summary>
    public static bool BiasedRefCounts;
    /// <summary>A lock per list, dict and set, taken by every mutation and by the reads
    /// that hand out references to their items (--object-locks).</summary>
    public static bool ObjectLocks;
    /// <summary>Per-type counts of live blocks and references (a second write on every
    /// count change): on only when --show-refcount or a leak test asks for them.</summary>
    public static bool AccountPerType;
    /// <summary>Compare every reachable object's count with its real references at exit.</summary>
    public static bool AuditRefs;
    /// <summary>Record who held the GIL when (--gil-trace, --gil-timeline).</summary>
    public static bool RecordGilTimeline;
    /// <summary>Print every instruction executed (--trace) and every count change (--trace-refs).</summary>
    public static bool TraceInstructions, TraceRefs;
    /// <summary>--trace-only NAME: trace only inside functions of that name (null: all).</summary>
    public static string TraceOnly;

    /// <summary>Counts another thread can change safely: atomic or biased.</summary>
    public static bool ThreadSafeCounts => AtomicRefCounts || BiasedRefCounts;

    /// <summary>"plain", "atomic" or "biased", for messages and child processes.</summary>
    public static string RefCountMode => BiasedRefCounts ? "biased" : AtomicRefCounts ? "atomic" : "plain";
}

public static class Heap
{
    public static readonly bool ImmortalSingletons = StartupOptions.ImmortalSingletons;
    public static readonly bool PoisonFreed = StartupOptions.PoisonFreed;
    public static readonly bool AtomicCounts = StartupOptions.AtomicRefCounts && !StartupOptions.BiasedRefCounts;
    public static readonly bool BiasedCounts = StartupOptions.BiasedRefCounts;
    public static readonly bool ObjectLocks = StartupOptions.ObjectLocks;
    /// <summary>With the GIL off, counts and containers can race: a corrupted count is
    /// recorded (see Corruption) instead of ending the process, so the program can be
    /// watched going wrong and still reach its end.</summary>
    public static readonly bool ToleratesCorruption = !StartupOptions.GilEnabled;
    /// <summary>Plain counts without the GIL: the races are expected, and Rc.Inc also
    /// notices a reference taken to an object that was already freed.</summary>
    public static readonly bool WatchesRaces = !StartupOptions.GilEnabled && !StartupOptions.ThreadSafeCounts;
    /// <summary>Per-type counts of blocks and references; they are plain counters, so they
    /// are kept only under the GIL, and only when asked for.</summary>
    public static readonly bool CountsPerType = StartupOptions.AccountPerType && StartupOptions.GilEnabled;
    /// <summary>With the GIL off each thread keeps its own free lists: no shared counter to
    /// fight over, and a freed object is still reused — by the thread that freed it.</summary>
    public static readonly bool PerThreadFreeLists = !StartupOptions.GilEnabled;
    /// <summary>Freed storage goes back to a free list for the next allocation (not while
    /// --poison-freed watches for uses of freed objects). In the free-threaded mode another
    /// thread may be reading a container without its lock at the moment an item is freed and
    /// reused; those reads check afterwards that the container still holds the object they
    /// took a reference to, and give the reference back if not (PyDict.TryGetWithoutLock,
    /// PyList.ItemNewOrNull) — so reuse stays safe without CPython 3.13's deferred reuse.</summary>
    public static readonly bool ReusesFreedStorage = !PoisonFreed;
    /// <summary>Types cache their attribute lookups in plain dictionaries under the GIL, and in
    /// concurrent ones without it (PyType.LookupShared).</summary>
    public static readonly bool CachesTypeLookups = StartupOptions.GilEnabled;
    /// <summary>An arithmetic result may be written into an int or float operand whose one
    /// reference is the value stack's (a temporary, like `a * b` in `a * b + c`) instead of
    /// a new object: nothing else can see the change, and an allocation and a free are
    /// saved. Only where counts are exact — under the GIL, or with thread-safe counts (with
    /// biased counts the one reference must be the running thread's own) — and not while
    /// count changes are traced or freed objects watched.</summary>
    public static readonly bool ReusesTemporaries = (StartupOptions.GilEnabled || StartupOptions.ThreadSafeCounts)
        && !StartupOptions.PoisonFreed && !StartupOptions.TraceRefs;
    /// <summary>Every count change is told (--trace-refs; RefTrace).</summary>
    public static readonly bool TracesRefs = StartupOptions.TraceRefs;
    /// <summary>A count change is a plain increment or decrement and nothing else: the
    /// default mode. Rc tests this one flag first. The JIT's optimizing tiers fold every
    /// flag here to a constant, but ReadyToRun code, which a process starts in, reads a
    /// static field through a call to a helper (once per class per straight run of code):
    /// one test on one class keeps a short program's count changes cheap too.</summary>
    public static readonly bool PlainCounts = !PoisonFreed && !AtomicCounts && !BiasedCounts
        && !WatchesRaces && !CountsPerType && !TracesRefs;
    /// <summary>Biased counts with nothing told or watched: the owner's fast path applies.</summary>
    public static readonly bool BiasedUntraced = BiasedCounts && !TracesRefs && !PoisonFreed;

    /// <summary>How many corruptions racing threads caused (see Corruption).</summary>
    public static long Corruptions => Corruption.Total;

    static readonly List<PyType> registeredTypes = new();
    static readonly object registryLock = new();

    internal static void Register(PyType t)
    {
        lock (registryLock) registeredTypes.Add(t);
    }

    internal static void Unregister(PyType t)
    {
        lock (registryLock) registeredTypes.Remove(t);
    }

    /// <summary>Runs set-up code whose objects belong to the runtime for the life of the
    /// process (type dicts, method tables): whatever it allocates and references is taken
    /// out of the program's accounting, as CPython's static objects are.</summary>
    public static void AbsorbAsStatic(Action setup)
    {
        // Plain arrays rather than a list of tuples: this runs while a process starts, and
        // generic code over tuples would have to be compiled then.
        PyType[] types;
        long[] blocks, refs;
        lock (registryLock)
        {
            types = registeredTypes.ToArray();
            blocks = new long[types.Length];
            refs = new long[types.Length];
            for (int i = 0; i < types.Length; i++) { blocks[i] = types[i].LiveBlocks; refs[i] = types[i].LiveRefs; }
        }
        setup();
        lock (registryLock)
        {
            var known = new HashSet<PyType>(types);
            for (int i = 0; i < types.Length; i++) { types[i].LiveBlocks = blocks[i]; types[i].LiveRefs = refs[i]; }
            foreach (var t in registeredTypes)
                if (!known.Contains(t)) { t.LiveBlocks = 0; t.LiveRefs = 0; }
        }
    }

    /// <summary>The classes made by class statements that are still alive.</summary>
    public static List<PyType> LiveHeapTypes()
    {
        lock (registryLock) return registeredTypes.FindAll(t => t.IsHeapType);
    }

    /// <summary>Counts one new block of type t with its creator's reference.</summary>
    public static void Allocated(PyType t)
    {
        if (!CountsPerType) return;
        t.LiveBlocks++;
        t.LiveRefs++;
    }

    /// <summary>Moves o's block and references to another type's account: an instance whose
    /// __class__ was assigned. Called before o.ObType changes.</summary>
    public static void ChangesType(PyObject o, PyType to)
    {
        if (!CountsPerType) return;
        var from = o.ObType;
        from.LiveBlocks--;
        from.LiveRefs -= o.RefCount;
        to.LiveBlocks++;
        to.LiveRefs += o.RefCount;
    }

    /// <summary>Counts one block of o's type as gone. Called from Dealloc.</summary>
    public static void Freed(PyObject o)
    {
        if (CountsPerType) o.ObType.LiveBlocks--;
    }

    /// <summary>The path taken when a count drops to zero or below. observed is the value
    /// the decrement produced: with the GIL off another thread may already have changed the
    /// field again, so the decision is made on what this thread saw, never on a re-read.
    /// Kept out of line: every count decrement in the eval loop calls it, and inlined there
    /// its checks would make each decrement site large.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void ReachedZero(PyObject o, int observed) => Free(o, observed);

    /// <summary>Biased counts: the owner's local count reached zero. The object is freed at
    /// once when no other thread ever counted it (the common case, kept to one call as
    /// ReachedZero is for the other modes); otherwise its count is merged (BiasedCounts).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void LocalCountReachedZero(PyObject o)
    {
        if (Volatile.Read(ref o.SharedRefs) != 0 && !MiniPy.Runtime.BiasedCounts.GiveUpOwnership(o)) return;
        Free(o, 0);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    static void Free(PyObject o, int observed)
    {
        if (PoisonFreed && observed <= Poison.Threshold) { Poison.Report(o, "a release"); return; }
        if (ToleratesCorruption && (observed < 0 || o.IsStatic))
        {
            RecordBadCount(o, observed);
            return;
        }
        if (observed < 0)
            Fatal($"_Py_NegativeRefcount: object has negative ref count {observed}: <{o.ObType.Name} object at 0x{Identity.Of(o):x}>");
        if (o.IsStatic)
            Fatal($"deallocating {Corruption.Describe(o)}: a reference was released that was never owned");
        if (PoisonFreed) Poison.RememberFreeing(o);
        // An instance clears its weak references itself, after its __del__ (PyInstance).
        if (o.HasWeakRefs && o is not PyInstance) PyWeakRef.ObjectDying(o);
        o.Dealloc();
        if (PoisonFreed && o.RefCount == 0) Poison.Mark(o);
    }

    static void RecordBadCount(PyObject o, int observed)
    {
        if (o.IsStatic)
        {
            Corruption.Record(DamageKind.SingletonReachedZero,
                $"the count of {Corruption.Describe(o)} reached {observed}. It is shared by the whole program, so references to it were lost; MiniPy keeps it alive.");
            o.RefCount = 1 << 20; // keep the singleton alive for the rest of the run
            return;
        }
        Corruption.Record(DamageKind.NegativeCount,
            $"the count of {Corruption.Describe(o)} went below zero ({observed}). More references were released than were counted: an increment was lost, so it had been freed while still in use.");
    }

    /// <summary>Rc.Inc saw a count of zero or less: a reference is being taken to an object
    /// that was already freed (its count reached zero while this thread still pointed at it).</summary>
    public static void IncOnFreed(PyObject o, int observed)
    {
        if (o.IsStatic || (PoisonFreed && observed <= Poison.Threshold)) return; // Poison tells that story
        Corruption.Record(DamageKind.UseAfterFree,
            $"a reference was taken to {Corruption.Describe(o)} after its count had reached {observed}: it was freed while this thread still pointed at it.");
    }

    /// <summary>A free list hands out storage whose count is not zero: an object was freed,
    /// then given a reference by a thread that still pointed at it.</summary>
    public static void ReusedWhileReferenced(PyObject o, int observed)
    {
        Corruption.Record(DamageKind.StorageReused,
            $"{Corruption.Describe(o)} was freed, but {observed} reference{(observed == 1 ? "" : "s")} to it still existed when its storage was reused for a new {o.ObType?.Name}: those references now see the new value.");
    }

    /// <summary>Total references and blocks of live objects, the static singletons aside.</summary>
    public static (long refs, long blocks) Totals()
    {
        long refs = 0, blocks = 0;
        lock (registryLock)
        {
            foreach (var t in registeredTypes)
            {
                refs += t.LiveRefs;
                blocks += t.LiveBlocks;
            }
        }
        return (refs, blocks);
    }

    /// <summary>Live blocks and references per type, for leak reports and tests.</summary>
    public static List<(string type, long blocks, long refs)> PerType()
    {
        var result = new List<(string, long, long)>();
        lock (registryLock)
            foreach (var t in registeredTypes)
                if (t.LiveBlocks != 0 || t.LiveRefs != 0) result.Add((t.Name, t.LiveBlocks, t.LiveRefs));
        return result;
    }

    /// <summary>Reports an unrecoverable corruption of the heap and ends the process, as
    /// CPython's Py_FatalError does.</summary>
    public static void Fatal(string message)
    {
        try
        {
            Console.Out.Flush();
            Console.Error.WriteLine("Fatal Python error: " + message);
            Console.Error.WriteLine("Python runtime state: initialized");
            Console.Error.Flush();
        }
        finally
        {
            Environment.Exit(134);
        }
    }
}

/// <summary>Stable per-object identities for id() and default reprs.</summary>
public static class Identity
{
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, object> ids = new();
    static long next = 0x7f0000001000;

    public static long Of(PyObject o)
    {
        if (ids.TryGetValue(o, out var id)) return (long)id;
        lock (ids)
        {
            if (ids.TryGetValue(o, out id)) return (long)id;
            long v = next;
            next += 0x30;
            ids.Add(o, v);
            return v;
        }
    }
}
