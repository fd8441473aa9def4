// Python's round(): round(float, n) correctly rounded from the exact binary value with
// ties to even (what CPython gets from dtoa mode 3), round(float) to an int, and
// round(int, n) for negative n.
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime.Text;

[SkipLocalsInit]
public static class Rounding
{
    /// <summary>Beyond this many digits every double rounds to itself (CPython's NDIGITS_MAX).</summary>
    private const int MaxDigits = 323;
    /// <summary>Below this every double rounds to zero (CPython's NDIGITS_MIN).</summary>
    private const int MinDigits = -308;

    private static readonly double[] PowersOfTen =
    {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    /// <summary>round(x, ndigits) for a float x. OverflowError "rounded value too large to
    /// represent" when the result does not fit in a double.</summary>
    public static double RoundDouble(double x, int ndigits)
    {
        if (!double.IsFinite(x)) return x;
        if (ndigits > MaxDigits) return x;
        if (ndigits < MinDigits) return 0.0 * x;
        if (x == 0) return x;

        bool negative = x < 0;
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biasedExponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exponent;
        if (biasedExponent == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            exponent = biasedExponent - 1075;
        }
        // x = ±mantissa * 2**exponent

        double magnitude;
        if (ndigits >= 0)
        {
            if (exponent >= 0) return x; // already an integer
            magnitude = ndigits <= 22 && exponent > -128
                ? RoundFractionSmall((ulong)mantissa, -exponent, ndigits)
                : RoundFractionBig(mantissa, -exponent, ndigits);
        }
        else
        {
            int k = -ndigits;
            BigInteger scale = BigInteger.Pow(10, k);
            BigInteger numerator = exponent >= 0 ? new BigInteger(mantissa) << exponent : new BigInteger(mantissa);
            BigInteger denominator = exponent >= 0 ? scale : scale << -exponent;
            BigInteger quotient = DivideRoundHalfEven(numerator, denominator);
            magnitude = quotient.IsZero ? 0.0 : ToDoubleOrOverflow(quotient * scale);
        }
        return negative ? -magnitude : magnitude;
    }

    /// <summary>round(mantissa / 2**shift, n) with 128-bit arithmetic (mantissa &lt; 2**53,
    /// n &lt;= 22 so the scaled mantissa fits, shift &lt; 128).</summary>
    private static double RoundFractionSmall(ulong mantissa, int shift, int ndigits)
    {
        UInt128 scaled = (UInt128)mantissa * Pow10UInt128(ndigits);
        UInt128 quotient = scaled >> shift;
        UInt128 remainder = scaled - (quotient << shift);
        UInt128 half = UInt128.One << (shift - 1);
        if (remainder > half || (remainder == half && (quotient & 1) != 0)) quotient++;
        if (quotient == 0) return 0.0;
        if (quotient < (UInt128)(1UL << 53)) return (double)(ulong)quotient / PowersOfTen[ndigits];
        return ParseScaled(quotient.ToString(CultureInfo.InvariantCulture), ndigits);
    }

    private static double RoundFractionBig(long mantissa, int shift, int ndigits)
    {
        BigInteger numerator = new BigInteger(mantissa) * BigInteger.Pow(10, ndigits);
        BigInteger quotient = DivideRoundHalfEven(numerator, BigInteger.One << shift);
        if (quotient.IsZero) return 0.0;
        return ParseScaled(quotient.ToString(CultureInfo.InvariantCulture), ndigits);
    }

    private static UInt128 Pow10UInt128(int n)
    {
        UInt128 result = 1;
        for (int i = 0; i < n; i++) result *= 10;
        return result;
    }

    /// <summary>digits * 10**-ndigits, correctly rounded.</summary>
    private static double ParseScaled(string digits, int ndigits)
    {
        Span<char> text = stackalloc char[digits.Length + 16];
        digits.AsSpan().CopyTo(text);
        int length = digits.Length;
        text[length++] = 'e';
        text[length++] = '-';
        ndigits.TryFormat(text.Slice(length), out int written, default, CultureInfo.InvariantCulture);
        length += written;
        return double.Parse(text.Slice(0, length), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static double ToDoubleOrOverflow(BigInteger value)
    {
        try
        {
            return IntegerConversion.ToDouble(value);
        }
        catch (FormatValueException)
        {
            throw FormatValueException.OverflowError("rounded value too large to represent");
        }
    }

    /// <summary>numerator / denominator (both positive) rounded to the nearest integer, ties to even.</summary>
    private static BigInteger DivideRoundHalfEven(BigInteger numerator, BigInteger denominator)
    {
        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        int compare = (remainder << 1).CompareTo(denominator);
        if (compare > 0 || (compare == 0 && !quotient.IsEven)) quotient += 1;
        return quotient;
    }

    /// <summary>round(x) for a float x: the nearest integer, ties to even. OverflowError
    /// "cannot convert float infinity to integer"; ValueError "cannot convert float NaN to integer".</summary>
    public static BigInteger RoundToEvenInteger(double x)
    {
        if (double.IsNaN(x))
            throw FormatValueException.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(x))
            throw FormatValueException.OverflowError("cannot convert float infinity to integer");
        return IntegerConversion.FromIntegralDouble(Math.Round(x, MidpointRounding.ToEven));
    }

    /// <summary>round(v, ndigits) for an int v: unchanged for ndigits &gt;= 0, otherwise the
    /// nearest multiple of 10**-ndigits with ties to even.</summary>
    public static BigInteger RoundInt(BigInteger value, int ndigits)
    {
        if (ndigits >= 0) return value;
        BigInteger scale = BigInteger.Pow(10, -ndigits);
        BigInteger quotient = BigInteger.DivRem(value, scale, out BigInteger remainder);
        if (remainder.Sign < 0)
        {
            // Floor division, as CPython's divmod_near starts from.
            quotient -= 1;
            remainder += scale;
        }
        int compare = (remainder << 1).CompareTo(scale);
        if (compare > 0 || (compare == 0 && !quotient.IsEven)) quotient += 1;
        return quotient * scale;
    }
}
