// The methods of list: append extend insert remove pop clear index count sort reverse copy.
namespace MiniPy.Runtime;

public static class ListMethods
{
    static readonly string[] sortNames = { "key", "reverse" };

    public static void Add(PyType t)
    {
        BuiltinTypes.AddMethod(t, "append", (self, args, kw) =>
        {
            ((PyList)self).Append(MethodArgs.One("list.append", args, kw));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "extend", (self, args, kw) =>
        {
            ((PyList)self).Extend(MethodArgs.One("list.extend", args, kw));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "insert", (self, args, kw) =>
        {
            MethodArgs.Range("list.insert", "insert", args, kw, 2, 2);
            ((PyList)self).Insert(MethodArgs.Index(args[0]), args[1]);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "remove", (self, args, kw) =>
        {
            var item = MethodArgs.One("list.remove", args, kw);
            var list = (PyList)self;
            int i = IndexOf(list, item, 0, long.MaxValue);
            if (i < 0) throw Err.ValueError("list.remove(x): x not in list");
            Rc.Dec(list.PopAt(i));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "pop", (self, args, kw) =>
        {
            MethodArgs.Range("list.pop", "pop", args, kw, 0, 1);
            var list = (PyList)self;
            long index = args.Length == 0 ? -1 : MethodArgs.Index(args[0]);
            return list.PopAt(index);
        });
        BuiltinTypes.AddMethod(t, "clear", (self, args, kw) =>
        {
            MethodArgs.None("list.clear", args, kw);
            ((PyList)self).Clear();
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "copy", (self, args, kw) =>
        {
            MethodArgs.None("list.copy", args, kw);
            var list = (PyList)self;
            return PyList.FromSpan(new ReadOnlySpan<PyObject>(list.Items, 0, list.Count));
        });
        BuiltinTypes.AddMethod(t, "reverse", (self, args, kw) =>
        {
            MethodArgs.None("list.reverse", args, kw);
            var list = (PyList)self;
            Array.Reverse(list.Items, 0, list.Count);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "index", (self, args, kw) =>
        {
            MethodArgs.Range("list.index", "index", args, kw, 1, 3);
            var list = (PyList)self;
            long start = MethodArgs.SliceIndex(args.Length > 1 ? args[1] : null, 0, false);
            long stop = MethodArgs.SliceIndex(args.Length > 2 ? args[2] : null, long.MaxValue, false);
            if (start < 0) { start += list.Count; if (start < 0) start = 0; }
            if (stop < 0) { stop += list.Count; if (stop < 0) stop = 0; }
            int i = IndexOf(list, args[0], start, stop);
            if (i < 0) throw Err.ValueError(Ops.Repr(args[0]) + " is not in list");
            return PyInt.New(i);
        });
        BuiltinTypes.AddMethod(t, "count", (self, args, kw) =>
        {
            var item = MethodArgs.One("list.count", args, kw);
            var list = (PyList)self;
            long n = 0;
            for (int i = 0; i < list.Count; i++)
                if (ItemEquals(list, i, item)) n++;
            return PyInt.New(n);
        });
        BuiltinTypes.AddMethod(t, "sort", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("sort", args, kw, sortNames, 0, 0);
            bool reverse = a[1] != null && MethodArgs.Index(a[1]) != 0;
            Sorting.SortList((PyList)self, a[0], reverse);
            return Rc.New(PyNone.Instance);
        });
    }

    /// <summary>The first index in [start, stop) whose item equals item, or -1. The list may
    /// change under user-defined __eq__, so its length is read on each step.</summary>
    static int IndexOf(PyList list, PyObject item, long start, long stop)
    {
        for (long i = start; i < stop && i < list.Count; i++)
            if (ItemEquals(list, (int)i, item)) return (int)i;
        return -1;
    }

    /// <summary>list[i] == item, holding a reference to the element while __eq__ runs.</summary>
    static bool ItemEquals(PyList list, int i, PyObject item)
    {
        var element = list.Items[i];
        if (ReferenceEquals(element, item)) return true;
        Rc.Inc(element);
        try { return Ops.EqualsBool(element, item); }
        finally { Rc.Dec(element); }
    }
}
