// The methods of str. This file registers them and holds the case conversions (upper lower
// capitalize title swapcase casefold); the other groups are in StrMethods.*.cs.
using System.Text;

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

    static bool IsAscii(string s)
    {
        foreach (char c in s) if (c >= 128) return false;
        return true;
    }

    public static string Upper(string s)
    {
        if (IsAscii(s)) return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) AppendUpper(sb, c);
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        if (IsAscii(s)) return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == 'Σ' && IsFinalSigma(s, i)) sb.Append('ς');
            else AppendLower(sb, s[i]);
        }
        return sb.ToString();
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
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c == 'ß') sb.Append("ss");
            else if (c == 'ς') sb.Append('σ');
            else AppendLower(sb, c);
        }
        return sb.ToString();
    }

    /// <summary>Full upper-case mapping of one UTF-16 unit (ß becomes SS, as in Python).</summary>
    static void AppendUpper(StringBuilder sb, char c)
    {
        if (c == 'ß') sb.Append("SS");
        else if (c == 'ŉ') sb.Append("ʼN");
        else sb.Append(char.ToUpperInvariant(c));
    }

    static void AppendLower(StringBuilder sb, char c)
    {
        if (c == 'İ') sb.Append("i̇");
        else sb.Append(char.ToLowerInvariant(c));
    }

    /// <summary>Title case of one character: the titlecase letter for the digraphs, else upper case.</summary>
    static void AppendTitle(StringBuilder sb, char c)
    {
        switch (c)
        {
            case 'Ǆ': case 'ǅ': case 'ǆ': sb.Append('ǅ'); return;
            case 'Ǉ': case 'ǈ': case 'ǉ': sb.Append('ǈ'); return;
            case 'Ǌ': case 'ǋ': case 'ǌ': sb.Append('ǋ'); return;
            case 'Ǳ': case 'ǲ': case 'ǳ': sb.Append('ǲ'); return;
            case 'ß': sb.Append("Ss"); return;
        }
        AppendUpper(sb, c);
    }

    static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsUpper(c)) AppendLower(sb, c);
            else if (char.IsLower(c)) AppendUpper(sb, c);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        AppendTitle(sb, s[0]);
        for (int i = 1; i < s.Length; i++) AppendLower(sb, s[i]);
        return sb.ToString();
    }

    /// <summary>Cased: has an upper, lower or title case form (Lu, Ll, Lt).</summary>
    static bool IsCased(char c)
    {
        var cat = char.GetUnicodeCategory(c);
        return cat == System.Globalization.UnicodeCategory.UppercaseLetter
            || cat == System.Globalization.UnicodeCategory.LowercaseLetter
            || cat == System.Globalization.UnicodeCategory.TitlecaseLetter;
    }

    static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        foreach (char c in s)
        {
            if (previousCased) AppendLower(sb, c);
            else AppendTitle(sb, c);
            previousCased = IsCased(c);
        }
        return sb.ToString();
    }
}
