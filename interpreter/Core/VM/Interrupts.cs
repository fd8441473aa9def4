// Signals, Ctrl-C first among them. A signal arrives on another OS thread (the host's
// Ctrl-C handler, or a signal registration the signal module made); it is only noted there
// — which signal, and that one is pending — and the eval breaker is raised. The main thread
// acts on it at its next check, as CPython's signal handling does: it calls the Python
// handler signal.signal installed, or, for SIGINT without one, raises KeyboardInterrupt. An
// uncaught KeyboardInterrupt ends the process with status 130.
//
// A main thread that is not running Python code but waiting — in time.sleep, a join, a lock,
// a queue — would never reach a check. So a signal also cancels InterruptToken, which every
// blocking wait of the main thread honours (see WaitToken), and Blocking.Run runs the
// handlers as soon as the wait has ended and the GIL is held again. When a handler returns
// normally the wait goes on for the time it had left (Blocking.RunRestarting, PEP 475).
using MiniPy.Runtime;

namespace MiniPy.VM;

public sealed partial class Interpreter
{
    volatile bool interruptPending;
    volatile CancellationTokenSource interruptSource = new();

    /// <summary>The highest signal number handled.</summary>
    public const int SignalLimit = 65;
    public const int SigInt = 2;

    /// <summary>Per signal number: 1 while it has arrived and its handler has not run.</summary>
    readonly int[] pendingSignals = new int[SignalLimit];

    /// <summary>Per signal number, the Python handler signal.signal installed (owned): a
    /// callable, or the ints SIG_DFL (0) and SIG_IGN (1); null for the default.</summary>
    public readonly PyObject[] SignalHandlers = new PyObject[SignalLimit];

    /// <summary>How many signals have arrived, for waits that need to know one has.</summary>
    public int SignalsArrived;

    /// <summary>Cancelled by Ctrl-C until the KeyboardInterrupt has been raised.</summary>
    public CancellationToken InterruptToken => interruptSource.Token;

    /// <summary>The token a blocking wait on thread ts honours: Ctrl-C for the main thread,
    /// interpreter shutdown for the others (daemon threads unwind then).</summary>
    public static CancellationToken WaitToken(ThreadState ts)
        => ts == null ? default : ts == ts.Interp.MainThread ? ts.Interp.InterruptToken : ts.Interp.ShutdownToken;

    /// <summary>Set by a host that catches Ctrl-C itself (and calls Interrupt): the signal
    /// module then leaves SIGINT to it.</summary>
    public static bool HostCatchesInterrupts;

    /// <summary>Ctrl-C: SIGINT arrived (safe from any thread).</summary>
    public void Interrupt() => SignalArrived(SigInt);

    /// <summary>Notes that signal signum arrived and asks the main thread to act on it (safe
    /// from any thread).</summary>
    public void SignalArrived(int signum)
    {
        if ((uint)signum >= SignalLimit) return;
        Volatile.Write(ref pendingSignals[signum], 1);
        // The waits are woken first: a main thread that handles the signal before the wake-up
        // would otherwise find the token cancelled with nothing pending, and wait for ever
        // after. Woken first, it finds the signal pending a moment later.
        try { interruptSource.Cancel(); } catch (ObjectDisposedException) { }
        interruptPending = true;
        RaiseEvalBreaker();
        Interlocked.Increment(ref SignalsArrived); // last: a waiter that sees it finds all set
    }

    /// <summary>Runs the handlers of the signals that have arrived when ts is the main
    /// thread: at the eval breaker, and after every blocking wait. A handler's exception
    /// propagates from here (KeyboardInterrupt for SIGINT without a handler); the signals
    /// not handled yet stay pending.</summary>
    public void RaisePendingInterrupt(ThreadState ts)
    {
        if (!interruptPending || ts != MainThread) return;
        interruptPending = false;
        if (interruptSource.IsCancellationRequested) interruptSource = new CancellationTokenSource();
        RecomputeEvalBreaker(this);
        for (int signum = 1; signum < SignalLimit; signum++)
        {
            if (Volatile.Read(ref pendingSignals[signum]) == 0 || Interlocked.Exchange(ref pendingSignals[signum], 0) == 0) continue;
            try { RunSignalHandler(signum); }
            catch
            {
                // The rest wait for the next check.
                for (int later = signum + 1; later < SignalLimit; later++)
                    if (Volatile.Read(ref pendingSignals[later]) != 0) { interruptPending = true; RaiseEvalBreaker(); break; }
                throw;
            }
        }
    }

    void RunSignalHandler(int signum)
    {
        var handler = SignalHandlers[signum];
        if (handler == null)
        {
            if (signum == SigInt) throw new PyRaise(PyException.New(ErrorTypes.KeyboardInterrupt, ReadOnlySpan<PyObject>.Empty));
            return;
        }
        if (handler is PyInt dfl && dfl.Value == 0 && signum == SigInt)
            throw new PyRaise(PyException.New(ErrorTypes.KeyboardInterrupt, ReadOnlySpan<PyObject>.Empty)); // SIGINT's default action ends the program
        if (handler is PyInt) return; // SIG_IGN, or SIG_DFL set after the signal arrived
        var number = PyInt.New(signum);
        // The handler is given the frame the signal interrupted, as CPython's is.
        var interrupted = ThreadState.Current?.CurrentFrame;
        var frame = (interrupted != null ? Tracing.FrameObjectOf?.Invoke(interrupted) : null) ?? Rc.New(PyNone.Instance);
        Rc.Inc(handler); // alive for the call, even if it installs another handler
        try { Rc.Dec(Ops.Call(handler, number, frame)); }
        finally { Rc.Dec(number); Rc.Dec(frame); Rc.Dec(handler); }
    }

    /// <summary>Run first at teardown: what native modules set up process-wide for this
    /// interpreter (the signal module's registrations) is undone.</summary>
    public readonly List<Action> TeardownActions = new();

    /// <summary>Drops the installed handlers (at interpreter teardown).</summary>
    public void ClearSignalHandlers()
    {
        for (int i = 0; i < SignalLimit; i++) Rc.XDec(Interlocked.Exchange(ref SignalHandlers[i], null));
    }
}
