// _itertools: the combinatoric iterators of itertools — product, permutations, combinations
// and combinations_with_replacement — in C#, as CPython writes them in C. Written in MiniPy
// they built each result through a generator expression over a list of indices, thirty
// times slower than CPython; here each result is one tuple filled from an array of indices.
//
// Each takes its input once, into an array it owns (a pool), and walks indices into it in
// the order the documentation's equivalent Python code gives; the rest of itertools stays in
// Lib/itertools.py, which imports these.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class ItertoolsModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_itertools");
        m.Dict.SetItemNew("product", ProductIterator.Type);
        m.Dict.SetItemNew("permutations", PermutationsIterator.Type);
        m.Dict.SetItemNew("combinations", CombinationsIterator.Type);
        m.Dict.SetItemNew("combinations_with_replacement", CombinationsWithReplacementIterator.Type);
        return m;
    }

    /// <summary>A non-negative count argument (r, repeat).</summary>
    internal static int Count(PyObject value, string func, string negativeMessage)
    {
        long n = ArgParser.Int(value, func);
        if (n < 0) throw Err.ValueError(negativeMessage);
        return n > int.MaxValue ? int.MaxValue : (int)n;
    }
}

/// <summary>What the four iterators share: the pool they own, the indices of the next
/// result, and the tuple made from them.</summary>
public abstract class CombinatoricIterator : PyObject
{
    protected PyObject[] pool;
    protected int[] indices;
    /// <summary>False once the first result has been given.</summary>
    protected bool first = true;
    protected bool exhausted;

    protected static readonly string[] IterableAndLength = { "iterable", "r" };

    /// <summary>The arguments (iterable, r) of combinations and its like: r, checked first
    /// as CPython does, then the pool (new references).</summary>
    protected static PyObject[] PoolAndLength(string function, ReadOnlySpan<PyObject> args, PyTuple kwnames, out int r)
    {
        var a = ArgParser.Parse(function, args, kwnames, IterableAndLength, 2);
        r = ItertoolsModule.Count(a[1], function, "r must be non-negative");
        return Ops.ToArray(a[0]);
    }

    /// <summary>0, 1, ... n - 1: the first result's indices of permutations and combinations.</summary>
    protected static int[] Positions(int n)
    {
        var positions = new int[n];
        for (int i = 0; i < n; i++) positions[i] = i;
        return positions;
    }

    protected static PyType MakeType(string name, TypeConstructor construct)
        => BuiltinTypes.NewNativeType(name, "itertools", t => SlotWrappers.Add(t, SlotWrappers.Protocols.Iterator), construct);

    protected void Start(PyType type, PyObject[] items, int[] startIndices, bool empty)
    {
        ObType = type;
        pool = items;
        indices = startIndices;
        exhausted = empty;
        Heap.Allocated(type);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (exhausted) return null;
        if (first) first = false;
        else if (!Advance())
        {
            exhausted = true;
            return null;
        }
        return Result();
    }

    /// <summary>Moves the indices to the next result; false when there is none.</summary>
    protected abstract bool Advance();

    /// <summary>The tuple of the pool's items at the current indices.</summary>
    protected virtual PyObject Result() => TupleAt(indices, indices.Length);

    protected PyTuple TupleAt(int[] at, int length)
    {
        var t = PyTuple.New(length);
        for (int i = 0; i < length; i++) t.Items[i] = Rc.New(pool[at[i]]);
        return t;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (pool == null) return;
        foreach (var item in pool) visit(item);
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        var items = pool;
        pool = null;
        if (items != null) foreach (var item in items) Rc.Dec(item);
    }
}

/// <summary>itertools.permutations(iterable, r=None): r-length orderings of the pool's
/// positions, in lexicographic order.</summary>
public sealed class PermutationsIterator : CombinatoricIterator
{
    public static readonly PyType Type = MakeType("permutations", Construct);
    int[] cycles;
    int r;

    static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var a = ArgParser.Parse("permutations", args, kwnames, IterableAndLength, 1);
        var items = Ops.ToArray(a[0]);
        int n = items.Length;
        int r = n;
        if (a[1] != null && a[1] is not PyNone)
        {
            try
            {
                if (a[1] is not PyInt) throw Err.TypeError("Expected int as r");
                r = ItertoolsModule.Count(a[1], "permutations", "r must be non-negative");
            }
            catch
            {
                foreach (var item in items) Rc.Dec(item);
                throw;
            }
        }
        var it = new PermutationsIterator { r = r };
        it.Start(Type, items, Positions(n), r > n);
        if (r <= n)
        {
            it.cycles = new int[r];
            for (int i = 0; i < r; i++) it.cycles[i] = n - i;
        }
        return it;
    }

    protected override PyObject Result() => TupleAt(indices, r);

    protected override bool Advance()
    {
        int n = pool.Length;
        if (n == 0) return false;
        for (int i = r - 1; i >= 0; i--)
        {
            if (--cycles[i] == 0)
            {
                // The index at i moves to the end; those after it move up one.
                int moved = indices[i];
                Array.Copy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = moved;
                cycles[i] = n - i;
            }
            else
            {
                int j = n - cycles[i];
                (indices[i], indices[j]) = (indices[j], indices[i]);
                return true;
            }
        }
        return false;
    }
}

