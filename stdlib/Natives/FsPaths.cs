// File-system paths as the os functions and open() accept them: a str, bytes (UTF-8, as
// Linux file names are), or an os.PathLike object — anything with __fspath__, such as a
// pathlib.Path — as CPython's PyOS_FSPath does.
using MiniPy.Runtime;

namespace MiniPy.Stdlib;

public static class FsPaths
{
    /// <summary>The path o names, or null when o is not a str, bytes or os.PathLike.</summary>
    public static string TryOf(PyObject o)
    {
        switch (BuiltinSubclass.Unwrap(o))
        {
            case PyStr s: return s.Value;
            case PyBytes b: return System.Text.Encoding.UTF8.GetString(b.Value);
        }
        if (o.ObType.Lookup("__fspath__") == null) return null;
        var r = Ops.CallMethod(o, "__fspath__");
        try
        {
            return r switch
            {
                PyStr s => s.Value,
                PyBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
                _ => throw Err.TypeError($"expected {o.ObType.Name}.__fspath__() to return str or bytes, not {r.ObType.Name}"),
            };
        }
        finally { Rc.Dec(r); }
    }

    /// <summary>Whether o is a bytes path (bytes, or a PathLike whose __fspath__ gives bytes
    /// is not looked at again): the os.path functions then answer in bytes.</summary>
    public static bool IsBytesPath(PyObject o) => BuiltinSubclass.Unwrap(o) is PyBytes;

    /// <summary>The path argument of an os function: "rmdir: path should be string, bytes or
    /// os.PathLike, not int" otherwise; `accepted` lists what CPython's function takes when it
    /// also takes file descriptors ("string, bytes, os.PathLike or integer").</summary>
    public static string Arg(PyObject o, string function, string parameter = "path", string accepted = "string, bytes or os.PathLike")
        => TryOf(o) ?? throw Err.TypeError($"{function}: {parameter} should be {accepted}, not {o.ObType.Name}");

    /// <summary>The path argument of open() and os.fspath-style callers.</summary>
    public static string Of(PyObject o)
        => TryOf(o) ?? throw Err.TypeError($"expected str, bytes or os.PathLike object, not {o.ObType.Name}");
}
