// time: wall-clock and monotonic clocks, and sleep.
using System.Diagnostics;
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
            if (secs < 0) throw Err.ValueError("sleep length must be non-negative");
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

    /// <summary>Sleeps at least the given time: whole milliseconds in the OS, then yields
    /// through any sub-millisecond remainder.</summary>
    public static void Sleep(double seconds)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        while (true)
        {
            long remaining = deadline - Stopwatch.GetTimestamp();
            if (remaining <= 0) return;
            double ms = remaining * 1000.0 / Stopwatch.Frequency;
            if (ms >= 1) Thread.Sleep((int)ms);
            else Thread.Yield();
        }
    }
}
