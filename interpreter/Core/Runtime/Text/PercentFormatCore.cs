// Single conversions of printf-style "%" formatting (str % args): the integer conversions
// d i u o x X, the float conversions e E f F g G, and padding of s/r/a/c results, ported
// from _PyUnicode_FormatLong, formatfloat and unicode_format_arg_output in CPython's
// Objects/unicodeobject.c. Flags are given as the characters of the conversion ("-0#").
using System.Numerics;
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime.Text;

[SkipLocalsInit]
public static class PercentFormatCore
{
    [Flags]
    private enum PercentFlags
    {
        None = 0,
        LeftJustify = 1,
        Sign = 2,
        Blank = 4,
        Alternate = 8,
        Zero = 16,
    }

    private static PercentFlags ParseFlags(string flags)
    {
        PercentFlags result = PercentFlags.None;
        if (flags == null) return result;
        foreach (char c in flags)
        {
            switch (c)
            {
                case '-': result |= PercentFlags.LeftJustify; break;
                case '+': result |= PercentFlags.Sign; break;
                case ' ': result |= PercentFlags.Blank; break;
                case '#': result |= PercentFlags.Alternate; break;
                case '0': result |= PercentFlags.Zero; break;
                default: throw new ArgumentException("unknown % flag '" + c + "'", nameof(flags));
            }
        }
        return result;
    }

    /// <summary>One of %d %i %u %o %x %X applied to an int. <paramref name="width"/> and
    /// <paramref name="precision"/> are -1 when absent; precision is the minimum digit count.</summary>
    public static string FormatIntPercent(BigInteger value, string flags, int width, int precision, char type)
    {
        PercentFlags f = ParseFlags(flags);
        if (type is 'd' or 'i' or 'u') NumberParsing.CheckDecimalDigits(value);
        int radix = type switch
        {
            'd' or 'i' or 'u' => 10,
            'o' => 8,
            'x' or 'X' => 16,
            _ => throw new ArgumentException("not an integer conversion", nameof(type)),
        };
        bool upper = type == 'X';

        var body = new ValueCharBuilder(stackalloc char[64]);
        var digits = new ValueCharBuilder(stackalloc char[64]);
        var output = new ValueCharBuilder(stackalloc char[64]);
        try
        {
            if (value.Sign < 0) body.Append('-');
            if ((f & PercentFlags.Alternate) != 0 && radix != 10)
                body.Append(radix == 8 ? "0o" : upper ? "0X" : "0x");
            IntegerDigits.AppendMagnitude(ref digits, value, radix, upper);
            if (precision > digits.Length) body.Append('0', precision - digits.Length);
            body.Append(digits.AsSpan());

            WriteField(ref output, body.AsSpan(), f, width, -1, true, type);
            return output.ToString();
        }
        finally
        {
            body.Dispose();
            digits.Dispose();
            output.Dispose();
        }
    }

    /// <summary>One of %e %E %f %F %g %G applied to a float (precision -1 means 6).</summary>
    public static string FormatFloatPercent(double value, string flags, int width, int precision, char type)
    {
        PercentFlags f = ParseFlags(flags);
        if (type != 'e' && type != 'E' && type != 'f' && type != 'F' && type != 'g' && type != 'G')
            throw new ArgumentException("not a float conversion", nameof(type));
        if (precision < 0) precision = 6;

        var body = new ValueCharBuilder(stackalloc char[64]);
        var output = new ValueCharBuilder(stackalloc char[64]);
        try
        {
            FloatFormatter.Write(ref body, value, type, precision,
                (f & PercentFlags.Alternate) != 0 ? FloatFormatFlags.Alternate : FloatFormatFlags.None);
            WriteField(ref output, body.AsSpan(), f, width, -1, true, type);
            return output.ToString();
        }
        finally
        {
            body.Dispose();
            output.Dispose();
        }
    }

    /// <summary>Pads the text of a %s, %r, %a or %c conversion to <paramref name="width"/>
    /// (-1 for none); a <paramref name="precision"/> of 0 or more truncates it first (pass -1
    /// for %c, which CPython never truncates). Widths count code points.</summary>
    public static string PadPercent(string text, string flags, int width, int precision = -1)
    {
        PercentFlags f = ParseFlags(flags);
        int length = CodePoints.Count(text);
        if ((width == -1 || width <= length) && (precision == -1 || precision >= length))
            return text;
        if (precision >= 0 && length > precision)
        {
            text = text.Substring(0, CodePoints.CharIndex(text, precision));
            length = precision;
        }
        if (width <= length) return text;
        return (f & PercentFlags.LeftJustify) != 0
            ? text + new string(' ', width - length)
            : new string(' ', width - length) + text;
    }

    /// <summary>unicode_format_arg_output for an ASCII numeric body: sign and "0x"/"0o"
    /// prefix handling, zero or space padding, left justification.</summary>
    private static void WriteField(ref ValueCharBuilder output, ReadOnlySpan<char> text, PercentFlags flags,
        int width, int precision, bool isNumber, char type)
    {
        char fill = isNumber && (flags & PercentFlags.Zero) != 0 ? '0' : ' ';
        int length = text.Length;
        if ((width == -1 || width <= length) && (precision == -1 || precision >= length)
            && (flags & (PercentFlags.Sign | PercentFlags.Blank)) == 0)
        {
            output.Append(text);
            return;
        }

        int index = 0;
        char signChar = '\0';
        bool hasSign = isNumber;
        if (hasSign)
        {
            char first = text[0];
            if (first == '-' || first == '+')
            {
                signChar = first;
                length--;
                index++;
            }
            else if ((flags & PercentFlags.Sign) != 0) signChar = '+';
            else if ((flags & PercentFlags.Blank) != 0) signChar = ' ';
            else hasSign = false;
        }
        if (width < length) width = length;

        if (hasSign)
        {
            if (fill != ' ') output.Append(signChar);
            if (width > length) width--;
        }

        bool hasPrefix = (flags & PercentFlags.Alternate) != 0 && (type == 'x' || type == 'X' || type == 'o');
        if (hasPrefix)
        {
            if (fill != ' ')
            {
                output.Append(text.Slice(index, 2));
                index += 2;
            }
            width -= 2;
            if (width < 0) width = 0;
            length -= 2;
        }

        if (width > length && (flags & PercentFlags.LeftJustify) == 0)
        {
            output.Append(fill, width - length);
            width = length;
        }

        if (fill == ' ')
        {
            if (hasSign) output.Append(signChar);
            if (hasPrefix)
            {
                output.Append(text.Slice(index, 2));
                index += 2;
            }
        }

        output.Append(text.Slice(index, length));
        if (width > length) output.Append(' ', width - length);
    }
}
