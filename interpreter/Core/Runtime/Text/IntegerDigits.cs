// Digits of an integer's magnitude in base 2, 8, 10 or 16 (no sign, no prefix), written
// into a character buffer without intermediate strings for values that fit in 64 bits.
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime.Text;

[SkipLocalsInit]
internal static class IntegerDigits
{
    private const string LowerDigits = "0123456789abcdef";
    private const string UpperDigits = "0123456789ABCDEF";

    /// <summary>Appends the digits of |<paramref name="value"/>| in <paramref name="radix"/>.</summary>
    public static void AppendMagnitude(ref ValueCharBuilder output, BigInteger value, int radix, bool upper)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            long small = (long)value;
            ulong magnitude = small < 0 ? (ulong)(-(small + 1)) + 1 : (ulong)small;
            AppendMagnitude(ref output, magnitude, radix, upper);
            return;
        }

        BigInteger abs = BigInteger.Abs(value);
        if (radix == 10)
        {
            // A decimal digit per 3.32 bits; the estimate is an upper bound.
            long bits = (long)abs.GetBitLength();
            int capacity = (int)(bits * 30103 / 100000) + 2;
            output.EnsureSpare(capacity);
            if (!abs.TryFormat(output.Spare, out int written, default, CultureInfo.InvariantCulture))
                throw new InvalidOperationException("decimal digit buffer too small");
            output.Length += written;
            return;
        }

        int bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        byte[] bytes = abs.ToByteArray(isUnsigned: true, isBigEndian: false);
        long bitLength = (long)abs.GetBitLength();
        long digitCount = (bitLength + bitsPerDigit - 1) / bitsPerDigit;
        if (digitCount > Array.MaxLength) throw new OutOfMemoryException();
        Span<char> target = output.AppendSpan((int)digitCount);
        string table = upper ? UpperDigits : LowerDigits;
        int mask = (1 << bitsPerDigit) - 1;
        for (long i = 0; i < digitCount; i++)
        {
            long bit = i * bitsPerDigit;
            int byteIndex = (int)(bit >> 3);
            int window = bytes[byteIndex];
            if (byteIndex + 1 < bytes.Length) window |= bytes[byteIndex + 1] << 8;
            int digit = (window >> (int)(bit & 7)) & mask;
            target[(int)(digitCount - 1 - i)] = table[digit];
        }
    }

    public static void AppendMagnitude(ref ValueCharBuilder output, ulong magnitude, int radix, bool upper)
    {
        Span<char> buffer = stackalloc char[64];
        int pos = buffer.Length;
        string table = upper ? UpperDigits : LowerDigits;
        if (radix == 10)
        {
            do
            {
                ulong quotient = magnitude / 10;
                buffer[--pos] = (char)('0' + (int)(magnitude - quotient * 10));
                magnitude = quotient;
            } while (magnitude != 0);
        }
        else
        {
            int shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
            ulong mask = (ulong)radix - 1;
            do
            {
                buffer[--pos] = table[(int)(magnitude & mask)];
                magnitude >>= shift;
            } while (magnitude != 0);
        }
        output.Append(buffer.Slice(pos));
    }

    /// <summary>The prefix Python's bin/oct/hex use for a radix ("0b", "0o", "0x"); empty for 10.</summary>
    public static string Prefix(int radix, bool upper) => radix switch
    {
        2 => "0b",
        8 => "0o",
        16 => upper ? "0X" : "0x",
        _ => "",
    };
}
