// The checking mode (--poison-freed): freed objects are not reused but marked, so that any
// later use of one is reported as a use-after-free naming the object and the thread.
namespace MiniPy.Runtime;

public static class Poison
{
    public const int PoisonCount = -0x0DEADBEE;
    /// <summary>Counts at or below this belong to freed objects (a live count never gets near).</summary>
    public const int Threshold = PoisonCount + 1_000_000;

    public static void Mark(PyObject o) => o.RefCount = PoisonCount;

    public static bool IsPoisoned(PyObject o) => o.RefCount <= Threshold;

    public static void Report(PyObject o, string operation)
        => Heap.Fatal($"use after free: {operation} on a freed {o.ObType?.Name} object at 0x{Identity.Of(o):x} in thread {Environment.CurrentManagedThreadId}");
}
