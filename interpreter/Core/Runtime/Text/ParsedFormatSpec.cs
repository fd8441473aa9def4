// A parsed format-spec ("[[fill]align][sign][z][#][0][width][grouping][.precision][type]"),
// following parse_internal_render_format_spec in CPython's Python/formatter_unicode.c,
// including its error messages.
using System.Globalization;

namespace MiniPy.Runtime.Text;

internal struct ParsedFormatSpec
{
    /// <summary>The fill code point (may be above U+FFFF).</summary>
    public int Fill;
    /// <summary>'&lt;', '&gt;', '^' or '='.</summary>
    public char Align;
    /// <summary>'\0' (not given), '+', '-' or ' '.</summary>
    public char Sign;
    public bool NoNegativeZero;
    public bool Alternate;
    /// <summary>-1 when not given.</summary>
    public long Width;
    /// <summary>'\0' (none), ',' or '_'.</summary>
    public char Separator;
    /// <summary>Digits per group: 0 (no grouping), 3, or 4 for '_' with b/o/x/X.</summary>
    public int GroupSize;
    /// <summary>-1 when not given.</summary>
    public long Precision;
    /// <summary>The presentation type code point, '\0' when not given.</summary>
    public int Type;

    private static bool IsAlign(char c) => c == '<' || c == '>' || c == '=' || c == '^';

    public static ParsedFormatSpec Parse(string spec, int defaultType, char defaultAlign, string typeName)
    {
        var f = new ParsedFormatSpec
        {
            Fill = ' ',
            Align = defaultAlign,
            Sign = '\0',
            Width = -1,
            Precision = -1,
            Type = defaultType,
        };
        int pos = 0;
        int end = spec.Length;
        bool fillSpecified = false;
        bool alignSpecified = false;

        int fillLength = end >= 2 && char.IsSurrogatePair(spec[0], spec[1]) ? 2 : 1;
        if (end - pos > fillLength && IsAlign(spec[fillLength]))
        {
            f.Fill = fillLength == 2 ? char.ConvertToUtf32(spec[0], spec[1]) : spec[0];
            f.Align = spec[fillLength];
            fillSpecified = true;
            alignSpecified = true;
            pos = fillLength + 1;
        }
        else if (end - pos >= 1 && IsAlign(spec[pos]))
        {
            f.Align = spec[pos];
            alignSpecified = true;
            pos++;
        }

        if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' '))
        {
            f.Sign = spec[pos];
            pos++;
        }
        if (pos < end && spec[pos] == 'z')
        {
            f.NoNegativeZero = true;
            pos++;
        }
        if (pos < end && spec[pos] == '#')
        {
            f.Alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && spec[pos] == '0')
        {
            f.Fill = '0';
            if (!alignSpecified && defaultAlign == '>') f.Align = '=';
            pos++;
        }

        if (ReadInteger(spec, ref pos, out long width) == 0) width = -1;
        f.Width = width;

        if (pos < end && spec[pos] == ',')
        {
            f.Separator = ',';
            pos++;
        }
        if (pos < end && spec[pos] == '_')
        {
            if (f.Separator != '\0') throw FormatValueException.ValueError("Cannot specify both ',' and '_'.");
            f.Separator = '_';
            pos++;
        }
        if (pos < end && spec[pos] == ',' && f.Separator == '_')
            throw FormatValueException.ValueError("Cannot specify both ',' and '_'.");

        if (pos < end && spec[pos] == '.')
        {
            pos++;
            if (ReadInteger(spec, ref pos, out long precision) == 0)
                throw FormatValueException.ValueError("Format specifier missing precision");
            f.Precision = precision;
        }

        int remaining = end - pos;
        if (remaining == 2 && char.IsSurrogatePair(spec[pos], spec[pos + 1]))
        {
            f.Type = char.ConvertToUtf32(spec[pos], spec[pos + 1]);
        }
        else if (remaining > 1)
        {
            throw FormatValueException.ValueError(
                "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        else if (remaining == 1)
        {
            f.Type = spec[pos];
        }

        if (f.Separator != '\0')
        {
            switch (f.Type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                    f.GroupSize = 3;
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.Separator == '_')
                    {
                        f.GroupSize = 4;
                        break;
                    }
                    throw InvalidSeparatorForType(f.Separator, f.Type);
                default:
                    throw InvalidSeparatorForType(f.Separator, f.Type);
            }
        }
        return f;
    }

    /// <summary>Reads decimal digits (any Unicode decimal digit, as CPython does) into
    /// <paramref name="value"/>; returns how many digits were read.</summary>
    private static int ReadInteger(string spec, ref int pos, out long value)
    {
        long accumulator = 0;
        int count = 0;
        for (; pos < spec.Length; pos++, count++)
        {
            int digit = CharUnicodeInfo.GetDecimalDigitValue(spec[pos]);
            if (digit < 0) break;
            if (accumulator > (long.MaxValue - digit) / 10)
                throw FormatValueException.ValueError("Too many decimal digits in format string");
            accumulator = accumulator * 10 + digit;
        }
        value = accumulator;
        return count;
    }

    private static FormatValueException InvalidSeparatorForType(char separator, int type)
    {
        if (type > 32 && type < 128)
            return FormatValueException.ValueError("Cannot specify '" + separator + "' with '" + (char)type + "'.");
        return FormatValueException.ValueError("Cannot specify '" + separator + "' with '\\x" + type.ToString("x", CultureInfo.InvariantCulture) + "'.");
    }

    /// <summary>CPython's "Unknown format code" error for a type the object does not support.</summary>
    public static FormatValueException UnknownFormatCode(int type, string typeName)
    {
        if (type > 32 && type < 128)
            return FormatValueException.ValueError("Unknown format code '" + (char)type + "' for object of type '" + typeName + "'");
        return FormatValueException.ValueError("Unknown format code '\\x" + type.ToString("x", CultureInfo.InvariantCulture) + "' for object of type '" + typeName + "'");
    }
}
