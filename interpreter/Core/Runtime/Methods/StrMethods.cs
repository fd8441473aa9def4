// The methods of str. This file registers them and holds the case conversions (upper lower
// capitalize title swapcase casefold); the other groups are in StrMethods.*.cs.
using System.Globalization;
using System.Text;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static partial class StrMethods
{
    public static void Add(PyType t)
    {
        AddCaseMethods(t);
        AddStripMethods(t);
        AddSplitMethods(t);
        AddJoin(t);
        AddSearchMethods(t);
        AddReplaceMethods(t);
        AddPredicates(t);
        AddLayoutMethods(t);
        AddFormatMethods(t);
        AddEncodingMethods(t);
        AddTranslateMethods(t);
    }

    /// <summary>Registers a method that takes no arguments and maps the string to a string.</summary>
    static void AddTransform(PyType t, string name, Func<string, string> transform)
    {
        string qualifiedName = "str." + name;
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.None(qualifiedName, args, kw);
            var s = (PyStr)self;
            var result = transform(s.Value);
            return ReferenceEquals(result, s.Value) || result == s.Value ? Rc.New(s) : PyStr.New(result);
        });
    }

    static void AddCaseMethods(PyType t)
    {
        AddTransform(t, "upper", Upper);
        AddTransform(t, "lower", Lower);
        AddTransform(t, "casefold", CaseFold);
        AddTransform(t, "swapcase", SwapCase);
        AddTransform(t, "capitalize", Capitalize);
        AddTransform(t, "title", Title);
    }

    static bool IsAscii(string s) => System.Text.Ascii.IsValid(s);

    // ASCII text changes case a vector at a time (the invariant culture's casing goes a
    // character at a time).
    static string AsciiUpper(string s) => string.Create(s.Length, s, static (to, from) => System.Text.Ascii.ToUpper(from, to, out _));
    static string AsciiLower(string s) => string.Create(s.Length, s, static (to, from) => System.Text.Ascii.ToLower(from, to, out _));

    public static string Upper(string s)
    {
        if (IsAscii(s)) return AsciiUpper(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            SpecialCasing.AppendUpper(sb, CodePoints.CodePointAt(s, i, out int width));
            i += width;
        }
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        if (IsAscii(s)) return AsciiLower(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;) i += AppendLowerAt(sb, s, i);
        return sb.ToString();
    }

    /// <summary>Appends the lower case of the code point at s[i], a capital sigma ending a
    /// word as the final form; returns the units it took.</summary>
    static int AppendLowerAt(StringBuilder sb, string s, int i)
    {
        int c = CodePoints.CodePointAt(s, i, out int width);
        if (c == 'Σ' && IsFinalSigma(s, i)) sb.Append('ς');
        else SpecialCasing.AppendLower(sb, c);
        return width;
    }

    /// <summary>A capital sigma ending a word lowers to the final form ς: a cased letter
    /// comes before it and none follows (case-ignorable characters aside).</summary>
    static bool IsFinalSigma(string s, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(s[j])) j--;
        if (j < 0 || !IsCased(s[j])) return false;
        j = i + 1;
        while (j < s.Length && IsCaseIgnorable(s[j])) j++;
        return j == s.Length || !IsCased(s[j]);
    }

    static bool IsCaseIgnorable(char c)
    {
        var cat = char.GetUnicodeCategory(c);
        return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == '\u00ad' || c == '\u00b7' || c == '\u2019'
            || cat == System.Globalization.UnicodeCategory.NonSpacingMark
            || cat == System.Globalization.UnicodeCategory.EnclosingMark
            || cat == System.Globalization.UnicodeCategory.Format
            || cat == System.Globalization.UnicodeCategory.ModifierLetter
            || cat == System.Globalization.UnicodeCategory.ModifierSymbol;
    }

    static string CaseFold(string s)
    {
        if (IsAscii(s)) return AsciiLower(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            SpecialCasing.AppendFold(sb, CodePoints.CodePointAt(s, i, out int width));
            i += width;
        }
        return sb.ToString();
    }

    static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int c = CodePoints.CodePointAt(s, i, out int width);
            if (UnicodeCaseFlags.IsUpper(c)) AppendLowerAt(sb, s, i);
            else if (UnicodeCaseFlags.IsLower(c)) SpecialCasing.AppendUpper(sb, c);
            else sb.Append(s, i, width);
            i += width;
        }
        return sb.ToString();
    }

    static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        SpecialCasing.AppendTitle(sb, CodePoints.CodePointAt(s, 0, out int width));
        for (int i = width; i < s.Length;) i += AppendLowerAt(sb, s, i);
        return sb.ToString();
    }

    static bool IsCased(int c) => UnicodeCaseFlags.IsCased(c);

    static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = CodePoints.CodePointAt(s, i, out int width);
            if (previousCased) AppendLowerAt(sb, s, i);
            else SpecialCasing.AppendTitle(sb, c);
            previousCased = IsCased(c);
            i += width;
        }
        return sb.ToString();
    }
}
