// The global interpreter lock, as CPython 3.2+ builds it (Python/ceval_gil.c).
//
// ═══════════════════════════ How the GIL works ═══════════════════════════
//
// One lock guards the whole interpreter: reference counts, dicts, lists, free lists. A thread
// runs Python code only while it holds it. The questions are when the holder lets go, and
// who gets the lock next.
//
// • A mutex and a condition variable. `locked` says whether some thread holds the GIL;
//   threads that want it wait on the condition variable (`mutex` here, with Monitor).
//
// • The switch interval (default 5 ms, sys.setswitchinterval). A waiting thread does not
//   wait forever: it waits for one interval. If the wait times out and in the meantime no
//   switch happened (`switchNumber` unchanged — the same holder has had the lock all along),
//   the waiter sets the DROP REQUEST and raises the eval breaker.
//
// • The eval breaker. The running thread checks one shared flag at cheap, frequent points:
//   backward jumps, function entry, and after calls into native code. When the flag is up
//   and a drop request is pending, the holder drops the GIL and immediately asks for it
//   again. Checking a single flag keeps the common case (nobody waiting) to one load.
//
// • Forced switching. Dropping is not enough on a multicore machine: the dropping thread is
//   already running and would usually win the lock back before the woken waiter is even
//   scheduled (the convoy Beazley measured in Python 2, reproduced by --gil-impl ticks).
//   So a thread that drops *because of a drop request* then waits on a second condition
//   (`switchMutex`) until some other thread has actually taken the GIL.
//
// • Blocking calls (time.sleep, lock waits, join, I/O) drop the GIL before waiting and take
//   it after; they do not wait for a switch, because they are not giving way on request —
//   they simply have nothing to do.
//
// With --gil off there is no lock at all: threads run Python code truly in parallel, and
// nothing protects the reference counts. That is the point of the mode.
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace MiniPy.VM;

/// <summary>The interpreter's lock: the new GIL by default, or Python 2's tick-based lock.</summary>
public abstract class InterpreterLock
{
    public abstract void Take(ThreadState ts);
    public abstract void Drop(ThreadState ts);
    /// <summary>Called from the eval breaker: give way if another thread asked for the lock.</summary>
    public abstract void OnEvalBreaker(ThreadState ts);
    public abstract bool DropRequested { get; }
    public double SwitchIntervalSeconds = 0.005;
    /// <summary>Times the lock passed from one thread to another.</summary>
    public long Switches;
    /// <summary>When the lock was made, and the time since during which at least one thread
    /// was waiting for it: the contention figure gil_load and gilknocker report.</summary>
    public readonly long CreatedAt = Stopwatch.GetTimestamp();
    long contentionTicks, contendedSince;
    int waiters;

    /// <summary>The share of the time since the lock was made in which some thread waited.</summary>
    public double ContentionShare
    {
        get
        {
            long now = Stopwatch.GetTimestamp();
            long total = now - CreatedAt;
            long contended = Volatile.Read(ref contentionTicks);
            if (Volatile.Read(ref waiters) > 0) contended += now - Volatile.Read(ref contendedSince);
            return total <= 0 ? 0 : Math.Min(1.0, (double)contended / total);
        }
    }

    public double SecondsSinceCreated => (double)(Stopwatch.GetTimestamp() - CreatedAt) / Stopwatch.Frequency;

    /// <summary>A thread starts waiting; called with the lock's mutex held.</summary>
    protected void StartWaiting()
    {
        if (waiters++ == 0) Volatile.Write(ref contendedSince, Stopwatch.GetTimestamp());
    }

    /// <summary>A thread stops waiting; called with the lock's mutex held.</summary>
    protected void StopWaiting()
    {
        if (--waiters == 0) Volatile.Write(ref contentionTicks, contentionTicks + Stopwatch.GetTimestamp() - contendedSince);
    }

    /// <summary>Counts a hand-over to ts (the first holder is no switch).</summary>
    protected void CountSwitch(ThreadState previous, ThreadState ts)
    {
        if (previous != null && previous != ts) Switches++;
    }
    public ILogger Log = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    protected bool LogDebug, LogTrace;

    public void UseLogger(ILogger logger)
    {
        Log = logger;
        LogDebug = logger.IsEnabled(LogLevel.Debug);
        LogTrace = logger.IsEnabled(LogLevel.Trace);
    }
}

public sealed class Gil : InterpreterLock
{
    readonly object mutex = new();
    readonly object switchMutex = new();
    bool locked;
    ThreadState lastHolder;
    long switchNumber;
    volatile bool dropRequest;

    public override bool DropRequested => dropRequest;

