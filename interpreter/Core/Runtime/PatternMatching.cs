// What the patterns of a match statement ask of the runtime (the MATCH_HELPER instruction;
// the compiler turns each case into tests around these, see Syntax/MatchStatements.cs):
// whether the subject has the shape a sequence, mapping or class pattern wants, and if so
// the parts the sub-patterns are then matched against. Each returns a new list of those parts,
// or null for "no match" — CPython's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and
// MATCH_CLASS, with their rules and errors.
namespace MiniPy.Runtime;

public static class PatternMatching
{
    /// <summary>[a, b, *rest, c]: `before` items, then (if star) the list of the middle, then
    /// `after` items. Only sequences match: list, tuple, range, their subclasses and
    /// collections' Sequence types — never str, bytes, bytearray or a mapping.</summary>
    public static PyList Sequence(PyObject subject, int before, int after, bool star)
    {
        if (!IsSequence(subject)) return null;
        long length = Ops.Length(subject);
        if (star ? length < before + after : length != before) return null;
        var items = Ops.ToList(subject);
        if (!star) return items;
        try
        {
            var result = PyList.New(before + after + 1);
            for (int i = 0; i < before; i++) result.Append(items.Items[i]);
            var middle = PyList.New();
            for (int i = before; i < items.Count - after; i++) middle.Append(items.Items[i]);
            result.AppendSteal(middle);
            for (int i = items.Count - after; i < items.Count; i++) result.Append(items.Items[i]);
            return result;
        }
        finally { Rc.Dec(items); }
    }

    static bool IsSequence(PyObject o)
    {
        if (o is PyList || o is PyTuple || o is PyRange) return true;
        if (o is PyStr || o is PyBytes || o is PyByteArray || o is PyDict) return false;
        foreach (var t in o.ObType.Mro)
        {
            if (t == PyList.Type || t == PyTuple.Type) return true;
            if (t == PyStr.Type || t == PyDict.Type || t == PyByteArray.Type) return false;
            if (t.IsHeapType && (t.Name is "Sequence" or "MutableSequence") && t.Module is "collections.abc" or "typing") return true;
            if (t.IsHeapType && t.Name == "deque" && t.Module == "collections") return true;
        }
        return false;
    }

    /// <summary>{k1: p1, k2: p2, **rest}: the values of the keys, then (if rest) a dict of
    /// the other items. Only mappings match: dict, its subclasses and collections' Mapping types.</summary>
    public static PyList Mapping(PyObject subject, PyTuple keys, bool rest)
    {
        if (!IsMapping(subject)) return null;
        if (Ops.Length(subject) < keys.Count) return null;
        var seen = new List<PyObject>();
        foreach (var key in keys.Items)
        {
            foreach (var earlier in seen)
                if (Ops.EqualsBool(earlier, key)) throw Err.ValueError($"mapping pattern checks duplicate key ({Ops.Repr(key)})");
            seen.Add(key);
        }
        var result = PyList.New(keys.Count + 1);
        var missing = PyObjectInstance.New(); // a sentinel no mapping holds: get() returns it only for a missing key
        bool done = false;
        try
        {
            foreach (var key in keys.Items)
            {
                var value = Ops.CallMethod(subject, "get", key, missing);
                if (ReferenceEquals(value, missing))
                {
                    Rc.Dec(value);
                    return null;
                }
                result.AppendSteal(value);
            }
            if (rest)
            {
                var copy = PyDict.New();
                result.AppendSteal(copy); // owned by the result from here, released with it on failure
                var view = Ops.CallMethod(subject, "keys");
                PyList items;
                try { items = Ops.ToList(view); }
                finally { Rc.Dec(view); }
                try
                {
                    foreach (var k in items.Items.AsSpan(0, items.Count))
                    {
                        bool wanted = false;
                        foreach (var key in keys.Items) if (Ops.EqualsBool(k, key)) { wanted = true; break; }
                        if (wanted) continue;
                        var v = subject.GetItem(k);
                        copy.SetItemNew(k, v);
                        Rc.Dec(v);
                    }
                }
                finally { Rc.Dec(items); }
            }
            done = true;
            return result;
        }
        finally
        {
            Rc.Dec(missing);
            if (!done) Rc.Dec(result);
        }
    }

    static bool IsMapping(PyObject o)
    {
        if (o is PyDict) return true;
        foreach (var t in o.ObType.Mro)
        {
            if (t == PyDict.Type) return true;
            if (t.IsHeapType && (t.Name is "Mapping" or "MutableMapping") && t.Module is "collections.abc" or "typing") return true;
        }
        return false;
    }

    /// <summary>Cls(p1, p2, name=p3): the attributes the sub-patterns match against (the
    /// positional ones named by Cls.__match_args__; a built-in type such as int matches its
    /// one positional sub-pattern against the subject itself), or null when the subject is
    /// not an instance of Cls or lacks one of them.</summary>
    public static PyList Class(PyObject subject, PyObject cls, int positional, PyTuple keywordNames)
    {
        if (cls is not PyType type) throw Err.TypeError("called match pattern must be a type");
        if (!subject.ObType.IsSubtypeOf(type)) return null;
        var names = new List<string>();
        bool matchesSelf = false;
        if (positional > 0)
        {
            var matchArgs = Ops.GetAttrOrNull(type, "__match_args__");
            try
            {
                if (matchArgs == null && MatchesItself(type))
                {
                    if (positional > 1) throw Err.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({positional} given)");
                    matchesSelf = true;
                }
                else
                {
                    if (matchArgs != null && matchArgs is not PyTuple)
                        throw Err.TypeError($"{type.Name}.__match_args__ must be a tuple (got {matchArgs.ObType.Name})");
                    var args = (PyTuple)matchArgs;
                    int available = args?.Count ?? 0;
                    if (positional > available)
                        throw Err.TypeError($"{type.Name}() accepts {available} positional sub-pattern{(available == 1 ? "" : "s")} ({positional} given)");
                    for (int i = 0; i < positional; i++)
                    {
                        if (args.Items[i] is not PyStr s)
                            throw Err.TypeError($"__match_args__ elements must be strings (got {args.Items[i].ObType.Name})");
                        names.Add(s.Value);
                    }
                }
            }
            finally { Rc.XDec(matchArgs); }
        }
        foreach (var k in keywordNames.Items) names.Add(((PyStr)k).Value);
        for (int i = 0; i < names.Count; i++)
            for (int j = 0; j < i; j++)
                if (names[i] == names[j]) throw Err.TypeError($"{type.Name}() got multiple sub-patterns for attribute '{names[i]}'");
        var result = PyList.New(names.Count + 1);
        bool done = false;
        try
        {
            if (matchesSelf) result.Append(subject);
            foreach (var name in names)
            {
                var value = Ops.GetAttrOrNull(subject, name);
                if (value == null) return null;
                result.AppendSteal(value);
            }
            done = true;
            return result;
        }
        finally { if (!done) Rc.Dec(result); }
    }

    static bool MatchesItself(PyType t)
    {
        foreach (var b in t.Mro)
            if (!b.IsHeapType)
                return b.Name is "bool" or "bytearray" or "bytes" or "dict" or "float" or "frozenset" or "int" or "list" or "set" or "str" or "tuple";
        return false;
    }
}