/// <summary>itertools.combinations(iterable, r): r-length subsequences of the pool, in the
/// order of their positions.</summary>
public sealed class CombinationsIterator : CombinatoricIterator
{
    public static readonly PyType Type = MakeType("combinations", Construct);

    static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var items = PoolAndLength("combinations", args, kwnames, out int r);
        var it = new CombinationsIterator();
        it.Start(Type, items, Positions(Math.Min(r, items.Length)), r > items.Length);
        return it;
    }

    protected override bool Advance()
    {
        int n = pool.Length, r = indices.Length;
        int i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) i--;
        if (i < 0) return false;
        indices[i]++;
        for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        return true;
    }
}

/// <summary>itertools.combinations_with_replacement(iterable, r): r-length subsequences in
/// which an item may repeat.</summary>
public sealed class CombinationsWithReplacementIterator : CombinatoricIterator
{
    public static readonly PyType Type = MakeType("combinations_with_replacement", Construct);

    static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var items = PoolAndLength("combinations_with_replacement", args, kwnames, out int r);
        var it = new CombinationsWithReplacementIterator();
        it.Start(Type, items, new int[items.Length == 0 ? 0 : r], items.Length == 0 && r > 0);
        return it;
    }

    protected override bool Advance()
    {
        int n = pool.Length, r = indices.Length;
        int i = r - 1;
        while (i >= 0 && indices[i] == n - 1) i--;
        if (i < 0) return false;
        int next = indices[i] + 1;
        for (int j = i; j < r; j++) indices[j] = next;
        return true;
    }
}

/// <summary>itertools.product(*iterables, repeat=1): the cartesian product, as nested for
/// loops give it, the last pool varying fastest.</summary>
public sealed class ProductIterator : CombinatoricIterator
{
    public static readonly PyType Type = MakeType("product", Construct);
    /// <summary>Where each pool (repeats included) starts in the one array of items, and its length.</summary>
    int[] starts, lengths;
    int[] positions;

    static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int repeat = 1;
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kwnames.Items[k]).Value;
            if (name != "repeat") throw Err.TypeError($"'{name}' is an invalid keyword argument for product()");
            repeat = ItertoolsModule.Count(args[args.Length - nkw + k], "product", "repeat argument cannot be negative");
        }
        int npools = args.Length - nkw;
        long total = (long)npools * repeat;
        if (total > int.MaxValue / 2) throw Err.OverflowError("repeat argument too large");
        var pools = new List<PyObject[]>();
        try
        {
            for (int i = 0; i < npools; i++) pools.Add(Ops.ToArray(args[i]));
        }
        catch
        {
            foreach (var p in pools) foreach (var item in p) Rc.Dec(item);
            throw;
        }
        var all = new List<PyObject>();
        var it = new ProductIterator { starts = new int[total], lengths = new int[total] };
        bool empty = false;
        for (int rep = 0, p = 0; rep < repeat; rep++)
            for (int i = 0; i < npools; i++, p++)
            {
                it.starts[p] = all.Count;
                it.lengths[p] = pools[i].Length;
                if (pools[i].Length == 0) empty = true;
                foreach (var item in pools[i])
                {
                    // The pools' references are the first repeat's; each further repeat takes its own.
                    if (rep > 0) Rc.Inc(item);
                    all.Add(item);
                }
            }
        if (repeat == 0) foreach (var p in pools) foreach (var item in p) Rc.Dec(item);
        it.positions = new int[total];
        it.Start(Type, all.ToArray(), new int[total], empty);
        return it;
    }

    protected override PyObject Result()
    {
        for (int p = 0; p < positions.Length; p++) indices[p] = starts[p] + positions[p];
        return TupleAt(indices, indices.Length);
    }

    protected override bool Advance()
    {
        for (int p = positions.Length - 1; p >= 0; p--)
        {
            if (++positions[p] < lengths[p]) return true;
            positions[p] = 0;
        }
        return false;
    }
}
