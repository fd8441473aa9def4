// The constructor and methods of collections.deque: append appendleft pop popleft extend
// extendleft rotate clear copy count index insert remove reverse, maxlen, and __init__
// (for classes derived from deque), with CPython 3.11's messages.
namespace MiniPy.Runtime;

public static class DequeMethods
{
    static readonly string[] constructorNames = { "iterable", "maxlen" };

    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var d = PyDeque.New();
        try { Initialize(d, args, kw); }
        catch { Rc.Dec(d); throw; }
        return d;
    }

    /// <summary>deque.__init__(iterable=(), maxlen=None): empties d, bounds it, fills it.</summary>
    static void Initialize(PyDeque d, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        int npos = MethodArgs.PositionalCount(args, kw);
        if (npos > 2) throw Err.TypeError($"deque() takes at most 2 arguments ({npos} given)");
        var p = ArgParser.Parse("deque", args, kw, constructorNames, 0);
        long maxlen = -1;
        if (p[1] != null && p[1] is not PyNone)
        {
            if (p[1] is not PyInt m) throw Err.TypeError("an integer is required");
            if (m.IsBig) throw Err.New(ErrorTypes.OverflowError, "Python int too large to convert to C ssize_t");
            if (m.Value < 0) throw Err.ValueError("maxlen must be non-negative");
            maxlen = m.Value;
        }
        d.Reset(maxlen);
        if (p[0] != null) d.Extend(p[0]);
    }

    static PyDeque Self(PyObject o) => (PyDeque)o;

    static PyObject None() => Rc.New(PyNone.Instance);

    public static void Add(PyType t)
    {
        BuiltinTypes.AddMethod(t, "__init__", (self, args, kw) => { Initialize(Self(self), args, kw); return None(); });
        BuiltinTypes.AddMethod(t, "append", (self, args, kw) => { Self(self).Append(MethodArgs.One("deque.append", args, kw)); return None(); });
        BuiltinTypes.AddMethod(t, "appendleft", (self, args, kw) => { Self(self).Append(MethodArgs.One("deque.appendleft", args, kw), left: true); return None(); });
        BuiltinTypes.AddMethod(t, "pop", (self, args, kw) =>
        {
            MethodArgs.None("deque.pop", args, kw);
            return Self(self).Pop() ?? throw Err.IndexError("pop from an empty deque");
        });
        BuiltinTypes.AddMethod(t, "popleft", (self, args, kw) =>
        {
            MethodArgs.None("deque.popleft", args, kw);
            return Self(self).Pop(left: true) ?? throw Err.IndexError("pop from an empty deque");
        });
        BuiltinTypes.AddMethod(t, "extend", (self, args, kw) => { Self(self).Extend(MethodArgs.One("deque.extend", args, kw)); return None(); });
        BuiltinTypes.AddMethod(t, "extendleft", (self, args, kw) => { Self(self).Extend(MethodArgs.One("deque.extendleft", args, kw), left: true); return None(); });
        BuiltinTypes.AddMethod(t, "rotate", (self, args, kw) =>
        {
            MethodArgs.Range("deque.rotate", "rotate", args, kw, 0, 1);
            Self(self).Rotate(args.Length == 0 ? 1 : MethodArgs.Index(args[0]));
            return None();
        });
        BuiltinTypes.AddMethod(t, "clear", (self, args, kw) => { MethodArgs.None("deque.clear", args, kw); Self(self).Clear(); return None(); });
        BuiltinTypes.AddMethod(t, "reverse", (self, args, kw) => { MethodArgs.None("deque.reverse", args, kw); Self(self).Reverse(); return None(); });
        NativeMethod copy = (self, args, kw) => { MethodArgs.None("deque.copy", args, kw); return Self(self).Copy(); };
        BuiltinTypes.AddMethod(t, "copy", copy);
        BuiltinTypes.AddMethod(t, "__copy__", copy);
        BuiltinTypes.AddMethod(t, "count", (self, args, kw) =>
        {
            var item = MethodArgs.One("deque.count", args, kw);
            var d = Self(self);
            long mutations = d.Mutations;
            var items = d.SnapshotOwned();
            try
            {
                long n = 0;
                foreach (var o in items)
                {
                    if (Ops.EqualsBool(o, item)) n++;
                    if (d.Mutations != mutations) throw Err.RuntimeError("deque mutated during iteration");
                }
                return PyInt.New(n);
            }
            finally { PyDeque.Release(items); }
        });
        BuiltinTypes.AddMethod(t, "index", (self, args, kw) =>
        {
            MethodArgs.Range("deque.index", "index", args, kw, 1, 3);
            var d = Self(self);
            long start = MethodArgs.SliceIndex(args.Length > 1 ? args[1] : null, 0, false);
            long stop = MethodArgs.SliceIndex(args.Length > 2 ? args[2] : null, long.MaxValue, false);
            long i = Find(d, args[0], start, stop);
            if (i < 0) throw Err.ValueError(Ops.Repr(args[0]) + " is not in deque");
            return PyInt.New(i);
        });
        BuiltinTypes.AddMethod(t, "insert", (self, args, kw) =>
        {
            MethodArgs.Range("deque.insert", "insert", args, kw, 2, 2);
            Self(self).Insert(MethodArgs.Index(args[0]), args[1]);
            return None();
        });
        BuiltinTypes.AddMethod(t, "remove", (self, args, kw) =>
        {
            var item = MethodArgs.One("deque.remove", args, kw);
            var d = Self(self);
            long mutations = d.Mutations;
            long i = Find(d, item, 0, long.MaxValue, "deque mutated during remove().");
            if (i < 0) throw Err.ValueError(Ops.Repr(item) + " is not in deque");
            // Taken out only if nothing changed the deque since it was searched.
            var removed = d.RemoveAt(i, mutations) ?? throw Err.IndexError("deque mutated during remove().");
            Rc.Dec(removed);
            return None();
        });
        BuiltinTypes.AddMethod(t, "__reversed__", (self, args, kw) =>
        {
            MethodArgs.None("deque.__reversed__", args, kw);
            return DequeIterator.New(Self(self), reverse: true);
        });
        BuiltinTypes.AddGetter(t, "maxlen", self =>
        {
            var d = Self(BuiltinSubclass.Unwrap(self)); // a getter sees the instance itself
            return d.MaxLen < 0 ? None() : PyInt.New(d.MaxLen);
        });
        foreach (var iterator in new[] { PyDeque.IteratorType, PyDeque.ReverseIteratorType })
            BuiltinTypes.AddMethod(iterator, "__length_hint__", (self, args, kw) => PyInt.New(((DequeIterator)self).Remaining));
    }

    /// <summary>The index of the first item equal to item in [start, stop) (negative bounds
    /// count from the end), or -1. A deque changed by a comparison is a RuntimeError.</summary>
    static long Find(PyDeque d, PyObject item, long start, long stop, string mutatedMessage = null)
    {
        long mutations = d.Mutations;
        var items = d.SnapshotOwned();
        try
        {
            int n = items.Length;
            if (start < 0) { start += n; if (start < 0) start = 0; }
            if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
            for (long i = start; i < stop && i < n; i++)
            {
                bool equal = Ops.EqualsBool(items[i], item);
                if (d.Mutations != mutations)
                    throw mutatedMessage != null ? Err.IndexError(mutatedMessage) : Err.RuntimeError("deque mutated during iteration");
                if (equal) return i;
            }
            return -1;
        }
        finally { PyDeque.Release(items); }
    }
}
