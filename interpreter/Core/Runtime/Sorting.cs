// A stable merge sort over keys with Python's '<', as list.sort and sorted() need: equal
// elements keep their order, and reverse=True keeps it too (sort reversed, then reverse).
namespace MiniPy.Runtime;

public static class Sorting
{
    /// <summary>Sorts values in place by keys (parallel arrays; keys may be values itself).</summary>
    public static void Sort(PyObject[] keys, PyObject[] values, int n, bool reverse)
    {
        if (reverse) { Array.Reverse(keys, 0, n); if (!ReferenceEquals(keys, values)) Array.Reverse(values, 0, n); }
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        var tmp = new int[n];
        MergeSort(keys, order, tmp, 0, n);
        var sortedKeys = new PyObject[n];
        var sortedValues = new PyObject[n];
        for (int i = 0; i < n; i++) { sortedKeys[i] = keys[order[i]]; sortedValues[i] = values[order[i]]; }
        Array.Copy(sortedKeys, keys, n);
        Array.Copy(sortedValues, values, n);
        if (reverse) { Array.Reverse(keys, 0, n); if (!ReferenceEquals(keys, values)) Array.Reverse(values, 0, n); }
    }

    static void MergeSort(PyObject[] keys, int[] order, int[] tmp, int lo, int hi)
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 8)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int x = order[i];
                int j = i - 1;
                while (j >= lo && Ops.LessThan(keys[x], keys[order[j]])) { order[j + 1] = order[j]; j--; }
                order[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(keys, order, tmp, lo, mid);
        MergeSort(keys, order, tmp, mid, hi);
        if (!Ops.LessThan(keys[order[mid]], keys[order[mid - 1]])) return;
        int a = lo, b = mid, k = lo;
        while (a < mid && b < hi)
            tmp[k++] = Ops.LessThan(keys[order[b]], keys[order[a]]) ? order[b++] : order[a++];
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
