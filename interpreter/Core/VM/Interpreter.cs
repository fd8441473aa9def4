// Interpreter: the state every interpreter thread shares — builtins, loaded modules, the
// recursion limit, the output streams, logging — and the entry points that run a program.
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MiniPy.Compiler;
using MiniPy.Runtime;
using MiniPy.Runtime.Text;

namespace MiniPy.VM;

/// <summary>Makes a native module for an interpreter.</summary>
public delegate PyModule NativeModuleFactory(Interpreter interp);

public sealed partial class Interpreter
{
    public PyModule BuiltinsModule;
    public PyDict Builtins;
    /// <summary>sys.modules: name to module (owned).</summary>
    public PyDict Modules;
    public int RecursionLimit = 1000;
    /// <summary>sys.get_int_max_str_digits(): kept per interpreter, as CPython keeps it.</summary>
    public int IntMaxStrDigits = NumberParsing.DefaultMaxStrDigits;
    public readonly Dictionary<string, NativeModuleFactory> NativeModules = new();
    /// <summary>Folders searched for modules written in MiniPy, in order.</summary>
    public readonly List<string> ModulePath = new();
    public TextWriter Stdout = Console.Out, Stderr = Console.Error;
    /// <summary>The stream object sys.stdout starts as (borrowed; the sys module owns it):
    /// print() writes to Stdout directly while sys.stdout is still this object, and calls
    /// the write method of whatever the program put there instead.</summary>
    public PyObject OriginalSysStdout;
    public ILoggerFactory LoggerFactory = NullLoggerFactory.Instance;
    public ILogger ImportLog = NullLogger.Instance, HeapLog = NullLogger.Instance;
    public string[] Argv = Array.Empty<string>();
    public readonly ThreadState MainThread;
    /// <summary>Order in which modules were first imported, for teardown.</summary>
    readonly List<string> importOrder = new();

    /// <summary>Nonzero when a running thread should leave the fast path at its next check.</summary>
    public static volatile int EvalBreaker;

    static bool runtimeReady;
    static readonly object initLock = new();

    public Interpreter()
    {
        lock (initLock)
        {
            if (!runtimeReady)
            {
                BuiltinTypes.Init();
                NumberParsing.LimitOfCurrentInterpreter = () => ThreadState.Current?.Interp.IntMaxStrDigits ?? NumberParsing.DefaultMaxStrDigits;
                CycleCollector.RequestAttention = RaiseEvalBreaker;
                Unraisable.Hook = Tracebacks.PrintUnraisable;
                runtimeReady = true;
            }
        }
        CycleCollector.ResetSettings();
        Modules = PyDict.New();
        BuiltinsModule = BuiltinFunctions.CreateModule(this);
        Builtins = BuiltinsModule.Dict;
        PyModule.MissingAttribute ??= LazyBuiltins.ModuleAttribute;
        Modules.SetItemNew("builtins", BuiltinsModule);
        MainThread = new ThreadState(this, "MainThread");
        SetUpLock();
    }

    public void UseLogging(ILoggerFactory factory)
    {
        LoggerFactory = factory;
        ImportLog = factory.CreateLogger("MiniPy.Import");
        HeapLog = factory.CreateLogger("MiniPy.Heap");
        ThreadLog = factory.CreateLogger("MiniPy.Threads");
        Lock?.UseLogger(factory.CreateLogger("MiniPy.GIL"));
    }

    /// <summary>With -m: the package of the module run as __main__ (see RunAsModule).</summary>
    public string MainPackage;

    /// <summary>Runs source text as the module __main__ on the calling OS thread.</summary>
    public void RunMain(string text, string fileName)
    {
        // A program given with -c is cached by its text too: run again, it starts without
        // loading the parser (the largest part of a short program's start-up).
        bool cacheable = fileName == "<string>" || File.Exists(fileName);
        var code = cacheable ? Compiler.CodeCache.Compile(text, fileName) : Compiler.Compiler.CompileSource(text, fileName);
        try
        {
            IssueCompileWarnings(code);
            RunAsModule(code, "__main__", fileName);
        }
        finally { Rc.Dec(code); }
    }

