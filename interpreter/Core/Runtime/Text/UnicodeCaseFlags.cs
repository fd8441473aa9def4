// The parts of Python's character properties that .NET's general categories do not carry:
// the Uppercase and Lowercase properties (Lu and Ll plus Other_Uppercase and
// Other_Lowercase: Roman numerals, circled and squared letters, modifier letters such as
// ª and ʰ), which str.isupper, islower, istitle and swapcase test; and the ideographs with a
// numeric value (一 二 三 …), which str.isnumeric accepts. Unicode 14, as in CPython 3.11.
using System.Globalization;

namespace MiniPy.Runtime.Text;

public static class UnicodeCaseFlags
{
    static readonly (int First, int Last)[] OtherUppercase =
        Ranges("2160-216F 24B6-24CF 1F130-1F149 1F150-1F169 1F170-1F189");

    static readonly (int First, int Last)[] OtherLowercase =
        Ranges("AA BA 2B0-2B8 2C0-2C1 2E0-2E4 345 37A 1D2C-1D6A 1D78 1D9B-1DBF 2071 207F 2090-209C 2170-217F " +
               "24D0-24E9 2C7C-2C7D A69C-A69D A770 A7F8-A7F9 AB5C-AB5F 10780 10783-10785 10787-107B0 107B2-107BA");

    static readonly (int First, int Last)[] NumericIdeographs =
        Ranges("3405 3483 382A 3B4D 4E00 4E03 4E07 4E09 4E5D 4E8C 4E94 4E96 4EBF-4EC0 4EDF 4EE8 4F0D 4F70 5104 " +
               "5146 5169 516B 516D 5341 5343-5345 534C 53C1-53C4 56DB 58F1 58F9 5E7A 5EFE-5EFF 5F0C-5F0E 5F10 " +
               "62FE 634C 67D2 6F06 7396 767E 8086 842C 8CAE 8CB3 8D30 9621 9646 964C 9678 96F6 F96B F973 F978 " +
               "F9B2 F9D1 F9D3 F9FD 20001 20064 200E2 20121 2092A 20983 2098C 2099C 20AEA 20AFD 20B19 22390 " +
               "22998 23B1B 2626D 2F890");

    public static UnicodeCategory Category(int cp) => cp < 0x10000
        ? CharUnicodeInfo.GetUnicodeCategory((char)cp)
        : CharUnicodeInfo.GetUnicodeCategory(cp);

    /// <summary>Python's Py_UNICODE_ISUPPER: the Uppercase property.</summary>
    public static bool IsUpper(int cp) => Category(cp) == UnicodeCategory.UppercaseLetter || (cp >= 0x2160 && In(OtherUppercase, cp));

    /// <summary>Python's Py_UNICODE_ISLOWER: the Lowercase property.</summary>
    public static bool IsLower(int cp) => Category(cp) == UnicodeCategory.LowercaseLetter || (cp >= 0xAA && In(OtherLowercase, cp));

    public static bool IsTitle(int cp) => Category(cp) == UnicodeCategory.TitlecaseLetter;

    /// <summary>Cased: upper, lower or title case.</summary>
    public static bool IsCased(int cp) => IsUpper(cp) || IsLower(cp) || IsTitle(cp);

    /// <summary>An ideograph with a numeric value that .NET does not give one.</summary>
    public static bool IsNumericIdeograph(int cp) => cp >= 0x3405 && In(NumericIdeographs, cp);

    static bool In((int First, int Last)[] ranges, int cp)
    {
        int lo = 0, hi = ranges.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < ranges[mid].First) hi = mid - 1;
            else if (cp > ranges[mid].Last) lo = mid + 1;
            else return true;
        }
        return false;
    }

    static (int, int)[] Ranges(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new (int, int)[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            int dash = parts[i].IndexOf('-');
            int first = int.Parse(dash < 0 ? parts[i] : parts[i][..dash], NumberStyles.HexNumber);
            int last = dash < 0 ? first : int.Parse(parts[i][(dash + 1)..], NumberStyles.HexNumber);
            result[i] = (first, last);
        }
        return result;
    }
}
