// The GIL's timeline (--gil-trace FILE.json, --gil-timeline FILE.svg): who held the lock
// when, who waited, and why the holder let go.
//
// Each thread state gets a lane; the lock's own code adds to the lane of the thread it is
// running on, so no lane is written by two threads and nothing is locked to record. A lane
// holds spans (holding the GIL, waiting for it, or — with the GIL off — simply running) and
// instant marks (a waiter's drop request, a forced switch, a release around a blocking call).
// Times are Stopwatch ticks since the recording began. With neither option given, Enabled is
// false, ThreadState.Timeline stays null, and the lock pays one folded-away check.
using System.Diagnostics;
using MiniPy.Runtime;

namespace MiniPy.VM;

public enum GilSpanKind : byte { Holding, Waiting, Running }

public enum GilMarkKind : byte
{
    /// <summary>A waiter's timed wait ran out and it asked the holder to let go.</summary>
    DropRequest,
    /// <summary>The holder let go because it was asked to (or, for the tick lock, every 100 ticks).</summary>
    ForcedSwitch,
    /// <summary>The holder let go around a blocking call: sleep, a lock wait, join, I/O.</summary>
    BlockingRelease,
}

public readonly record struct GilSpan(GilSpanKind Kind, long Start, long End);
public readonly record struct GilMark(GilMarkKind Kind, long At);

/// <summary>One thread's record.</summary>
public sealed class GilLane
{
    public readonly ThreadState Thread;
    public readonly int Order;
    public readonly List<GilSpan> Spans = new();
    public readonly List<GilMark> Marks = new();
    public long Born, Ended = -1;
    long holdingSince = -1;
    /// <summary>With the GIL off: since when the thread has been running (not blocked).</summary>
    long runningSince;

    public GilLane(ThreadState thread, int order, long born)
    {
        Thread = thread;
        Order = order;
        Born = born;
        runningSince = born;
    }

    /// <summary>With the GIL off: the thread starts or stops waiting in a blocking call.</summary>
    public void Blocking(bool starts)
    {
        long now = GilTimeline.Now;
        if (starts)
        {
            if (now > runningSince) Spans.Add(new GilSpan(GilSpanKind.Running, runningSince, now));
            Marks.Add(new GilMark(GilMarkKind.BlockingRelease, now));
            runningSince = -1;
        }
        else runningSince = now;
    }

    /// <summary>The thread's name now ("Thread-2 (worker)"): threading names it after it starts.</summary>
    public string ThreadName => Thread.Name;

    /// <summary>The lock was taken at timestamp now after waiting since waitStart (Stopwatch timestamps).</summary>
    public void Took(long waitStart, long now)
    {
        waitStart -= GilTimeline.Origin;
        now -= GilTimeline.Origin;
        if (now > waitStart) Spans.Add(new GilSpan(GilSpanKind.Waiting, waitStart, now));
        holdingSince = now;
    }

    public void Released() => Released(GilTimeline.Now);

    void Released(long now)
    {
        if (holdingSince < 0) return;
        Spans.Add(new GilSpan(GilSpanKind.Holding, holdingSince, now));
        holdingSince = -1;
    }

    public void Mark(GilMarkKind kind) => Marks.Add(new GilMark(kind, GilTimeline.Now));

    public void End(bool gilOff) => End(GilTimeline.Now, gilOff);

    internal void End(long now, bool gilOff)
    {
        Released(now);
        if (gilOff && runningSince >= 0 && now > runningSince) Spans.Add(new GilSpan(GilSpanKind.Running, runningSince, now));
        Ended = now;
    }
}

public static class GilTimeline
{
    /// <summary>Whether anything is recorded; fixed before the first thread starts.</summary>
    public static readonly bool Enabled = StartupOptions.RecordGilTimeline;

    internal static readonly long Origin = Stopwatch.GetTimestamp();
    static readonly List<GilLane> lanes = new();

    public static long Now => Stopwatch.GetTimestamp() - Origin;

    /// <summary>The lane for a new thread state.</summary>
    internal static GilLane NewLane(ThreadState thread)
    {
        lock (lanes)
        {
            var lane = new GilLane(thread, lanes.Count, Now);
            lanes.Add(lane);
            return lane;
        }
    }

    /// <summary>Every lane, in the order the threads were created, the recording closed.</summary>
    public static List<GilLane> Snapshot(Interpreter interp)
    {
        long now = Now;
        bool gilOff = interp.Lock == null;
        lock (lanes)
        {
            foreach (var lane in lanes)
                if (lane.Ended < 0) lane.End(now, gilOff);
            return new List<GilLane>(lanes);
        }
    }

    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    /// <summary>"GIL on (switch interval 5 ms)", "tick-based GIL (every 100 ticks)", "GIL off".</summary>
    public static string Describe(Interpreter interp) => interp.Lock switch
    {
        null => "GIL off" + (StartupOptions.ThreadSafeCounts ? $" (free-threaded: {StartupOptions.RefCountMode} counts)" : " (plain counts)"),
        TicksGil => $"tick-based GIL (released every {TicksGil.CheckInterval} ticks)",
        var gil => $"GIL on (switch interval {gil.SwitchIntervalSeconds * 1000:0.###} ms)",
    };
}
