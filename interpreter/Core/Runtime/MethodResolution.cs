// Method resolution for classes with several bases: the C3 linearization that orders a
// class's ancestors (its __mro__), the "best base" whose instance layout the class extends,
// and the metaclass a class statement must use. Each follows CPython's typeobject.c.
//
// C3 (from Dylan, adopted by Python 2.3): a class comes before its bases, the bases keep the
// order the class statement gave them, and every base's own MRO is respected. The merge takes
// the first head of the bases' MROs (and of the list of bases) that appears in no other
// list's tail; when no head qualifies, the hierarchy has no consistent order and the class
// statement fails with CPython's TypeError.
namespace MiniPy.Runtime;

public static class MethodResolution
{
    /// <summary>The MRO of a new class with these bases; slot 0 is left for the class itself.</summary>
    public static PyType[] Linearize(PyType[] bases)
    {
        if (bases.Length == 1)
        {
            // The common case: the class followed by its one base's MRO.
            var single = new PyType[bases[0].Mro.Length + 1];
            Array.Copy(bases[0].Mro, 0, single, 1, bases[0].Mro.Length);
            return single;
        }
        var lists = new List<List<PyType>>();
        foreach (var b in bases) lists.Add(new List<PyType>(b.Mro));
        lists.Add(new List<PyType>(bases));
        var result = new List<PyType> { null };
        while (true)
        {
            lists.RemoveAll(l => l.Count == 0);
            if (lists.Count == 0) return result.ToArray();
            PyType next = null;
            foreach (var l in lists)
            {
                var head = l[0];
                if (!lists.Exists(other => other.IndexOf(head) > 0))
                {
                    next = head;
                    break;
                }
            }
            if (next == null)
            {
                var heads = new List<string>();
                foreach (var l in lists)
                    if (!heads.Contains(l[0].Name)) heads.Add(l[0].Name);
                throw Err.TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", heads));
            }
            result.Add(next);
            foreach (var l in lists)
                if (l[0] == next) l.RemoveAt(0);
        }
    }

    /// <summary>What decides how instances are laid out: the nearest class that added
    /// __slots__, or else the nearest built-in ancestor (CPython's solid_base).</summary>
    static PyType Solid(PyType t)
    {
        while (t.IsHeapType && t.SlotCount == t.Base.SlotCount) t = t.Base;
        return t;
    }

    /// <summary>The base whose layout a class with these bases extends (CPython's best_base):
    /// the one whose built-in ancestor is derived from every other base's. Built-in exceptions
    /// all share one layout, so any two of them combine.</summary>
    public static PyType BestBase(PyType[] bases)
    {
        PyType best = null, bestSolid = null;
        foreach (var b in bases)
        {
            var solid = Solid(b);
            if (best == null || (solid != bestSolid && solid.IsSubtypeOf(bestSolid)))
            {
                best = b;
                bestSolid = solid;
            }
            else if (!bestSolid.IsSubtypeOf(solid) && !(solid.IsExceptionType && bestSolid.IsExceptionType))
                throw Err.TypeError("multiple bases have instance lay-out conflict");
        }
        return best;
    }

    /// <summary>The metaclass of a class statement: the most derived of the one it named
    /// (type when none) and its bases' metaclasses (CPython's _PyType_CalculateMetaclass).</summary>
    public static PyType Metaclass(PyType declared, PyType[] bases)
    {
        var winner = declared;
        foreach (var b in bases)
        {
            var meta = b.ObType;
            if (winner.IsSubtypeOf(meta)) continue;
            if (meta.IsSubtypeOf(winner))
            {
                winner = meta;
                continue;
            }
            throw Err.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
