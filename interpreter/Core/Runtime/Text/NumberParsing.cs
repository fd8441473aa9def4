// Python's int(str, base) and float(str) parsing, with CPython 3.11's rules and messages:
// surrounding whitespace, signs, underscores only between digits, 0x/0o/0b prefixes,
// Unicode decimal digits, the 4300-digit limit for non-power-of-two bases; and
// bin()/oct()/hex() style integer-to-string conversion.
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime.Text;

[SkipLocalsInit]
public static class NumberParsing
{
    /// <summary>CPython's default sys.get_int_max_str_digits(); 0 disables the limit.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>Installed by the VM: the running interpreter's limit (sys.set_int_max_str_digits
    /// changes only its own interpreter's, as in CPython).</summary>
    public static Func<int> LimitOfCurrentInterpreter;

    public static int MaxStrDigits => LimitOfCurrentInterpreter?.Invoke() ?? DefaultMaxStrDigits;

    /// <summary>The other half of the limit: an int written in decimal may not have more
    /// digits than MaxStrDigits either (CVE-2020-10735), checked before the slow conversion
    /// from the bit length, then exactly.</summary>
    public static void CheckDecimalDigits(BigInteger value)
    {
        int limit = MaxStrDigits;
        if (limit <= 0) return;
        long bits = (long)BigInteger.Abs(value).GetBitLength();
        if (bits < 2000) return; // at most 603 digits: under any limit allowed (>= 640)
        // bits * log10(2) is within one digit of the true count.
        double estimate = bits * 0.30102999566398120;
        if (estimate > limit + 1 || (estimate > limit - 1 && BigInteger.Abs(value).ToString(CultureInfo.InvariantCulture).Length > limit))
            throw FormatValueException.ValueError("Exceeds the limit (" + limit.ToString(CultureInfo.InvariantCulture)
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /// <summary>int(s, base). ValueError for a bad base, a bad literal or too many digits.</summary>
    public static BigInteger ParseInt(string s, int @base)
    {
        if ((@base != 0 && @base < 2) || @base > 36)
            throw FormatValueException.ValueError("int() base must be >= 2 and <= 36, or 0");

        string text = IsAscii(s) ? s : NormalizeDigitsAndSpaces(s);
        int i = 0;
        int end = text.Length;
        while (i < end && IsAsciiSpace(text[i])) i++;
        while (end > i && IsAsciiSpace(text[end - 1])) end--;

        bool negative = false;
        if (i < end && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        int radix = @base;
        bool errorIfNonzero = false;
        if (radix == 0)
        {
            if (i >= end || text[i] != '0') radix = 10;
            else if (i + 1 < end && (text[i + 1] == 'x' || text[i + 1] == 'X')) radix = 16;
            else if (i + 1 < end && (text[i + 1] == 'o' || text[i + 1] == 'O')) radix = 8;
            else if (i + 1 < end && (text[i + 1] == 'b' || text[i + 1] == 'B')) radix = 2;
            else
            {
                errorIfNonzero = true;
                radix = 10;
            }
        }
        if (i + 1 < end && text[i] == '0')
        {
            char p = (char)(text[i + 1] | 0x20);
            if ((radix == 16 && p == 'x') || (radix == 8 && p == 'o') || (radix == 2 && p == 'b'))
            {
                i += 2;
                if (i < end && text[i] == '_') i++;
            }
        }
        if (i < end && text[i] == '_') throw InvalidIntLiteral(s, @base);

        int start = i;
        int digitCount = 0;
        char previous = '\0';
        for (; i < end; i++)
        {
            char c = text[i];
            if (c == '_')
            {
                if (previous == '_') throw InvalidIntLiteral(s, @base);
            }
            else
            {
                if (DigitValue(c) >= radix) break;
                digitCount++;
            }
            previous = c;
        }
        if (previous == '_' || digitCount == 0) throw InvalidIntLiteral(s, @base);
        if ((radix & (radix - 1)) != 0 && MaxStrDigits > 0 && digitCount > MaxStrDigits)
            throw FormatValueException.ValueError("Exceeds the limit (" + MaxStrDigits.ToString(CultureInfo.InvariantCulture)
                + " digits) for integer string conversion: value has " + digitCount.ToString(CultureInfo.InvariantCulture)
                + " digits; use sys.set_int_max_str_digits() to increase the limit");
        if (i != end) throw InvalidIntLiteral(s, @base);

        BigInteger value = DigitsToInteger(text.AsSpan(start, end - start), digitCount, radix);
        if (errorIfNonzero && !value.IsZero) throw InvalidIntLiteral(s, @base);
        return negative ? -value : value;
    }

    private static BigInteger DigitsToInteger(ReadOnlySpan<char> digits, int digitCount, int radix)
    {
        if (radix == 10 && digitCount > 19)
        {
            if (digits.IndexOf('_') < 0)
                return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            char[] compact = new char[digitCount];
            int n = 0;
            foreach (char c in digits)
                if (c != '_') compact[n++] = c;
            return BigInteger.Parse(compact, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        // Accumulate chunks that fit in a ulong: value = value * radix**k + chunk.
        int chunkDigits = 1;
        ulong chunkScale = (ulong)radix;
        while (chunkScale <= ulong.MaxValue / (ulong)radix / (ulong)radix)
        {
            chunkScale *= (ulong)radix;
            chunkDigits++;
        }
        BigInteger value = BigInteger.Zero;
        bool any = false;
        ulong chunk = 0;
        ulong scale = 1;
        int inChunk = 0;
        foreach (char c in digits)
        {
            if (c == '_') continue;
            chunk = chunk * (ulong)radix + (ulong)DigitValue(c);
            scale *= (ulong)radix;
            if (++inChunk == chunkDigits)
            {
                value = any ? value * scale + chunk : chunk;
                any = true;
                chunk = 0;
                scale = 1;
                inChunk = 0;
            }
        }
        if (inChunk > 0) value = any ? value * scale + chunk : chunk;
        return value;
    }

    /// <summary>float(s). ValueError "could not convert string to float: '...'".</summary>
    public static double ParseFloat(string s)
    {
        string text = IsAscii(s) ? s : NormalizeDigitsAndSpaces(s);
        if (text.Contains('_'))
        {
            text = RemoveUnderscoresBetweenDigits(text);
            if (text == null) throw InvalidFloatLiteral(s);
        }

        int i = 0;
        int end = text.Length;
        while (i < end && IsAsciiSpace(text[i])) i++;
        while (end > i && IsAsciiSpace(text[end - 1])) end--;
        ReadOnlySpan<char> body = text.AsSpan(i, end - i);
        if (body.Length == 0) throw InvalidFloatLiteral(s);

        int pos = 0;
        bool negative = false;
        if (body[0] == '+' || body[0] == '-')
        {
            negative = body[0] == '-';
            pos = 1;
        }
        ReadOnlySpan<char> word = body.Slice(pos);
        if (word.Equals("inf", StringComparison.OrdinalIgnoreCase) || word.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (word.Equals("nan", StringComparison.OrdinalIgnoreCase))
            return BitConverter.Int64BitsToDouble(negative ? unchecked((long)0xFFF8000000000000UL) : 0x7FF8000000000000L);

        int mantissaDigits = 0;
        while (pos < body.Length && IsAsciiDigit(body[pos])) { pos++; mantissaDigits++; }
        if (pos < body.Length && body[pos] == '.')
        {
            pos++;
            while (pos < body.Length && IsAsciiDigit(body[pos])) { pos++; mantissaDigits++; }
        }
        if (mantissaDigits == 0) throw InvalidFloatLiteral(s);
        if (pos < body.Length && (body[pos] == 'e' || body[pos] == 'E'))
        {
            int exponentStart = pos + 1;
            if (exponentStart < body.Length && (body[exponentStart] == '+' || body[exponentStart] == '-')) exponentStart++;
            int exponentEnd = exponentStart;
            while (exponentEnd < body.Length && IsAsciiDigit(body[exponentEnd])) exponentEnd++;
            if (exponentEnd > exponentStart) pos = exponentEnd;
        }
        if (pos != body.Length) throw InvalidFloatLiteral(s);

        return double.Parse(body, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture);
    }

    /// <summary>str(v) for base 10, bin(v), oct(v) or hex(v) for bases 2, 8, 16:
    /// "-0b1010", "0o10", "0xff".</summary>
    public static string IntToString(BigInteger value, int @base)
    {
        if (@base != 2 && @base != 8 && @base != 10 && @base != 16)
            throw new ArgumentOutOfRangeException(nameof(@base), "base must be 2, 8, 10 or 16");
        if (@base == 10) return value.ToString(CultureInfo.InvariantCulture);
        var output = new ValueCharBuilder(stackalloc char[80]);
        try
        {
            if (value.Sign < 0) output.Append('-');
            output.Append(IntegerDigits.Prefix(@base, false));
            IntegerDigits.AppendMagnitude(ref output, value, @base, false);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    private static FormatValueException InvalidIntLiteral(string original, int @base)
    {
        string repr = StringRepr.Repr(original);
        if (repr.Length > 200) repr = repr.Substring(0, 200);
        return FormatValueException.ValueError("invalid literal for int() with base "
            + @base.ToString(CultureInfo.InvariantCulture) + ": " + repr);
    }

    private static FormatValueException InvalidFloatLiteral(string original)
        => FormatValueException.ValueError("could not convert string to float: " + StringRepr.Repr(original));

    /// <summary>The value of an ASCII digit or letter (0-35); 99 for anything else.</summary>
    private static int DigitValue(char c)
    {
        if ((uint)(c - '0') <= 9) return c - '0';
        int lower = c | 0x20;
        if ((uint)(lower - 'a') <= 25) return lower - 'a' + 10;
        return 99;
    }

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>The whitespace CPython's C-level number parsers skip (Py_ISSPACE).</summary>
    private static bool IsAsciiSpace(char c) => c == ' ' || (uint)(c - '\t') <= '\r' - '\t';

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
            if (c > 0x7F) return false;
        return true;
    }

    /// <summary>CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace
    /// becomes ' ', non-ASCII decimal digits become ASCII digits, and the text is cut after
    /// the first other non-ASCII character, which becomes '?'.</summary>
    private static string NormalizeDigitsAndSpaces(string s)
    {
        var chars = new char[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c <= 0x7F)
            {
                chars[n++] = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                chars[n++] = ' ';
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(s, i) == UnicodeCategory.DecimalDigitNumber)
            {
                chars[n++] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(s, i));
                if (char.IsHighSurrogate(c) && i + 1 < s.Length) i++;
            }
            else
            {
                chars[n++] = '?';
                break;
            }
        }
        return new string(chars, 0, n);
    }

    /// <summary>Drops underscores that sit between two digits; null when any underscore is
    /// elsewhere (CPython's _Py_string_to_number_with_underscores).</summary>
    private static string RemoveUnderscoresBetweenDigits(string s)
    {
        var chars = new char[s.Length];
        int n = 0;
        char previous = '\0';
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (!IsAsciiDigit(previous)) return null;
            }
            else
            {
                if (previous == '_' && !IsAsciiDigit(c)) return null;
                chars[n++] = c;
            }
            previous = c;
        }
        if (previous == '_') return null;
        return new string(chars, 0, n);
    }
}
