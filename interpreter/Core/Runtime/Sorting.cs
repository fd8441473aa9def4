// A stable merge sort over keys with Python's '<', as list.sort and sorted() need: equal
// elements keep their order, and reverse=True keeps it too (sort reversed, then reverse).
//
// As CPython's list.sort does, the keys are looked at once before sorting: when all are of
// one built-in type whose '<' runs no Python code — ints that fit a word, floats, strs — or
// all are tuples whose first items are, the sort compares them directly instead of through
// the generic comparison (for tuples: the first items directly, the rest of the tuple only
// when those are equal). The order is the same either way; only the cost differs.
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime;

public static class Sorting
{
    /// <summary>Sorts values in place by keys (parallel arrays; keys may be values itself).
    /// The merge sort orders positions (an int array), not the references themselves: moving
    /// ints costs no garbage-collector write barrier, moving references does.</summary>
    public static void Sort(PyObject[] keys, PyObject[] values, int n, bool reverse)
    {
        if (reverse) { Array.Reverse(keys, 0, n); if (!ReferenceEquals(keys, values)) Array.Reverse(values, 0, n); }
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        var tmp = new int[n];
        switch (KindOf(keys, n))
        {
            case KeyKind.Int: MergeSort<IntLess>(keys, order, tmp, 0, n); break;
            case KeyKind.Float: MergeSort<FloatLess>(keys, order, tmp, 0, n); break;
            case KeyKind.Str: MergeSort<StrLess>(keys, order, tmp, 0, n); break;
            case KeyKind.TupleOfInt: MergeSort<TupleLess<IntLess>>(keys, order, tmp, 0, n); break;
            case KeyKind.TupleOfFloat: MergeSort<TupleLess<FloatLess>>(keys, order, tmp, 0, n); break;
            case KeyKind.TupleOfStr: MergeSort<TupleLess<StrLess>>(keys, order, tmp, 0, n); break;
            default: MergeSort<GenericLess>(keys, order, tmp, 0, n); break;
        }
        var sortedKeys = new PyObject[n];
        var sortedValues = ReferenceEquals(keys, values) ? null : new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            sortedKeys[i] = keys[order[i]];
            if (sortedValues != null) sortedValues[i] = values[order[i]];
        }
        Array.Copy(sortedKeys, keys, n);
        if (sortedValues != null) Array.Copy(sortedValues, values, n);
        if (reverse) { Array.Reverse(keys, 0, n); if (!ReferenceEquals(keys, values)) Array.Reverse(values, 0, n); }
    }

    enum KeyKind { Generic, Int, Float, Str, TupleOfInt, TupleOfFloat, TupleOfStr }

    /// <summary>The one comparison that fits every key (CPython's pre-sort check).</summary>
    static KeyKind KindOf(PyObject[] keys, int n)
    {
        if (n < 2) return KeyKind.Generic;
        var first = keys[0];
        if (first.ObType == PyTuple.Type)
        {
            for (int i = 0; i < n; i++)
                if (keys[i].ObType != PyTuple.Type || ((PyTuple)keys[i]).Items.Length == 0) return KeyKind.Generic;
            var firstItems = new PyObject[n];
            for (int i = 0; i < n; i++) firstItems[i] = ((PyTuple)keys[i]).Items[0];
            return ScalarKind(firstItems, n) switch
            {
                KeyKind.Int => KeyKind.TupleOfInt,
                KeyKind.Float => KeyKind.TupleOfFloat,
                KeyKind.Str => KeyKind.TupleOfStr,
                _ => KeyKind.Generic,
            };
        }
        return ScalarKind(keys, n);
    }

    static KeyKind ScalarKind(PyObject[] keys, int n)
    {
        var type = keys[0].ObType;
        for (int i = 1; i < n; i++) if (keys[i].ObType != type) return KeyKind.Generic;
        if (type == PyFloat.Type)
        {
            // A NaN is unordered: the merge sort's answer with it is the one to keep.
            for (int i = 0; i < n; i++) if (double.IsNaN(((PyFloat)keys[i]).Value)) return KeyKind.Generic;
            return KeyKind.Float;
        }
        if (type == PyStr.Type) return KeyKind.Str;
        if (type == PyInt.Type)
        {
            for (int i = 0; i < n; i++) if (((PyInt)keys[i]).IsBig) return KeyKind.Generic;
            return KeyKind.Int;
        }
        return KeyKind.Generic;
    }

    interface ILess
    {
        static abstract bool Less(PyObject a, PyObject b);
        /// <summary>a == b, for the first items of tuples (only the scalar kinds).</summary>
        static abstract bool Equal(PyObject a, PyObject b);
    }

    struct GenericLess : ILess
    {
        public static bool Less(PyObject a, PyObject b) => Ops.LessThan(a, b);
        public static bool Equal(PyObject a, PyObject b) => throw new InvalidOperationException();
    }

    struct IntLess : ILess
    {
        // (The pre-sort check saw every key an int: no cast needs checking. PyInt is not
        // sealed, and a checked cast to it is a call.)
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Less(PyObject a, PyObject b) => Unsafe.As<PyInt>(a).Value < Unsafe.As<PyInt>(b).Value;
        public static bool Equal(PyObject a, PyObject b) => Unsafe.As<PyInt>(a).Value == Unsafe.As<PyInt>(b).Value;
    }

    struct FloatLess : ILess
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Less(PyObject a, PyObject b) => ((PyFloat)a).Value < ((PyFloat)b).Value;
        public static bool Equal(PyObject a, PyObject b) => ((PyFloat)a).Value == ((PyFloat)b).Value;
    }

    /// <summary>strs as PyStr's own '<' orders them.</summary>
    struct StrLess : ILess
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Less(PyObject a, PyObject b) => PyStr.CompareCodePoints(((PyStr)a).Value, ((PyStr)b).Value) < 0;
        public static bool Equal(PyObject a, PyObject b) => ReferenceEquals(a, b) || ((PyStr)a).Value == ((PyStr)b).Value;
    }

    /// <summary>Tuples whose first items are all of one scalar kind: those decide, unless
    /// equal; then the tuples are compared as '<' compares them (from the first item on, as
    /// CPython's unsafe_tuple_compare does: a NaN first item is never equal to itself).</summary>
    struct TupleLess<TFirst> : ILess where TFirst : struct, ILess
    {
        public static bool Less(PyObject a, PyObject b)
        {
            var x = ((PyTuple)a).Items[0];
            var y = ((PyTuple)b).Items[0];
            if (!ReferenceEquals(x, y) && !TFirst.Equal(x, y)) return TFirst.Less(x, y);
            return Ops.LessThan(a, b);
        }
        public static bool Equal(PyObject a, PyObject b) => throw new InvalidOperationException();
    }

    static void MergeSort<TLess>(PyObject[] keys, int[] order, int[] tmp, int lo, int hi) where TLess : struct, ILess
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 8)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int x = order[i];
                int j = i - 1;
                while (j >= lo && TLess.Less(keys[x], keys[order[j]])) { order[j + 1] = order[j]; j--; }
                order[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort<TLess>(keys, order, tmp, lo, mid);
        MergeSort<TLess>(keys, order, tmp, mid, hi);
        if (!TLess.Less(keys[order[mid]], keys[order[mid - 1]])) return;
        int a = lo, b = mid, k = lo;
        while (a < mid && b < hi)
            tmp[k++] = TLess.Less(keys[order[b]], keys[order[a]]) ? order[b++] : order[a++];
        while (a < mid) tmp[k++] = order[a++];
        while (b < hi) tmp[k++] = order[b++];
        Array.Copy(tmp, lo, order, lo, hi - lo);
    }

    /// <summary>Sorts a list in place, with an optional key function (list.sort semantics).</summary>
    public static void SortList(PyList list, PyObject keyFunc, bool reverse)
    {
        int n = list.Count;
        var values = new PyObject[n];
        Array.Copy(list.Items, values, n);
        // Hold references while user code (key, __lt__) runs, as CPython empties the list.
        foreach (var v in values) Rc.Inc(v);
        PyObject[] keys = values;
        try
        {
            if (keyFunc != null && keyFunc is not PyNone)
            {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.Call(keyFunc, values[i]);
            }
            Sort(keys, values, n, reverse);
            if (list.Count != n) throw Err.ValueError("list modified during sort");
            for (int i = 0; i < n; i++)
            {
                var old = list.Items[i];
                list.Items[i] = Rc.New(values[i]);
                Rc.Dec(old);
            }
        }
        finally
        {
            foreach (var v in values) Rc.Dec(v);
            if (!ReferenceEquals(keys, values)) foreach (var k in keys) Rc.XDec(k);
        }
    }
}
