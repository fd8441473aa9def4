// --trace-refs: every change of a reference count, as it happens — the object, and its
// count before and after — so that two GIL-off threads racing on one count can be read
// line by line. With the option off, Enabled is a static readonly false and Rc's checks
// fold away.
namespace MiniPy.Runtime;

public static class RefTrace
{
    public static bool Enabled => Heap.TracesRefs;

    /// <summary>Installed by the VM: the current thread's label ("[Thread-2 (bump)] bump:12"),
    /// or null to leave this change out (--trace-only names another function).</summary>
    public static Func<string> Context;
    public static TextWriter Writer = Console.Error;
    static readonly object writeLock = new();

    [ThreadStatic] static bool telling;

    public static void Changed(PyObject o, int before, int after)
    {
        if (telling) return; // a change made while describing a change
        telling = true;
        try { Tell(o, before, after); }
        finally { telling = false; }
    }

    static void Tell(PyObject o, int before, int after)
    {
        // Nothing is told until the VM has installed Context: the runtime's own start-up
        // is not the program's story.
        var contextOf = Context;
        if (contextOf == null) return;
        string context;
        try { context = contextOf(); } catch { context = null; }
        if (context == null) return;
        var line = $"{context} refcount {Corruption.ShortRepr(o)} ({o.ObType?.Name}): {before} -> {after}";
        lock (writeLock) Writer.WriteLine(line);
    }
}
