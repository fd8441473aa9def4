// The number-literal token: decimal, hex, octal and binary integers (arbitrary precision) and
// floats, with underscores between digits, and CPython's messages for malformed literals.
using System.Globalization;
using System.Numerics;
using Sprache;

namespace MiniPy.Syntax;

internal static class NumberLiterals
{
    /// <summary>An int (BigInteger) or float (double) literal.</summary>
    public static readonly Parser<Constant> Number = input =>
    {
        var s = Tokens.SkipBlanks(input);
        string text = s.Source;
        int start = s.Position;
        if (start >= text.Length) return Tokens.Fail<Constant>(s, "number");
        char first = text[start];
        bool startsWithPoint = first == '.' && start + 1 < text.Length && char.IsAsciiDigit(text[start + 1]);
        if (!char.IsAsciiDigit(first) && !startsWithPoint) return Tokens.Fail<Constant>(s, "number");

        object value;
        int end;
        if (first == '0' && start + 1 < text.Length && "xXoObB".IndexOf(text[start + 1]) >= 0)
            value = ScanRadixInteger(text, start, s, out end);
        else
            value = ScanDecimal(text, start, s, out end);

        var constant = new Constant(value) { Line = s.Line, Col = s.Column - 1 };
        return Result.Success(constant, Tokens.After(s, end));
    };

    private static SyntaxErrorException Error(string message, SourceInput at, string text, int position) =>
        ParseContext.Current.Error(message, at.MoveTo(position));

    private static object ScanRadixInteger(string text, int start, SourceInput at, out int end)
    {
        char kind = char.ToLowerInvariant(text[start + 1]);
        int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
        string kindName = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
        int p = start + 2;
        BigInteger value = BigInteger.Zero;
        int digits = 0;
        while (p < text.Length)
        {
            char c = text[p];
            if (c == '_')
            {
                if (p + 1 >= text.Length || DigitValue(text[p + 1]) < 0 || DigitValue(text[p + 1]) >= radix)
                    throw Error($"invalid {kindName} literal", at, text, p + 1);
                p++;
                continue;
            }
            int d = DigitValue(c);
            if (d < 0 || d >= radix)
            {
                if (d >= 0 || Tokens.IsIdentifierPart(c))
                    throw Error(d >= 0 && char.IsAsciiDigit(c) ? $"invalid digit '{c}' in {kindName} literal" : $"invalid {kindName} literal", at, text, p + 1);
                break;
            }
            value = value * radix + d;
            digits++;
            p++;
        }
        if (digits == 0) throw Error($"invalid {kindName} literal", at, text, p - 1);
        end = p;
        return value;
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /// <summary>Scans digits with single underscores between them; returns the position after them.</summary>
    private static int ScanDigitPart(string text, int p, SourceInput at)
    {
        while (p < text.Length)
        {
            if (char.IsAsciiDigit(text[p])) { p++; continue; }
            if (text[p] == '_')
            {
                if (p + 1 < text.Length && char.IsAsciiDigit(text[p + 1])) { p++; continue; }
                throw Error("invalid decimal literal", at, text, p);
            }
            break;
        }
        return p;
    }

    private static object ScanDecimal(string text, int start, SourceInput at, out int end)
    {
        int p = ScanDigitPart(text, start, at);
        int integerEnd = p;
        bool isFloat = false;
        if (p < text.Length && text[p] == '.')
        {
            isFloat = true;
            p++;
            if (p < text.Length && char.IsAsciiDigit(text[p])) p = ScanDigitPart(text, p, at);
        }
        if (p < text.Length && (text[p] == 'e' || text[p] == 'E'))
        {
            int q = p + 1;
            if (q < text.Length && (text[q] == '+' || text[q] == '-')) q++;
            if (q < text.Length && char.IsAsciiDigit(text[q]))
            {
                p = ScanDigitPart(text, q, at);
                isFloat = true;
            }
            else throw Error("invalid decimal literal", at, text, p - 1);
        }
        bool imaginary = p < text.Length && (text[p] == 'j' || text[p] == 'J');
        int digitsEnd = p;
        if (imaginary) p++;
        if (p < text.Length && Tokens.IsIdentifierPart(text[p]) && !StartsKeywordAllowedAfterNumber(text, p))
            throw ParseContext.Current.Error("invalid decimal literal", at);
        end = p;

        string digits = text.Substring(start, digitsEnd - start);
        if (digits.IndexOf('_') >= 0) digits = digits.Replace("_", "");
        // An imaginary literal (2j, 1.5e3J, 007j) is a complex with a zero real part.
        if (imaginary) return new System.Numerics.Complex(0, double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture));
        if (isFloat) return double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (digits.Length > 1 && digits[0] == '0' && digits.AsSpan().IndexOfAnyExcept('0') >= 0)
            throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at, text, start);
        _ = integerEnd;
        if (digits.Length <= 18) return new BigInteger(long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        return BigInteger.Parse(digits, CultureInfo.InvariantCulture);
    }

    // CPython 3.11 still accepts "1if x else y" and "[0x1for x in y]" (with a warning).
    private static bool StartsKeywordAllowedAfterNumber(string text, int p)
    {
        foreach (var word in new[] { "and", "else", "for", "if", "in", "is", "not", "or" })
            if (string.CompareOrdinal(text, p, word, 0, word.Length) == 0
                && (p + word.Length >= text.Length || !Tokens.IsIdentifierPart(text[p + word.Length])))
                return true;
        return false;
    }
}
