// str.find, rfind, index, rindex, count, startswith and endswith. Positions and the
// start/end arguments count code points; strings outside the BMP are mapped to UTF-16
// offsets and back.
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static void AddSearchMethods(PyType t)
    {
        AddFind(t, "find", false, false);
        AddFind(t, "rfind", true, false);
        AddFind(t, "index", false, true);
        AddFind(t, "rindex", true, true);
        BuiltinTypes.AddMethod(t, "count", (self, args, kw) =>
        {
            MethodArgs.TupleStyle("str.count", "count", args, kw, 1, 3);
            var sub = SubstringArgument(args[0]);
            var s = ((PyStr)self).Value;
            if (!ResolveRange((PyStr)self, args, 1, out int from, out int to)) return PyInt.New(0);
            if (sub.Length == 0) return PyInt.New(CodePointCount(s, from, to) + 1);
            long n = 0;
            for (int i = from; i + sub.Length <= to;)
            {
                int j = s.IndexOf(sub, i, to - i, StringComparison.Ordinal);
                if (j < 0) break;
                n++;
                i = j + sub.Length;
            }
            return PyInt.New(n);
        });
        AddAffixTest(t, "startswith", false);
        AddAffixTest(t, "endswith", true);
    }

    static string SubstringArgument(PyObject o)
    {
        if (o is PyStr s) return s.Value;
        throw Err.TypeError($"must be str, not {o.ObType.Name}");
    }

    static int CodePointCount(string s, int from, int to)
        => from == 0 && to == s.Length ? CodePoints.Count(s) : CodePoints.Count(s.AsSpan(from, to - from));

    /// <summary>The code-point index of UTF-16 offset i.</summary>
    static int CodePointIndexOf(string s, int i) => i == 0 ? 0 : CodePoints.Count(s.AsSpan(0, i));

    /// <summary>Reads args[first] and args[first + 1] as start and end (code points, None
    /// allowed), and gives the UTF-16 range. False when the range is empty because start lies
    /// beyond the end of s or after end.</summary>
    static bool ResolveRange(PyStr self, ReadOnlySpan<PyObject> args, int first, out int from, out int to)
    {
        long start = MethodArgs.SliceIndex(args.Length > first ? args[first] : null, 0, true);
        long end = MethodArgs.SliceIndex(args.Length > first + 1 ? args[first + 1] : null, long.MaxValue, true);
        // What the str has found out about its code points once, not scanned again per call.
        var s = self.Value;
        bool bmp = self.IsBmpOnly;
        int length = bmp ? s.Length : self.CodePointCount;
        MethodArgs.AdjustBounds(ref start, ref end, length);
        from = to = 0;
        if (start > length || end < start) return false;
        from = bmp ? (int)start : CodePoints.CharIndex(s, (int)start);
        to = bmp ? (int)end : CodePoints.CharIndex(s, (int)end);
        return true;
    }

    static void AddFind(PyType t, string name, bool fromRight, bool raise)
    {
        string qualifiedName = "str." + name;
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.TupleStyle(qualifiedName, name, args, kw, 1, 3);
            var sub = SubstringArgument(args[0]);
            var s = ((PyStr)self).Value;
            int found = -1;
            if (ResolveRange((PyStr)self, args, 1, out int from, out int to) && to - from >= sub.Length)
            {
                if (sub.Length == 0) found = fromRight ? to : from;
                else found = fromRight
                    ? s.LastIndexOf(sub, to - 1, to - from, StringComparison.Ordinal)
                    : s.IndexOf(sub, from, to - from, StringComparison.Ordinal);
            }
            if (found < 0)
            {
                if (raise) throw Err.ValueError("substring not found");
                return PyInt.New(-1);
            }
            return PyInt.New(CodePointIndexOf(s, found));
        });
    }

    static void AddAffixTest(PyType t, string name, bool atEnd)
    {
        string qualifiedName = "str." + name;
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.TupleStyle(qualifiedName, name, args, kw, 1, 3);
            var s = ((PyStr)self).Value;
            if (!ResolveRange((PyStr)self, args, 1, out int from, out int to)) return PyBool.From(false);
            if (args[0] is PyStr affix) return PyBool.From(HasAffix(s, from, to, affix.Value, atEnd));
            if (args[0] is PyTuple options)
            {
                foreach (var o in options.Items)
                {
                    if (o is not PyStr option) throw Err.TypeError($"tuple for {name} must only contain str, not {o.ObType.Name}");
                    if (HasAffix(s, from, to, option.Value, atEnd)) return PyBool.From(true);
                }
                return PyBool.From(false);
            }
            throw Err.TypeError($"{name} first arg must be str or a tuple of str, not {args[0].ObType.Name}");
        });
    }

    static bool HasAffix(string s, int from, int to, string affix, bool atEnd)
    {
        if (to - from < affix.Length) return false;
        int at = atEnd ? to - affix.Length : from;
        return string.CompareOrdinal(s, at, affix, 0, affix.Length) == 0;
    }
}
