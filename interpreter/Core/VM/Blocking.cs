// Blocking: the bracket every blocking native call (sleep, lock waits, joins, I/O) goes
// through, so the interpreter lock can be released while the OS thread waits, and so that a
// Ctrl-C that cut the wait short (Interpreter.WaitToken) is raised as KeyboardInterrupt once
// the lock is held again.
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class Blocking
{
    /// <summary>Installed by the threading layer: releases the lock, runs the wait, re-takes it.</summary>
    public static Action<Action> Releaser;

    public static void Run(Action wait)
    {
        WithoutLock(wait);
        AfterWait(raiseInterrupt: true);
    }

    static void WithoutLock(Action wait)
    {
        var r = Releaser;
        if (r == null) wait();
        else r(wait);
    }

    static void AfterWait(bool raiseInterrupt)
    {
        var ts = ThreadState.Current;
        if (ts == null) return;
        // Biased counts: other threads may have handed objects back while this one waited
        // (a join, say); merging now frees them as soon as it can run again.
        if (Heap.BiasedCounts) ts.MergeHandedBack();
        if (raiseInterrupt) ts.Interp.RaisePendingInterrupt(ts);
    }

    /// <summary>Run for a wait that takes something (a lock's permit): when it succeeds, a
    /// Ctrl-C that arrived meanwhile stays pending for the eval loop's next check instead of
    /// being raised here, so the caller can record what it took.</summary>
    public static bool RunUntil(Func<bool> wait)
    {
        bool result = false;
        WithoutLock(() => { result = wait(); });
        AfterWait(raiseInterrupt: !result);
        return result;
    }

    /// <summary>A wait a signal may cut short, made to last as asked (PEP 475). wait gets the
    /// time left in seconds (negative: no limit) and returns whether it got what it waited
    /// for. When a signal ended it early (the wait reported it through
    /// ThreadState.WaitInterrupted) and the signal's Python handler returned normally, the
    /// wait starts again for the time that remains; a handler that raises (KeyboardInterrupt
    /// by default for Ctrl-C) ends it with that exception.</summary>
    public static bool RunRestarting(double timeout, Func<double, bool> wait)
    {
        long deadline = timeout < 0 ? 0 : System.Diagnostics.Stopwatch.GetTimestamp() + (long)(timeout * System.Diagnostics.Stopwatch.Frequency);
        var ts = ThreadState.Current;
        while (true)
        {
            double left = timeout < 0 ? -1
                : Math.Max(0, (deadline - System.Diagnostics.Stopwatch.GetTimestamp()) / (double)System.Diagnostics.Stopwatch.Frequency);
            if (ts != null) ts.WaitInterrupted = false;
            // Read before the handlers run (a handler's own wait resets the flag).
            bool interrupted = false;
            if (RunUntil(() =>
            {
                bool done = wait(left);
                interrupted = ts != null && ts.WaitInterrupted;
                return done;
            })) return true;
            if (!interrupted) return false;
            if (timeout >= 0 && System.Diagnostics.Stopwatch.GetTimestamp() >= deadline) return false;
        }
    }

    public static T Run<T>(Func<T> wait)
    {
        T result = default;
        Run(() => { result = wait(); });
        return result;
    }
}
