// The command line, parsed the way python's is: interpreter options first, then the program
// (a file, -c CODE, or - / nothing for standard input), then the program's own arguments.
using MiniPy.Runtime;

namespace MiniPy.Host;

public sealed class Options
{
    public string File;
    public string Command;
    public bool ReadStdin;
    /// <summary>True when the program was named as '-' (sys.argv[0] is then '-').</summary>
    public bool DashGiven;
    public readonly List<string> ProgramArgs = new();
    public bool ShowRefCount;
    public bool Immortal;
    public bool PoisonFreed;
    public string LogLevel;
    /// <summary>"on", "off" or null (then -X gil=, then MINIPY_GIL, then on).</summary>
    public string Gil;
    public string GilImpl = "new";
    /// <summary>-m NAME: run a module (found as an import would find it) as __main__.</summary>
    public string Module;
    public bool GilStats;
    /// <summary>"plain", "atomic", "biased" or null (then plain).</summary>
    public string RefCount;
    /// <summary>"on", "off" or null (then on exactly when the GIL is off and counts are thread-safe).</summary>
    public string ObjectLocks;
    public bool AuditRefs;
    /// <summary>--gil-trace FILE.json and --gil-timeline FILE.svg, or null.</summary>
    public string GilTraceFile, GilTimelineFile;
    public bool Trace, TraceRefs;
    public string TraceOnly;
    /// <summary>-u: stdout written through at every write (also PYTHONUNBUFFERED).</summary>
    public bool Unbuffered;
    /// <summary>Private: this process is a multiprocessing child; File is the parent's main
    /// program (empty when it had none) and the spawn message comes on stdin.</summary>
    public bool MpChild;
    public bool ShowHelp, ShowVersion;
    /// <summary>-i: the interactive prompt after the program (or instead of one).</summary>
    public bool Interactive;
    public readonly List<string> XOptions = new();
    public string Error;

    public const string Usage =
@"usage: minipy [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd            program passed in as a string (terminates the option list)
  -m mod            run library module as a script (terminates the option list)
  -i                interactive prompt after running the program (the default with no
                    program when stdin is a terminal)
  -u                unbuffered stdout (also PYTHONUNBUFFERED=x)
  -X opt            implementation-specific option: gil=0|1
  --gil on|off      run with or without the global interpreter lock (also MINIPY_GIL=0|1)
  --gil-impl IMPL   new (CPython 3.2+, the default) or ticks (Python 2's lock)
  --gil-stats       print each thread's GIL statistics on stderr at exit
  --gil-trace FILE  write who held the GIL when as Chrome trace-event JSON (Perfetto)
  --gil-timeline FILE
                    draw the same as an SVG picture: a lane per thread
  --refcount plain|atomic|biased
                    how reference counts change: plain increments (the default; they
                    race with the GIL off), atomic instructions, or biased (PEP 703: the
                    thread that made an object counts plainly, the others atomically)
  --free-threaded   the safe free-threaded mode: --gil off --refcount biased, with a lock
                    per list, dict and set and immortal None/True/False/small ints
  --object-locks on|off
                    per-object locks on lists, dicts and sets (default: on in the
                    free-threaded mode, off otherwise)
  --audit-refs      at exit, compare every reachable object's count with the references
                    that really exist (automatic with the GIL off and plain counts)
  --trace           print each instruction as it runs: thread, function, line, opcode,
                    argument and the top of the value stack (on stderr)
  --trace-refs      print each reference-count change: object, count before -> after
  --trace-only NAME trace only inside functions named NAME
  --show-refcount   print [N refs, M blocks] on stderr at exit, after module teardown
  --immortal        make None, True, False and small ints immortal (PEP 683)
  --poison-freed    report any use of a freed object instead of reusing its storage
  --log-level LVL   log the interpreter's own events on stderr: information (threads
                    and processes starting and ending), debug (adds imports and GIL
                    hand-offs), trace (adds every GIL acquisition), warning, error
                    also: MINIPY_LOG=LVL
  -h, --help        print this help message and exit
  -V, --version     print the version number and exit
file                program read from script file
-                   program read from stdin (default when no file is given)
arg ...             arguments passed to the program in sys.argv[1:]";

