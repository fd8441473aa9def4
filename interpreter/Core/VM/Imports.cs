// The import system: sys.modules first, then the native modules the host registered, then
// .py/.mpy files on the module path (the main script's folder, then the standard library).
using Microsoft.Extensions.Logging;
using MiniPy.Runtime;

namespace MiniPy.VM;

public sealed partial class Interpreter
{
    readonly object importLock = new();

    /// <summary>IMPORT_NAME: returns the top-level package for 'import a.b', or the module
    /// itself when there is a fromlist (a new reference).</summary>
    /// <summary>An ImportError (or ModuleNotFoundError) with its name and path attributes set,
    /// as CPython fills them.</summary>
    /// <summary>"; 'os' is not a package" for os.nope when os, imported, has no __path__ (CPython's
    /// addition to the message); empty otherwise.</summary>
    string NotAPackage(string name)
    {
        int dot = name.LastIndexOf('.');
        if (dot <= 0) return "";
        var key = PyStr.New(name[..dot]);
        var parent = Modules.GetItemBorrowed(key) as PyModule;
        Rc.Dec(key);
        if (parent == null) return "";
        var path = Ops.GetAttrOrNull(parent, "__path__");
        if (path == null) return $"; '{name[..dot]}' is not a package";
        Rc.Dec(path);
        return "";
    }

    static PyRaise ImportFailure(PyType type, string message, string name, string path)
    {
        var raise = Err.New(type, message);
        var d = raise.Exc.EnsureInstanceDict();
        var n = name == null ? Rc.New<PyObject>(PyNone.Instance) : PyStr.New(name);
        var p = path == null ? Rc.New<PyObject>(PyNone.Instance) : PyStr.New(path);
        d.SetItemNew("name", n);
        d.SetItemNew("path", p);
        Rc.Dec(n);
        Rc.Dec(p);
        return raise;
    }

    public PyObject ImportName(ThreadState ts, string name, PyObject fromlist, PyDict globals, int level = 0)
    {
        if (level > 0) name = ResolveRelative(name, globals, level);
        var parts = name.Split('.');
        PyModule top = null, current = null;
        string prefix = "";
        foreach (var part in parts)
        {
            prefix = prefix.Length == 0 ? part : prefix + "." + part;
            current = ImportModule(ts, prefix);
            top ??= current;
        }
        bool hasFromList = fromlist is PyTuple t && t.Count > 0;
        if (hasFromList && current.Dict.GetItemBorrowed("__path__") != null) ImportSubmodulesNamed(ts, current, (PyTuple)fromlist);
        return Rc.New(hasFromList ? current : top);
    }

    /// <summary>The absolute name of a relative import (from . import x, from ..mod import y):
    /// counted from the importing module's package, as importlib's _resolve_name.</summary>
    static string ResolveRelative(string name, PyDict globals, int level)
    {
        string package = globals?.GetItemBorrowed("__package__") as PyStr is { Value.Length: > 0 } p ? p.Value : null;
        if (package == null && globals?.GetItemBorrowed("__name__") is PyStr moduleName)
        {
            // A package's own __init__ is its package; any other module's is its parent.
            package = globals.GetItemBorrowed("__path__") != null ? moduleName.Value
                : moduleName.Value.Contains('.') ? moduleName.Value[..moduleName.Value.LastIndexOf('.')] : null;
        }
        if (string.IsNullOrEmpty(package))
            throw Err.New(ErrorTypes.ImportError, "attempted relative import with no known parent package");
        var bits = package.Split('.');
        if (bits.Length < level)
            throw Err.New(ErrorTypes.ImportError, "attempted relative import beyond top-level package");
        var basePackage = string.Join('.', bits, 0, bits.Length - (level - 1));
        return name.Length > 0 ? basePackage + "." + name : basePackage;
    }

    /// <summary>from package import name: a name the package does not define is imported as
    /// its submodule, when there is one.</summary>
    void ImportSubmodulesNamed(ThreadState ts, PyModule package, PyTuple fromlist)
    {
        foreach (var item in fromlist.Items)
        {
            if (item is not PyStr n || n.Value == "*" || package.Dict.GetItemBorrowed(n) != null) continue;
            var full = package.Name + "." + n.Value;
            if (FindSource(full) != null || NativeModules.ContainsKey(full)) ImportModule(ts, full);
        }
    }

    /// <summary>IMPORT_FROM: an attribute of the module, or a submodule; ImportError if neither.</summary>
    public PyObject ImportFrom(ThreadState ts, PyObject module, PyStr name)
    {
        var v = Ops.GetAttrOrNull(module, name.Value);
        if (v != null) return v;
        string modName = module is PyModule m ? m.Name : "?";
        var subKey = PyStr.New(modName + "." + name.Value);
        var sub = Modules.GetItemBorrowed(subKey);
        Rc.Dec(subKey);
        if (sub != null) return Rc.New(sub);
        throw ImportFailure(ErrorTypes.ImportError, $"cannot import name '{name.Value}' from '{modName}' ({ModuleFileForMessage(module)})",
            modName, (module as PyModule)?.Dict.GetItemBorrowed("__file__") as PyStr is { } file ? file.Value : null);
    }

    static string ModuleFileForMessage(PyObject module)
        => module is PyModule m && m.Dict.GetItemBorrowed("__file__") is PyStr f ? f.Value : "unknown location";

    /// <summary>As Python does once a submodule is loaded: `import a.b` makes b an attribute
    /// of the package a.</summary>
    void BindInParent(string name, PyModule module)
    {
        int dot = name.LastIndexOf('.');
        if (dot <= 0 || module == null) return;
        var parentKey = PyStr.New(name.Substring(0, dot));
        try
        {
            if (Modules.GetItemBorrowed(parentKey) is not PyModule parent) return;
            var child = PyStr.New(name.Substring(dot + 1));
            try { parent.Dict.SetItemNew(child, module); }
            finally { Rc.Dec(child); }
        }
        finally { Rc.Dec(parentKey); }
    }

