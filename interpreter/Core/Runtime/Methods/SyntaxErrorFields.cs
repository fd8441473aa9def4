// SyntaxError's fields as CPython's SyntaxError.__init__ fills them from its arguments —
// SyntaxError(msg) or SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
// end_offset])) — and its str(): 'msg (file.py, line 3)', with the file's base name.
namespace MiniPy.Runtime;

public static class SyntaxErrorFields
{
    static readonly string[] Names = { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" };
    static readonly string[] DetailNames = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };

    /// <summary>Class defaults (None) and the __init__ of SyntaxError and its subclasses.</summary>
    public static void Add(PyType t)
    {
        foreach (var name in Names) t.Dict.SetItemNew(name, PyNone.Instance);
        BuiltinTypes.AddMethod(t, "__init__", (self, args, kw) =>
        {
            if (self is PyException e)
            {
                if (kw != null && kw.Count > 0) throw Err.TypeError("SyntaxError() takes no keyword arguments");
                Rc.Set(ref e.Args, PyTuple.FromSpan(args));
                Fill(e);
            }
            return Rc.New(PyNone.Instance);
        });
    }

    /// <summary>Sets msg and, from a second argument, the location fields.</summary>
    public static void Fill(PyException e)
    {
        var args = e.Args.Items;
        if (args.Length == 0) return;
        var d = e.EnsureInstanceDict();
        d.SetItem(PyStr.Intern("msg"), args[0]);
        if (args.Length != 2) return;
        var info = Ops.ToTuple(args[1]);
        try
        {
            if (info.Count < 4) throw Err.TypeError($"function takes at least 4 arguments ({info.Count} given)");
            if (info.Count > 6) throw Err.TypeError($"function takes at most 6 arguments ({info.Count} given)");
            for (int i = 0; i < info.Count; i++) d.SetItem(PyStr.Intern(DetailNames[i]), info.Items[i]);
        }
        finally { Rc.Dec(info); }
    }

    /// <summary>str() of a SyntaxError: its msg, and where, when it knows.</summary>
    public static string Str(PyException e)
    {
        var d = e.Dict;
        var msg = d?.GetItemBorrowed("msg");
        if (msg == null) return "None"; // CPython's str(SyntaxError()): the msg it lacks
        string file = d.GetItemBorrowed("filename") is PyStr f ? Path.GetFileName(f.Value) : null;
        var line = d.GetItemBorrowed("lineno") as PyInt;
        if (line?.ObType != PyInt.Type) line = null;
        string text = Ops.Str(msg);
        if (file != null && line != null) return $"{text} ({file}, line {line.AsBig})";
        if (file != null) return $"{text} ({file})";
        if (line != null) return $"{text} (line {line.AsBig})";
        return text;
    }
}
