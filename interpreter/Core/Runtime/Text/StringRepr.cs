// Python's repr() of str and bytes: quote choice (single quotes unless the text contains a
// single quote and no double quote), backslash escapes for quotes, backslash, \t \n \r,
// \xhh for other ASCII controls, and \xhh / \uxxxx / \Uxxxxxxxx for non-printable code points.
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime.Text;

[SkipLocalsInit]
public static class StringRepr
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>repr(str). Surrogate pairs are one code point; lone surrogates are escaped.</summary>
    public static string Repr(string s)
    {
        var output = new ValueCharBuilder(stackalloc char[256]);
        try
        {
            AppendRepr(ref output, s);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    internal static void AppendRepr(ref ValueCharBuilder output, string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        output.EnsureSpare(s.Length + 2);
        output.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\')
            {
                output.Append('\\');
                output.Append(c);
            }
            else if (c == '\t') output.Append("\\t");
            else if (c == '\n') output.Append("\\n");
            else if (c == '\r') output.Append("\\r");
            else if (c < ' ' || c == 0x7F) AppendHexEscape(ref output, 'x', c, 2);
            else if (c < 0x7F) output.Append(c);
            else
            {
                int codePoint = c;
                int units = 1;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(c, s[i + 1]);
                    units = 2;
                }
                if (UnicodePrintable.IsPrintable(codePoint))
                {
                    output.Append(s.AsSpan(i, units));
                }
                else if (codePoint <= 0xFF) AppendHexEscape(ref output, 'x', codePoint, 2);
                else if (codePoint <= 0xFFFF) AppendHexEscape(ref output, 'u', codePoint, 4);
                else AppendHexEscape(ref output, 'U', codePoint, 8);
                i += units - 1;
            }
        }
        output.Append(quote);
    }

    /// <summary>repr(bytes): b'...' with \xhh for bytes outside printable ASCII.</summary>
    public static string BytesRepr(ReadOnlySpan<byte> bytes)
    {
        bool hasSingle = bytes.Contains((byte)'\'');
        bool hasDouble = bytes.Contains((byte)'"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var output = new ValueCharBuilder(stackalloc char[256]);
        try
        {
            output.Append('b');
            output.Append(quote);
            foreach (byte b in bytes)
            {
                if (b == quote || b == '\\')
                {
                    output.Append('\\');
                    output.Append((char)b);
                }
                else if (b == '\t') output.Append("\\t");
                else if (b == '\n') output.Append("\\n");
                else if (b == '\r') output.Append("\\r");
                else if (b < ' ' || b >= 0x7F) AppendHexEscape(ref output, 'x', b, 2);
                else output.Append((char)b);
            }
            output.Append(quote);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    public static string BytesRepr(byte[] bytes) => BytesRepr(bytes.AsSpan());

    private static void AppendHexEscape(ref ValueCharBuilder output, char kind, int value, int digits)
    {
        output.Append('\\');
        output.Append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            output.Append(HexDigits[(value >> shift) & 0xF]);
    }
}