    public override void Take(ThreadState ts)
    {
        long waitStart = Stopwatch.GetTimestamp();
        lock (mutex)
        {
            bool waiting = locked;
            if (waiting) StartWaiting();
            try
            {
                while (locked)
                {
                    ts.Interp.CheckFinalizing(ts);
                    long saved = switchNumber;
                    int intervalMs = Math.Max(1, (int)Math.Round(SwitchIntervalSeconds * 1000));
                    bool signalled = Monitor.Wait(mutex, intervalMs);
                    if (!signalled && locked && switchNumber == saved)
                    {
                        // The holder kept the lock for a whole interval: ask it to give way.
                        dropRequest = true;
                        if (GilTimeline.Enabled) ts.Timeline.Mark(GilMarkKind.DropRequest);
                        Interpreter.RaiseEvalBreaker();
                    }
                }
            }
            finally { if (waiting) StopWaiting(); }
            ts.Interp.CheckFinalizing(ts);
            lock (switchMutex)
            {
                locked = true;
                CountSwitch(lastHolder, ts);
                lastHolder = ts;
                switchNumber++;
                Monitor.PulseAll(switchMutex);
            }
            if (dropRequest)
            {
                dropRequest = false;
                Interpreter.RecomputeEvalBreaker(ts.Interp);
            }
        }
        long now = ts.Stats.Taken(waitStart);
        if (GilTimeline.Enabled) ts.Timeline.Took(waitStart, now);
        if (LogTrace) Log.LogTrace("{Thread} took the GIL after waiting {Ms:F3} ms", ts.Name, (now - waitStart) * 1000.0 / Stopwatch.Frequency);
    }

    public override void Drop(ThreadState ts) => Drop(ts, false);

    void Drop(ThreadState ts, bool forced)
    {
        ts.Stats.Released();
        if (GilTimeline.Enabled)
        {
            ts.Timeline.Released();
            if (forced) ts.Timeline.Mark(GilMarkKind.ForcedSwitch);
        }
        lock (mutex)
        {
            locked = false;
            Monitor.Pulse(mutex);
        }
        if (forced)
        {
            ts.Stats.ForcedDrops++;
            if (LogDebug) Log.LogDebug("{Thread} dropped the GIL on request", ts.Name);
            lock (switchMutex)
            {
                // Not switched yet: wait until another thread has taken the lock.
                if (lastHolder == ts)
                {
                    dropRequest = false;
                    Interpreter.RecomputeEvalBreaker(ts.Interp);
                    // CPython waits without a limit; a bound keeps a thread that gave up
                    // waiting (at shutdown) from stranding the holder.
                    int limitMs = Math.Max(50, (int)(SwitchIntervalSeconds * 1000 * 20));
                    while (lastHolder == ts && Monitor.Wait(switchMutex, limitMs)) { }
                }
            }
        }
    }

    public override void OnEvalBreaker(ThreadState ts)
    {
        if (!dropRequest) return;
        Drop(ts, true);
        Take(ts);
    }
}

/// <summary>Python 2's GIL, for comparison (--gil-impl ticks): every 100 ticks — bytecode
/// instructions, counted at each backward jump as the length of the loop body just run, and
/// one per call — the running thread releases the lock and at once asks for it again. There
/// is no hand-off and no switch interval: the release wakes a waiter, but on several cores
/// the releasing thread is still running and takes the lock straight back, so the woken
/// thread finds it taken and sleeps again — the futile wake-ups and the slowdown Beazley
/// measured on multicore machines.</summary>
public sealed class TicksGil : InterpreterLock
{
    public const int CheckInterval = 100;
    readonly object mutex = new();
    bool locked;
    ThreadState lastHolder;

    public override bool DropRequested => true;

    public override void Take(ThreadState ts)
    {
        long waitStart = Stopwatch.GetTimestamp();
        lock (mutex)
        {
            bool waiting = locked;
            if (waiting) StartWaiting();
            try
            {
                while (locked)
                {
                    ts.Interp.CheckFinalizing(ts);
                    Monitor.Wait(mutex);
                }
            }
            finally { if (waiting) StopWaiting(); }
            ts.Interp.CheckFinalizing(ts);
            locked = true;
            CountSwitch(lastHolder, ts);
            lastHolder = ts;
        }
        long now = ts.Stats.Taken(waitStart);
        if (GilTimeline.Enabled) ts.Timeline.Took(waitStart, now);
    }

    public override void Drop(ThreadState ts)
    {
        ts.Stats.Released();
        if (GilTimeline.Enabled) ts.Timeline.Released();
        lock (mutex)
        {
            locked = false;
            Monitor.Pulse(mutex);
        }
    }

    public override void OnEvalBreaker(ThreadState ts)
    {
        ts.Ticks += Math.Max(1, ts.InstructionsSinceCheck);
        ts.InstructionsSinceCheck = 0;
        if (ts.Ticks < CheckInterval) return;
        ts.Ticks = 0;
        ts.Stats.ForcedDrops++;
        if (GilTimeline.Enabled) ts.Timeline.Mark(GilMarkKind.ForcedSwitch);
        Drop(ts);
        Take(ts);
    }
}

/// <summary>One thread's GIL statistics.</summary>
public sealed class GilStats
{
    public long Acquisitions, ForcedDrops, HoldTicks, WaitTicks;
    internal long HoldStart;

    /// <summary>Records an acquisition after waiting since waitStart; returns the time now.</summary>
    public long Taken(long waitStart)
    {
        long now = Stopwatch.GetTimestamp();
        Acquisitions++;
        WaitTicks += now - waitStart;
        HoldStart = now;
        return now;
    }

    public void Released() => HoldTicks += Stopwatch.GetTimestamp() - HoldStart;

    public double HeldSeconds => (double)HoldTicks / Stopwatch.Frequency;
    public double WaitedSeconds => (double)WaitTicks / Stopwatch.Frequency;
}
