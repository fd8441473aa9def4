// The lazy iterators behind enumerate, zip, map, filter and reversed.
namespace MiniPy.Runtime;

public static class BuiltinIterators
{
    public static PyType EnumerateType, ZipType, MapType, FilterType, ReversedType;

    internal static void InitTypes(Func<string, PyType, TypeConstructor, PyType> makeType)
    {
        EnumerateType = makeType("enumerate", null, EnumerateIterator.Construct);
        ZipType = makeType("zip", null, ZipIterator.Construct);
        MapType = makeType("map", null, MapIterator.Construct);
        FilterType = makeType("filter", null, FilterIterator.Construct);
        ReversedType = makeType("reversed", null, ReversedIterator.Construct);
    }
}

public sealed class EnumerateIterator : PyObject
{
    // Parameter names, made once (an array literal in a call is allocated on every call).
    static readonly string[] EnumerateParameters = new[] { "iterable", "start" };

    PyObject source;
    PyObject count; // an int, owned

    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var a = ArgParser.Parse("enumerate", args, kw, EnumerateParameters, 1);
        var it = Ops.GetIter(a[0]);
        var e = new EnumerateIterator { ObType = BuiltinIterators.EnumerateType, source = it };
        Heap.Allocated(e.ObType);
        e.count = a[1] != null ? Rc.New(a[1]) : PyInt.New(0);
        return e;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (source != null) visit(source);
        if (count != null) visit(count);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref source);
        Rc.Clear(ref count);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (source == null) return null;
        var item = source.Next();
        if (item == null) { Rc.Clear(ref source); return null; }
        var t = PyTuple.New(2);
        ObjectArrays.Slot(t.Items, 0) = count;
        ObjectArrays.Slot(t.Items, 1) = item;
        count = count.GetType() == typeof(PyInt) && !((PyInt)count).IsBig && ((PyInt)count).Value < long.MaxValue
            ? PyInt.New(((PyInt)count).Value + 1)
            : Ops.BinaryOp(count, PyInt.Small(1), BinaryOpKind.Add);
        return t;
    }
}

public sealed class ZipIterator : PyObject
{
    PyObject[] sources;
    bool strict;

    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        int nkw = kw?.Count ?? 0;
        bool strict = false;
        for (int k = 0; k < nkw; k++)
        {
            if (((PyStr)kw.Items[k]).Value != "strict") throw Err.TypeError($"zip() got an unexpected keyword argument '{((PyStr)kw.Items[k]).Value}'");
            strict = Ops.IsTrue(args[args.Length - nkw + k]);
        }
        var its = new PyObject[args.Length - nkw];
        try
        {
            for (int i = 0; i < its.Length; i++) its[i] = Ops.GetIter(args[i]);
        }
        catch
        {
            foreach (var o in its) Rc.XDec(o);
            throw;
        }
        var z = new ZipIterator { ObType = BuiltinIterators.ZipType, sources = its, strict = strict };
        Heap.Allocated(z.ObType);
        return z;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        var s = sources;
        if (s != null) foreach (var o in s) if (o != null) visit(o);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Release();
    }

    void Release()
    {
        var s = sources;
        sources = null;
        if (s != null) foreach (var o in s) Rc.XDec(o);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (sources == null || sources.Length == 0) return null;
        var t = PyTuple.New(sources.Length);
        for (int i = 0; i < sources.Length; i++)
        {
            PyObject item;
            try { item = sources[i].Next(); }
            catch
            {
                Rc.Dec(t); // with the items taken so far
                throw;
            }
            if (item == null)
            {
                Rc.Dec(t);
                if (strict && i > 0) throw Err.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                if (strict)
                {
                    // The first ran out: every other must be exhausted too.
                    for (int j = 1; j < sources.Length; j++)
                    {
                        var extra = sources[j].Next();
                        if (extra == null) continue;
                        Rc.Dec(extra);
                        throw Err.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                    }
                }
                Release();
                return null;
            }
            t.Items[i] = item;
        }
        return t;
    }
}

