// The str.format engine, a port of CPython's Objects/stringlib/unicode_format.h: literal
// text with {{ and }} escapes, replacement fields {name.attr[key]!conversion:spec} with
// automatic or manual numbering, format specs that contain nested fields (two levels deep),
// and CPython's error for each malformed string.
using System.Text;

namespace MiniPy.Runtime;

public static class FormatString
{
    /// <summary>Where field values come from: positional arguments and keyword arguments
    /// (str.format), or a mapping (str.format_map, which has no positional arguments).</summary>
    public ref struct Arguments
    {
        public ReadOnlySpan<PyObject> Positional;
        public PyTuple KeywordNames;
        public ReadOnlySpan<PyObject> KeywordValues;
        public PyObject Mapping;
        internal AutoNumbering Numbering;
        internal int NextAutoIndex;

        public Arguments(ReadOnlySpan<PyObject> positional, PyTuple keywordNames, ReadOnlySpan<PyObject> keywordValues, PyObject mapping)
        {
            Positional = positional;
            KeywordNames = keywordNames;
            KeywordValues = keywordValues;
            Mapping = mapping;
            Numbering = AutoNumbering.Unset;
            NextAutoIndex = 0;
        }
    }

    internal enum AutoNumbering { Unset, Automatic, Manual }

    const int MaxRecursion = 2;

    public static string Format(string format, ref Arguments args)
    {
        var sb = new StringBuilder(format.Length + 16);
        Build(format, 0, format.Length, ref args, MaxRecursion, sb);
        return sb.ToString();
    }

