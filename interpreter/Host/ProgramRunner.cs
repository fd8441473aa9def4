// Runs one MiniPy program to completion in a fresh interpreter and reports its exit status:
// the piece of the command-line host that tests and benchmarks embed.
using Microsoft.Extensions.Logging;
using MiniPy.Runtime;
using MiniPy.Stdlib;
using MiniPy.Syntax;
using MiniPy.VM;

namespace MiniPy.Host;

public sealed class ProgramRunner
{
    public const int StackSize = 512 * 1024 * 1024;

    public TextWriter Stdout = Console.Out, Stderr = Console.Error;
    public ILoggerFactory Logging;
    public string[] Argv = { "" };
    public string ScriptDirectory;
    /// <summary>With -m: the package of the module run as __main__ (null for a top-level
    /// module or a script), imported first and made its __package__, as runpy does.</summary>
    public string MainPackage;
    public bool ShowRefCount;
    public bool ShowGilStats;
    /// <summary>--audit-refs: compare every reachable object's count with its real references
    /// before teardown (always done with the GIL off and plain counts).</summary>
    public bool AuditRefs;
    /// <summary>Where to write the GIL timeline as trace JSON and as SVG (null: not written).</summary>
    public string GilTraceFile, GilTimelineFile;
    /// <summary>The interpreter of the program running now (for the Ctrl-C handler).</summary>
    public volatile Interpreter Current;
    /// <summary>When set, runs instead of compiling and running source (a child process's
    /// bootstrap calls into already-compiled modules and needs no parser).</summary>
    public Action<Interpreter> Body;
    /// <summary>Called with the interpreter before the program runs (tests use it).</summary>
    public Action<Interpreter> Configure;

