// The format-spec mini-language as applied by int.__format__, float.__format__ and
// str.__format__ (format(), str.format, f-strings), matching CPython 3.11's
// Python/formatter_unicode.c output and error messages.
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime.Text;

[SkipLocalsInit]
public static class FormatSpec
{
    /// <summary>format(int, spec). <paramref name="typeName"/> names the type in error
    /// messages ("bool" for bools).</summary>
    public static string FormatInt(BigInteger value, string spec, string typeName = "int")
    {
        if (spec.Length == 0)
        {
            NumberParsing.CheckDecimalDigits(value);
            return value.ToString(CultureInfo.InvariantCulture);
        }
        ParsedFormatSpec f = ParsedFormatSpec.Parse(spec, 'd', '>', typeName);
        if (f.Type is 'd' or 'n') NumberParsing.CheckDecimalDigits(value);
        switch (f.Type)
        {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return FormatIntegerType(value, f);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FormatFloatType(IntegerConversion.ToDouble(value), f);
            default:
                throw ParsedFormatSpec.UnknownFormatCode(f.Type, typeName);
        }
    }

    /// <summary>format(float, spec).</summary>
    public static string FormatFloat(double value, string spec)
    {
        if (spec.Length == 0) return FloatRepr.Repr(value);
        ParsedFormatSpec f = ParsedFormatSpec.Parse(spec, '\0', '>', "float");
        switch (f.Type)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return FormatFloatType(value, f);
            default:
                throw ParsedFormatSpec.UnknownFormatCode(f.Type, "float");
        }
    }

    /// <summary>format(str, spec).</summary>
    public static string FormatString(string value, string spec)
    {
        if (spec.Length == 0) return value;
        ParsedFormatSpec f = ParsedFormatSpec.Parse(spec, 's', '<', "str");
        if (f.Type != 's') throw ParsedFormatSpec.UnknownFormatCode(f.Type, "str");

        if (f.Sign != '\0')
            throw FormatValueException.ValueError(f.Sign == ' '
                ? "Space not allowed in string format specifier"
                : "Sign not allowed in string format specifier");
        if (f.NoNegativeZero)
            throw FormatValueException.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate)
            throw FormatValueException.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=')
            throw FormatValueException.ValueError("'=' alignment not allowed in string format specifier");

        int length = CodePoints.Count(value);
        if ((f.Width == -1 || f.Width <= length) && (f.Precision == -1 || f.Precision >= length))
            return value;

        int kept = length;
        if (f.Precision >= 0 && length >= f.Precision) kept = (int)f.Precision;
        long total = f.Width > kept ? f.Width : kept;
        long leftPadding = f.Align switch
        {
            '>' => total - kept,
            '^' => (total - kept) / 2,
            _ => 0,
        };
        long rightPadding = total - kept - leftPadding;
        if (total > Array.MaxLength) throw new OutOfMemoryException();

        var output = new ValueCharBuilder(stackalloc char[128]);
        try
        {
            output.AppendCodePoint(f.Fill, (int)leftPadding);
            output.Append(value.AsSpan(0, CodePoints.CharIndex(value, kept)));
            output.AppendCodePoint(f.Fill, (int)rightPadding);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    private static string FormatIntegerType(BigInteger value, in ParsedFormatSpec f)
    {
        if (f.Precision != -1)
            throw FormatValueException.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegativeZero)
            throw FormatValueException.ValueError("Negative zero coercion (z) not allowed in integer format specifier");

        var output = new ValueCharBuilder(stackalloc char[128]);
        var digits = new ValueCharBuilder(stackalloc char[128]);
        try
        {
            if (f.Type == 'c')
            {
                if (f.Sign != '\0')
                    throw FormatValueException.ValueError("Sign not allowed with integer format specifier 'c'");
                if (f.Alternate)
                    throw FormatValueException.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
                if (value < long.MinValue || value > long.MaxValue)
                    throw FormatValueException.OverflowError("Python int too large to convert to C long");
                long code = (long)value;
                if (code < 0 || code > 0x10FFFF)
                    throw FormatValueException.OverflowError("%c arg not in range(0x110000)");
                digits.AppendCodePoint((int)code);
                NumberFieldLayout.Write(ref output, f, '\0', default, default, false, digits.AsSpan());
                return output.ToString();
            }

            int radix = f.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
            bool upper = f.Type == 'X';
            IntegerDigits.AppendMagnitude(ref digits, value, radix, upper);
            string prefix = f.Alternate ? IntegerDigits.Prefix(radix, upper) : "";
            NumberFieldLayout.Write(ref output, f, value.Sign < 0 ? '-' : '\0', prefix, digits.AsSpan(), false, default);
            return output.ToString();
        }
        finally
        {
            digits.Dispose();
            output.Dispose();
        }
    }

    private static string FormatFloatType(double value, in ParsedFormatSpec f)
    {
        if (f.Precision > int.MaxValue)
            throw FormatValueException.ValueError("precision too big");
        int precision = (int)f.Precision;
        int defaultPrecision = 6;
        int type = f.Type;
        FloatFormatFlags flags = FloatFormatFlags.None;
        if (f.Alternate) flags |= FloatFormatFlags.Alternate;
        if (f.NoNegativeZero) flags |= FloatFormatFlags.NoNegativeZero;

        if (type == '\0')
        {
            flags |= FloatFormatFlags.AddDotZero;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        bool percent = false;
        if (type == '%')
        {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';

        var body = new ValueCharBuilder(stackalloc char[128]);
        var output = new ValueCharBuilder(stackalloc char[128]);
        try
        {
            FloatFormatter.Write(ref body, value, (char)type, precision, flags);
            if (percent) body.Append('%');

            if (f.Sign != '+' && f.Sign != ' ' && f.Width == -1 && f.Type != 'n' && f.Separator == '\0')
                return body.ToString();

            ReadOnlySpan<char> text = body.AsSpan();
            char signChar = '\0';
            if (text[0] == '-')
            {
                signChar = '-';
                text = text.Slice(1);
            }
            int digitsEnd = 0;
            while (digitsEnd < text.Length && (uint)(text[digitsEnd] - '0') <= 9) digitsEnd++;
            bool hasDecimal = digitsEnd < text.Length && text[digitsEnd] == '.';
            ReadOnlySpan<char> remainder = text.Slice(hasDecimal ? digitsEnd + 1 : digitsEnd);
            NumberFieldLayout.Write(ref output, f, signChar, default, text.Slice(0, digitsEnd), hasDecimal, remainder);
            return output.ToString();
        }
        finally
        {
            body.Dispose();
            output.Dispose();
        }
    }
}