public sealed class MapIterator : PyObject
{
    PyObject func;
    PyObject[] sources;

    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        if (kw != null && kw.Count > 0) throw Err.TypeError("map() takes no keyword arguments");
        if (args.Length < 2) throw Err.TypeError("map() must have at least two arguments.");
        var its = new PyObject[args.Length - 1];
        try
        {
            for (int i = 0; i < its.Length; i++) its[i] = Ops.GetIter(args[i + 1]);
        }
        catch
        {
            foreach (var o in its) Rc.XDec(o);
            throw;
        }
        var m = new MapIterator { ObType = BuiltinIterators.MapType, func = Rc.New(args[0]), sources = its };
        Heap.Allocated(m.ObType);
        return m;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (func != null) visit(func);
        var s = sources;
        if (s != null) foreach (var o in s) if (o != null) visit(o);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref func);
        var s = sources;
        sources = null;
        if (s != null) foreach (var o in s) Rc.XDec(o);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (sources == null) return null;
        var items = new PyObject[sources.Length];
        try
        {
            for (int i = 0; i < sources.Length; i++)
            {
                items[i] = sources[i].Next();
                if (items[i] == null) return null;
            }
            return VM.Eval.CallObject(VM.ThreadState.Current, func, items, null);
        }
        finally { foreach (var o in items) Rc.XDec(o); }
    }
}

public sealed class FilterIterator : PyObject
{
    PyObject func; // null means the identity (filter(None, ...))
    PyObject source;

    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("filter", args, kw, 2, 2);
        var it = Ops.GetIter(args[1]);
        var f = new FilterIterator { ObType = BuiltinIterators.FilterType, source = it, func = args[0] is PyNone ? null : Rc.New(args[0]) };
        Heap.Allocated(f.ObType);
        return f;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (func != null) visit(func);
        if (source != null) visit(source);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref func);
        Rc.Clear(ref source);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (source == null) return null;
        while (true)
        {
            var item = source.Next();
            if (item == null) return null;
            bool keep;
            try
            {
                if (func == null) keep = Ops.IsTrue(item);
                else
                {
                    var r = Ops.Call(func, item);
                    try { keep = Ops.IsTrue(r); } finally { Rc.Dec(r); }
                }
            }
            catch { Rc.Dec(item); throw; }
            if (keep) return item;
            Rc.Dec(item);
        }
    }
}

public sealed class ReversedIterator : PyObject
{
    /// <summary>A list's reversal is a list_reverseiterator, as CPython's list.__reversed__.</summary>
    public static PyType ListReverseType;

    PyObject seq;
    long index;

    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("reversed", args, kw, 1, 1);
        var s = args[0];
        if (s.ObType.IsHeapType && HeapTypes.LookupUserDefined(s.ObType, PyStr.Intern("__reversed__")) != null) return Ops.CallMethod(s, "__reversed__");
        if (BuiltinSubclass.Unwrap(s) is PyDeque deque) return DequeIterator.New(deque, reverse: true);
        if (s is PyMappingProxy) return Ops.CallMethod(s, "__reversed__");
        // A range reversed is a range_iterator stepping down, as CPython's range.__reversed__.
        if (s is PyRange range) return range.ReversedIterator();
        return Over(s);
    }

    /// <summary>The built-in reversal of a sequence (or a dict's keys, or a dict view's
    /// contents), without consulting __reversed__.</summary>
    public static PyObject Over(PyObject s) => Over(s, null);

    /// <summary>type: the iterator's type (null: list_reverseiterator for a list, reversed
    /// for anything else).</summary>
    static PyObject Over(PyObject s, PyType type)
    {
        if (s is PyDict or DictView)
        {
            // A dict's reversal, over a list of its keys (or items): a reversed, not a list's.
            var items = Ops.ToList(s);
            try { return Over(items, BuiltinIterators.ReversedType); }
            finally { Rc.Dec(items); }
        }
        long n = s.LengthOrMinusOne();
        if (n < 0 || s is PySet) throw Err.TypeError($"'{s.ObType.Name}' object is not reversible");
        var r = new ReversedIterator { ObType = type ?? (s is PyList ? ListReverseType : BuiltinIterators.ReversedType), seq = Rc.New(s), index = n - 1 };
        Heap.Allocated(r.ObType);
        return r;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (seq != null) visit(seq);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref seq);
    }

    public override PyObject Iter() => Rc.New(this);

    /// <summary>How many items are left (operator.length_hint).</summary>
    public long Remaining => seq == null || index < 0 ? 0 : Math.Max(0, Math.Min(index + 1, seq.LengthOrMinusOne()));

    public override PyObject Next()
    {
        if (seq == null || index < 0) { Rc.Clear(ref seq); return null; }
        if (seq is PyList l && index >= l.Count) { Rc.Clear(ref seq); return null; }
        var key = PyInt.New(index--);
        try { return seq.GetItem(key); }
        finally { Rc.Dec(key); }
    }
}
