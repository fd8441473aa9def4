// time: wall-clock and monotonic clocks, and sleep.
using System.Diagnostics;
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class TimeModule
{
    static readonly long startTicks = Stopwatch.GetTimestamp();

    public static double Monotonic() => (double)Stopwatch.GetTimestamp() / Stopwatch.Frequency;

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("time");
        m.AddFunction("time", (a, k) => PyFloat.New(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + (DateTime.UtcNow.Ticks % 10000) / 1e7));
        m.AddFunction("time_ns", (a, k) => PyInt.New((DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100));
        m.AddFunction("perf_counter", (a, k) => PyFloat.New(Monotonic()));
        m.AddFunction("perf_counter_ns", (a, k) => PyInt.New((long)((double)Stopwatch.GetTimestamp() * 1e9 / Stopwatch.Frequency)));
        m.AddFunction("monotonic", (a, k) => PyFloat.New(Monotonic()));
        m.AddFunction("monotonic_ns", (a, k) => PyInt.New((long)((double)Stopwatch.GetTimestamp() * 1e9 / Stopwatch.Frequency)));
        m.AddFunction("process_time", (a, k) => PyFloat.New(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        m.AddFunction("thread_time", (a, k) => PyFloat.New(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        m.AddFunction("sleep", (a, k) =>
        {
            ArgParser.Positional("sleep", a, k, 1, 1);
            double secs = PyFloat.ToDouble(a[0]);
            if (double.IsNaN(secs)) throw Err.ValueError("Invalid value NaN (not a number)");
            if (secs < 0) throw Err.ValueError("sleep length must be non-negative");
            if (secs > MaxSleepSeconds) throw Err.OverflowError("timestamp out of range for platform time_t");
            Blocking.Run(() => Sleep(secs));
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("strftime", (a, k) =>
        {
            ArgParser.Positional("strftime", a, k, 1, 2);
            var fmt = ArgParser.Str(a[0], "strftime", 1);
            var now = DateTime.Now;
            var s = fmt.Replace("%Y", now.ToString("yyyy")).Replace("%m", now.ToString("MM")).Replace("%d", now.ToString("dd"))
                       .Replace("%H", now.ToString("HH")).Replace("%M", now.ToString("mm")).Replace("%S", now.ToString("ss"));
            return PyStr.New(s);
        });
        return m;
    }

    /// <summary>CPython's limit: a time in nanoseconds must fit in 64 bits.</summary>
    const double MaxSleepSeconds = long.MaxValue / 1e9;

    /// <summary>Sleeps at least the given time, waiting in the OS throughout: whole
    /// milliseconds on the thread's wait token (so Ctrl-C ends the main thread's sleep, and
    /// shutdown a daemon's), then the sub-millisecond rest with nanosleep. Nothing spins, so
    /// a sleeping thread leaves its core to the threads that compute.</summary>
    public static void Sleep(double seconds)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var ts = ThreadState.Current;
        var token = Interpreter.WaitToken(ts);
        while (true)
        {
            long remaining = deadline - Stopwatch.GetTimestamp();
            if (remaining <= 0) return;
            double ms = remaining * 1000.0 / Stopwatch.Frequency;
            if (ms >= 1)
            {
                int whole = (int)Math.Min(ms, int.MaxValue - 1);
                if (token.WaitHandle.WaitOne(whole))
                {
                    if (ts != null) Waits.Cancelled(ts);
                    return;
                }
            }
            else NanoSleep(remaining * 1e9 / Stopwatch.Frequency);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "nanosleep", SetLastError = true)]
    static extern int nanosleep(ref TimeSpec request, IntPtr remaining);

    static bool noNanoSleep;

    static void NanoSleep(double nanoseconds)
    {
        if (!noNanoSleep)
        {
            try
            {
                var request = new TimeSpec { Seconds = 0, Nanoseconds = Math.Max(1, (long)nanoseconds) };
                nanosleep(ref request, IntPtr.Zero);
                return;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { noNanoSleep = true; }
        }
        Thread.Sleep(1);
    }
}
