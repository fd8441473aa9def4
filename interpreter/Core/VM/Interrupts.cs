// Ctrl-C: the host's interrupt arrives on another OS thread; it raises the eval breaker,
// and the main thread raises KeyboardInterrupt at its next check, as CPython's signal
// handling does. An uncaught KeyboardInterrupt ends the process with status 130.
//
// A main thread that is not running Python code but waiting — in time.sleep, a join, a lock,
// a queue — would never reach a check. So the interrupt also cancels InterruptToken, which
// every blocking wait of the main thread honours (see WaitToken), and Blocking.Run raises
// the pending KeyboardInterrupt as soon as the wait has ended and the GIL is held again.
using MiniPy.Runtime;

namespace MiniPy.VM;

public sealed partial class Interpreter
{
    volatile bool interruptPending;
    volatile CancellationTokenSource interruptSource = new();

    /// <summary>Cancelled by Ctrl-C until the KeyboardInterrupt has been raised.</summary>
    public CancellationToken InterruptToken => interruptSource.Token;

    /// <summary>The token a blocking wait on thread ts honours: Ctrl-C for the main thread,
    /// interpreter shutdown for the others (daemon threads unwind then).</summary>
    public static CancellationToken WaitToken(ThreadState ts)
        => ts == null ? default : ts == ts.Interp.MainThread ? ts.Interp.InterruptToken : ts.Interp.ShutdownToken;

    /// <summary>Asks the main thread to raise KeyboardInterrupt (safe from any thread).</summary>
    public void Interrupt()
    {
        interruptPending = true;
        RaiseEvalBreaker();
        try { interruptSource.Cancel(); } catch (ObjectDisposedException) { }
    }

    /// <summary>Raises a pending interrupt when ts is the main thread: at the eval breaker,
    /// and after every blocking wait.</summary>
    public void RaisePendingInterrupt(ThreadState ts)
    {
        if (!interruptPending || ts != MainThread) return;
        interruptPending = false;
        if (interruptSource.IsCancellationRequested) interruptSource = new CancellationTokenSource();
        RecomputeEvalBreaker(this);
        throw new PyRaise(PyException.New(ErrorTypes.KeyboardInterrupt, ReadOnlySpan<PyObject>.Empty));
    }
}
