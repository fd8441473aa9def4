// Built-ins made on first use. BaseExceptionGroup and ExceptionGroup, aiter and anext are
// built-in names, but they are written in Python (Lib/_exceptiongroup.py, Lib/_asyncbuiltins.py)
// and few programs use them, so they are not loaded at start-up: the first lookup of such a
// name that finds nothing — a global or builtin name, or an attribute of the builtins module —
// loads its module, which installs its names in builtins, and the lookup is made again.
// Nothing is paid until then.
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class LazyBuiltins
{
    /// <summary>The module that defines a built-in made on first use, or null.</summary>
    static string ModuleOf(string name) => name switch
    {
        "BaseExceptionGroup" or "ExceptionGroup" => "_exceptiongroup",
        "aiter" or "anext" => "_asyncbuiltins",
        _ => null,
    };

    /// <summary>The built-in named name, loaded now if it is one made on first use; a new
    /// reference, or null when there is no such built-in.</summary>
    public static PyObject Lookup(ThreadState ts, PyStr name)
    {
        if (ts == null || ModuleOf(name.Value) is not { } module) return null;
        ts.Interp.ImportModule(ts, module);
        return ts.Interp.Builtins.GetItemNew(name);
    }

    /// <summary>builtins.ExceptionGroup and the like (PyModule.MissingAttribute).</summary>
    public static PyObject ModuleAttribute(PyModule module, PyStr name)
    {
        var ts = ThreadState.Current;
        return ts != null && module == ts.Interp.BuiltinsModule ? Lookup(ts, name) : null;
    }

    /// <summary>The module that defines the exception group types (loaded once per interpreter).</summary>
    public static PyModule ExceptionGroups(ThreadState ts) => ts.Interp.ImportModule(ts, "_exceptiongroup");
}
