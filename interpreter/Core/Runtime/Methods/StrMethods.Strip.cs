// str.strip, lstrip, rstrip (whitespace or a set of characters) and removeprefix/removesuffix.
namespace MiniPy.Runtime;

public static partial class StrMethods
{
    /// <summary>Python's whitespace: .NET's, plus the separators U+001C..U+001F.</summary>
    public static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f') || (c > 127 && char.IsWhiteSpace(c));

    static void AddStripMethods(PyType t)
    {
        AddStrip(t, "strip", true, true);
        AddStrip(t, "lstrip", true, false);
        AddStrip(t, "rstrip", false, true);
        BuiltinTypes.AddMethod(t, "removeprefix", (self, args, kw) =>
        {
            var prefix = StrArgument(MethodArgs.One("str.removeprefix", args, kw), "removeprefix() argument must be str, not ");
            var s = (PyStr)self;
            if (prefix.Length == 0 || !s.Value.StartsWith(prefix, StringComparison.Ordinal)) return Rc.New(s);
            return PyStr.New(s.Value.Substring(prefix.Length));
        });
        BuiltinTypes.AddMethod(t, "removesuffix", (self, args, kw) =>
        {
            var suffix = StrArgument(MethodArgs.One("str.removesuffix", args, kw), "removesuffix() argument must be str, not ");
            var s = (PyStr)self;
            if (suffix.Length == 0 || !s.Value.EndsWith(suffix, StringComparison.Ordinal)) return Rc.New(s);
            return PyStr.New(s.Value.Substring(0, s.Value.Length - suffix.Length));
        });
    }

    /// <summary>The text of a str argument, or TypeError with message + the type name.</summary>
    static string StrArgument(PyObject o, string message)
    {
        if (o is PyStr s) return s.Value;
        throw Err.TypeError(message + o.ObType.Name);
    }

    static void AddStrip(PyType t, string name, bool left, bool right)
    {
        string qualifiedName = "str." + name;
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.Range(qualifiedName, name, args, kw, 0, 1);
            string chars = null;
            if (args.Length == 1 && args[0] is not PyNone)
            {
                if (args[0] is not PyStr c) throw Err.TypeError(name + " arg must be None or str");
                chars = c.Value;
            }
            var s = (PyStr)self;
            string v = s.Value;
            int start = 0, end = v.Length;
            if (left) while (start < end && (chars == null ? IsSpace(v[start]) : chars.IndexOf(v[start]) >= 0)) start++;
            if (right) while (end > start && (chars == null ? IsSpace(v[end - 1]) : chars.IndexOf(v[end - 1]) >= 0)) end--;
            if (start == 0 && end == v.Length) return Rc.New(s);
            return PyStr.New(v.Substring(start, end - start));
        });
    }
}
