// str.join: concatenates the strings of an iterable with the receiver between them. Lists
// and tuples are read in place; other iterables are collected first.
namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static void AddJoin(PyType t)
    {
        BuiltinTypes.AddMethod(t, "join", (self, args, kw) =>
        {
            var iterable = MethodArgs.One("str.join", args, kw);
            var sep = ((PyStr)self).Value;
            if (iterable is PyList list) return Join(sep, list.Items, list.Count);
            if (iterable is PyTuple tuple) return Join(sep, tuple.Items, tuple.Items.Length);
            var items = IterableItems(iterable, "can only join an iterable");
            try { return Join(sep, items, items.Length); }
            finally { foreach (var o in items) Rc.Dec(o); }
        });
    }

    /// <summary>The items of an iterable (owned references); a TypeError from iter() becomes
    /// TypeError(message), as PySequence_Fast does.</summary>
    internal static PyObject[] IterableItems(PyObject iterable, string message)
    {
        PyObject it;
        try { it = Ops.GetIter(iterable); }
        catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.TypeError))
        {
            Rc.Dec(e.TakeException());
            throw Err.TypeError(message);
        }
        try { return Ops.ToArray(it); }
        finally { Rc.Dec(it); }
    }

    /// <summary>The text of a str, or of an instance of a str subclass (a StrEnum member);
    /// null for anything else.</summary>
    static string TextOf(PyObject o) => BuiltinSubclass.Unwrap(o) is PyStr s ? s.Value : null;

    static PyStr Join(string sep, PyObject[] items, int count)
    {
        if (count == 0) return PyStr.New("");
        if (count == 1 && items[0] is PyStr only && only.ObType == PyStr.Type) return Rc.New(only);
        long length = (long)sep.Length * (count - 1);
        for (int i = 0; i < count; i++)
        {
            var s = TextOf(items[i]) ?? throw Err.TypeError($"sequence item {i}: expected str instance, {items[i].ObType.Name} found");
            length += s.Length;
        }
        if (length > int.MaxValue) throw Err.New(ErrorTypes.MemoryError, "");
        var result = string.Create((int)length, (sep, items, count), static (span, state) =>
        {
            int pos = 0;
            for (int i = 0; i < state.count; i++)
            {
                if (i > 0 && state.sep.Length > 0) { state.sep.AsSpan().CopyTo(span.Slice(pos)); pos += state.sep.Length; }
                var v = TextOf(state.items[i]);
                v.AsSpan().CopyTo(span.Slice(pos));
                pos += v.Length;
            }
        });
        return PyStr.New(result);
    }
}
