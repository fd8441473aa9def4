// time: wall-clock and monotonic clocks, and sleep.
using System.Diagnostics;
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static unsafe class TimeModule
{
    static readonly long startTicks = Stopwatch.GetTimestamp();

    [DllImport("libc", SetLastError = true)] static extern int clock_gettime(int clock, TimeSpec* time);
    [DllImport("libc", SetLastError = true)] static extern int clock_getres(int clock, TimeSpec* time);

    const int ClockProcessCpu = 2, ClockThreadCpu = 3;

    /// <summary>The C library's clock_gettime, in nanoseconds; OSError (EINVAL) for a clock it lacks.</summary>
    static long ClockNs(int clock)
    {
        TimeSpec t;
        if (clock_gettime(clock, &t) != 0) throw OsPosix.Failure(null);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    static int ClockArg(ReadOnlySpan<PyObject> a, PyTuple k, string name)
    {
        ArgParser.Positional(name, a, k, 1, 1);
        long clock = ArgParser.Int(a[0], name);
        if (clock is < int.MinValue or > int.MaxValue) throw Err.OverflowError("Python int too large to convert to C int");
        return (int)clock;
    }

    public static double Monotonic() => (double)Stopwatch.GetTimestamp() / Stopwatch.Frequency;

    /// <summary>time.get_clock_info(name): a types.SimpleNamespace describing a clock, with the
    /// values CPython reports on Linux (every clock is a clock_gettime clock, 1 ns resolution).</summary>
    static PyObject ClockInfo(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        ArgParser.Positional("get_clock_info", a, k, 1, 1);
        var (clock, monotonic, adjustable) = ArgParser.Str(a[0], "get_clock_info", 1) switch
        {
            "monotonic" or "perf_counter" => ("CLOCK_MONOTONIC", true, false),
            "process_time" => ("CLOCK_PROCESS_CPUTIME_ID", true, false),
            "thread_time" => ("CLOCK_THREAD_CPUTIME_ID", true, false),
            "time" => ("CLOCK_REALTIME", false, true),
            _ => throw Err.ValueError("unknown clock"),
        };
        var ts = ThreadState.Current;
        var make = Ops.GetAttr(ts.Interp.ImportModule(ts, "types"), "SimpleNamespace");
        var names = PyTuple.FromSpan(new PyObject[] { PyStr.Intern("implementation"), PyStr.Intern("monotonic"), PyStr.Intern("adjustable"), PyStr.Intern("resolution") });
        var values = new PyObject[] { PyStr.New($"clock_gettime({clock})"), PyBool.From(monotonic), PyBool.From(adjustable), PyFloat.New(1e-09) };
        try { return Ops.Call(make, values, names); }
        finally
        {
            foreach (var v in values) Rc.Dec(v);
            Rc.Dec(names);
            Rc.Dec(make);
        }
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("time");
        m.AddFunction("time", (a, k) => PyFloat.New(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + (DateTime.UtcNow.Ticks % 10000) / 1e7));
        m.AddFunction("time_ns", (a, k) => PyInt.New((DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100));
        m.AddFunction("perf_counter", (a, k) => PyFloat.New(Monotonic()));
        m.AddFunction("perf_counter_ns", (a, k) => PyInt.New((long)((double)Stopwatch.GetTimestamp() * 1e9 / Stopwatch.Frequency)));
        m.AddFunction("monotonic", (a, k) => PyFloat.New(Monotonic()));
        m.AddFunction("get_clock_info", (a, k) => ClockInfo(a, k));
        m.AddFunction("monotonic_ns", (a, k) => PyInt.New((long)((double)Stopwatch.GetTimestamp() * 1e9 / Stopwatch.Frequency)));
        // The CPU time of the process and of the calling thread, and the other clocks the C
        // library has, as CPython reads them (clock_gettime).
        m.AddFunction("process_time", (a, k) => PyFloat.New(ClockNs(ClockProcessCpu) / 1e9));
        m.AddFunction("process_time_ns", (a, k) => PyInt.New(ClockNs(ClockProcessCpu)));
        m.AddFunction("thread_time", (a, k) => PyFloat.New(ClockNs(ClockThreadCpu) / 1e9));
        m.AddFunction("thread_time_ns", (a, k) => PyInt.New(ClockNs(ClockThreadCpu)));
        m.AddFunction("clock_gettime", (a, k) => PyFloat.New(ClockNs(ClockArg(a, k, "clock_gettime")) / 1e9));
        m.AddFunction("clock_gettime_ns", (a, k) => PyInt.New(ClockNs(ClockArg(a, k, "clock_gettime_ns"))));
        m.AddFunction("clock_getres", (a, k) =>
        {
            TimeSpec t;
            if (clock_getres(ClockArg(a, k, "clock_getres"), &t) != 0) throw OsPosix.Failure(null);
            return PyFloat.New(t.Seconds + t.Nanoseconds / 1e9);
        });
        foreach (var (name, id) in new[] { ("CLOCK_REALTIME", 0), ("CLOCK_MONOTONIC", 1), ("CLOCK_PROCESS_CPUTIME_ID", 2),
                     ("CLOCK_THREAD_CPUTIME_ID", 3), ("CLOCK_MONOTONIC_RAW", 4), ("CLOCK_BOOTTIME", 7), ("CLOCK_TAI", 11) })
            m.SetSteal(name, PyInt.New(id));
        // The zone comes from TZ (or the system's) each time it is needed: tzset() forgets
        // what was read before.
        m.AddFunction("tzset", (a, k) =>
        {
            // TZ as the program set it in os.environ (a dict here, not the process's own).
            ArgParser.Positional("tzset", a, k, 0, 0);
            if (OsModule.Environ(interp) is { } environ)
                Environment.SetEnvironmentVariable("TZ", environ.GetItemBorrowed("TZ") is PyStr tz ? tz.Value : null);
            TimeZoneInfo.ClearCachedData();
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("sleep", (a, k) =>
        {
            ArgParser.Positional("sleep", a, k, 1, 1);
            double secs = PyFloat.ToDouble(a[0]);
            if (double.IsNaN(secs)) throw Err.ValueError("Invalid value NaN (not a number)");
            if (secs < 0) throw Err.ValueError("sleep length must be non-negative");
            if (secs > MaxSleepSeconds) throw Err.OverflowError("timestamp out of range for platform time_t");
            // A signal whose handler returns does not shorten the sleep (PEP 475).
            Blocking.RunRestarting(secs, left => { Sleep(left); return !(ThreadState.Current?.WaitInterrupted ?? false); });
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("localtime", (a, k) => StructTime(At(a, k, "localtime"), utc: false));
        m.AddFunction("gmtime", (a, k) => StructTime(At(a, k, "gmtime"), utc: true));
        m.AddFunction("strftime", (a, k) =>
        {
            ArgParser.Positional("strftime", a, k, 1, 2);
            var fmt = ArgParser.Str(a[0], "strftime", 1);
            var when = a.Length > 1 ? FromStructTime(a[1]) : DateTimeOffset.Now;
            // A struct_time that carries its zone (gmtime's, localtime's) is formatted in it:
            // %z and %Z of gmtime(...) are +0000 and GMT wherever the program runs.
            string zone = a.Length > 1 ? ZoneOf(a[1], ref when) : null;
            return PyStr.New(Strftime(fmt, when, zone));
        });
        // strptime(string, format): parsed as datetime.strptime parses it (the datetime
        // module holds the one parser), as a struct_time with tm_isdst -1.
        m.AddFunction("strptime", (a, k) =>
        {
            ArgParser.Positional("strptime", a, k, 1, 2);
            var ts = ThreadState.Current;
            PyObject cls = null, parse = null, parsed = null;
            try
            {
                var module = ts.Interp.ImportModule(ts, "datetime"); // borrowed
                cls = Ops.GetAttr(module, "datetime");
                parse = Ops.GetAttr(cls, "strptime");
                var format = a.Length > 1 ? Rc.New(a[1]) : PyStr.New("%a %b %d %H:%M:%S %Y");
                try { parsed = Ops.Call(parse, a[0], format); }
                finally { Rc.Dec(format); }
                return Ops.CallMethod(parsed, "timetuple");
            }
            finally
            {
                Rc.XDec(parsed);
                Rc.XDec(parse);
                Rc.XDec(cls);
            }
        });
        m.AddFunction("asctime", (a, k) =>
        {
            ArgParser.Positional("asctime", a, k, 0, 1);
            return PyStr.New(Strftime("%a %b %e %H:%M:%S %Y", a.Length > 0 ? FromStructTime(a[0]) : DateTimeOffset.Now));
        });
        m.AddFunction("ctime", (a, k) => PyStr.New(Strftime("%a %b %e %H:%M:%S %Y", At(a, k, "ctime").ToLocalTime())));
        m.AddFunction("mktime", (a, k) =>
        {
            ArgParser.Positional("mktime", a, k, 1, 1);
            return PyFloat.New(FromStructTime(a[0]).ToUnixTimeMilliseconds() / 1000.0);
        });
        m.Dict.SetItemNew("struct_time", StructTimeType.Type);
        AddZoneConstants(m);
        return m;
    }

    /// <summary>timezone, altzone, daylight and tzname for the local zone, as the C library's
    /// tzset gives them: the standard offset west of UTC in seconds, the summer one, whether
    /// the zone has summer time, and the two abbreviations.</summary>
    static void AddZoneConstants(PyModule m)
    {
        var zone = TimeZoneInfo.Local;
        int timezone = -(int)zone.BaseUtcOffset.TotalSeconds;
        // Summer time as the zone keeps it this year (its history may hold more: tzset looks
        // at the rule in force), from the offsets of midwinter and midsummer.
        int year = DateTime.UtcNow.Year;
        var january = zone.GetUtcOffset(new DateTime(year, 1, 1, 12, 0, 0, DateTimeKind.Utc));
        var july = zone.GetUtcOffset(new DateTime(year, 7, 1, 12, 0, 0, DateTimeKind.Utc));
        bool daylight = january != july;
        int delta = (int)Math.Abs((july - january).TotalSeconds);
        static string Abbreviation(string name) => name == "Coordinated Universal Time" ? "UTC" : name;
        void Set(string name, PyObject value)
        {
            m.Dict.SetItemNew(name, value);
            Rc.Dec(value);
        }
        Set("timezone", PyInt.New(timezone));
        Set("altzone", PyInt.New(daylight ? timezone - delta : timezone));
        Set("daylight", PyInt.New(daylight ? 1 : 0));
        var names = PyTuple.New(2);
        names.Items[0] = PyStr.New(Abbreviation(zone.StandardName));
        names.Items[1] = PyStr.New(Abbreviation(daylight ? zone.DaylightName : zone.StandardName));
        Set("tzname", names);
    }

    static readonly StructSequenceType StructTimeType = new("time.struct_time", "time",
        new[] { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst" },
        new[] { "tm_zone", "tm_gmtoff" });

    /// <summary>The instant a localtime/gmtime/ctime argument names (seconds since the
    /// epoch, or now when absent or None).</summary>
    static DateTimeOffset At(ReadOnlySpan<PyObject> a, PyTuple k, string name)
    {
        ArgParser.Positional(name, a, k, 0, 1);
        if (a.Length == 0 || a[0] is PyNone) return DateTimeOffset.Now;
        double secs = PyFloat.ToDouble(a[0]);
        if (double.IsNaN(secs)) throw Err.ValueError("Invalid value NaN (not a number)");
        if (Math.Abs(secs) > 253402300799) throw Err.OverflowError("timestamp out of range for platform time_t");
        return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(secs) * 1000);
    }

    static PyObject StructTime(DateTimeOffset at, bool utc)
    {
        var t = utc ? at.ToUniversalTime() : at.ToLocalTime();
        bool dst = !utc && TimeZoneInfo.Local.IsDaylightSavingTime(t);
        // Python counts weekdays from Monday (0), .NET from Sunday.
        int wday = ((int)t.DayOfWeek + 6) % 7;
        string zone = utc ? "GMT" : (dst ? TimeZoneInfo.Local.DaylightName : TimeZoneInfo.Local.StandardName);
        if (zone == "Coordinated Universal Time") zone = "UTC";
        return StructTimeType.New(new PyObject[]
        {
            PyInt.New(t.Year), PyInt.New(t.Month), PyInt.New(t.Day), PyInt.New(t.Hour), PyInt.New(t.Minute),
            PyInt.New(t.Second), PyInt.New(wday), PyInt.New(t.DayOfYear), PyInt.New(dst ? 1 : 0),
        }, new PyObject[] { PyStr.New(zone), PyInt.New((long)t.Offset.TotalSeconds) });
    }

    /// <summary>The zone name a struct_time carries (tm_zone), with when moved to the UTC
    /// offset it carries (tm_gmtoff); null, and when unchanged, for a plain 9-tuple.</summary>
    static string ZoneOf(PyObject t, ref DateTimeOffset when)
    {
        if (t.ObType == PyTuple.Type) return null;
        var zone = Ops.GetAttrOrNull(t, "tm_zone");
        var offset = Ops.GetAttrOrNull(t, "tm_gmtoff");
        try
        {
            if (offset is PyInt seconds && !seconds.IsBig && Math.Abs(seconds.Value) < 86400)
                when = new DateTimeOffset(DateTime.SpecifyKind(when.DateTime, DateTimeKind.Unspecified), TimeSpan.FromSeconds(seconds.Value));
            return zone is PyStr name ? name.Value : null;
        }
        finally { Rc.XDec(zone); Rc.XDec(offset); }
    }

    /// <summary>The local time a struct_time (or a 9-tuple) describes.</summary>
    static DateTimeOffset FromStructTime(PyObject t)
    {
        var items = new long[6];
        for (int i = 0; i < 6; i++)
        {
            var item = t.GetItem(PyInt.Small(i));
            try { items[i] = Ops.IndexOf(item, "an integer is required"); }
            finally { Rc.Dec(item); }
        }
        var local = new DateTime((int)items[0], (int)Math.Clamp(items[1], 1, 12), (int)Math.Clamp(items[2], 1, 31),
                                 (int)items[3], (int)items[4], (int)Math.Min(items[5], 59), DateTimeKind.Local);
        return new DateTimeOffset(local);
    }

    static readonly string[] dayNames = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    static readonly string[] monthNames = { "January", "February", "March", "April", "May", "June", "July",
                                            "August", "September", "October", "November", "December" };

    /// <summary>C's strftime for the directives programs use, in the C locale.</summary>
    static string Strftime(string fmt, DateTimeOffset t, string zone = null)
    {
        var sb = new System.Text.StringBuilder();
        int wday = ((int)t.DayOfWeek + 6) % 7;
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            char d = fmt[++i];
            switch (d)
            {
                case 'Y': sb.Append(t.Year.ToString("0000")); break;
                case 'y': sb.Append((t.Year % 100).ToString("00")); break;
                case 'm': sb.Append(t.Month.ToString("00")); break;
                case 'd': sb.Append(t.Day.ToString("00")); break;
                case 'e': sb.Append(t.Day.ToString().PadLeft(2)); break;
                case 'H': sb.Append(t.Hour.ToString("00")); break;
                case 'I': sb.Append(((t.Hour + 11) % 12 + 1).ToString("00")); break;
                case 'M': sb.Append(t.Minute.ToString("00")); break;
                case 'S': sb.Append(t.Second.ToString("00")); break;
                case 'p': sb.Append(t.Hour < 12 ? "AM" : "PM"); break;
                case 'j': sb.Append(t.DayOfYear.ToString("000")); break;
                case 'a': sb.Append(dayNames[wday], 0, 3); break;
                case 'A': sb.Append(dayNames[wday]); break;
                case 'b': case 'h': sb.Append(monthNames[t.Month - 1], 0, 3); break;
                case 'B': sb.Append(monthNames[t.Month - 1]); break;
                case 'w': sb.Append((int)t.DayOfWeek); break;
                case 'u': sb.Append(wday + 1); break;
                case 'z': sb.Append(t.Offset < TimeSpan.Zero ? '-' : '+').Append(Math.Abs(t.Offset.Hours).ToString("00")).Append(Math.Abs(t.Offset.Minutes).ToString("00")); break;
                case 'Z': sb.Append(zone ?? (t.Offset == TimeSpan.Zero ? "UTC" : TimeZoneInfo.Local.StandardName)); break;
                case 'c': sb.Append(Strftime("%a %b %e %H:%M:%S %Y", t)); break;
                case 'x': sb.Append(Strftime("%m/%d/%y", t)); break;
                case 'X': sb.Append(Strftime("%H:%M:%S", t)); break;
                case 'D': sb.Append(Strftime("%m/%d/%y", t)); break;
                case 'T': sb.Append(Strftime("%H:%M:%S", t)); break;
                case 'F': sb.Append(Strftime("%Y-%m-%d", t)); break;
                case '%': sb.Append('%'); break;
                default:
                {
                    // Anything else — %U, %G, %C, %s, %-d, %_H, %Ey ... — as the C library's
                    // strftime writes it, as CPython's does: the glibc flags, a width, an E
                    // or O modifier, then the conversion.
                    int end = i;
                    while (end < fmt.Length && "_-0^#".Contains(fmt[end])) end++;
                    while (end < fmt.Length && char.IsAsciiDigit(fmt[end])) end++;
                    if (end < fmt.Length && fmt[end] is 'E' or 'O') end++;
                    if (end >= fmt.Length) { sb.Append(fmt, i - 1, fmt.Length - i + 1); i = fmt.Length; break; }
                    sb.Append(LibcStrftime(fmt.Substring(i - 1, end - i + 2), t));
                    i = end;
                    break;
                }
            }
        }
        return sb.ToString();
    }

    [StructLayout(LayoutKind.Sequential)]
    struct Tm
    {
        public int Sec, Min, Hour, Mday, Mon, Year, Wday, Yday, Isdst;
        public long Gmtoff;
        public IntPtr Zone;
    }

    [DllImport("libc", EntryPoint = "strftime")] static extern nuint strftime_(byte* buffer, nuint size, byte* format, Tm* time);

    /// <summary>One directive as the C library formats the time (its "C" locale).</summary>
    static string LibcStrftime(string directive, DateTimeOffset t)
    {
        var tm = new Tm
        {
            Sec = t.Second, Min = t.Minute, Hour = t.Hour, Mday = t.Day, Mon = t.Month - 1, Year = t.Year - 1900,
            Wday = (int)t.DayOfWeek, Yday = t.DayOfYear - 1, Isdst = -1, Gmtoff = (long)t.Offset.TotalSeconds,
        };
        var format = System.Text.Encoding.UTF8.GetBytes(directive + "\0");
        // A buffer that grows until the text fits (strftime says 0 when it does not), as
        // CPython's; a directive that writes nothing at all gives up at 64 KiB.
        for (int size = 256; ; size *= 4)
        {
            var buffer = new byte[size];
            fixed (byte* f = format)
            fixed (byte* b = buffer)
            {
                nuint n = strftime_(b, (nuint)buffer.Length, f, &tm);
                if (n > 0 || size >= 65536) return System.Text.Encoding.UTF8.GetString(buffer, 0, (int)n);
            }
        }
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