    /// <summary>Expands format[start, end) into sb (CPython's build_string + render loop).</summary>
    static void Build(string s, int start, int end, ref Arguments args, int depth, StringBuilder sb)
    {
        if (depth <= 0) throw Err.ValueError("Max string recursion exceeded");
        int pos = start;
        while (pos < end)
        {
            // Literal text up to the first '{' or '}'.
            int literalStart = pos;
            char c = '\0';
            bool markupFollows = false;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{' || c == '}') { markupFollows = true; break; }
            }
            bool atEnd = pos >= end;
            int literalLength = pos - literalStart;
            if (markupFollows && c == '}' && (atEnd || s[pos] != '}'))
                throw Err.ValueError("Single '}' encountered in format string");
            if (markupFollows && atEnd && c == '{')
                throw Err.ValueError("Single '{' encountered in format string");
            if (markupFollows)
            {
                if (s[pos] == c) { pos++; markupFollows = false; }  // an escaped brace: keep one
                else literalLength--;
            }
            sb.Append(s, literalStart, literalLength);
            if (!markupFollows) continue;
            var field = ParseField(s, ref pos, end);
            RenderField(s, field, ref args, depth, sb);
        }
    }

    struct Field
    {
        public int NameStart, NameEnd, SpecStart, SpecEnd;
        public char Conversion;
        public bool SpecNeedsExpanding;
    }

    /// <summary>Parses a replacement field after its '{', leaving pos after its '}'.</summary>
    static Field ParseField(string s, ref int pos, int end)
    {
        var f = new Field { NameStart = pos };
        char c = '\0';
        while (pos < end)
        {
            c = s[pos++];
            if (c == '{') throw Err.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (pos < end && s[pos] != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        f.NameEnd = pos - 1;
        if (c == '!' || c == ':')
        {
            if (c == '!')
            {
                if (pos >= end) throw Err.ValueError("end of string while looking for conversion specifier");
                f.Conversion = s[pos++];
                if (pos < end)
                {
                    c = s[pos++];
                    if (c == '}') { f.SpecStart = f.SpecEnd = pos; return f; }
                    if (c != ':') throw Err.ValueError("expected ':' after conversion specifier");
                }
            }
            f.SpecStart = pos;
            int count = 1;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{') { f.SpecNeedsExpanding = true; count++; }
                else if (c == '}' && --count == 0)
                {
                    f.SpecEnd = pos - 1;
                    return f;
                }
            }
            throw Err.ValueError("unmatched '{' in format spec");
        }
        if (c != '}' || f.NameEnd < f.NameStart) throw Err.ValueError("expected '}' before end of string");
        f.SpecStart = f.SpecEnd = pos;
        return f;
    }

    static void RenderField(string s, Field f, ref Arguments args, int depth, StringBuilder sb)
    {
        var value = GetFieldObject(s, f.NameStart, f.NameEnd, ref args);
        try
        {
            if (f.Conversion != '\0')
            {
                PyObject converted = f.Conversion switch
                {
                    'r' => Ops.ReprObj(value),
                    's' => Ops.StrObj(value),
                    'a' => PyStr.New(Formatting.Ascii(Ops.Repr(value))),
                    _ => throw Err.ValueError(f.Conversion > 32 && f.Conversion < 127
                        ? $"Unknown conversion specifier {f.Conversion}"
                        : $"Unknown conversion specifier \\x{(int)f.Conversion:x}"),
                };
                Rc.Dec(value);
                value = converted;
            }
            string spec;
            if (f.SpecNeedsExpanding)
            {
                var specBuilder = new StringBuilder();
                Build(s, f.SpecStart, f.SpecEnd, ref args, depth - 1, specBuilder);
                spec = specBuilder.ToString();
            }
            else spec = s.Substring(f.SpecStart, f.SpecEnd - f.SpecStart);
            if (spec.Length == 0 && value is PyStr str) sb.Append(str.Value);
            else sb.Append(Formatting.Format(value, spec));
        }
        finally { Rc.Dec(value); }
    }

    /// <summary>The object a field name designates (a new reference): an argument, then
    /// each .attribute and [key] applied in turn.</summary>
    static PyObject GetFieldObject(string s, int start, int end, ref Arguments args)
    {
        int i = start;
        while (i < end && s[i] != '.' && s[i] != '[') i++;
        int firstEnd = i;
        long index = ParseInteger(s, start, firstEnd);
        bool empty = firstEnd == start;
        PyObject obj;
        if (empty || index >= 0)
        {
            if (args.Numbering == AutoNumbering.Unset) args.Numbering = empty ? AutoNumbering.Automatic : AutoNumbering.Manual;
            if (args.Numbering == AutoNumbering.Manual && empty)
                throw Err.ValueError("cannot switch from manual field specification to automatic field numbering");
            if (args.Numbering == AutoNumbering.Automatic && !empty)
                throw Err.ValueError("cannot switch from automatic field numbering to manual field specification");
            if (empty) index = args.NextAutoIndex++;
            if (args.Mapping != null) throw Err.ValueError("Format string contains positional fields");
            if (index >= args.Positional.Length)
                throw Err.IndexError($"Replacement index {index} out of range for positional args tuple");
            obj = Rc.New(args.Positional[(int)index]);
        }
        else obj = GetKeyword(s.Substring(start, firstEnd - start), ref args);

        try
        {
            while (i < end)
            {
                char c = s[i++];
                if (c == '.')
                {
                    int nameStart = i;
                    while (i < end && s[i] != '.' && s[i] != '[') i++;
                    if (i == nameStart) throw Err.ValueError("Empty attribute in format string");
                    var next = Ops.GetAttr(obj, PyStr.Intern(s.Substring(nameStart, i - nameStart)));
                    Rc.Dec(obj);
                    obj = next;
                }
                else if (c == '[')
                {
                    int keyStart = i;
                    while (i < end && s[i] != ']') i++;
                    if (i >= end) throw Err.ValueError("Missing ']' in format string");
                    int keyEnd = i++;
                    if (keyEnd == keyStart) throw Err.ValueError("Empty attribute in format string");
                    long keyIndex = ParseInteger(s, keyStart, keyEnd);
                    PyObject key = keyIndex >= 0 ? PyInt.New(keyIndex) : PyStr.New(s.Substring(keyStart, keyEnd - keyStart));
                    PyObject item;
                    try { item = obj.GetItem(key); }
                    finally { Rc.Dec(key); }
                    Rc.Dec(obj);
                    obj = item;
                }
                else throw Err.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        catch { Rc.Dec(obj); throw; }
        return obj;
    }

    /// <summary>A keyword argument (str.format) or mapping[key] (str.format_map); KeyError if absent.</summary>
    static PyObject GetKeyword(string name, ref Arguments args)
    {
        if (args.Mapping != null)
        {
            var key = PyStr.New(name);
            try { return args.Mapping.GetItem(key); }
            finally { Rc.Dec(key); }
        }
        var names = args.KeywordNames;
        if (names != null)
            for (int k = 0; k < names.Count; k++)
                if (((PyStr)names.Items[k]).Value == name) return Rc.New(args.KeywordValues[k]);
        var missing = PyStr.New(name);
        try { throw Err.KeyError(missing); }
        finally { Rc.Dec(missing); }
    }

    /// <summary>The value of s[start, end) when it is all decimal digits, else -1.</summary>
    static long ParseInteger(string s, int start, int end)
    {
        if (start >= end) return -1;
        long value = 0;
        for (int i = start; i < end; i++)
        {
            int digit = s[i] - '0';
            if ((uint)digit > 9) return -1;
            if (value > (long.MaxValue - digit) / 10) throw Err.ValueError("Too many decimal digits in format string");
            value = value * 10 + digit;
        }
        return value;
    }
}