    public static Options Parse(string[] args)
    {
        var o = new Options();
        int i = 0;
        for (; i < args.Length; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "-h": case "--help": o.ShowHelp = true; return o;
                case "-V": case "--version": o.ShowVersion = true; return o;
                case "--show-refcount": o.ShowRefCount = true; continue;
                case "--immortal": o.Immortal = true; continue;
                case "--poison-freed": o.PoisonFreed = true; continue;
                case "--log-level":
                    if (++i >= args.Length || args[i].StartsWith('-')) { o.Error = "--log-level needs a level: trace, debug, information, warning or error"; return o; }
                    o.LogLevel = args[i];
                    if (!LogFormatter.TryParseLevel(o.LogLevel, out _)) { o.Error = UnknownLevel(o.LogLevel); return o; }
                    continue;
                case "--gil":
                    if (!TakeChoice(args, ref i, out o.Gil, "on", "off")) { o.Error = "--gil needs on or off"; return o; }
                    continue;
                case "--gil-impl":
                    if (!TakeChoice(args, ref i, out o.GilImpl, "new", "ticks")) { o.Error = "--gil-impl needs new or ticks"; return o; }
                    continue;
                case "--gil-stats": o.GilStats = true; continue;
                case "--refcount":
                    if (!TakeChoice(args, ref i, out o.RefCount, "plain", "atomic", "biased")) { o.Error = "--refcount needs plain, atomic or biased"; return o; }
                    continue;
                case "--object-locks":
                    if (!TakeChoice(args, ref i, out o.ObjectLocks, "on", "off")) { o.Error = "--object-locks needs on or off"; return o; }
                    continue;
                case "--free-threaded":
                    o.Gil = "off";
                    o.RefCount ??= "biased";
                    continue;
                case "--audit-refs": o.AuditRefs = true; continue;
                case "--trace": o.Trace = true; continue;
                case "--trace-refs": o.TraceRefs = true; continue;
                case "--trace-only":
                    if (!TakeValue(args, ref i, out o.TraceOnly)) { o.Error = "--trace-only needs a function name"; return o; }
                    continue;
                case "--gil-trace":
                    if (!TakeValue(args, ref i, out o.GilTraceFile)) { o.Error = "--gil-trace needs a file name"; return o; }
                    continue;
                case "--gil-timeline":
                    if (!TakeValue(args, ref i, out o.GilTimelineFile)) { o.Error = "--gil-timeline needs a file name"; return o; }
                    continue;
                case "-u": o.Unbuffered = true; continue;
                case "-i": o.Interactive = true; continue;
                case "--mp-child":
                    if (++i >= args.Length) { o.Error = "--mp-child needs a program"; return o; }
                    o.MpChild = true;
                    o.File = args[i];
                    i++;
                    goto rest;
                case "-X":
                    if (++i >= args.Length) { o.Error = "-X needs an option"; return o; }
                    o.XOptions.Add(args[i]);
                    continue;
                case "-m":
                    if (++i >= args.Length) { o.Error = "Argument expected for the -m option"; return o; }
                    o.Module = args[i];
                    i++;
                    goto rest;
                case "-c":
                    if (++i >= args.Length) { o.Error = "Argument expected for the -c option"; return o; }
                    o.Command = args[i];
                    i++;
                    goto rest;
                case "-":
                    o.ReadStdin = true;
                    o.DashGiven = true;
                    i++;
                    goto rest;
            }
            if (a.StartsWith("--log-level="))
            {
                o.LogLevel = a.Substring(12);
                if (!LogFormatter.TryParseLevel(o.LogLevel, out _)) { o.Error = UnknownLevel(o.LogLevel); return o; }
                continue;
            }
            if (a.StartsWith('-') && a.Length > 1) { o.Error = $"unknown option {a}"; return o; }
            o.File = a;
            i++;
            goto rest;
        }
        o.ReadStdin = true;
    rest:
        for (; i < args.Length; i++) o.ProgramArgs.Add(args[i]);
        return o;
    }

    /// <summary>The value after an option; false when the command line ends first.</summary>
    static bool TakeValue(string[] args, ref int i, out string value)
    {
        value = ++i < args.Length ? args[i] : null;
        return value != null;
    }

    /// <summary>The value after an option, which must be one of two words.</summary>
    static bool TakeChoice(string[] args, ref int i, out string value, params string[] choices)
        => TakeValue(args, ref i, out value) && Array.IndexOf(choices, value) >= 0;

    static string UnknownLevel(string level) => $"--log-level: unknown level '{level}' (trace, debug, information, warning or error)";

    /// <summary>-u, or a non-empty PYTHONUNBUFFERED, as in CPython.</summary>
    public bool StdoutUnbuffered()
        => Unbuffered || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONUNBUFFERED"));

    /// <summary>Fixes the runtime's switches (StartupOptions) from the command line, before
    /// the first object exists. GIL off with atomic counts is the free-threaded mode: per-object
    /// locks and immortal singletons come with it unless switched off.</summary>
    public void ApplyTo()
    {
        bool gil = GilEnabled();
        bool atomic = RefCount == "atomic", biased = RefCount == "biased";
        bool freeThreaded = !gil && (atomic || biased);
        StartupOptions.GilEnabled = gil;
        StartupOptions.GilImpl = GilImpl;
        StartupOptions.AtomicRefCounts = atomic;
        StartupOptions.BiasedRefCounts = biased;
        StartupOptions.ObjectLocks = ObjectLocks != null ? ObjectLocks == "on" : freeThreaded;
        StartupOptions.ImmortalSingletons = Immortal || freeThreaded;
        StartupOptions.PoisonFreed = PoisonFreed;
        StartupOptions.AuditRefs = AuditRefs;
        StartupOptions.AccountPerType = ShowRefCount || AuditRefs;
        StartupOptions.RecordGilTimeline = GilTraceFile != null || GilTimelineFile != null;
        StartupOptions.TraceInstructions = Trace;
        StartupOptions.TraceRefs = TraceRefs;
        StartupOptions.TraceOnly = TraceOnly;
    }

    /// <summary>The GIL setting: --gil wins over -X gil=, which wins over MINIPY_GIL.</summary>
    public bool GilEnabled()
    {
        if (Gil != null) return Gil == "on";
        foreach (var x in XOptions)
            if (x.StartsWith("gil=")) return x.Substring(4) != "0";
        var env = Environment.GetEnvironmentVariable("MINIPY_GIL");
        if (!string.IsNullOrEmpty(env)) return env != "0";
        return true;
    }
}
