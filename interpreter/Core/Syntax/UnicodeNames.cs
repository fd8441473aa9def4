// The few Unicode character names that \N{...} escapes may use in MiniPy. .NET carries no
// Unicode name table, so this is a short list of the names programs commonly spell out.
namespace MiniPy.Syntax;

internal static class UnicodeNames
{
    private static readonly Dictionary<string, string> Characters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SPACE"] = " ", ["NO-BREAK SPACE"] = "\u00A0", ["EM DASH"] = "\u2014", ["EN DASH"] = "\u2013",
        ["BULLET"] = "\u2022", ["HORIZONTAL ELLIPSIS"] = "\u2026", ["DEGREE SIGN"] = "\u00B0",
        ["COPYRIGHT SIGN"] = "\u00A9", ["REGISTERED SIGN"] = "\u00AE", ["EURO SIGN"] = "\u20AC",
        ["POUND SIGN"] = "\u00A3", ["YEN SIGN"] = "\u00A5", ["SECTION SIGN"] = "\u00A7",
        ["MULTIPLICATION SIGN"] = "\u00D7", ["DIVISION SIGN"] = "\u00F7", ["PLUS-MINUS SIGN"] = "\u00B1",
        ["MICRO SIGN"] = "\u00B5", ["INFINITY"] = "\u221E", ["CHECK MARK"] = "\u2713",
        ["BLACK STAR"] = "\u2605", ["WHITE STAR"] = "\u2606", ["SNOWMAN"] = "\u2603",
        ["LEFT-POINTING DOUBLE ANGLE QUOTATION MARK"] = "\u00AB", ["RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK"] = "\u00BB",
        ["LATIN SMALL LETTER E WITH ACUTE"] = "\u00E9", ["LATIN CAPITAL LETTER E WITH ACUTE"] = "\u00C9",
        ["GREEK SMALL LETTER ALPHA"] = "\u03B1", ["GREEK SMALL LETTER BETA"] = "\u03B2", ["GREEK SMALL LETTER PI"] = "\u03C0",
        ["GREEK CAPITAL LETTER DELTA"] = "\u0394", ["GREEK CAPITAL LETTER OMEGA"] = "\u03A9", ["GREEK SMALL LETTER LAMDA"] = "\u03BB",
        ["RIGHTWARDS ARROW"] = "\u2192", ["LEFTWARDS ARROW"] = "\u2190", ["SNAKE"] = "\U0001F40D",
        ["LINE FEED"] = "\n", ["CARRIAGE RETURN"] = "\r", ["CHARACTER TABULATION"] = "\t", ["NULL"] = "\0",
    };

    /// <summary>The character(s) with that name, or null when the name is not in the table.</summary>
    public static string Lookup(string name) => Characters.TryGetValue(name.Trim(), out var value) ? value : null;
}
