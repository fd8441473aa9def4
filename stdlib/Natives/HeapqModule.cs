// _heapq: heapq's push, pop, heapify, replace and pushpop in C#, as CPython's _heapq module
// writes them in C — the same sifts (items swapped along one path of the tree), the same
// comparisons in the same order (only `<`), the same errors. A comparison runs the items'
// own __lt__, which may change the list: as in CPython, each sift checks the list's length
// after every comparison and raises RuntimeError if it moved, and re-reads the items.
//
// The functions work on the list's item array directly, which only the GIL makes safe;
// without it (--gil off, --free-threaded) the module offers none of them, and Lib/heapq.py
// keeps its own versions, which go through the list's own operations.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class HeapqModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_heapq");
        if (!Heap.CachesTypeLookups) return m;
        m.AddFunction("heappush", (a, k) =>
        {
            TwoArguments("heappush", a, k);
            var heap = ListArgument(a[0], "heappush", " 1");
            heap.Append(a[1]);
            SiftDown(heap, 0, heap.Count - 1);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("heappop", (a, k) =>
        {
            ArgParser.Positional("heappop", a, k, 1, 1);
            var heap = ListArgument(a[0], "heappop", "");
            if (heap.Count == 0) throw Err.IndexError("index out of range");
            var last = heap.PopAt(-1);
            if (heap.Count == 0) return last;
            var top = heap.Items[0];
            heap.Items[0] = last; // the popped reference moves into the list, the top's out
            SiftOrRelease(heap, top);
            return top;
        });
        m.AddFunction("heapreplace", (a, k) =>
        {
            TwoArguments("heapreplace", a, k);
            var heap = ListArgument(a[0], "heapreplace", " 1");
            if (heap.Count == 0) throw Err.IndexError("index out of range");
            return Replace(heap, a[1]);
        });
        m.AddFunction("heappushpop", (a, k) =>
        {
            TwoArguments("heappushpop", a, k);
            var heap = ListArgument(a[0], "heappushpop", " 1");
            var item = a[1];
            if (heap.Count == 0 || !Less(heap.Items[0], item)) return Rc.New(item);
            // The comparison ran the items' __lt__, which may have emptied the list.
            if (heap.Count == 0) throw Err.IndexError("index out of range");
            return Replace(heap, item);
        });
        m.AddFunction("heapify", (a, k) =>
        {
            ArgParser.Positional("heapify", a, k, 1, 1);
            var heap = ListArgument(a[0], "heapify", "");
            for (int i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i);
            return Rc.New(PyNone.Instance);
        });
        return m;
    }

    /// <summary>The two-argument functions' check, in Argument Clinic's words.</summary>
    static void TwoArguments(string function, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) throw Err.TypeError($"_heapq.{function}() takes no keyword arguments");
        if (args.Length != 2) throw Err.TypeError($"{function} expected 2 arguments, got {args.Length}");
    }

    static PyList ListArgument(PyObject o, string function, string which)
        => BuiltinSubclass.Unwrap(o) as PyList ?? throw Err.TypeError($"{function}() argument{which} must be list, not {o.ObType.Name}");

    /// <summary>Puts item at the top and returns the old top (a new reference).</summary>
    static PyObject Replace(PyList heap, PyObject item)
    {
        var top = heap.Items[0];
        heap.Items[0] = Rc.New(item);
        SiftOrRelease(heap, top);
        return top;
    }

    /// <summary>Sifts the new top down; if a comparison raises, the old top, already out of
    /// the list and owned by the caller, is released before the error goes on.</summary>
    static void SiftOrRelease(PyList heap, PyObject oldTop)
    {
        try { SiftUp(heap, 0); }
        catch
        {
            Rc.Dec(oldTop);
            throw;
        }
    }

    /// <summary>a &lt; b, with both held while the comparison runs code that may drop them
    /// from the list.</summary>
    static bool Less(PyObject a, PyObject b)
    {
        Rc.Inc(a);
        Rc.Inc(b);
        try { return Ops.LessThan(a, b); }
        finally
        {
            Rc.Dec(a);
            Rc.Dec(b);
        }
    }

    static void CheckSize(PyList heap, int size)
    {
        if (heap.Count != size) throw Err.RuntimeError("list changed size during iteration");
    }

    static void Swap(PyList heap, int i, int j)
    {
        var items = heap.Items;
        (items[i], items[j]) = (items[j], items[i]);
    }

    /// <summary>Moves the item at pos up towards startpos while it is less than its parent.</summary>
    static void SiftDown(PyList heap, int startpos, int pos)
    {
        int size = heap.Count;
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            bool less = Less(heap.Items[pos], heap.Items[parentpos]);
            CheckSize(heap, size);
            if (!less) break;
            Swap(heap, pos, parentpos);
            pos = parentpos;
        }
    }

    /// <summary>Moves the smaller child up until the item at pos reaches a leaf, then sifts
    /// it down to its place (the bottom-up heap of CPython's heapq, fewer comparisons).</summary>
    static void SiftUp(PyList heap, int pos)
    {
        int endpos = heap.Count;
        int startpos = pos;
        int limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                bool less = Less(heap.Items[childpos], heap.Items[childpos + 1]);
                if (!less) childpos++;
                CheckSize(heap, endpos);
            }
            Swap(heap, childpos, pos);
            pos = childpos;
        }
        SiftDown(heap, startpos, pos);
    }
}
