// The methods of dict: keys values items get setdefault pop popitem update clear copy
// fromkeys __contains__, and dict.update's argument handling (shared with the constructor).
namespace MiniPy.Runtime;

public static class DictMethods
{
    public static void Add(PyType t)
    {
        BuiltinTypes.AddMethod(t, "keys", (self, args, kw) =>
        {
            MethodArgs.None("dict.keys", args, kw);
            return DictView.New((PyDict)self, DictIterKind.Keys);
        });
        BuiltinTypes.AddMethod(t, "values", (self, args, kw) =>
        {
            MethodArgs.None("dict.values", args, kw);
            return DictView.New((PyDict)self, DictIterKind.Values);
        });
        BuiltinTypes.AddMethod(t, "items", (self, args, kw) =>
        {
            MethodArgs.None("dict.items", args, kw);
            return DictView.New((PyDict)self, DictIterKind.Items);
        });
        BuiltinTypes.AddMethod(t, "get", (self, args, kw) =>
        {
            MethodArgs.Range("dict.get", "get", args, kw, 1, 2);
            return ((PyDict)self).GetItemNew(args[0]) ?? Rc.New(args.Length > 1 ? args[1] : PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "setdefault", (self, args, kw) =>
        {
            MethodArgs.Range("dict.setdefault", "setdefault", args, kw, 1, 2);
            var d = (PyDict)self;
            var value = d.GetItemNew(args[0]);
            if (value != null) return value;
            var defaultValue = args.Length > 1 ? args[1] : PyNone.Instance;
            d.SetItemNew(args[0], defaultValue);
            return Rc.New(defaultValue);
        });
        BuiltinTypes.AddMethod(t, "pop", (self, args, kw) =>
        {
            MethodArgs.Range("dict.pop", "pop", args, kw, 1, 2);
            var value = ((PyDict)self).Pop(args[0]);
            if (value != null) return value;
            if (args.Length > 1) return Rc.New(args[1]);
            throw Err.KeyError(args[0]);
        });
        BuiltinTypes.AddMethod(t, "popitem", (self, args, kw) =>
        {
            MethodArgs.None("dict.popitem", args, kw);
            var d = (PyDict)self;
            for (int i = d.EntryCount - 1; i >= 0; i--)
            {
                var key = d.Entries[i].Key;
                if (key == null) continue;
                Rc.Inc(key);
                var pair = PyTuple.New(2);
                pair.SetItemSteal(0, key);
                pair.SetItemSteal(1, d.Pop(key));
                return pair;
            }
            var message = PyStr.New("popitem(): dictionary is empty");
            try { throw Err.KeyError(message); } finally { Rc.Dec(message); }
        });
        BuiltinTypes.AddMethod(t, "update", (self, args, kw) =>
        {
            int npos = MethodArgs.PositionalCount(args, kw);
            if (npos > 1) throw Err.TypeError($"update expected at most 1 argument, got {npos}");
            var d = (PyDict)self;
            if (npos == 1) UpdateFrom(d, args[0]);
            for (int k = 0; k < (kw?.Count ?? 0); k++) d.SetItemNew(kw.Items[k], args[npos + k]);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "clear", (self, args, kw) =>
        {
            MethodArgs.None("dict.clear", args, kw);
            ((PyDict)self).Clear();
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "copy", (self, args, kw) =>
        {
            MethodArgs.None("dict.copy", args, kw);
            return ((PyDict)self).Copy();
        });
        BuiltinTypes.AddMethod(t, "__contains__", (self, args, kw) =>
            PyBool.From(((PyDict)self).ContainsKey(MethodArgs.One("dict.__contains__", args, kw))));
        BuiltinTypes.AddClassMethod(t, "fromkeys", (args, kw) =>
        {
            // A class method: a class derived from dict gets an instance of itself, filled
            // through its own __setitem__.
            if (args.Length == 0 || args[0] is not PyType cls) throw Err.TypeError("dict.fromkeys needs a class as its first argument");
            var rest = args.Slice(1);
            MethodArgs.Range("dict.fromkeys", "fromkeys", rest, kw, 1, 2);
            var value = rest.Length > 1 ? rest[1] : PyNone.Instance;
            var d = cls == PyDict.Type ? PyDict.New() : Ops.Call(cls);
            try
            {
                var it = Ops.GetIter(rest[0]);
                try
                {
                    PyObject key;
                    while ((key = Ops.Next(it)) != null)
                    {
                        try
                        {
                            if (d is PyDict exact) exact.SetItemNew(key, value);
                            else d.SetItem(key, value);
                        }
                        finally { Rc.Dec(key); }
                    }
                }
                finally { Rc.Dec(it); }
            }
            catch { Rc.Dec(d); throw; }
            return d;
        });
    }

    /// <summary>dict.update(other): a mapping (anything with keys()) or an iterable of pairs.</summary>
    public static void UpdateFrom(PyDict d, PyObject other)
    {
        if (other is PyDict od) { d.Update(od); return; }
        // A dict subclass that keeps dict's iteration is copied as a dict, whatever its
        // __getitem__ says (CPython's PyDict_Merge does the same).
        if (other is PyInstance { BaseValue: PyDict baseDict } && ReferenceEquals(other.ObType.Lookup("__iter__"), PyDict.Type.Lookup("__iter__")))
        {
            d.Update(baseDict);
            return;
        }
        if (other.ObType.Lookup("keys") != null && other is not PyList && other is not PyTuple)
        {
            var keys = Ops.CallMethod(other, "keys");
            try
            {
                var keyIterator = Ops.GetIter(keys);
                try
                {
                    PyObject k;
                    while ((k = Ops.Next(keyIterator)) != null)
                    {
                        try
                        {
                            var v = other.GetItem(k);
                            try { d.SetItemNew(k, v); } finally { Rc.Dec(v); }
                        }
                        finally { Rc.Dec(k); }
                    }
                }
                finally { Rc.Dec(keyIterator); }
            }
            finally { Rc.Dec(keys); }
            return;
        }
        var it = Ops.GetIter(other);
        try
        {
            PyObject element;
            for (int i = 0; (element = Ops.Next(it)) != null; i++)
            {
                try
                {
                    var pair = ToPair(element, i);
                    try
                    {
                        if (pair.Length != 2)
                            throw Err.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
                        d.SetItemNew(pair[0], pair[1]);
                    }
                    finally { foreach (var o in pair) Rc.Dec(o); }
                }
                finally { Rc.Dec(element); }
            }
        }
        finally { Rc.Dec(it); }
    }

    /// <summary>The items of one element of an update sequence (owned references).</summary>
    static PyObject[] ToPair(PyObject element, int index)
    {
        PyObject it;
        try { it = Ops.GetIter(element); }
        catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.TypeError))
        {
            Rc.Dec(e.TakeException());
            throw Err.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
        }
        try { return Ops.ToArray(it); }
        finally { Rc.Dec(it); }
    }
}
