// The methods of BaseException: __init__ (which sets args), __str__, __repr__, with_traceback.
namespace MiniPy.Runtime;

public static class ExceptionMethods
{
    public static void Add(PyType t)
    {
        BuiltinTypes.AddMethod(t, "__init__", (self, args, kw) =>
        {
            if (self is PyException e)
            {
                int npos = args.Length - (kw?.Count ?? 0);
                Rc.Set(ref e.Args, PyTuple.FromSpan(args.Slice(0, npos)));
            }
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "__str__", (self, args, kw) => PyStr.New(((PyException)self).DefaultStr()));
        BuiltinTypes.AddMethod(t, "__repr__", (self, args, kw) =>
        {
            var e = (PyException)self;
            var items = e.Args.Items;
            return PyStr.New(e.ObType.Name + (items.Length == 1 ? "(" + Ops.Repr(items[0]) + ")" : e.Args.Repr()));
        });
        BuiltinTypes.AddMethod(t, "add_note", (self, args, kw) =>
        {
            // PEP 678: notes printed after the exception's message.
            var note = MethodArgs.One("add_note", args, kw);
            if (note is not PyStr) throw Err.TypeError($"note must be a str, not '{note.ObType.Name}'");
            var dict = self.EnsureInstanceDict();
            var notes = dict.GetItemBorrowed("__notes__");
            if (notes == null)
            {
                var list = PyList.New();
                dict.SetItemNew("__notes__", list);
                Rc.Dec(list);
                notes = list;
            }
            if (notes is not PyList existing) throw Err.TypeError("Cannot add note: __notes__ is not a list");
            existing.Append(note);
            return Rc.New(PyNone.Instance);
        });
        AddKeywordAttributes(ErrorTypes.AttributeError, "name", "obj");
        AddKeywordAttributes(ErrorTypes.NameError, "name");
        AddKeywordAttributes(ErrorTypes.ImportError, "name", "path");
        SyntaxErrorFields.Add(ErrorTypes.SyntaxError);
        BuiltinTypes.AddMethod(t, "with_traceback", (self, args, kw) =>
        {
            ArgParser.Positional("with_traceback", args, kw, 1, 1);
            var e = (PyException)self;
            Rc.Set(ref e.Traceback, args[0] is PyTraceback tb ? Rc.New(tb) : null);
            return Rc.New(self);
        });
    }

    /// <summary>Attributes an exception type takes as keyword arguments (AttributeError's name
    /// and obj, NameError's name), None unless given or set by the interpreter's raise.</summary>
    static void AddKeywordAttributes(PyType t, params string[] names)
    {
        foreach (var name in names) t.Dict.SetItemNew(name, PyNone.Instance);
        keywordAttributes.Add((t, names));
        BuiltinTypes.AddMethod(t, "__init__", (self, args, kw) =>
        {
            var e = (PyException)self;
            int npos = args.Length - (kw?.Count ?? 0);
            Rc.Set(ref e.Args, PyTuple.FromSpan(args.Slice(0, npos)));
            SetKeywordAttributes(e, args, kw);
            return Rc.New(PyNone.Instance);
        });
    }

    static readonly List<(PyType type, string[] names)> keywordAttributes = new();

    /// <summary>Sets the keyword arguments an exception's type takes as its attributes; a
    /// keyword it does not take is CPython's TypeError.</summary>
    internal static void SetKeywordAttributes(PyException e, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (nkw == 0) return;
        string[] names = null;
        PyType owner = null;
        foreach (var (type, allowed) in keywordAttributes)
            if (e.ObType.IsSubtypeOf(type)) { names = allowed; owner = type; break; }
        if (names == null) throw Err.TypeError($"{e.ObType.Name}() takes no keyword arguments");
        for (int i = 0; i < nkw; i++)
        {
            var key = ((PyStr)kwnames.Items[i]).Value;
            if (Array.IndexOf(names, key) < 0)
                throw Err.TypeError($"'{key}' is an invalid keyword argument for {owner.Name}()");
        }
        int npos = args.Length - nkw;
        for (int i = 0; i < nkw; i++) e.EnsureInstanceDict().SetItem(kwnames.Items[i], args[npos + i]);
    }
}
