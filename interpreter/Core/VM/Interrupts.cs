// Ctrl-C: the host's interrupt arrives on another OS thread; it raises the eval breaker,
// and the main thread raises KeyboardInterrupt at its next check, as CPython's signal
// handling does. An uncaught KeyboardInterrupt ends the process with status 130.
using MiniPy.Runtime;

namespace MiniPy.VM;

public sealed partial class Interpreter
{
    volatile bool interruptPending;

    /// <summary>Asks the main thread to raise KeyboardInterrupt (safe from any thread).</summary>
    public void Interrupt()
    {
        interruptPending = true;
        RaiseEvalBreaker();
    }

    /// <summary>Called at the eval breaker: raises a pending interrupt in the main thread.</summary>
    void RaisePendingInterrupt(ThreadState ts)
    {
        if (!interruptPending || ts != MainThread) return;
        interruptPending = false;
        RecomputeEvalBreaker(this);
        throw new PyRaise(PyException.New(ErrorTypes.KeyboardInterrupt, ReadOnlySpan<PyObject>.Empty));
    }
}
