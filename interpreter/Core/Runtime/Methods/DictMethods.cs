// Methods of dict (to be filled in), and dict.update's argument handling.
namespace MiniPy.Runtime;

public static class DictMethods
{
    public static void Add(PyType t) { }

    /// <summary>dict.update(other): a mapping (anything with keys()) or an iterable of pairs.</summary>
    public static void UpdateFrom(PyDict d, PyObject other)
    {
        if (other is PyDict od) { d.Update(od); return; }
        if (other.ObType.Lookup("keys") != null && other is not PyList && other is not PyTuple)
        {
            var keys = Ops.CallMethod(other, "keys");
            try
            {
                foreach (var k in Ops.ToArray(keys))
                {
                    var v = other.GetItem(k);
                    d.SetItemNew(k, v);
                    Rc.Dec(v);
                    Rc.Dec(k);
                }
            }
            finally { Rc.Dec(keys); }
            return;
        }
        var items = Ops.ToArray(other);
        try
        {
            for (int i = 0; i < items.Length; i++)
            {
                var pair = Ops.ToArray(items[i]);
                try
                {
                    if (pair.Length != 2)
                        throw Err.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
                    d.SetItemNew(pair[0], pair[1]);
                }
                finally { foreach (var o in pair) Rc.Dec(o); }
            }
        }
        finally { foreach (var o in items) Rc.Dec(o); }
    }
}
