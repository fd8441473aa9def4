// The deadlock watch: with the GIL off and nothing guarding shared objects, ends a program
// whose every thread waits for a lock that no thread will ever release, instead of letting
// it hang.
//
// Why a program can hang there at all: threading's Condition keeps its waiters in a deque,
// a Queue counts its unfinished tasks in an int, a Future's state is a string in an
// instance dict. Two threads that change one of those at once, with no GIL between them,
// can lose an update — a waiter's lock that is never put in the deque is never released by
// notify(); a thread that dies of a torn container never sets the Event another waits on.
// The waiting threads then sleep for ever, and so would the program.
//
// What the watch looks for: every live thread (the main one included) blocked in a wait on
// a threading lock that has no timeout — Lock.acquire(), RLock.acquire(), and so Condition
// and Event waits, Queue.get and Thread.join, which are made of them — and no such wait
// ending for a while (QuietPeriod). Nothing inside the process can release a lock then.
// (A thread blocked anywhere else — time.sleep, input(), a socket, a multiprocessing lock
// another process may release — is not "waiting for ever" to the watch, so such a program
// is never ended.) It then prints where each thread waits and what the damage ledger has
// seen, and ends the process with status 1.
//
// It runs only where a race can do such damage: the GIL off without per-object locks. With
// the GIL on, or in the free-threaded mode, a program that deadlocks does so by its own
// logic and waits for ever, as CPython's would. The watch costs the waits nothing else: a
// flag on the thread state and a counter.
using System.Diagnostics;
using System.Text;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class DeadlockWatch
{
    /// <summary>Whether races can damage what locks protect (the GIL off, no object locks).</summary>
    public static readonly bool Enabled = !StartupOptions.GilEnabled && !StartupOptions.ObjectLocks;

    /// <summary>How long every thread must have waited, with no wait ending, before the
    /// program is ended.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(2);

    static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>How many untimed waits have ended, in all threads: the watch's sign of progress.</summary>
    static long waitsEnded;

    static int started;

    /// <summary>A thread begins an untimed wait on a threading lock.</summary>
    public static void WaitBegins(ThreadState ts) => ts.WaitsForever = true;

    /// <summary>The wait ended (acquired, interrupted or unwound).</summary>
    public static void WaitEnds(ThreadState ts)
    {
        ts.WaitsForever = false;
        Interlocked.Increment(ref waitsEnded);
    }

    /// <summary>Starts the watch for interp once it has a second thread (idempotent).</summary>
    public static void EnsureStarted(Interpreter interp)
    {
        if (!Enabled || Interlocked.Exchange(ref started, 1) != 0) return;
        new Thread(() => Watch(interp)) { IsBackground = true, Name = "MiniPy deadlock watch" }.Start();
    }

    static void Watch(Interpreter interp)
    {
        long lastEnded = -1;
        var quietSince = Stopwatch.GetTimestamp();
        while (!interp.Finalizing)
        {
            Thread.Sleep(CheckInterval);
            long ended = Interlocked.Read(ref waitsEnded);
            var live = interp.LiveThreadStates();
            bool allWaiting = live.TrueForAll(ts => ts.WaitsForever);
            if (!allWaiting || ended != lastEnded)
            {
                lastEnded = ended;
                quietSince = Stopwatch.GetTimestamp();
                continue;
            }
            if (Stopwatch.GetElapsedTime(quietSince) < QuietPeriod) continue;
            EndProgram(interp, live);
            return;
        }
    }

    static void EndProgram(Interpreter interp, List<ThreadState> live)
    {
        var report = new StringBuilder();
        report.AppendLine($"MiniPy: the program cannot go on: for {QuietPeriod.TotalSeconds:0} seconds every thread has been waiting for a lock (or a join, a condition, a queue) that no running thread can release.");
        foreach (var ts in live) report.Append("  ").Append(ts.Name).Append(": waiting ").AppendLine(WhereWaiting(ts));
        report.Append("It may be the program's own deadlock, which would wait for ever with the GIL on too. With the GIL off it is often a race's damage: two threads changed what a lock's users share — a Condition's list of waiters, a Queue's count of unfinished tasks, a Future's state — at the same time and one change was lost, so a notify woke nobody, or a thread died of the damage before releasing what the others wait for. MiniPy ends the program instead of waiting for ever.");
        try { interp.Stdout.Flush(); } catch { }
        try
        {
            interp.Stderr.WriteLine(report.ToString());
            var damage = Corruption.Summary();
            if (damage != null) interp.Stderr.WriteLine(damage);
            interp.Stderr.Flush();
        }
        catch { /* the report is best effort; the exit is not */ }
        Environment.Exit(1);
    }

    /// <summary>"in wait() (threading.py line 320), called from main() (prog.py line 12)":
    /// the innermost frame and, when it is elsewhere, the innermost one in the program's
    /// own file.</summary>
    static string WhereWaiting(ThreadState ts)
    {
        try
        {
            var f = ts.CurrentFrame;
            if (f == null) return "outside Python code";
            var where = new StringBuilder("in ").Append(Describe(f));
            string mainFile = OutermostFile(ts.Interp.MainThread);
            for (var g = f.Back; g != null && f.Code.FileName != mainFile; g = g.Back)
            {
                if (g.Code.FileName != mainFile) continue;
                where.Append(", called from ").Append(Describe(g));
                break;
            }
            return where.ToString();
        }
        catch (Exception) { return "somewhere its frames no longer say"; }
    }

    /// <summary>The file of a thread's outermost frame: the program's, for the main thread.</summary>
    static string OutermostFile(ThreadState ts)
    {
        var f = ts.CurrentFrame;
        while (f?.Back != null) f = f.Back;
        return f?.Code.FileName;
    }

    static string Describe(Frame f)
    {
        string name = f.Code.Name == "<module>" ? "the module body" : f.Code.Name + "()";
        return $"{name} ({Path.GetFileName(f.Code.FileName)} line {f.Line})";
    }
}
