// Conversions between Python ints (BigInteger) and floats with CPython's semantics:
// int to float correctly rounded (ties to even), float to int exact.
using System.Numerics;

namespace MiniPy.Runtime.Text;

public static class IntegerConversion
{
    /// <summary>float(int): correctly rounded; OverflowError "int too large to convert to float".</summary>
    public static double ToDouble(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
            return (long)value;

        bool negative = value.Sign < 0;
        BigInteger abs = BigInteger.Abs(value);
        long bitLength = (long)abs.GetBitLength();
        if (bitLength > 1024)
            throw FormatValueException.OverflowError("int too large to convert to float");

        // Keep the top 62 bits and fold everything below into a sticky bit, so the single
        // long-to-double rounding is the correct one.
        int shift = (int)(bitLength - 62);
        long top = (long)(abs >> shift);
        if (!(abs & ((BigInteger.One << shift) - 1)).IsZero) top |= 1;
        double result = Math.ScaleB(top, shift);
        if (double.IsInfinity(result))
            throw FormatValueException.OverflowError("int too large to convert to float");
        return negative ? -result : result;
    }

    /// <summary>The exact integer value of an integral double; the errors of int(float) for
    /// infinities and NaN.</summary>
    public static BigInteger FromIntegralDouble(double value)
    {
        if (double.IsNaN(value))
            throw FormatValueException.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(value))
            throw FormatValueException.OverflowError("cannot convert float infinity to integer");
        if (Math.Abs(value) < 9.2e18)
            return new BigInteger((long)value);

        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        BigInteger result = new BigInteger(mantissa) << (exponent - 1075);
        return value < 0 ? -result : result;
    }

    /// <summary>int(float): truncates toward zero.</summary>
    public static BigInteger Truncate(double value) => FromIntegralDouble(Math.Truncate(value));
}