    /// <summary>Issues a module's compile-time warnings (SyntaxWarning) through the warnings
    /// module, whose filters decide what is shown, as CPython's compiler does.</summary>
    public void IssueCompileWarnings(CodeObject code)
    {
        if (code.CompileWarnings == null) return;
        var ts = ThreadState.Current;
        var warnings = ImportModule(ts, "warnings"); // borrowed
        var warnExplicit = Ops.GetAttr(warnings, "warn_explicit");
        try
        {
            foreach (var warning in code.CompileWarnings)
            {
                var message = PyStr.New(warning.Message);
                var file = PyStr.New(code.FileName);
                var line = PyInt.New(warning.Line);
                try { Rc.Dec(Ops.Call(warnExplicit, new PyObject[] { message, ErrorTypes.SyntaxWarning, file, line })); }
                catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.SyntaxWarning))
                {
                    // A warning the filters made an error is, as in CPython, a SyntaxError at
                    // the place it was found (with the line's text when the file has it).
                    Rc.Dec(e.TakeException());
                    var text = File.Exists(code.FileName) ? code.Source.Line(warning.Line) : null;
                    throw new MiniPy.Syntax.SyntaxErrorException(warning.Message, code.FileName, warning.Line, warning.Column, text);
                }
                finally { Rc.Dec(message); Rc.Dec(file); Rc.Dec(line); }
            }
        }
        finally { Rc.Dec(warnExplicit); }
    }

    /// <summary>Executes a code object as a module's body; the module is in sys.modules
    /// before its body runs, as in CPython.</summary>
    public PyModule RunAsModule(CodeObject code, string name, string fileName)
    {
        var module = PyModule.New(name);
        if (fileName != null) module.SetSteal("__file__", PyStr.New(fileName));
        if (name != "__main__")
        {
            // A package (its __init__.py) is its own __package__ and has a __path__; any other
            // module belongs to its parent's package.
            bool isPackage = fileName != null && Path.GetFileName(fileName) == "__init__.py";
            if (isPackage)
            {
                var path = PyList.New(0);
                path.AppendSteal(PyStr.New(Path.GetDirectoryName(fileName)));
                module.SetSteal("__path__", path);
            }
            module.SetSteal("__package__", PyStr.New(isPackage ? name : name.Contains('.') ? name[..name.LastIndexOf('.')] : ""));
        }
        else
        {
            // A program run as a script has no import spec, nor a package, as in CPython; a
            // module run with -m has its package, imported first (its relative imports work).
            module.Dict.SetItemNew("__spec__", PyNone.Instance);
            if (MainPackage == null) module.Dict.SetItemNew("__package__", PyNone.Instance);
            else
            {
                Rc.Dec(ImportName(ThreadState.Current ?? MainThread, MainPackage, null, null));
                module.SetSteal("__package__", PyStr.New(MainPackage));
            }
        }
        module.Dict.SetItemNew("__builtins__", BuiltinsModule);
        Modules.SetItemNew(name, module);
        importOrder.Add(name);
        Rc.Dec(module);
        var ts = ThreadState.Current ?? MainThread;
        ThreadState.Current = ts;
        var result = RunModuleCode(ts, code, module.Dict);
        Rc.Dec(result);
        return module;
    }

    /// <summary>Runs code in an existing module's namespace (an input at the prompt).</summary>
    public void RunInModule(CodeObject code, PyModule module)
    {
        var ts = ThreadState.Current ?? MainThread;
        Rc.Dec(RunModuleCode(ts, code, module.Dict));
    }

    PyObject RunModuleCode(ThreadState ts, CodeObject code, PyDict globals)
    {
        var frame = ts.Frames.Rent(code);
        frame.Globals = globals;
        frame.Builtins = Builtins;
        frame.Namespace = Rc.New(globals);
        // A module's frame counts toward the recursion limit, as in CPython.
        ts.Depth++;
        try { return Eval.Run(ts, frame); }
        finally
        {
            ts.Depth--;
            ts.Frames.Return(frame);
        }
    }

    /// <summary>Set once the program has ended and its modules are being let go (CPython's
    /// interpreter finalization: some reports are shorter then).</summary>
    public bool TearingDown;

    /// <summary>Lets the main program's namespace go as garbage first (its objects' __del__
    /// methods run with it whole), then clears the modules still alive in reverse import
    /// order, and collects the cycles that leaves.</summary>
    public void Teardown()
    {
        TearingDown = true;
        StopThreads();
        foreach (var action in TeardownActions) action();
        ClearSignalHandlers();
        Tracing.SetTrace(MainThread, null);
        Tracing.SetProfile(MainThread, null);
        ReleaseMainModule();
        for (int i = importOrder.Count - 1; i >= 0; i--)
        {
            var m = Modules.GetItemBorrowed(importOrder[i]) as PyModule;
            m?.ClearForTeardown();
        }
        foreach (var key in NativeModuleNames()) (Modules.GetItemBorrowed(key) as PyModule)?.ClearForTeardown();
        // What the modules held in cycles is garbage now (CPython collects here too); what
        // is left (the GIL off: nothing is collected) still has its class-method cycles.
        CycleCollector.Collect(2);
        HeapTypes.BreakCycles();
        BuiltinsModule.ClearForTeardown();
        Modules.Clear();
        Rc.Clear(ref Modules);
        Builtins = null;
        Rc.Clear(ref BuiltinsModule);
        Rc.Clear(ref MainThread.HandledExc);
        if (HeapLog.IsEnabled(LogLevel.Debug))
        {
            if (Heap.CountsPerType)
            {
                var (refs, blocks) = Heap.Totals();
                HeapLog.LogDebug("after teardown, {Refs} references to {Blocks} objects are still alive", refs, blocks);
            }
            else HeapLog.LogDebug("teardown done (live objects are counted only with --show-refcount or --audit-refs)");
        }
    }

    /// <summary>Lets the main program's namespace go as CPython's finalize_modules does for
    /// every module: out of sys.modules, then a collection. The namespace is in cycles (its
    /// functions refer to their globals), so if nothing else holds it, it and what only it
    /// holds are garbage, and their __del__ methods run, as for any garbage, while it is still
    /// whole (a __del__ still finds the program's classes and functions). A namespace something
    /// else still reaches is cleared name by name, as Teardown clears the other modules. (With
    /// the GIL off nothing is collected: its data is cleared first, PyModule.ClearDataFirst.)</summary>
    void ReleaseMainModule()
    {
        var key = PyStr.Intern("__main__");
        if (Modules.GetItemBorrowed(key) is not PyModule main) return;
        if (!CycleCollector.Tracks)
        {
            PyModule.ClearDataFirst(main.Dict);
            return;
        }
        var weak = PyWeakRef.New(main, null);
        var ns = Rc.New(main.Dict);
        Modules.DelItem(key);
        CycleCollector.CollectLettingGo(ns);
        var alive = ((PyWeakRef)weak).Target();
        if (alive is PyModule) Modules.SetItemNew(key, alive);
        else PyModule.ClearForTeardown(ns); // held elsewhere, or cleared as garbage already
        Rc.XDec(alive);
        Rc.Dec(weak);
        Rc.Dec(ns);
    }

    IEnumerable<string> NativeModuleNames()
    {
        var names = new List<string>();
        for (int i = 0; i < Modules.EntryCount; i++)
            if (Modules.Entries[i].Key is PyStr s && s.Value != "builtins" && !importOrder.Contains(s.Value)) names.Add(s.Value);
        return names;
    }
}