    /// <summary>A module whose body a thread is running. Its module is in sys.modules from
    /// the start (so that a circular import finds it), but only half made: another thread
    /// that imports it waits until the body has run, as CPython's per-module import locks
    /// make it wait.</summary>
    sealed class ModuleInit
    {
        public ThreadState Loader;
        public readonly ManualResetEventSlim Done = new(false);
    }

    readonly Dictionary<string, ModuleInit> initializing = new();
    /// <summary>The module each waiting thread waits for: the graph in which a wait that would
    /// close a cycle (two threads importing each other's modules) is a deadlock.</summary>
    readonly Dictionary<ThreadState, ModuleInit> awaiting = new();
    /// <summary>How many modules are being initialized; read without the lock by the common
    /// case, a module imported long ago.</summary>
    int initializingCount;

    /// <summary>Finds or loads a module by its full name; returns a borrowed reference.</summary>
    public PyModule ImportModule(ThreadState ts, string name)
    {
        var key = PyStr.New(name);
        try
        {
            if (Volatile.Read(ref initializingCount) == 0 && Modules.GetItemBorrowed(key) is PyModule loaded) return loaded;
            while (true)
            {
                ModuleInit wait = null, mine = null;
                lock (importLock)
                {
                    if (initializing.TryGetValue(name, out var init) && init.Loader != ts && !WouldDeadlock(ts, init))
                    {
                        wait = init;
                        awaiting[ts] = init;
                    }
                    // Loaded; or this thread's own import of it under way (a circular import),
                    // or another's that waiting for would deadlock: the module as it is, as
                    // CPython hands it out then.
                    else if (Modules.GetItemBorrowed(key) is PyModule present) return present;
                    else if (NativeModules.TryGetValue(name, out var factory))
                    {
                        var m = factory(this);
                        Modules.SetItemNew(key, m);
                        Rc.Dec(m);
                        if (ImportLog.IsEnabled(LogLevel.Debug)) ImportLog.LogDebug("imported native module {Module}", name);
                        return m;
                    }
                    else
                    {
                        mine = new ModuleInit { Loader = ts };
                        initializing[name] = mine;
                        initializingCount++;
                    }
                }
                if (wait != null)
                {
                    // With the GIL released: the loading thread needs it to finish. Then look
                    // again (a module whose body failed is gone, and this thread tries itself).
                    try { Blocking.Run(() => wait.Done.Wait()); }
                    finally { lock (importLock) awaiting.Remove(ts); }
                    continue;
                }
                try { return Load(name, key); }
                finally
                {
                    lock (importLock)
                    {
                        initializing.Remove(name);
                        initializingCount--;
                    }
                    mine.Done.Set();
                }
            }
        }
        finally { Rc.Dec(key); }
    }

    /// <summary>Whether waiting for init would wait, through the threads that wait for one
    /// another's modules, for this thread itself.</summary>
    bool WouldDeadlock(ThreadState ts, ModuleInit init)
    {
        var owner = init.Loader;
        for (int steps = 0; owner != null && steps <= awaiting.Count; steps++)
        {
            if (owner == ts) return true;
            owner = awaiting.TryGetValue(owner, out var next) ? next.Loader : null;
        }
        return false;
    }

    /// <summary>Finds a module's source, compiles it and runs it as the module; the caller
    /// has registered the load (ImportModule).</summary>
    PyModule Load(string name, PyStr key)
    {
        var path = FindSource(name);
        if (path == null) throw ImportFailure(ErrorTypes.ModuleNotFoundError, $"No module named '{name}'{NotAPackage(name)}", name, null);
        if (ImportLog.IsEnabled(LogLevel.Debug)) ImportLog.LogDebug("importing {Module} from {Path}", name, path);
        var text = File.ReadAllText(path);
        var code = Compiler.CodeCache.Compile(text, path, out bool compiledNow);
        try
        {
            // As CPython: an imported module warns when it is compiled, not when its
            // compiled code comes from the cache.
            if (compiledNow) IssueCompileWarnings(code);
            RunAsModule(code, name, path);
        }
        catch
        {
            var failed = Modules.Pop(key);
            Rc.XDec(failed);
            throw;
        }
        finally { Rc.Dec(code); }
        var module = (PyModule)Modules.GetItemBorrowed(key);
        BindInParent(name, module);
        return module;
    }

    /// <summary>The directories to search: the strings in sys.path as it is now (it starts as
    /// ModulePath; a program may change it or replace it), ModulePath before sys exists.</summary>
    List<string> SearchPath()
    {
        var sysKey = PyStr.Intern("sys");
        if (Modules.GetItemBorrowed(sysKey) is not PyModule sys || sys.Dict.GetItemBorrowed("path") is not PyList list)
            return ModulePath;
        var dirs = new List<string>();
        var items = list.Items;
        int n = Math.Min(list.Count, items.Length);
        for (int i = 0; i < n; i++)
            if (items[i] is PyStr s) dirs.Add(s.Value.Length == 0 ? Directory.GetCurrentDirectory() : s.Value);
        return dirs;
    }

    string FindSource(string name)
    {
        var rel = name.Replace('.', Path.DirectorySeparatorChar);
        foreach (var dir in SearchPath())
        {
            foreach (var ext in new[] { ".py", ".mpy" })
            {
                var p = Path.Combine(dir, rel + ext);
                if (File.Exists(p)) return p;
            }
            var init = Path.Combine(dir, rel, "__init__.py");
            if (File.Exists(init)) return init;
        }
        return null;
    }
}
