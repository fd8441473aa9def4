// str.replace(old, new, count=-1), including the empty-pattern case that inserts the
// replacement between the code points.
using System.Text;

namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static void AddReplaceMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "replace", (self, args, kw) =>
        {
            MethodArgs.Range("str.replace", "replace", args, kw, 2, 3);
            var oldValue = StrArgument(args[0], "replace() argument 1 must be str, not ");
            var newValue = StrArgument(args[1], "replace() argument 2 must be str, not ");
            long count = args.Length > 2 ? MethodArgs.Index(args[2]) : -1;
            if (count < 0) count = long.MaxValue;
            var s = (PyStr)self;
            string result = Replace(s.Value, oldValue, newValue, count);
            return ReferenceEquals(result, s.Value) ? Rc.New(s) : PyStr.New(result);
        });
    }

    static string Replace(string s, string oldValue, string newValue, long count)
    {
        if (count == 0) return s;
        if (oldValue.Length == 0)
        {
            var sb = new StringBuilder(s.Length + newValue.Length * (s.Length + 1));
            int i = 0;
            sb.Append(newValue);
            count--;
            while (i < s.Length)
            {
                int width = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
                sb.Append(s, i, width);
                i += width;
                if (count > 0 && i <= s.Length) { sb.Append(newValue); count--; }
                if (count == 0) { sb.Append(s, i, s.Length - i); break; }
            }
            return sb.ToString();
        }
        int at = s.IndexOf(oldValue, StringComparison.Ordinal);
        if (at < 0) return s;
        if (count == long.MaxValue) return s.Replace(oldValue, newValue, StringComparison.Ordinal);
        var builder = new StringBuilder(s.Length);
        int pos = 0;
        while (at >= 0 && count-- > 0)
        {
            builder.Append(s, pos, at - pos).Append(newValue);
            pos = at + oldValue.Length;
            at = s.IndexOf(oldValue, pos, StringComparison.Ordinal);
        }
        builder.Append(s, pos, s.Length - pos);
        return builder.ToString();
    }
}