    /// <summary>Runs the program on a new thread with a large stack; returns the exit status.</summary>
    public int Run(string source, string fileName)
    {
        int status = 0;
        Exception hostFault = null;
        var thread = new Thread(() =>
        {
            try { status = RunOnThisThread(source, fileName); }
            catch (Exception e) { hostFault = e; }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (hostFault != null) throw new InvalidOperationException("host fault", hostFault);
        return status;
    }

    int RunOnThisThread(string source, string fileName)
    {
        ChildProcesses.HostAssembly ??= typeof(ProgramRunner).Assembly.Location;
        var interp = new Interpreter { Stdout = Stdout, Stderr = Stderr };
        if (Logging != null) interp.UseLogging(Logging);
        interp.Argv = Argv;
        interp.ModulePath.Add(ScriptDirectory ?? Directory.GetCurrentDirectory());
        interp.MainPackage = MainPackage;
        StdlibModules.Register(interp);
        Configure?.Invoke(interp);
        Corruption.Writer = Stderr;
        RaceDamage.Install();
        InstructionTrace.Install(Stderr);
        Current = interp;
        ThreadState.Current = interp.MainThread;
        interp.Lock?.Take(interp.MainThread);
        try { return RunMain(interp, source, fileName); }
        finally
        {
            BiasedCounts.ThreadExiting(); // gives up the thread's id, if it took one
            interp.Lock?.Drop(interp.MainThread);
            ThreadState.Current = null;
        }
    }

    int RunMain(Interpreter interp, string source, string fileName)
    {
        int status = 0;
        try
        {
            if (Body != null) Body(interp);
            else interp.RunMain(source, fileName);
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
            Stdout.Flush();
            return e.Code;
        }
        Stdout.Flush();
        // As CPython does at exit: wait for the non-daemon threads, then for the children.
        status = CallExitHook(interp, "threading", "_shutdown", status);
        status = CallExitHook(interp, "atexit", "_run_exitfuncs", status);
        status = CallExitHook(interp, "multiprocessing", "_exit_function", status);
        // Biased counts: what the finished threads handed back is freed now, before the
        // statistics and teardown (and its __del__ methods run while the program can print).
        if (Heap.BiasedCounts) BiasedCounts.CurrentQueue.MergeAll();
        Stdout.Flush();
        if (Stdout is StdoutWriter { BrokenPipeAtExit: true })
        {
            // Output left when the pipe's reader had gone: CPython's report and status.
            Stderr.WriteLine("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
            Stderr.WriteLine("BrokenPipeError: [Errno 32] Broken pipe");
            status = 120;
        }
        if (ShowGilStats) Stderr.Write(GilStatistics.Table(interp));
        if (GilTimeline.Enabled) WriteGilTimeline(interp);
        // The audit walks the program's objects before teardown frees them; its report and
        // the damage summary come after teardown, which may find more damage to count.
        // Daemon threads are stopped first: a running thread's stack is not in its frames.
        RefAudit audit = null;
        if (AuditRefs || Heap.WatchesRaces)
        {
            interp.StopThreads();
            // Biased counts: objects other threads handed back wait in this thread's merge
            // queue holding a reference each; merged now, the counts are whole.
            if (Heap.BiasedCounts) BiasedCounts.CurrentQueue.MergeAll();
            audit = interp.AuditReferences();
        }
        TearDown(interp);
        if (audit != null) Stderr.Write(audit.Report());
        var damage = Corruption.Summary();
        if (damage != null) Stderr.WriteLine(damage);
        if (ShowRefCount)
        {
            var (refs, blocks) = Heap.Totals();
            if (Heap.CountsPerType) Stderr.WriteLine($"[{refs} refs, {blocks} blocks]");
            else Stderr.WriteLine("[refs and blocks are not counted with the GIL off: the counters would race]");
            if (Environment.GetEnvironmentVariable("MINIPY_LEAKS") == "1")
                foreach (var (type, b, r) in Heap.PerType()) Stderr.WriteLine($"  {type}: {b} blocks, {r} refs");
        }
        return status;
    }

    /// <summary>Writes the files --gil-trace and --gil-timeline asked for; a file that cannot
    /// be written is reported, as python reports an unwritable output file.</summary>
    void WriteGilTimeline(Interpreter interp)
    {
        var lanes = GilTimeline.Snapshot(interp);
        string program = Path.GetFileName(Argv.Length > 0 && Argv[0].Length > 0 ? Argv[0] : "<stdin>");
        try
        {
            if (GilTraceFile != null) GilTraceJson.Write(GilTraceFile, interp, lanes);
            if (GilTimelineFile != null) GilTimelineSvg.Write(GilTimelineFile, interp, lanes, program);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Stderr.WriteLine($"minipy: cannot write the GIL timeline: [Errno 2] {e.Message}");
        }
    }

    /// <summary>Frees the program's objects. With the GIL off they may have been torn by
    /// racing threads; a host fault while freeing them is then damage to report, and the
    /// rest of the heap is left to the process's end.</summary>
    void TearDown(Interpreter interp)
    {
        if (!Heap.ToleratesCorruption) { interp.Teardown(); return; }
        try { interp.Teardown(); }
        catch (Exception e) when (RaceDamage.IsTearFault(e))
        {
            var exc = RaceDamage.ToSystemError(e);
            Stderr.WriteLine("MiniPy: freeing the program's objects at exit stopped: " + Ops.Str(exc));
            if (Environment.GetEnvironmentVariable("MINIPY_DEBUG") == "1") Stderr.WriteLine(e);
            Rc.Dec(exc);
        }
    }

    /// <summary>Calls module.hook() if the module was imported (multiprocessing joins its
    /// children, as CPython's atexit handler does); an error in it sets the status.</summary>
    static int CallExitHook(Interpreter interp, string module, string hook, int status)
    {
        if (interp.Modules.GetItemBorrowed(PyStr.Intern(module)) is not PyModule m) return status;
        var f = m.Dict.GetItemBorrowed(PyStr.Intern(hook));
        if (f == null) return status;
        try { Rc.Dec(Ops.Call(f)); }
        catch (PyRaise raise)
        {
            var exc = raise.TakeException();
            int s = ExitStatus(interp, exc);
            Rc.Dec(exc);
            return status == 0 ? s : status;
        }
        return status;
    }

    /// <summary>SystemExit gives its code; anything else prints a traceback and gives 1.</summary>
    static int ExitStatus(Interpreter interp, PyException exc)
    {
        if (!exc.ObType.IsSubtypeOf(ErrorTypes.SystemExit))
        {
            Tracebacks.Print(interp, exc);
            return exc.ObType.IsSubtypeOf(ErrorTypes.KeyboardInterrupt) ? 130 : 1;
        }
        var code = exc.Args.Items.Length > 0 ? exc.Args.Items[0] : PyNone.Instance;
        if (code is PyNone) return 0;
        if (code is PyInt i) return (int)(i.IsBig ? 1 : i.Value & 0xFF);
        interp.Stdout.Flush();
        interp.Stderr.WriteLine(Ops.Str(code));
        return 1;
    }
}
