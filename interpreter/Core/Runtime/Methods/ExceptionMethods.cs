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
        BuiltinTypes.AddMethod(t, "with_traceback", (self, args, kw) =>
        {
            ArgParser.Positional("with_traceback", args, kw, 1, 1);
            var e = (PyException)self;
            Rc.Set(ref e.Traceback, args[0] is PyTraceback tb ? Rc.New(tb) : null);
            return Rc.New(self);
        });
    }
}
