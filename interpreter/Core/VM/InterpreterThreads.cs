// Interpreter threads: the lock they share, starting a thread with its own ThreadState,
// the eval breaker's bookkeeping, and shutdown — waiting for nothing but unwinding daemon
// threads so that teardown finds every object released.
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using MiniPy.Runtime;

namespace MiniPy.VM;

/// <summary>Unwinds a daemon thread at interpreter shutdown. It is not a Python exception:
/// no except or finally clause sees it, but every C# finally releases what it holds.</summary>
public sealed class ThreadShutdownException : Exception { }

public sealed partial class Interpreter
{
    /// <summary>The interpreter lock; null when the GIL is off.</summary>
    public InterpreterLock Lock;
    /// <summary>sys.getswitchinterval() when there is no lock to hold it.</summary>
    public double SwitchInterval = 0.005;
    public ILogger ThreadLog = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    readonly HashSet<ThreadState> threads = new();
    readonly List<ThreadState> allThreads = new();
    readonly CancellationTokenSource shutdown = new();
    volatile bool finalizing;

    public bool Finalizing => finalizing;
    public CancellationToken ShutdownToken => shutdown.Token;

    void SetUpLock()
    {
        if (!StartupOptions.GilEnabled)
        {
            // No lock to drop; but the timeline still shows when threads block.
            if (GilTimeline.Enabled) Blocking.Releaser = ReleaseAround;
            return;
        }
        Lock = StartupOptions.GilImpl == "ticks" ? new TicksGil() : new Gil();
        if (Lock is TicksGil) EvalBreaker = 1;
        Blocking.Releaser = ReleaseAround;
        EvalBreakerHandler = ts => ts.Interp.Lock?.OnEvalBreaker(ts);
    }

    /// <summary>Drops the lock around a blocking wait and takes it back afterwards.</summary>
    static void ReleaseAround(Action wait)
    {
        var ts = ThreadState.Current;
        var gil = ts?.Interp.Lock;
        if (gil == null)
        {
            if (!GilTimeline.Enabled || ts == null) { wait(); return; }
            ts.Timeline.Blocking(true);
            try { wait(); }
            finally { ts.Timeline.Blocking(false); }
            return;
        }
        if (GilTimeline.Enabled) ts.Timeline.Mark(GilMarkKind.BlockingRelease);
        gil.Drop(ts);
        try { wait(); }
        finally { gil.Take(ts); }
    }

    public static void RaiseEvalBreaker() => EvalBreaker = 1;

    /// <summary>Sets the eval breaker from everything that may want the running thread's attention.</summary>
    public static void RecomputeEvalBreaker(Interpreter interp)
    {
        bool wanted = interp.Deadline != 0 || interp.finalizing || interp.interruptPending || CycleCollector.Pending
            || (interp.Lock != null && (interp.Lock is TicksGil || interp.Lock.DropRequested));
        EvalBreaker = wanted ? 1 : 0;
    }

    /// <summary>Called where a non-main thread may block or run: at shutdown it unwinds.</summary>
    public void CheckFinalizing(ThreadState ts)
    {
        if (finalizing && ts != MainThread) throw new ThreadShutdownException();
    }

    public int ThreadCount { get { lock (threads) return threads.Count; } }

    /// <summary>The thread states of the threads running now, the main thread first.</summary>
    public List<ThreadState> LiveThreadStates()
    {
        lock (threads)
        {
            var list = new List<ThreadState> { MainThread };
            list.AddRange(threads);
            return list;
        }
    }

    /// <summary>Every thread state this interpreter has had, the main thread first.</summary>
    public List<ThreadState> AllThreadStates()
    {
        lock (threads)
        {
            var list = new List<ThreadState> { MainThread };
            list.AddRange(allThreads);
            return list;
        }
    }

    /// <summary>Starts an interpreter thread running body; returns its ThreadState.
    /// body runs with the lock held; exceptions it lets out are reported by it, not here.
    /// hostHeld: the references body owns until it ends (the reference audit counts them).</summary>
    public ThreadState StartThread(string name, int stackSize, Action<ThreadState> body, bool daemon = false, PyObject[] hostHeld = null)
    {
        var ts = new ThreadState(this, name) { IsDaemon = daemon, HostHeld = hostHeld };
        lock (threads)
        {
            threads.Add(ts);
            allThreads.Add(ts);
        }
        var thread = new Thread(() => ThreadMain(ts, body), stackSize > 0 ? stackSize : 256 * 1024 * 1024)
        {
            IsBackground = true,
            Name = name,
        };
        thread.Start();
        DeadlockWatch.EnsureStarted(this);
        return ts;
    }

    void ThreadMain(ThreadState ts, Action<ThreadState> body)
    {
        ThreadState.Current = ts;
        ts.NativeId = Environment.CurrentManagedThreadId;
        if (ThreadLog.IsEnabled(LogLevel.Information)) ThreadLog.LogInformation("thread {Thread} started", ts.Name);
        bool holding = false;
        try
        {
            Lock?.Take(ts);
            holding = true;
            try { body(ts); }
            finally
            {
                Tracing.SetTrace(ts, null);
                Tracing.SetProfile(ts, null);
            }
        }
        catch (ThreadShutdownException) { }
        catch (Exception e) when (e is not ThreadShutdownException)
        {
            // A host fault in a thread must not take the process down.
            var exc = Eval.ToPyException(e);
            try { Stderr.WriteLine($"Exception in thread {ts.Name}: {exc.ObType.Name}: {Ops.Str(exc)}"); } catch { }
            Rc.Dec(exc);
        }
        finally
        {
            BiasedCounts.ThreadExiting(); // gives up the thread's id, if it took one
            lock (threads) threads.Remove(ts);
            ts.HostHeld = null;
            if (ThreadLog.IsEnabled(LogLevel.Information)) ThreadLog.LogInformation("thread {Thread} ended", ts.Name);
            if (holding) Lock?.Drop(ts);
            if (GilTimeline.Enabled) ts.Timeline.End(Lock == null);
            ThreadState.Current = null;
        }
    }

    /// <summary>Begins finalization: remaining (daemon) threads unwind at their next check
    /// or wait, and the main thread waits a little for them to release what they hold.</summary>
    public void StopThreads()
    {
        if (ThreadCount == 0) return;
        finalizing = true;
        shutdown.Cancel();
        RecomputeEvalBreaker(this);
        var ts = ThreadState.Current;
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 2;
        while (ThreadCount > 0 && Stopwatch.GetTimestamp() < deadline)
        {
            if (Lock != null && ts != null) { Lock.Drop(ts); Thread.Sleep(1); Lock.Take(ts); }
            else Thread.Sleep(1);
        }
    }
}
