// The minipy command: parses options, sets up logging, composes the interpreter with the
// standard library, runs the program on a thread with a large stack, and turns the outcome
// into an exit status (0, 1 for an uncaught exception, 2 for usage errors, sys.exit(n)).
using Microsoft.Extensions.Logging;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Host;

public static class Program
{
    public static int Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options.Error != null)
        {
            Console.Error.WriteLine("minipy: " + options.Error);
            Console.Error.WriteLine(Options.Usage.Split('\n')[0]);
            return 2;
        }
        if (options.ShowHelp) { Console.WriteLine(Options.Usage); return 0; }
        if (options.ShowVersion) { Console.WriteLine("MiniPy " + typeof(Program).Assembly.GetName().Version?.ToString(3) + " (Python 3.11 subset)"); return 0; }

        options.ApplyTo();

        string source, fileName;
        if (options.MpChild) return RunChild(options);
        if (options.Module != null)
        {
            options.File = FindModuleSource(options.Module);
            if (options.File == null)
            {
                Console.Error.WriteLine($"minipy: No module named {options.Module}");
                return 1;
            }
        }
        // The prompt: asked for with -i, or no program given and a terminal on stdin.
        bool prompt = options.Interactive || (options.Command == null && options.File == null && !options.DashGiven && !Console.IsInputRedirected);
        if (options.Command != null) { source = options.Command; fileName = "<string>"; }
        else if (options.File != null)
        {
            if (!File.Exists(options.File))
            {
                Console.Error.WriteLine($"minipy: can't open file '{Path.GetFullPath(options.File)}': [Errno 2] No such file or directory");
                return 2;
            }
            source = File.ReadAllText(options.File);
            fileName = Path.GetFullPath(options.File); // as CPython 3.9+: __main__.__file__ is absolute
        }
        else if (prompt) { source = null; fileName = "<stdin>"; }
        else { source = Console.In.ReadToEnd(); fileName = "<stdin>"; }

        MiniPy.Stdlib.ChildProcesses.InheritStdio = true;
        // As in CPython: unbuffered with -u, line-buffered on a terminal, else block-buffered.
        var stdout = NewStdout(options);
        var stderr = new StreamWriter(Console.OpenStandardError(), StdStreamEncoding.Utf8) { AutoFlush = true };
        using var logging = CreateLogging(options);
        var argv0 = options.Command != null ? "-c" : options.File ?? (options.ProgramArgs.Count > 0 || options.DashGiven ? "-" : "");
        var runner = NewRunner(options, stdout, stderr, logging, argv0, options.Module != null ? null : options.File);
        if (prompt) runner.Body = interp => RunThenPrompt(interp, source, fileName, stderr);
        Interpreter.HostCatchesInterrupts = true;
        Console.CancelKeyPress += (_, e) =>
        {
            var interp = runner.Current;
            if (interp == null) return;
            e.Cancel = true;
            interp.Interrupt();
        };
        int status;
        try { status = runner.Run(source, fileName); }
        catch (Exception e)
        {
            // A fault in the host itself still ends in CPython's shape, not a .NET stack trace.
            stdout.Flush();
            stderr.WriteLine("SystemError: " + Eval.InternalErrorMessage(e.InnerException ?? e));
            if (Environment.GetEnvironmentVariable("MINIPY_DEBUG") == "1") stderr.WriteLine(e);
            return 1;
        }
        stdout.Flush();
        stderr.Flush();
        return status;
    }

    /// <summary>-i and the bare prompt: the program first, if there is one (its error is
    /// printed and the prompt still comes, as with python -i), then the prompt in __main__.</summary>
    static void RunThenPrompt(Interpreter interp, string source, string fileName, TextWriter stderr)
    {
        if (source != null)
        {
            try { interp.RunMain(source, fileName); }
            catch (Syntax.SyntaxErrorException se)
            {
                var exc = SyntaxErrors.ToException(se);
                Tracebacks.Print(interp, exc);
                Rc.Dec(exc);
            }
            catch (PyRaise raise)
            {
                var exc = raise.TakeException();
                if (exc.ObType.IsSubtypeOf(ErrorTypes.SystemExit)) throw new PyRaise(exc);
                Tracebacks.Print(interp, exc);
                Rc.Dec(exc);
            }
        }
        Repl.Run(interp, stderr, showBanner: source == null);
    }

    /// <summary>Stdout as CPython buffers it: unbuffered with -u, line-buffered on a terminal,
    /// else block-buffered.</summary>
    static StdoutWriter NewStdout(Options options)
        => new(new StreamWriter(StdoutWriter.OpenDescriptor(), StdStreamEncoding.Utf8),
            options.StdoutUnbuffered() ? OutputBuffering.None
            : !Console.IsOutputRedirected ? OutputBuffering.Line : OutputBuffering.Block);

    /// <summary>A multiprocessing child: boots, then runs the bootstrap that waits for the
    /// spawn message, imports the parent's program as __mp_main__ and calls the process's
    /// target.</summary>
    static int RunChild(Options options)
    {
        MiniPy.Stdlib.MultiprocessingModule.OpenSpawnPipe();
        MiniPy.Stdlib.ChildProcesses.InheritStdio = true;
        // Line by line, so what a child prints is seen as it runs (a forked child's own
        // program takes the parent's buffering; see OsFork).
        var stdout = new StdoutWriter(new StreamWriter(StdoutWriter.OpenDescriptor(), StdStreamEncoding.Utf8),
            options.StdoutUnbuffered() ? OutputBuffering.None : OutputBuffering.Line);
        var stderr = new StreamWriter(Console.OpenStandardError(), StdStreamEncoding.Utf8) { AutoFlush = true };
        using var logging = CreateLogging(options);
        var runner = NewRunner(options, stdout, stderr, logging, options.File, options.File);
        // from multiprocessing.spawn import _child_main; _child_main() — called directly, so a
        // child whose modules are in the code cache never builds the parser.
        runner.Body = interp =>
        {
            var ts = ThreadState.Current;
            var fromList = PyTuple.Of(PyStr.Intern("_child_main"));
            PyObject spawn = null, childMain = null;
            try
            {
                spawn = interp.ImportName(ts, "multiprocessing.spawn", fromList, null);
                childMain = Ops.GetAttr(spawn, "_child_main");
                Rc.Dec(Ops.Call(childMain));
            }
            finally
            {
                Rc.XDec(childMain);
                Rc.XDec(spawn);
                Rc.Dec(fromList);
            }
        };
        int status = runner.Run("", "<mp-child>");
        stdout.Flush();
        stderr.Flush();
        return status;
    }

    /// <summary>The runner for a program: sys.argv is argv0 then the program's arguments; the
    /// script's folder (else the working directory) comes first on the module path.</summary>
    static ProgramRunner NewRunner(Options options, TextWriter stdout, TextWriter stderr, ILoggerFactory logging, string argv0, string script)
    {
        var argv = new List<string> { argv0 };
        argv.AddRange(options.ProgramArgs);
        return new ProgramRunner
        {
            Stdout = stdout,
            Stderr = stderr,
            Logging = logging,
            Argv = argv.ToArray(),
            ScriptDirectory = string.IsNullOrEmpty(script) ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(script)),
            ShowRefCount = options.ShowRefCount,
            ShowGilStats = options.GilStats,
            AuditRefs = options.AuditRefs,
            GilTraceFile = options.GilTraceFile,
            GilTimelineFile = options.GilTimelineFile,
            MainPackage = MainPackageOf(options.Module, options.File),
        };
    }

    /// <summary>The package a module run with -m belongs to: its parent (`pkg` for
    /// pkg.mod), or the package itself when its __main__.py runs; null for a top-level module.</summary>
    static string MainPackageOf(string module, string file)
    {
        if (module == null) return null;
        if (file != null && Path.GetFileName(file) == "__main__.py") return module;
        int dot = module.LastIndexOf('.');
        return dot > 0 ? module[..dot] : null;
    }

    /// <summary>Where -m finds a module: the current directory, then the library (NAME.py,
    /// or a package's __main__.py), as an import from the command line would.</summary>
    static string FindModuleSource(string name)
    {
        var rel = name.Replace('.', Path.DirectorySeparatorChar);
        foreach (var dir in new[] { Directory.GetCurrentDirectory(), Path.Combine(AppContext.BaseDirectory, "Lib") })
        {
            foreach (var candidate in new[] { rel + ".py", Path.Combine(rel, "__main__.py") })
            {
                var path = Path.Combine(dir, candidate);
                if (File.Exists(path)) return Path.GetFullPath(path);
            }
        }
        return null;
    }

    static ILoggerFactory CreateLogging(Options options)
    {
        var level = options.LogLevel ?? Environment.GetEnvironmentVariable("MINIPY_LOG");
        if (string.IsNullOrEmpty(level)) return null;
        // MINIPY_LOG with an unknown level means debug; --log-level refuses one (Options).
        if (!LogFormatter.TryParseLevel(level, out var min)) min = LogLevel.Debug;
        return LoggerFactory.Create(b => b
            .SetMinimumLevel(min)
            .AddConsole(c =>
            {
                c.FormatterName = LogFormatter.FormatterName;
                c.LogToStandardErrorThreshold = LogLevel.Trace;
            })
            .AddConsoleFormatter<LogFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>());
    }
}
