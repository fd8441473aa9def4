// Helpers for classes made by class statements: finding methods a class defined (as opposed
// to built-in defaults), and breaking the class/method reference cycles at teardown when the
// cycle collector does not run (the GIL off).
namespace MiniPy.Runtime;

public static class HeapTypes
{
    /// <summary>The first definition of name in a class-statement type along the MRO, or null
    /// (borrowed). Built-in types' dicts are not consulted.</summary>
    public static PyObject LookupUserDefined(PyType t, PyStr name)
    {
        var v = t.Lookup(name);
        if (v == null) return null;
        // Found, but perhaps only on the built-in base (object's defaults): not an override.
        var mro = t.Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            if (mro[i].IsHeapType) continue;
            return mro[i].Lookup(name) == v ? null : v;
        }
        return v;
    }

    /// <summary>A class refers to its methods through its dict, and methods that use super()
    /// refer back to the class through their __class__ cell. With the GIL the cycle collector
    /// frees such a pair; with it off nothing is tracked, so teardown clears every remaining
    /// class's dict.</summary>
    public static void BreakCycles()
    {
        var types = Heap.LiveHeapTypes();
        foreach (var t in types) Rc.Inc(t);
        foreach (var t in types) t.Dict?.Clear();
        foreach (var t in types) Rc.Dec(t);
    }
}
