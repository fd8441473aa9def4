// The minipy command: parses options, sets up logging, composes the interpreter with the
// standard library, runs the program on a thread with a large stack, and turns the outcome
// into an exit status (0, 1 for an uncaught exception, 2 for usage errors, sys.exit(n)).
using Microsoft.Extensions.Logging;
using MiniPy.Runtime;
using MiniPy.Stdlib;
using MiniPy.Syntax;
using MiniPy.VM;

namespace MiniPy.Host;

public static class Program
{
    const int StackSize = 512 * 1024 * 1024;

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

        StartupOptions.ImmortalSingletons = options.Immortal;
        StartupOptions.PoisonFreed = options.PoisonFreed;

        string source, fileName;
        if (options.Command != null) { source = options.Command; fileName = "<string>"; }
        else if (options.File != null)
        {
            if (!File.Exists(options.File))
            {
                Console.Error.WriteLine($"minipy: can't open file '{Path.GetFullPath(options.File)}': [Errno 2] No such file or directory");
                return 2;
            }
            source = File.ReadAllText(options.File);
            fileName = options.File;
        }
        else { source = Console.In.ReadToEnd(); fileName = "<stdin>"; }

        var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        int status = 0;
        var thread = new Thread(() => status = Run(options, source, fileName, stdout, stderr), StackSize);
        thread.Start();
        thread.Join();
        stdout.Flush();
        stderr.Flush();
        return status;
    }

    static ILoggerFactory CreateLogging(Options options)
    {
        var level = options.LogLevel ?? Environment.GetEnvironmentVariable("MINIPY_LOG");
        if (string.IsNullOrEmpty(level)) return null;
        if (!Enum.TryParse<LogLevel>(level, true, out var min)) min = LogLevel.Debug;
        return LoggerFactory.Create(b => b
            .SetMinimumLevel(min)
            .AddSimpleConsole(c => { c.SingleLine = true; c.TimestampFormat = "HH:mm:ss.fff "; })
            .AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace));
    }

    static int Run(Options options, string source, string fileName, TextWriter stdout, TextWriter stderr)
    {
        var interp = new Interpreter { Stdout = stdout, Stderr = stderr };
        using var logging = CreateLogging(options);
        if (logging != null) interp.UseLogging(logging);
        var argv = new List<string> { options.Command != null ? "-c" : options.File ?? "" };
        argv.AddRange(options.ProgramArgs);
        interp.Argv = argv.ToArray();
        if (options.File != null) interp.ModulePath.Add(Path.GetDirectoryName(Path.GetFullPath(options.File)));
        else interp.ModulePath.Add(Directory.GetCurrentDirectory());
        StdlibModules.Register(interp);
        ThreadState.Current = interp.MainThread;

        int status = 0;
        try
        {
            interp.RunMain(source, fileName);
        }
        catch (SyntaxErrorException se)
        {
            var exc = SyntaxErrors.ToException(se);
            Tracebacks.Print(interp, exc);
            Rc.Dec(exc);
            status = 1;
        }
        catch (PyRaise raise)
        {
            var exc = raise.TakeException();
            status = ExitStatus(interp, exc);
            Rc.Dec(exc);
        }
        catch (ExitProcessException e)
        {
            stdout.Flush();
            return e.Code;
        }
        stdout.Flush();
        interp.Teardown();
        if (options.ShowRefCount)
        {
            var (refs, blocks) = Heap.Totals();
            stderr.WriteLine($"[{refs} refs, {blocks} blocks]");
        }
        return status;
    }

    /// <summary>SystemExit gives its code; anything else prints a traceback and gives 1.</summary>
    static int ExitStatus(Interpreter interp, PyException exc)
    {
        if (!exc.ObType.IsSubtypeOf(ErrorTypes.SystemExit))
        {
            Tracebacks.Print(interp, exc);
            return 1;
        }
        var code = exc.Args.Items.Length > 0 ? exc.Args.Items[0] : PyNone.Instance;
        if (code is PyNone) return 0;
        if (code is PyInt i) return (int)(i.IsBig ? 1 : i.Value & 0xFF);
        interp.Stdout.Flush();
        interp.Stderr.WriteLine(Ops.Str(code));
        return 1;
    }
}
