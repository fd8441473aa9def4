// Argument parsing for built-in functions: matches positional and keyword arguments to
// parameter names, with CPython's messages for missing, extra and unknown arguments.
namespace MiniPy.Runtime;

public static class ArgParser
{
    /// <summary>Returns one borrowed value per parameter (null where not given). The first
    /// `required` parameters must be given.</summary>
    public static PyObject[] Parse(string func, ReadOnlySpan<PyObject> args, PyTuple kwnames, string[] names, int required)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > names.Length)
            throw Err.TypeError($"{func}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({npos} given)");
        var result = new PyObject[names.Length];
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var kn = ((PyStr)kwnames.Items[k]).Value;
            int idx = Array.IndexOf(names, kn);
            if (idx < 0) throw Err.TypeError($"{func}() got an unexpected keyword argument '{kn}'");
            if (result[idx] != null) throw Err.TypeError($"argument for {func}() given by name ('{kn}') and position ({idx + 1})");
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
            if (result[i] == null)
                throw Err.TypeError($"{func}() missing required argument '{names[i]}' (pos {i + 1})");
        return result;
    }

    /// <summary>Checks a function that takes only positional arguments, between min and max of them.</summary>
    public static void Positional(string func, ReadOnlySpan<PyObject> args, PyTuple kwnames, int min, int max)
    {
        if (kwnames != null && kwnames.Count > 0) throw Err.TypeError($"{func}() takes no keyword arguments");
        if (args.Length < min || args.Length > max)
        {
            if (min == max)
                throw Err.TypeError(min == 0 ? $"{func}() takes no arguments ({args.Length} given)"
                    : min == 1 ? $"{func}() takes exactly one argument ({args.Length} given)"
                    : $"{func}() takes exactly {min} arguments ({args.Length} given)");
            if (args.Length < min) throw Err.TypeError($"{func} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
            throw Err.TypeError($"{func} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        }
    }

    public static long Int(PyObject o, string what)
    {
        o = BuiltinSubclass.Unwrap(o);
        if (o is PyInt i)
        {
            if (i.IsBig) throw Err.OverflowError("Python int too large to convert to C ssize_t");
            return i.Value;
        }
        if (o.TryIndex(out long v)) return v;
        throw Err.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
    }

    public static string Str(PyObject o, string func, int pos)
    {
        if (BuiltinSubclass.Unwrap(o) is PyStr s) return s.Value;
        throw Err.TypeError($"{func}() argument {pos} must be str, not {o.ObType.Name}");
    }
}
