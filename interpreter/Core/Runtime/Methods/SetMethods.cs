// The methods of set and frozenset. Both get the non-mutating ones (copy union intersection
// difference symmetric_difference issubset issuperset isdisjoint); set also gets add remove
// discard pop clear update and the *_update forms. Arguments other than the receiver may be
// any iterables.
namespace MiniPy.Runtime;

public static class SetMethods
{
    public static void Add(PyType t, bool frozen)
    {
        string typeName = frozen ? "frozenset" : "set";
        BuiltinTypes.AddMethod(t, "copy", (self, args, kw) =>
        {
            MethodArgs.None(typeName + ".copy", args, kw);
            var s = (PySet)self;
            return s.CopyAs(s.IsFrozen);
        });
        BuiltinTypes.AddMethod(t, "union", (self, args, kw) =>
        {
            MethodArgs.Range(typeName + ".union", "union", args, kw, 0, int.MaxValue);
            var s = (PySet)self;
            var result = s.CopyAs(s.IsFrozen);
            try { foreach (var other in args) result.UpdateFrom(other); }
            catch { Rc.Dec(result); throw; }
            return result;
        });
        BuiltinTypes.AddMethod(t, "intersection", (self, args, kw) =>
        {
            MethodArgs.Range(typeName + ".intersection", "intersection", args, kw, 0, int.MaxValue);
            var s = (PySet)self;
            var result = s.CopyAs(s.IsFrozen);
            foreach (var other in args) Replace(ref result, r => Intersect(r, other));
            return result;
        });
        BuiltinTypes.AddMethod(t, "difference", (self, args, kw) =>
        {
            MethodArgs.Range(typeName + ".difference", "difference", args, kw, 0, int.MaxValue);
            var s = (PySet)self;
            var result = s.CopyAs(s.IsFrozen);
            try { foreach (var other in args) RemoveAll(result, other); }
            catch { Rc.Dec(result); throw; }
            return result;
        });
        BuiltinTypes.AddMethod(t, "symmetric_difference", (self, args, kw) =>
        {
            var other = MethodArgs.One(typeName + ".symmetric_difference", args, kw);
            var s = (PySet)self;
            var result = s.CopyAs(s.IsFrozen);
            try { ToggleAll(result, other); }
            catch { Rc.Dec(result); throw; }
            return result;
        });
        BuiltinTypes.AddMethod(t, "issubset", (self, args, kw) =>
        {
            var other = MethodArgs.One(typeName + ".issubset", args, kw);
            return WithSet(other, o => PyBool.From(((PySet)self).IsSubsetOf(o)));
        });
        BuiltinTypes.AddMethod(t, "issuperset", (self, args, kw) =>
        {
            var other = MethodArgs.One(typeName + ".issuperset", args, kw);
            return WithSet(other, o => PyBool.From(o.IsSubsetOf((PySet)self)));
        });
        BuiltinTypes.AddMethod(t, "isdisjoint", (self, args, kw) =>
        {
            var other = MethodArgs.One(typeName + ".isdisjoint", args, kw);
            var s = (PySet)self;
            var it = Ops.GetIter(other);
            try
            {
                PyObject x;
                while ((x = Ops.Next(it)) != null)
                {
                    bool shared;
                    try { shared = s.ContainsKey(x); } finally { Rc.Dec(x); }
                    if (shared) return PyBool.From(false);
                }
                return PyBool.From(true);
            }
            finally { Rc.Dec(it); }
        });
        if (frozen) return;

        BuiltinTypes.AddMethod(t, "add", (self, args, kw) =>
        {
            ((PySet)self).Add(MethodArgs.One("set.add", args, kw));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "remove", (self, args, kw) =>
        {
            var key = MethodArgs.One("set.remove", args, kw);
            if (!((PySet)self).Discard(key)) throw Err.KeyError(key);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "discard", (self, args, kw) =>
        {
            ((PySet)self).Discard(MethodArgs.One("set.discard", args, kw));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "pop", (self, args, kw) =>
        {
            MethodArgs.None("set.pop", args, kw);
            var element = ((PySet)self).Pop();
            if (element != null) return element;
            var message = PyStr.New("pop from an empty set");
            try { throw Err.KeyError(message); } finally { Rc.Dec(message); }
        });
        BuiltinTypes.AddMethod(t, "clear", (self, args, kw) =>
        {
            MethodArgs.None("set.clear", args, kw);
            ((PySet)self).Clear();
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "update", (self, args, kw) =>
        {
            MethodArgs.Range("set.update", "update", args, kw, 0, int.MaxValue);
            foreach (var other in args) ((PySet)self).UpdateFrom(other);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "intersection_update", (self, args, kw) =>
        {
            MethodArgs.Range("set.intersection_update", "intersection_update", args, kw, 0, int.MaxValue);
            var s = (PySet)self;
            foreach (var other in args)
            {
                var kept = Intersect(s, other);
                try { s.Clear(); s.UpdateFrom(kept); }
                finally { Rc.Dec(kept); }
            }
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "difference_update", (self, args, kw) =>
        {
            MethodArgs.Range("set.difference_update", "difference_update", args, kw, 0, int.MaxValue);
            foreach (var other in args) RemoveAll((PySet)self, other);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "symmetric_difference_update", (self, args, kw) =>
        {
            ToggleAll((PySet)self, MethodArgs.One("set.symmetric_difference_update", args, kw));
            return Rc.New(PyNone.Instance);
        });
    }

    /// <summary>Replaces an owned set by what make returns from it, releasing the old one
    /// (and, on an error, the set itself).</summary>
    static void Replace(ref PySet owned, Func<PySet, PySet> make)
    {
        PySet next;
        try { next = make(owned); }
        catch { Rc.Dec(owned); throw; }
        Rc.Dec(owned);
        owned = next;
    }

    /// <summary>Calls f with other as a set: other itself when it is one, else a temporary.</summary>
    static PyObject WithSet(PyObject other, Func<PySet, PyObject> f)
    {
        if (other is PySet set) return f(set);
        var temporary = PySet.FromIterable(other);
        try { return f(temporary); }
        finally { Rc.Dec(temporary); }
    }

    /// <summary>A new set (of s's kind) of the elements of s that other also yields.</summary>
    static PySet Intersect(PySet s, PyObject other)
    {
        if (other is PySet o) return o.Count > s.Count ? s.Intersection(o) : IntersectionOrdered(o, s, s.IsFrozen);
        var result = PySet.New(s.IsFrozen);
        try
        {
            var it = Ops.GetIter(other);
            try
            {
                PyObject x;
                while ((x = Ops.Next(it)) != null)
                {
                    try { if (s.ContainsKey(x)) result.Add(x); } finally { Rc.Dec(x); }
                }
            }
            finally { Rc.Dec(it); }
        }
        catch { Rc.Dec(result); throw; }
        return result;
    }

    /// <summary>The elements of smaller that larger holds, in smaller's order.</summary>
    static PySet IntersectionOrdered(PySet smaller, PySet larger, bool frozen)
    {
        var result = PySet.New(frozen);
        foreach (var k in smaller.Elements()) if (larger.ContainsKey(k)) result.Add(k);
        return result;
    }

    static void RemoveAll(PySet s, PyObject other)
    {
        if (ReferenceEquals(s, other)) { s.Clear(); return; }
        if (other is PySet o)
        {
            foreach (var k in SnapshotElements(o)) s.Discard(k);
            return;
        }
        var it = Ops.GetIter(other);
        try
        {
            PyObject x;
            while ((x = Ops.Next(it)) != null)
            {
                try { s.Discard(x); } finally { Rc.Dec(x); }
            }
        }
        finally { Rc.Dec(it); }
    }

    /// <summary>Removes the elements of other that s holds and adds the others (each
    /// distinct element of other counts once).</summary>
    static void ToggleAll(PySet s, PyObject other)
    {
        if (ReferenceEquals(s, other)) { s.Clear(); return; }
        var set = other as PySet ?? PySet.FromIterable(other);
        try
        {
            foreach (var k in SnapshotElements(set))
                if (!s.Discard(k)) s.Add(k);
        }
        finally { if (!ReferenceEquals(set, other)) Rc.Dec(set); }
    }

    static PyObject[] SnapshotElements(PySet s)
    {
        var items = new PyObject[s.Count];
        int i = 0;
        foreach (var k in s.Elements()) items[i++] = k;
        return items;
    }
}
