// bytes.find, rfind, index, rindex, count (a bytes or an int in range(256)), startswith and
// endswith (a bytes or a tuple of bytes), each with optional start and end.
namespace MiniPy.Runtime;

public static partial class BytesMethods
{
    static void AddSearchMethods(PyType t)
    {
        AddFind(t, "find", false, false);
        AddFind(t, "rfind", true, false);
        AddFind(t, "index", false, true);
        AddFind(t, "rindex", true, true);
        BuiltinTypes.AddMethod(t, "count", (self, args, kw) =>
        {
            MethodArgs.TupleStyle("bytes.count", "count", args, kw, 1, 3);
            var sub = NeedleArgument(args[0]);
            var v = Data(self);
            if (!ResolveRange(v, args, out int from, out int to)) return PyInt.New(0);
            if (sub.Length == 0) return PyInt.New(to - from + 1);
            long n = 0;
            int i = from;
            while (i + sub.Length <= to)
            {
                int j = v.AsSpan(i, to - i).IndexOf(sub);
                if (j < 0) break;
                n++;
                i += j + sub.Length;
            }
            return PyInt.New(n);
        });
        AddAffixTest(t, "startswith", false);
        AddAffixTest(t, "endswith", true);
    }

    /// <summary>What find/count look for: a bytes, or one byte given as an int.</summary>
    static byte[] NeedleArgument(PyObject o)
    {
        if (PyByteArray.BytesOf(o) is { } b) return b;
        if (o is PyInt)
        {
            long v = MethodArgs.Index(o);
            if (v < 0 || v > 255) throw Err.ValueError("byte must be in range(0, 256)");
            return new[] { (byte)v };
        }
        throw Err.TypeError($"argument should be integer or bytes-like object, not '{o.ObType.Name}'");
    }

    static bool ResolveRange(byte[] v, ReadOnlySpan<PyObject> args, out int from, out int to)
    {
        long start = MethodArgs.SliceIndex(args.Length > 1 ? args[1] : null, 0, true);
        long end = MethodArgs.SliceIndex(args.Length > 2 ? args[2] : null, long.MaxValue, true);
        MethodArgs.AdjustBounds(ref start, ref end, v.Length);
        from = (int)Math.Min(start, v.Length);
        to = (int)Math.Max(end, 0);
        return start <= v.Length && end >= start;
    }

    static void AddFind(PyType t, string name, bool fromRight, bool raise)
    {
        string qualifiedName = "bytes." + name;
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.TupleStyle(qualifiedName, name, args, kw, 1, 3);
            var sub = NeedleArgument(args[0]);
            var v = Data(self);
            int found = -1;
            if (ResolveRange(v, args, out int from, out int to) && to - from >= sub.Length)
            {
                var window = v.AsSpan(from, to - from);
                int j = fromRight ? window.LastIndexOf(sub) : window.IndexOf(sub);
                if (sub.Length == 0) j = fromRight ? to - from : 0;
                if (j >= 0) found = from + j;
            }
            if (found < 0 && raise) throw Err.ValueError("subsection not found");
            return PyInt.New(found);
        });
    }

    static void AddAffixTest(PyType t, string name, bool atEnd)
    {
        string qualifiedName = "bytes." + name;
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.TupleStyle(qualifiedName, name, args, kw, 1, 3);
            var v = Data(self);
            if (args[0] is not (PyBytes or PyByteArray) && args[0] is not PyTuple)
                throw Err.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {args[0].ObType.Name}");
            if (!ResolveRange(v, args, out int from, out int to)) return PyBool.From(false);
            if (PyByteArray.BytesOf(args[0]) is { } affix) return PyBool.From(HasAffix(v, from, to, affix, atEnd));
            foreach (var o in ((PyTuple)args[0]).Items)
                if (HasAffix(v, from, to, BytesArgument(o), atEnd)) return PyBool.From(true);
            return PyBool.From(false);
        });
    }

    static bool HasAffix(byte[] v, int from, int to, byte[] affix, bool atEnd)
    {
        if (to - from < affix.Length) return false;
        int at = atEnd ? to - affix.Length : from;
        return v.AsSpan(at, affix.Length).SequenceEqual(affix);
    }
}
