// The unicode_escape and raw_unicode_escape codecs: text written as Python source writes it.
// unicode_escape encodes what is not printable ASCII as \t, \n, \r, \xNN, \uNNNN or
// \UNNNNNNNN (and a backslash as \\), and decodes every escape a str literal knows (\n, \x41,
// \101, \u00e9, \N is not supported); raw_unicode_escape writes characters below U+0100 as
// their Latin-1 byte and only the rest as \uNNNN/\UNNNNNNNN, and decodes only those two
// escapes — what pickle's protocol 0 uses for strings.
using System.Globalization;
using System.Text;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static class EscapeCodecs
{
    /// <summary>Whether encoding names one of the two codecs; raw tells which.</summary>
    public static bool Names(string encoding, out bool raw)
    {
        var name = encoding.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        raw = name == "raw_unicode_escape";
        return raw || name == "unicode_escape";
    }

    public static byte[] Encode(string s, bool raw)
    {
        var output = new List<byte>(s.Length);
        foreach (int cp in CodePoints.ToArray(s))
        {
            if (raw ? cp < 0x100 : cp >= 0x20 && cp < 0x7F && cp != '\\') { output.Add((byte)cp); continue; }
            string escaped = cp switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => Codecs.EscapeCodePoint(cp),
            };
            foreach (char c in escaped) output.Add((byte)c);
        }
        return output.ToArray();
    }

    public static string Decode(ReadOnlySpan<byte> bytes, bool raw, string errors)
    {
        string codec = raw ? "rawunicodeescape" : "unicodeescape";
        var sb = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b != '\\')
            {
                sb.Append((char)b);
                i++;
                continue;
            }
            if (raw)
            {
                // A run of backslashes stays as it is; only an odd run followed by u or U
                // starts an escape, with the run's last backslash.
                int run = 0;
                while (i < bytes.Length && bytes[i] == '\\') { run++; i++; }
                bool escape = run % 2 == 1 && i < bytes.Length && (bytes[i] == 'u' || bytes[i] == 'U');
                sb.Append('\\', escape ? run - 1 : run);
                if (!escape) continue;
                i--;
            }
            else if (i + 1 >= bytes.Length)
            {
                Failed(sb, errors, codec, bytes, i, bytes.Length, "\\ at end of string");
                break;
            }
            char next = (char)bytes[i + 1];
            switch (next)
            {
                case '\n': i += 2; continue;
                case '\\': sb.Append('\\'); i += 2; continue;
                case '\'': sb.Append('\''); i += 2; continue;
                case '"': sb.Append('"'); i += 2; continue;
                case 'a': sb.Append('\a'); i += 2; continue;
                case 'b': sb.Append('\b'); i += 2; continue;
                case 'f': sb.Append('\f'); i += 2; continue;
                case 'n': sb.Append('\n'); i += 2; continue;
                case 'r': sb.Append('\r'); i += 2; continue;
                case 't': sb.Append('\t'); i += 2; continue;
                case 'v': sb.Append('\v'); i += 2; continue;
                case >= '0' and <= '7':
                {
                    int value = 0, k = i + 1;
                    for (; k < bytes.Length && k < i + 4 && bytes[k] >= '0' && bytes[k] <= '7'; k++) value = value * 8 + (bytes[k] - '0');
                    sb.Append((char)value);
                    i = k;
                    continue;
                }
                case 'x' or 'u' or 'U':
                {
                    int digits = next == 'x' ? 2 : next == 'u' ? 4 : 8;
                    int end = i + 2;
                    while (end < bytes.Length && end < i + 2 + digits && Uri.IsHexDigit((char)bytes[end])) end++;
                    if (end - (i + 2) < digits)
                    {
                        string what = next == 'x' ? "truncated \\xXX escape" : next == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        if (!Failed(sb, errors, codec, bytes, i, end, what)) return sb.ToString();
                        i = end;
                        continue;
                    }
                    int cp = int.Parse(Encoding.ASCII.GetString(bytes.Slice(i + 2, digits)), NumberStyles.HexNumber);
                    if (cp > 0x10FFFF || cp < 0)
                    {
                        if (!Failed(sb, errors, codec, bytes, i, end, "illegal Unicode character")) return sb.ToString();
                    }
                    else if (cp < 0x10000) sb.Append((char)cp);
                    else sb.Append(char.ConvertFromUtf32(cp));
                    i = end;
                    continue;
                }
                default:
                    // An unknown escape stays as it is written.
                    sb.Append('\\');
                    i++;
                    continue;
            }
        }
        return sb.ToString();
    }

    /// <summary>Applies the error handler to bytes[start..end): false when decoding ends
    /// (never: strict throws), true to go on after them.</summary>
    static bool Failed(StringBuilder sb, string errors, string codec, ReadOnlySpan<byte> bytes, int start, int end, string reason)
    {
        switch (errors)
        {
            case "strict":
                var obj = PyBytes.New(bytes.ToArray());
                try { throw UnicodeErrorMethods.New(true, codec, obj, start, end, reason); }
                finally { Rc.Dec(obj); }
            case "ignore": return true;
            case "replace": sb.Append('\uFFFD'); return true;
            case "backslashreplace":
                for (int k = start; k < end; k++) sb.Append($"\\x{bytes[k]:x2}");
                return true;
            default: throw Codecs.UnknownHandler(errors);
        }
    }
}
