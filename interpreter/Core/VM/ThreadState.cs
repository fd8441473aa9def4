// ThreadState: what each interpreter thread owns — its chain of frames, the exception it is
// handling, its recursion depth and its pool of frames. Everything else is shared through
// the Interpreter.
using MiniPy.Runtime;

namespace MiniPy.VM;

public sealed class ThreadState
{
    [ThreadStatic] static ThreadState current;

    /// <summary>The interpreter thread running on this OS thread (null on foreign threads).</summary>
    public static ThreadState Current
    {
        get => current;
        set
        {
            current = value;
            // Biased counts: the ids are the OS thread's; one that adopts this state (a test,
            // an embedding host) finds its own on first use.
            if (value != null) { value.ownerId = 0; value.merges = null; }
        }
    }

    public readonly Interpreter Interp;
    /// <summary>Biased counts: this thread's merge queue, found on first use.</summary>
    MergeQueue merges;
    int ownerId;

    /// <summary>Biased counts: the id this thread's objects carry as their owner.</summary>
    public int OwnerId => ownerId != 0 ? ownerId : ownerId = BiasedCounts.CurrentThreadId;
    public Frame CurrentFrame;
    /// <summary>Python frames on this thread's stack.</summary>
    public int Depth;
    /// <summary>Native recursion (repr of nested containers) counted against the same limit.</summary>
    public int NativeDepth;
    /// <summary>The exception being handled by an except or finally clause (owned), or null.</summary>
    public PyException HandledExc;
    /// <summary>While a generator or coroutine runs: the exception its callers are handling
    /// (borrowed from them), seen where the generator's frame handles none.</summary>
    public PyException OuterHandledExc;

    /// <summary>The exception being handled here or, failing that, by a caller outside the
    /// running generators (CPython's _PyErr_GetTopmostException): what sys.exc_info()
    /// returns, a bare raise re-raises and a new exception takes as its context.</summary>
    public PyException TopmostHandledExc => HandledExc ?? OuterHandledExc;
    /// <summary>An exception leaving a frame that the eval loop ran for a caller that takes
    /// it as a result (Eval.RunOrRaised), owned until taken (Eval.TakeRaised).</summary>
    public PyException Raised;
    public readonly FramePool Frames = new();
    public readonly long Ident;
    public string Name;
    /// <summary>Acquisitions, forced drops, time held and waited for the interpreter lock.</summary>
    public readonly GilStats Stats = new();
    /// <summary>This thread's lane of the GIL timeline; null unless one is recorded.</summary>
    public readonly GilLane Timeline;
    /// <summary>Instructions run since the last release, for the tick-based lock.</summary>
    public int Ticks;
    /// <summary>Instructions of loop bodies run since the last eval-breaker check (set only
    /// while the breaker is up, which it always is under the tick-based lock).</summary>
    public int InstructionsSinceCheck;
    public bool IsDaemon;
    /// <summary>sys.settrace's function for this thread (owned; null: none), and whether it
    /// is running now (its own frames are not traced).</summary>
    public PyObject TraceFunc;
    /// <summary>sys.setprofile's function for this thread (owned; null: none): told of every
    /// call and return of a Python function, and of every call of a built-in one.</summary>
    public PyObject ProfileFunc;
    public bool InTrace;
    /// <summary>Set while the thread waits on a threading lock with no timeout (DeadlockWatch).</summary>
    public volatile bool WaitsForever;
    /// <summary>Set when the thread's last blocking wait ended because a signal arrived
    /// rather than because it was done or timed out (see Blocking.RunRestarting).</summary>
    public bool WaitInterrupted;
    /// <summary>References the host holds for this thread while it runs (its target and
    /// arguments), which no frame shows; null once it has ended.</summary>
    public PyObject[] HostHeld;
    /// <summary>The OS-level thread id, for threading.get_native_id().</summary>
    public int NativeId = Environment.CurrentManagedThreadId;

    static long nextIdent = 1;

    public ThreadState(Interpreter interp, string name)
    {
        Interp = interp;
        Name = name;
        Ident = Interlocked.Increment(ref nextIdent) + 139_000_000_000_000;
        if (GilTimeline.Enabled) Timeline = GilTimeline.NewLane(this);
    }

    public int RecursionLimit => Interp.RecursionLimit;

    /// <summary>Merges the objects other threads queued for this one (biased counts).</summary>
    public void MergeHandedBack()
    {
        merges ??= BiasedCounts.CurrentQueue;
        if (merges.Pending) merges.MergeAll();
    }
}
