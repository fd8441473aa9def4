// The heap's bookkeeping: start-up options that shape it, the registry of types whose live
// blocks and references are counted, the zero-count path, and fatal errors.
namespace MiniPy.Runtime;

/// <summary>Options fixed before the first object exists; read into static readonly fields
/// so the JIT folds the checks away when a feature is off.</summary>
public static class StartupOptions
{
    public static bool ImmortalSingletons;
    public static bool PoisonFreed;
    /// <summary>Whether interpreter threads share a global interpreter lock (--gil on|off).</summary>
    public static bool GilEnabled = true;
    /// <summary>"new" (CPython 3.2+) or "ticks" (Python 2's lock, for comparison).</summary>
    public static string GilImpl = "new";
}

public static class Heap
{
    public static readonly bool ImmortalSingletons = StartupOptions.ImmortalSingletons;
    public static readonly bool PoisonFreed = StartupOptions.PoisonFreed;
    /// <summary>With the GIL off, counts race by design: a corrupted count is reported and
    /// counted instead of ending the process, so the program can be watched going wrong.</summary>
    public static readonly bool ToleratesCorruption = !StartupOptions.GilEnabled;
    /// <summary>Per-type counts of blocks and references are kept only with the GIL on.</summary>
    public static readonly bool CountsPerType = StartupOptions.GilEnabled;
    /// <summary>With the GIL off each thread keeps its own free lists: no shared counter to
    /// fight over, and a freed object is still reused — by the thread that freed it.</summary>
    public static readonly bool PerThreadFreeLists = !StartupOptions.GilEnabled;
    /// <summary>Types cache their attribute lookups only under the GIL (the caches are plain dictionaries).</summary>
    public static readonly bool CachesTypeLookups = StartupOptions.GilEnabled;
    static long corruptions;
    const int CorruptionReportsShown = 5;

    /// <summary>How many times a count went negative or a shared singleton reached zero.</summary>
    public static long Corruptions => Interlocked.Read(ref corruptions);

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

    /// <summary>Counts one block of o's type as gone. Called from Dealloc.</summary>
    public static void Freed(PyObject o)
    {
        if (CountsPerType) o.ObType.LiveBlocks--;
    }

    /// <summary>The path taken when a count drops to zero or below.</summary>
    public static void ReachedZero(PyObject o)
    {
        if (PoisonFreed && Poison.IsPoisoned(o)) Poison.Report(o, "a release");
        if (ToleratesCorruption && (o.RefCount < 0 || o.IsStatic))
        {
            ReportCorruption(o);
            return;
        }
        if (o.RefCount < 0)
            Fatal($"_Py_NegativeRefcount: object has negative ref count {o.RefCount}: <{o.ObType.Name} object at 0x{Identity.Of(o):x}>");
        if (o.IsStatic)
            Fatal($"deallocating {Describe(o)}: a reference was released that was never owned");
        o.Dealloc();
        if (PoisonFreed && o.RefCount == 0) Poison.Mark(o);
    }

    static void ReportCorruption(PyObject o)
    {
        long n = Interlocked.Increment(ref corruptions);
        if (n <= CorruptionReportsShown)
        {
            var what = o.RefCount < 0 ? $"reference count went negative ({o.RefCount})" : "reference count reached zero";
            Console.Error.WriteLine($"MiniPy: {what} on {Describe(o)} at 0x{Identity.Of(o):x} in thread {Environment.CurrentManagedThreadId} (GIL off: counts race)");
        }
        if (o.IsStatic) o.RefCount = 1 << 20; // keep the singleton alive for the rest of the run
    }

    static string Describe(PyObject o) => o is PyNone ? "None" : o is PyBool b ? (b.Value != 0 ? "True" : "False") : o is PyInt i ? $"small int {i.Value}" : o.ObType.Name;

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
