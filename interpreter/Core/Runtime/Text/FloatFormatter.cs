// Renders a double in CPython's 'e', 'f', 'g' and 'r' (repr) styles exactly as
// PyOS_double_to_string does: the digit layout, exponent form, "inf"/"nan" spelling and
// the flag handling are a direct port of format_float_short in Python/pystrtod.c.
using System.Buffers;
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime.Text;

[SkipLocalsInit]
public static class FloatFormatter
{
    /// <summary>
    /// Formats <paramref name="value"/> with a format code of 'e', 'E', 'f', 'F', 'g', 'G' or
    /// 'r' (shortest repr digits; precision must be 0), like CPython's PyOS_double_to_string.
    /// </summary>
    public static string Format(double value, char formatCode, int precision, FloatFormatFlags flags)
    {
        var builder = new ValueCharBuilder(stackalloc char[64]);
        try
        {
            Write(ref builder, value, formatCode, precision, flags);
            return builder.ToString();
        }
        finally
        {
            builder.Dispose();
        }
    }

    internal static void Write(ref ValueCharBuilder output, double value, char formatCode, int precision, FloatFormatFlags flags)
    {
        bool upper = false;
        char code;
        FloatDigitMode mode;
        switch (formatCode)
        {
            case 'E': upper = true; goto case 'e';
            case 'e':
                code = 'e';
                mode = FloatDigitMode.Significant;
                precision++;
                break;
            case 'F': upper = true; goto case 'f';
            case 'f':
                code = 'f';
                mode = FloatDigitMode.Fixed;
                break;
            case 'G': upper = true; goto case 'g';
            case 'g':
                code = 'g';
                mode = FloatDigitMode.Significant;
                if (precision == 0) precision = 1;
                break;
            case 'r':
                code = 'r';
                mode = FloatDigitMode.Shortest;
                precision = 0;
                break;
            default:
                throw new ArgumentException("bad float format code", nameof(formatCode));
        }
        if (precision < 0) precision = 0;
        if (precision > FloatDigits.MaxPrecision)
            throw FormatValueException.ValueError("precision too big");

        bool alwaysSign = (flags & FloatFormatFlags.AlwaysSign) != 0;
        bool addDotZero = (flags & FloatFormatFlags.AddDotZero) != 0;
        bool alternate = (flags & FloatFormatFlags.Alternate) != 0;
        bool negative = double.IsNegative(value);

        if (!double.IsFinite(value))
        {
            if (double.IsNaN(value))
            {
                if (alwaysSign) output.Append('+');
                output.Append(upper ? "NAN" : "nan");
            }
            else
            {
                if (negative) output.Append('-');
                else if (alwaysSign) output.Append('+');
                output.Append(upper ? "INF" : "inf");
            }
            return;
        }

        int scratchSize = FloatDigits.ScratchSize(mode, precision);
        char[] rented = null;
        Span<char> digits = scratchSize <= 256
            ? stackalloc char[256]
            : (rented = ArrayPool<char>.Shared.Rent(scratchSize));
        try
        {
            int digitCount = FloatDigits.Generate(Math.Abs(value), mode, precision, digits, out int decimalPoint);
            if ((flags & FloatFormatFlags.NoNegativeZero) != 0 && negative && digitCount == 1 && digits[0] == '0')
                negative = false;
            Layout(ref output, digits.Slice(0, digitCount), decimalPoint, negative, code, precision,
                alwaysSign, addDotZero, alternate, upper);
        }
        finally
        {
            if (rented != null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Lays the digits out as a slice of the digit string padded with zeros on both
    /// sides, as format_float_short does.</summary>
    private static void Layout(ref ValueCharBuilder output, scoped ReadOnlySpan<char> digits, int decimalPoint, bool negative,
        char code, int precision, bool alwaysSign, bool addDotZero, bool alternate, bool upper)
    {
        int digitCount = digits.Length;
        int virtualEnd = digitCount;
        bool useExponent = false;
        switch (code)
        {
            case 'e':
                useExponent = true;
                virtualEnd = precision;
                break;
            case 'f':
                virtualEnd = decimalPoint + precision;
                break;
            case 'g':
                if (decimalPoint <= -4 || decimalPoint > (addDotZero ? precision - 1 : precision))
                    useExponent = true;
                if (alternate) virtualEnd = precision;
                break;
            default: // 'r'
                if (decimalPoint <= -4 || decimalPoint > 16) useExponent = true;
                break;
        }

        int exponent = 0;
        if (useExponent)
        {
            exponent = decimalPoint - 1;
            decimalPoint = 1;
        }

        int virtualStart = decimalPoint <= 0 ? decimalPoint - 1 : 0;
        if (!useExponent && addDotZero)
            virtualEnd = virtualEnd > decimalPoint ? virtualEnd : decimalPoint + 1;
        else
            virtualEnd = virtualEnd > decimalPoint ? virtualEnd : decimalPoint;

        if (negative) output.Append('-');
        else if (alwaysSign) output.Append('+');

        if (decimalPoint <= 0)
        {
            output.Append('0', decimalPoint - virtualStart);
            output.Append('.');
            output.Append('0', -decimalPoint);
        }
        else
        {
            output.Append('0', -virtualStart);
        }

        if (0 < decimalPoint && decimalPoint <= digitCount)
        {
            output.Append(digits.Slice(0, decimalPoint));
            output.Append('.');
            output.Append(digits.Slice(decimalPoint));
        }
        else
        {
            output.Append(digits);
        }

        if (digitCount < decimalPoint)
        {
            output.Append('0', decimalPoint - digitCount);
            output.Append('.');
            output.Append('0', virtualEnd - decimalPoint);
        }
        else
        {
            output.Append('0', virtualEnd - digitCount);
        }

        if (output[output.Length - 1] == '.' && !alternate)
            output.Length--;

        if (useExponent)
        {
            output.Append(upper ? 'E' : 'e');
            if (exponent < 0)
            {
                output.Append('-');
                exponent = -exponent;
            }
            else
            {
                output.Append('+');
            }
            if (exponent < 10) output.Append('0');
            AppendSmallInteger(ref output, exponent);
        }
    }

    private static void AppendSmallInteger(ref ValueCharBuilder output, int value)
    {
        if (value >= 100) output.Append((char)('0' + value / 100));
        if (value >= 10) output.Append((char)('0' + value / 10 % 10));
        output.Append((char)('0' + value % 10));
    }
}
