// Argument checking shared by the methods of the built-in types, with the messages CPython's
// argument parsers give: "list.append() takes exactly one argument (0 given)", "pop expected
// at most 1 argument, got 2", "find() takes at least 1 argument (0 given)", "'x' is an
// invalid keyword argument for split()", and the slice-index rules of start/end arguments.
namespace MiniPy.Runtime;

public static class MethodArgs
{
    /// <summary>The number of positional arguments (the rest are named by kwnames).</summary>
    public static int PositionalCount(ReadOnlySpan<PyObject> args, PyTuple kwnames) => args.Length - (kwnames?.Count ?? 0);

    static void NoKeywords(string qualifiedName, PyTuple kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) throw Err.TypeError($"{qualifiedName}() takes no keyword arguments");
    }

    /// <summary>A METH_NOARGS method: "str.lower() takes no arguments (1 given)".</summary>
    public static void None(string qualifiedName, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        NoKeywords(qualifiedName, kwnames);
        if (args.Length != 0) throw Err.TypeError($"{qualifiedName}() takes no arguments ({args.Length} given)");
    }

    /// <summary>A METH_O method: "list.append() takes exactly one argument (0 given)". Returns the argument (borrowed).</summary>
    public static PyObject One(string qualifiedName, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        NoKeywords(qualifiedName, kwnames);
        if (args.Length != 1) throw Err.TypeError($"{qualifiedName}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>A positional-only method checked by argument clinic: "pop expected at most 1 argument, got 2".</summary>
    public static void Range(string qualifiedName, string name, ReadOnlySpan<PyObject> args, PyTuple kwnames, int min, int max)
    {
        NoKeywords(qualifiedName, kwnames);
        int n = args.Length;
        if (n >= min && n <= max) return;
        if (min == max) throw Err.TypeError($"{name} expected {min} argument{Plural(min)}, got {n}");
        if (n < min) throw Err.TypeError($"{name} expected at least {min} argument{Plural(min)}, got {n}");
        throw Err.TypeError($"{name} expected at most {max} argument{Plural(max)}, got {n}");
    }

    /// <summary>A method parsed with PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".</summary>
    public static void TupleStyle(string qualifiedName, string name, ReadOnlySpan<PyObject> args, PyTuple kwnames, int min, int max)
    {
        NoKeywords(qualifiedName, kwnames);
        int n = args.Length;
        if (n >= min && n <= max) return;
        if (min == max) throw Err.TypeError($"{name}() takes exactly {min} argument{Plural(min)} ({n} given)");
        if (n < min) throw Err.TypeError($"{name}() takes at least {min} argument{Plural(min)} ({n} given)");
        throw Err.TypeError($"{name}() takes at most {max} argument{Plural(max)} ({n} given)");
    }

    /// <summary>A method taking keywords (argument clinic): one borrowed value per name, null
    /// where absent. At most maxPositional may be given by position (-1: all of them).</summary>
    public static PyObject[] Keywords(string name, ReadOnlySpan<PyObject> args, PyTuple kwnames, string[] names, int required, int maxPositional = -1)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (maxPositional < 0) maxPositional = names.Length;
        if (npos > maxPositional)
        {
            if (maxPositional == 0) throw Err.TypeError($"{name}() takes no positional arguments");
            throw Err.TypeError(maxPositional == names.Length
                ? $"{name}() takes at most {maxPositional} argument{Plural(maxPositional)} ({npos} given)"
                : $"{name}() takes at most {maxPositional} positional argument{Plural(maxPositional)} ({npos} given)");
        }
        var result = new PyObject[names.Length];
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var keyword = ((PyStr)kwnames.Items[k]).Value;
            int idx = Array.IndexOf(names, keyword);
            if (idx < 0) throw Err.TypeError($"'{keyword}' is an invalid keyword argument for {name}()");
            if (result[idx] != null) throw Err.TypeError($"argument for {name}() given by name ('{keyword}') and position ({idx + 1})");
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
            if (result[i] == null) throw Err.TypeError($"{name}() missing required argument '{names[i]}' (pos {i + 1})");
        return result;
    }

    static string Plural(int n) => n == 1 ? "" : "s";

    /// <summary>An integer argument: "'str' object cannot be interpreted as an integer".
    /// Values beyond a long overflow with CPython's message.</summary>
    public static long Index(PyObject o)
    {
        if (o is PyInt i)
        {
            if (i.IsBig) throw Err.OverflowError("Python int too large to convert to C ssize_t");
            return i.Value;
        }
        if (o.TryIndex(out long v)) return v;
        throw Err.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>A start/end argument as a slice index (huge values clamp); null and, when
    /// allowed, None give the default.</summary>
    public static long SliceIndex(PyObject o, long defaultValue, bool allowNone)
    {
        if (o == null) return defaultValue;
        if (o is PyNone && allowNone) return defaultValue;
        if (o is PyInt i) return i.IsBig ? (i.Big.Sign < 0 ? long.MinValue : long.MaxValue) : i.Value;
        if (o is not PyNone && o.TryIndex(out long v)) return v;
        throw Err.TypeError(allowNone
            ? "slice indices must be integers or None or have an __index__ method"
            : "slice indices must be integers or have an __index__ method");
    }

    /// <summary>Adjusts start and end as a slice does for a sequence of the given length.</summary>
    public static void AdjustBounds(ref long start, ref long end, long length)
    {
        if (end > length) end = length;
        else if (end < 0) { end += length; if (end < 0) end = 0; }
        if (start < 0) { start += length; if (start < 0) start = 0; }
    }
}
