// Decimal digit generation for doubles, the equivalent of David Gay's dtoa modes 0, 2 and 3
// that CPython uses: shortest round-trip digits, N significant digits, or N digits after the
// point, correctly rounded (ties to even on exact halves). The digits come from .NET's
// IEEE-exact formatter and are re-read as (digit string, decimal point position).
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime.Text;

internal enum FloatDigitMode
{
    /// <summary>Shortest digit string that round-trips (dtoa mode 0).</summary>
    Shortest,
    /// <summary>A given number of significant digits (dtoa mode 2).</summary>
    Significant,
    /// <summary>A given number of digits after the decimal point (dtoa mode 3).</summary>
    Fixed,
}

[SkipLocalsInit]
internal static class FloatDigits
{
    /// <summary>The largest precision .NET's formatter accepts.</summary>
    public const int MaxPrecision = 999_999_999;

    /// <summary>How many characters <see cref="Generate"/> may need as scratch space.</summary>
    public static int ScratchSize(FloatDigitMode mode, int precision) => mode switch
    {
        FloatDigitMode.Shortest => 32,
        FloatDigitMode.Significant => precision + 16,
        _ => precision + 330,
    };

    /// <summary>
    /// Writes the decimal digits of the finite, non-negative <paramref name="value"/> to the start
    /// of <paramref name="scratch"/> and returns how many there are. The digits have no leading
    /// or trailing zeros, except that zero (or a value rounding to zero) gives the single digit
    /// "0" with <paramref name="decimalPoint"/> 1. The value is 0.DIGITS * 10**decimalPoint.
    /// </summary>
    public static int Generate(double value, FloatDigitMode mode, int precision, Span<char> scratch, out int decimalPoint)
    {
        if (value == 0)
        {
            scratch[0] = '0';
            decimalPoint = 1;
            return 1;
        }

        Span<char> format = stackalloc char[12];
        int formatLength;
        if (mode == FloatDigitMode.Shortest)
        {
            format[0] = 'R';
            formatLength = 1;
        }
        else
        {
            format[0] = mode == FloatDigitMode.Significant ? 'E' : 'F';
            int digitsWanted = mode == FloatDigitMode.Significant ? precision - 1 : precision;
            digitsWanted.TryFormat(format.Slice(1), out int written, default, CultureInfo.InvariantCulture);
            formatLength = 1 + written;
        }

        if (!value.TryFormat(scratch, out int length, format.Slice(0, formatLength), CultureInfo.InvariantCulture))
            throw new InvalidOperationException("digit scratch buffer too small");

        return ReadDigits(scratch, length, out decimalPoint);
    }

    /// <summary>Compacts the digits of a .NET-formatted number ("12.5", "0.001", "1.5E+020")
    /// in place and works out the decimal point position.</summary>
    private static int ReadDigits(Span<char> text, int length, out int decimalPoint)
    {
        int count = 0;
        int point = 0;
        bool afterPoint = false;
        int i = 0;
        for (; i < length; i++)
        {
            char c = text[i];
            if ((uint)(c - '0') <= 9)
            {
                if (count == 0 && c == '0')
                {
                    if (afterPoint) point--;
                    continue;
                }
                text[count++] = c;
                if (!afterPoint) point++;
            }
            else if (c == '.')
            {
                afterPoint = true;
            }
            else if (c == 'E' || c == 'e')
            {
                i++;
                break;
            }
        }

        if (i < length)
        {
            bool negative = false;
            if (text[i] == '-') { negative = true; i++; }
            else if (text[i] == '+') i++;
            int exponent = 0;
            for (; i < length; i++) exponent = exponent * 10 + (text[i] - '0');
            point += negative ? -exponent : exponent;
        }

        while (count > 0 && text[count - 1] == '0') count--;
        if (count == 0)
        {
            text[0] = '0';
            decimalPoint = 1;
            return 1;
        }
        decimalPoint = point;
        return count;
    }
}
