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
    public PyObject ImportName(ThreadState ts, string name, PyObject fromlist, PyDict globals)
    {
        if (name.Length == 0) throw Err.New(ErrorTypes.ImportError, "attempted relative import with no known parent package");
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
        return Rc.New(hasFromList ? current : top);
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
        throw Err.New(ErrorTypes.ImportError, $"cannot import name '{name.Value}' from '{modName}' ({ModuleFileForMessage(module)})");
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

    /// <summary>Finds or loads a module by its full name; returns a borrowed reference.</summary>
    public PyModule ImportModule(ThreadState ts, string name)
    {
        var key = PyStr.New(name);
        try
        {
            if (Modules.GetItemBorrowed(key) is PyModule loaded) return loaded;
            lock (importLock)
            {
                if (Modules.GetItemBorrowed(key) is PyModule again) return again;
                if (NativeModules.TryGetValue(name, out var factory))
                {
                    var m = factory(this);
                    Modules.SetItemNew(key, m);
                    Rc.Dec(m);
                    if (ImportLog.IsEnabled(LogLevel.Debug)) ImportLog.LogDebug("imported native module {Module}", name);
                    return m;
                }
            }
            var path = FindSource(name);
            if (path == null) throw Err.New(ErrorTypes.ModuleNotFoundError, $"No module named '{name}'");
            if (ImportLog.IsEnabled(LogLevel.Debug)) ImportLog.LogDebug("importing {Module} from {Path}", name, path);
            var text = File.ReadAllText(path);
            var code = Compiler.CodeCache.Compile(text, path);
            try
            {
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
        finally { Rc.Dec(key); }
    }

    string FindSource(string name)
    {
        var rel = name.Replace('.', Path.DirectorySeparatorChar);
        foreach (var dir in ModulePath)
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
