// The damage ledger: what racing threads did to the heap while the GIL was off.
//
// With the GIL off and plain counts, `RefCount++` is a read, an add and a write. Two threads
// that read the same old value both write old + 1, and one of the two changes is lost. A
// lost increment leaves a count too low: the object is freed while something still points
// at it, its storage goes back to the free list, and the next allocation silently turns it
// into another object. A lost decrement leaves a count too high: the object leaks. Lists and
// dicts race the same way on their lengths and tables.
//
// The interpreter does not stop at the first sign of this. Each symptom it can see is
// recorded here — by kind, with the object, its type, the Python thread and the instruction
// that was running — printed once for the first few of each kind, and summed up in plain
// words when the program ends. Nothing here runs with the GIL on: there, a count going
// wrong is a bug in MiniPy and still ends the process (Heap.Fatal).
using System.Text;

namespace MiniPy.Runtime;

public enum DamageKind
{
    /// <summary>A count dropped below zero: more releases than references ever counted.</summary>
    NegativeCount,
    /// <summary>None, True, False or a cached small int reached zero.</summary>
    SingletonReachedZero,
    /// <summary>A reference was taken to an object whose count had already reached zero.</summary>
    UseAfterFree,
    /// <summary>A freed object was still referenced when its storage was handed out again.</summary>
    StorageReused,
    /// <summary>A list, dict or set whose internal state no longer adds up.</summary>
    TornContainer,
}

public static class Corruption
{
    /// <summary>Where reports go; the program runner points it at the program's stderr.</summary>
    public static TextWriter Writer = Console.Error;

    /// <summary>Installed by the VM: "Thread-2 (bump), in bump() line 12 at BINARY_OP".</summary>
    public static Func<string> WhereHook;

    /// <summary>Reports of each kind printed in full; later ones are only counted.</summary>
    public const int ReportsShownPerKind = 3;

    static readonly long[] counts = new long[Enum.GetValues<DamageKind>().Length];
    static readonly object writeLock = new();

    public static long Count(DamageKind kind) => Interlocked.Read(ref counts[(int)kind]);

    public static long Total
    {
        get
        {
            long n = 0;
            for (int i = 0; i < counts.Length; i++) n += Interlocked.Read(ref counts[i]);
            return n;
        }
    }

    /// <summary>Records one symptom; prints it if it is among the first few of its kind.</summary>
    public static void Record(DamageKind kind, string what)
    {
        long n = Interlocked.Increment(ref counts[(int)kind]);
        if (n > ReportsShownPerKind) return;
        string where = null;
        try { where = WhereHook?.Invoke(); } catch { /* a torn frame must not stop the report */ }
        var line = new StringBuilder("MiniPy: ");
        if (where != null) line.Append(where).Append(": ");
        line.Append(what);
        if (n == ReportsShownPerKind) line.Append(" (further reports of this kind are only counted)");
        lock (writeLock)
        {
            try { Writer.WriteLine(line.ToString()); Writer.Flush(); } catch { }
        }
    }

    /// <summary>What an object is, in a student's words: "int 17964", "small int 42",
    /// "None", "list", "Token instance". Reads only fields that cannot fault.</summary>
    public static string Describe(PyObject o)
    {
        if (o is PyNone) return "None";
        if (o is PyBool b) return b.Value != 0 ? "True" : "False";
        if (o is PyInt i)
        {
            if (i.IsBig) return "a big int";
            return o.IsStatic ? $"small int {i.Value} (one of the shared -5..256)" : $"int {i.Value}";
        }
        var type = o.ObType;
        if (type == null) return "an object of unknown type";
        return type.IsHeapType ? $"a {type.Name} instance" : $"a {type.Name}";
    }

    /// <summary>A repr cut to 60 characters that runs no Python code (the heap may be torn).</summary>
    public static string ShortRepr(PyObject o)
    {
        string r;
        try
        {
            r = o switch
            {
                PyInt or PyFloat or PyStr or PyNone => o.Repr(),
                PyList l => $"<list of {l.Count} items>",
                PyTuple t => $"<tuple of {t.Items.Length} items>",
                PyDict d => $"<dict of {d.Count} items>",
                PySet s => $"<set of {s.Count} items>",
                PyFunction or PyType or PyBuiltinFunction or PyModule => o.Repr(),
                _ => $"<{o.ObType?.Name} object at 0x{Identity.Of(o):x}>",
            };
        }
        catch (Exception) { r = $"<{o.ObType?.Name} object>"; }
        return r.Length <= 60 ? r : r.Substring(0, 57) + "...";
    }

    /// <summary>The end-of-run summary, or null when nothing was seen.</summary>
    public static string Summary()
    {
        if (Total == 0) return null;
        var sb = new StringBuilder();
        sb.AppendLine("MiniPy: the GIL was off, and threads changed shared reference counts and containers at the same time. What went wrong:");
        Line(sb, DamageKind.NegativeCount, "count went below zero", "counts went below zero",
            "more references were released than were counted, so the object had already been freed while still in use");
        Line(sb, DamageKind.SingletonReachedZero, "shared singleton's count reached zero", "shared singletons' counts reached zero",
            "None, True, False and the small ints are shared by everyone; MiniPy kept them alive");
        Line(sb, DamageKind.UseAfterFree, "reference was taken to a freed object", "references were taken to freed objects",
            "their counts had reached zero while something still pointed at them");
        Line(sb, DamageKind.StorageReused, "freed object was reused while still referenced", "freed objects were reused while still referenced",
            "the old reference now points at a different value");
        Line(sb, DamageKind.TornContainer, "container was torn", "containers were torn",
            "a list, dict or set was changed by two threads at once and its storage no longer matched its length");
        sb.Append("Why: a count update is `count = count + 1`, a read then a write. Two threads that read the same count both write count + 1, and one of the two updates is lost. The GIL lets only one thread run Python at a time, which is what prevents this.");
        return sb.ToString();
    }

    static void Line(StringBuilder sb, DamageKind kind, string one, string many, string meaning)
    {
        long n = Count(kind);
        if (n == 0) return;
        sb.Append("  ").Append(n).Append(' ').Append(n == 1 ? one : many).Append(": ").AppendLine(meaning);
    }
}

/// <summary>Thrown by a walk over a container's table that found it impossible — a probe
/// that never ends, an index past the entries — which only racing threads can cause.</summary>
public sealed class TornContainerException : Exception
{
    public readonly string Container;
    public TornContainerException(string container) : base(container + " table torn") => Container = container;
}
