// The checking mode (--poison-freed): freed objects are not reused but marked, so that any
// later use of one is caught and told as a story — what the object was, which thread freed
// it and where, and which thread touched it afterwards, in which function, line and
// instruction.
//
// Each freed object is reported once, at its first use. With the GIL on a use after free
// is a bug in MiniPy, and the first report ends the process (one report, even when several
// threads trip over freed objects at once). With the GIL off it is what racing counts do:
// the report is recorded in the damage ledger and the program goes on.
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime;

public static class Poison
{
    public const int PoisonCount = -0x0DEADBEE;
    /// <summary>Counts at or below this belong to freed objects (a live count never gets near).</summary>
    public const int Threshold = PoisonCount + 1_000_000;

    /// <summary>For each freed object: what it was and who freed it. A reported object's entry
    /// is removed, so each is told once.</summary>
    static readonly ConditionalWeakTable<PyObject, string> freedBy = new();
    static int fatalStarted;

    public static void Mark(PyObject o) => o.RefCount = PoisonCount;

    public static bool IsPoisoned(PyObject o) => o.RefCount <= Threshold;

    /// <summary>Remembers an object about to be freed: its value while it still has one, and
    /// the thread and instruction freeing it.</summary>
    public static void RememberFreeing(PyObject o)
    {
        string where = null;
        try { where = Corruption.WhereHook?.Invoke(); } catch { }
        freedBy.AddOrUpdate(o, $"{Corruption.ShortRepr(o)} (a {o.ObType?.Name}), freed by {where ?? "the runtime"}");
    }

    /// <summary>A use of a freed object: operation is "a new reference" or "a release".</summary>
    public static void Report(PyObject o, string operation)
    {
        string freed;
        lock (freedBy)
        {
            if (!freedBy.TryGetValue(o, out freed)) return; // told already
            freedBy.Remove(o);
        }
        if (Heap.ToleratesCorruption)
        {
            // Record names the thread, function, line and instruction making the use.
            Corruption.Record(DamageKind.UseAfterFree, $"use after free: {operation} to {freed}");
            return;
        }
        string where = null;
        try { where = Corruption.WhereHook?.Invoke(); } catch { }
        var story = $"use after free: {where ?? "the runtime"} made {operation} to {freed}";
        if (Interlocked.Exchange(ref fatalStarted, 1) != 0) Thread.Sleep(Timeout.Infinite); // another thread is reporting and exiting
        Heap.Fatal(story);
    }
}
