// str.split, rsplit (whitespace runs or a separator, maxsplit), splitlines (keepends),
// partition and rpartition.
namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static readonly string[] splitNames = { "sep", "maxsplit" };
    static readonly string[] splitlinesNames = { "keepends" };

    static void AddSplitMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "split", (self, args, kw) =>
        {
            ParseSplitArgs("split", args, kw, out string sep, out long maxsplit);
            var s = ((PyStr)self).Value;
            return sep == null ? SplitWhitespace(s, maxsplit) : SplitOn(s, sep, maxsplit);
        });
        BuiltinTypes.AddMethod(t, "rsplit", (self, args, kw) =>
        {
            ParseSplitArgs("rsplit", args, kw, out string sep, out long maxsplit);
            var s = ((PyStr)self).Value;
            return sep == null ? RSplitWhitespace(s, maxsplit) : RSplitOn(s, sep, maxsplit);
        });
        BuiltinTypes.AddMethod(t, "splitlines", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("splitlines", args, kw, splitlinesNames, 0);
            bool keepends = a[0] != null && MethodArgs.Index(a[0]) != 0;
            return SplitLines(((PyStr)self).Value, keepends);
        });
        BuiltinTypes.AddMethod(t, "partition", (self, args, kw) =>
        {
            var sep = SeparatorArgument(MethodArgs.One("str.partition", args, kw));
            var s = (PyStr)self;
            int i = s.Value.IndexOf(sep, StringComparison.Ordinal);
            if (i < 0) return Triple(Rc.New(s), PyStr.New(""), PyStr.New(""));
            return Triple(PyStr.New(s.Value.Substring(0, i)), PyStr.New(sep), PyStr.New(s.Value.Substring(i + sep.Length)));
        });
        BuiltinTypes.AddMethod(t, "rpartition", (self, args, kw) =>
        {
            var sep = SeparatorArgument(MethodArgs.One("str.rpartition", args, kw));
            var s = (PyStr)self;
            int i = s.Value.LastIndexOf(sep, StringComparison.Ordinal);
            if (i < 0) return Triple(PyStr.New(""), PyStr.New(""), Rc.New(s));
            return Triple(PyStr.New(s.Value.Substring(0, i)), PyStr.New(sep), PyStr.New(s.Value.Substring(i + sep.Length)));
        });
    }

    static string SeparatorArgument(PyObject o)
    {
        if (o is not PyStr sep) throw Err.TypeError($"must be str, not {o.ObType.Name}");
        if (sep.Value.Length == 0) throw Err.ValueError("empty separator");
        return sep.Value;
    }

    /// <summary>A 3-tuple of the given new references (stolen).</summary>
    static PyTuple Triple(PyObject a, PyObject b, PyObject c)
    {
        var t = PyTuple.New(3);
        t.SetItemSteal(0, a);
        t.SetItemSteal(1, b);
        t.SetItemSteal(2, c);
        return t;
    }

    static void ParseSplitArgs(string name, ReadOnlySpan<PyObject> args, PyTuple kw, out string sep, out long maxsplit)
    {
        PyObject sepObj, maxObj;
        if (kw == null && args.Length <= 2)
        {
            sepObj = args.Length > 0 ? args[0] : null;
            maxObj = args.Length > 1 ? args[1] : null;
        }
        else
        {
            var a = MethodArgs.Keywords(name, args, kw, splitNames, 0);
            sepObj = a[0];
            maxObj = a[1];
        }
        sep = null;
        if (sepObj != null && sepObj is not PyNone)
        {
            if (sepObj is not PyStr s) throw Err.TypeError($"must be str or None, not {sepObj.ObType.Name}");
            if (s.Value.Length == 0) throw Err.ValueError("empty separator");
            sep = s.Value;
        }
        maxsplit = maxObj == null ? -1 : MethodArgs.Index(maxObj);
        if (maxsplit < 0) maxsplit = long.MaxValue;
    }

    static PyList SplitWhitespace(string s, long maxsplit)
    {
        var result = PyList.New();
        int i = 0, n = s.Length;
        while (true)
        {
            while (i < n && IsSpace(s[i])) i++;
            if (i == n) break;
            if (maxsplit-- == 0)
            {
                result.AppendSteal(PyStr.New(s.Substring(i)));
                break;
            }
            int j = i;
            while (j < n && !IsSpace(s[j])) j++;
            result.AppendSteal(PyStr.New(s.Substring(i, j - i)));
            i = j;
        }
        return result;
    }

    static PyList RSplitWhitespace(string s, long maxsplit)
    {
        var result = PyList.New();
        int i = s.Length;
        while (true)
        {
            while (i > 0 && IsSpace(s[i - 1])) i--;
            if (i == 0) break;
            if (maxsplit-- == 0)
            {
                result.AppendSteal(PyStr.New(s.Substring(0, i)));
                break;
            }
            int j = i;
            while (j > 0 && !IsSpace(s[j - 1])) j--;
            result.AppendSteal(PyStr.New(s.Substring(j, i - j)));
            i = j;
        }
        Array.Reverse(result.Items, 0, result.Count);
        return result;
    }

    static PyList SplitOn(string s, string sep, long maxsplit)
    {
        var result = PyList.New();
        int i = 0;
        while (maxsplit-- > 0)
        {
            int j = s.IndexOf(sep, i, StringComparison.Ordinal);
            if (j < 0) break;
            result.AppendSteal(PyStr.New(s.Substring(i, j - i)));
            i = j + sep.Length;
        }
        result.AppendSteal(PyStr.New(i == 0 ? s : s.Substring(i)));
        return result;
    }

    static PyList RSplitOn(string s, string sep, long maxsplit)
    {
        var result = PyList.New();
        int end = s.Length;
        while (maxsplit-- > 0 && end >= sep.Length)
        {
            int j = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
            if (j < 0) break;
            result.AppendSteal(PyStr.New(s.Substring(j + sep.Length, end - j - sep.Length)));
            end = j;
        }
        result.AppendSteal(PyStr.New(end == s.Length ? s : s.Substring(0, end)));
        Array.Reverse(result.Items, 0, result.Count);
        return result;
    }

    /// <summary>Line boundaries of str.splitlines (\r\n counts as one).</summary>
    static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\v' || c == '\f'
        || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x85' || c == '\u2028' || c == '\u2029';

    static PyList SplitLines(string s, bool keepends)
    {
        var result = PyList.New();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int start = i;
            while (i < n && !IsLineBreak(s[i])) i++;
            int eol = i;
            if (i < n)
            {
                if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            result.AppendSteal(PyStr.New(s.Substring(start, eol - start)));
        }
        return result;
    }
}
