// Thousands grouping of a run of digits, with optional zero padding up to a minimum width
// that is grouped as well (format(1234, '010,') == '00,001,234'). A port of
// _PyUnicode_InsertThousandsGrouping for a repeating group size.
namespace MiniPy.Runtime.Text;

internal static class DigitGrouping
{
    /// <summary>Length of the grouped digits, padded to <paramref name="minWidth"/>.</summary>
    public static int GroupedLength(int digitCount, long minWidth, int groupSize)
        => Run(Span<char>.Empty, false, default, digitCount, minWidth, groupSize, '\0');

    /// <summary>Writes the grouped digits into <paramref name="destination"/>, whose length
    /// must be <see cref="GroupedLength"/>.</summary>
    public static void Write(Span<char> destination, ReadOnlySpan<char> digits, long minWidth, int groupSize, char separator)
        => Run(destination, true, digits, digits.Length, minWidth, groupSize, separator);

    private static int Run(Span<char> destination, bool write, ReadOnlySpan<char> digits, int digitCount,
        long minWidth, int groupSize, char separator)
    {
        if (minWidth < 0) minWidth = 0;
        long remaining = digitCount;
        long count = 0;
        int bufferPos = destination.Length;
        int digitPos = digitCount;
        bool useSeparator = false;
        bool finished = false;

        if (groupSize > 0)
        {
            while (true)
            {
                long l = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
                long zeros = Math.Max(0, l - remaining);
                long chars = Math.Max(0, Math.Min(remaining, l));
                count += (useSeparator ? 1 : 0) + zeros + chars;
                if (write) Fill(destination, ref bufferPos, digits, ref digitPos, (int)chars, (int)zeros, useSeparator, separator);
                useSeparator = true;
                remaining -= chars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0)
                {
                    finished = true;
                    break;
                }
                minWidth -= 1;
            }
        }

        if (!finished)
        {
            long l = Math.Max(Math.Max(remaining, minWidth), 1);
            long zeros = Math.Max(0, l - remaining);
            long chars = Math.Max(0, Math.Min(remaining, l));
            count += (useSeparator ? 1 : 0) + zeros + chars;
            if (write) Fill(destination, ref bufferPos, digits, ref digitPos, (int)chars, (int)zeros, useSeparator, separator);
        }

        if (count > Array.MaxLength) throw new OutOfMemoryException();
        return (int)count;
    }

    private static void Fill(Span<char> destination, ref int bufferPos, ReadOnlySpan<char> digits, ref int digitPos,
        int chars, int zeros, bool useSeparator, char separator)
    {
        if (useSeparator)
        {
            bufferPos--;
            destination[bufferPos] = separator;
        }
        bufferPos -= chars;
        digitPos -= chars;
        digits.Slice(digitPos, chars).CopyTo(destination.Slice(bufferPos));
        bufferPos -= zeros;
        destination.Slice(bufferPos, zeros).Fill('0');
    }
}
