// The str.is* predicates: digit alpha alnum space lower upper title decimal numeric
// identifier printable ascii. Each looks at code points (a surrogate pair is one).
using System.Globalization;
using System.Text;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static void AddPredicates(PyType t)
    {
        AddEveryCodePoint(t, "isdigit", IsDigit);
        AddEveryCodePoint(t, "isdecimal", IsDecimal);
        AddEveryCodePoint(t, "isnumeric", IsNumeric);
        AddEveryCodePoint(t, "isalpha", IsAlpha);
        AddEveryCodePoint(t, "isalnum", cp => IsAlpha(cp) || IsNumeric(cp));
        AddEveryCodePoint(t, "isspace", cp => cp < 0x10000 && IsSpace((char)cp));
        AddPredicate(t, "isascii", s => { foreach (char c in s) if (c >= 128) return false; return true; });
        AddPredicate(t, "isprintable", s =>
        {
            foreach (var cp in EnumerateCodePoints(s)) if (!UnicodePrintable.IsPrintable(cp)) return false;
            return true;
        });
        AddPredicate(t, "islower", s => CaseTest(s, false));
        AddPredicate(t, "isupper", s => CaseTest(s, true));
        AddPredicate(t, "istitle", IsTitle);
        AddPredicate(t, "isidentifier", IsIdentifier);
    }

    static void AddPredicate(PyType t, string name, Func<string, bool> test)
    {
        string qualifiedName = "str." + name;
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.None(qualifiedName, args, kw);
            return PyBool.From(test(((PyStr)self).Value));
        });
    }

    /// <summary>A predicate true when the string is non-empty and every code point passes.</summary>
    static void AddEveryCodePoint(PyType t, string name, Func<int, bool> test)
    {
        AddPredicate(t, name, s =>
        {
            if (s.Length == 0) return false;
            foreach (var cp in EnumerateCodePoints(s)) if (!test(cp)) return false;
            return true;
        });
    }

    static IEnumerable<int> EnumerateCodePoints(string s)
    {
        for (int i = 0; i < s.Length;)
        {
            yield return CodePoints.CodePointAt(s, i, out int width);
            i += width;
        }
    }

    static UnicodeCategory Category(int cp) => UnicodeCaseFlags.Category(cp);

    static bool IsDecimal(int cp) => Category(cp) == UnicodeCategory.DecimalDigitNumber;

    static bool IsDigit(int cp) => IsDecimal(cp) || CharUnicodeInfo.GetDigitValue(CodePoints.FromCodePoint(cp), 0) >= 0;

    static bool IsNumeric(int cp) => IsDigit(cp) || CharUnicodeInfo.GetNumericValue(CodePoints.FromCodePoint(cp), 0) != -1
        || UnicodeCaseFlags.IsNumericIdeograph(cp);

    static bool IsAlpha(int cp)
    {
        var cat = Category(cp);
        return cat == UnicodeCategory.UppercaseLetter || cat == UnicodeCategory.LowercaseLetter
            || cat == UnicodeCategory.TitlecaseLetter || cat == UnicodeCategory.ModifierLetter
            || cat == UnicodeCategory.OtherLetter;
    }

    /// <summary>islower/isupper: some cased character, and none of the opposite case or
    /// title case.</summary>
    static bool CaseTest(string s, bool upper)
    {
        bool cased = false;
        foreach (var cp in EnumerateCodePoints(s))
        {
            if (UnicodeCaseFlags.IsTitle(cp)) return false;
            if (UnicodeCaseFlags.IsUpper(cp)) { if (!upper) return false; cased = true; }
            else if (UnicodeCaseFlags.IsLower(cp)) { if (upper) return false; cased = true; }
        }
        return cased;
    }

    static bool IsTitle(string s)
    {
        bool cased = false, previousCased = false;
        foreach (var cp in EnumerateCodePoints(s))
        {
            if (UnicodeCaseFlags.IsUpper(cp) || UnicodeCaseFlags.IsTitle(cp))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (UnicodeCaseFlags.IsLower(cp))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    static bool IsIdentifierStart(int cp) => cp == '_' || IsAlpha(cp) || Category(cp) == UnicodeCategory.LetterNumber;

    static bool IsIdentifierContinue(int cp)
    {
        if (IsIdentifierStart(cp)) return true;
        var cat = Category(cp);
        return cat == UnicodeCategory.DecimalDigitNumber || cat == UnicodeCategory.NonSpacingMark
            || cat == UnicodeCategory.SpacingCombiningMark || cat == UnicodeCategory.ConnectorPunctuation;
    }

    static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        bool first = true;
        foreach (var cp in EnumerateCodePoints(s))
        {
            if (first ? !IsIdentifierStart(cp) : !IsIdentifierContinue(cp)) return false;
            first = false;
        }
        return true;
    }
}
