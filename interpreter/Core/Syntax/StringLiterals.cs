// The string-literal token: prefixes (r, b, f, u and their pairs, any case), single, double and
// triple quotes, escape sequences, bytes, and f-strings split into literal text and {fields}.
// Adjacent literals are joined into one Constant (str or bytes) or one JoinedStr.
using System.Globalization;
using System.Text;
using Sprache;

namespace MiniPy.Syntax;

/// <summary>One string token before adjacent tokens are joined.</summary>
internal sealed class StringPiece
{
    public bool IsBytes;
    public bool IsFormatted;
    public string Text;           // plain str value
    public byte[] Bytes;          // bytes value
    public List<Expr> Parts;      // f-string parts: Constant(string) and FormattedValue
    public SourceInput At;
}

internal static class StringLiterals
{
    /// <summary>One string literal token.</summary>
    public static readonly Parser<StringPiece> Piece = input =>
    {
        var s = Tokens.SkipBlanks(input);
        var piece = TryScan(s, out int end);
        return piece == null ? Tokens.Fail<StringPiece>(s, "string") : Result.Success(piece, Tokens.After(s, end));
    };

    /// <summary>One or more adjacent string literals, joined.</summary>
    public static readonly Parser<Expr> Strings = Piece.AtLeastOnce().Select(pieces => Join(pieces.ToList()));

    private static StringPiece TryScan(SourceInput at, out int end)
    {
        end = 0;
        string text = at.Source;
        int p = at.Position;
        bool raw = false, bytes = false, formatted = false;
        int prefixLength = 0;
        while (prefixLength < 3 && p + prefixLength < text.Length && "rRbBuUfF".IndexOf(text[p + prefixLength]) >= 0) prefixLength++;
        if (p + prefixLength >= text.Length || (text[p + prefixLength] != '\'' && text[p + prefixLength] != '"')) return null;
        if (!IsValidPrefix(text.Substring(p, prefixLength).ToLowerInvariant(), ref raw, ref bytes, ref formatted)) return null;

        int quoteAt = p + prefixLength;
        char quote = text[quoteAt];
        bool triple = quoteAt + 2 < text.Length && text[quoteAt + 1] == quote && text[quoteAt + 2] == quote;
        int bodyStart = quoteAt + (triple ? 3 : 1);
        int q = bodyStart;
        int bodyEnd = -1;
        while (q < text.Length)
        {
            char c = text[q];
            if (c == '\\') { q += 2; continue; }
            if (c == quote)
            {
                if (!triple) { bodyEnd = q; end = q + 1; break; }
                if (q + 2 < text.Length && text[q + 1] == quote && text[q + 2] == quote) { bodyEnd = q; end = q + 3; break; }
            }
            q++;
        }
        if (bodyEnd < 0) return null; // the layout pass reports unterminated strings

        var piece = new StringPiece { IsBytes = bytes, IsFormatted = formatted, At = at };
        if (formatted)
        {
            var parts = new List<Expr>();
            int stop = FormattedScanner.Scan(at, bodyStart, bodyEnd, raw, parts, insideSpec: false);
            if (stop != bodyEnd) throw ParseContext.Current.Error("f-string: single '}' is not allowed", at.MoveTo(bodyEnd));
            piece.Parts = parts;
        }
        else
        {
            string body = text.Substring(bodyStart, bodyEnd - bodyStart);
            if (bytes)
            {
                foreach (char c in body)
                    if (c > 127) throw ParseContext.Current.Error("bytes can only contain ASCII literal characters", at);
                string decoded = raw ? body : DecodeEscapes(body, isBytes: true, at);
                piece.Bytes = decoded.Select(c => (byte)c).ToArray();
            }
            else piece.Text = raw ? body : DecodeEscapes(body, isBytes: false, at);
        }
        return piece;
    }

    private static bool IsValidPrefix(string prefix, ref bool raw, ref bool bytes, ref bool formatted)
    {
        switch (prefix)
        {
            case "": return true;
            case "r": raw = true; return true;
            case "u": return true;
            case "b": bytes = true; return true;
            case "f": formatted = true; return true;
            case "br": case "rb": raw = bytes = true; return true;
            case "fr": case "rf": raw = formatted = true; return true;
            default: return false;
        }
    }

    /// <summary>Applies backslash escapes as CPython does; unknown escapes keep their backslash.</summary>
    public static string DecodeEscapes(string body, bool isBytes, SourceInput at)
    {
        if (body.IndexOf('\\') < 0) return body;
        var sb = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length) { sb.Append(c); continue; }
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int value = 0, digits = 0;
                    i--;
                    while (digits < 3 && i + 1 < body.Length && body[i + 1] >= '0' && body[i + 1] <= '7')
                    {
                        value = value * 8 + (body[++i] - '0');
                        digits++;
                    }
                    sb.Append(isBytes ? (char)(value & 0xFF) : (char)value);
                    break;
                }
                case 'x':
                    sb.Append((char)HexEscape(body, ref i, 2, isBytes ? "bytes" : "unicode", at));
                    break;
                case 'u' when !isBytes:
                    sb.Append((char)HexEscape(body, ref i, 4, "unicode", at));
                    break;
                case 'U' when !isBytes:
                {
                    int code = HexEscape(body, ref i, 8, "unicode", at);
                    if (code > 0x10FFFF)
                        throw ParseContext.Current.Error("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", at);
                    sb.Append(char.ConvertFromUtf32(code));
                    break;
                }
                case 'N' when !isBytes:
                {
                    int close = body.IndexOf('}', i);
                    string name = i + 1 < body.Length && body[i + 1] == '{' && close > 0 ? body.Substring(i + 2, close - i - 2) : null;
                    string named = name == null ? null : UnicodeNames.Lookup(name);
                    if (named == null)
                        throw ParseContext.Current.Error("(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", at);
                    sb.Append(named);
                    i = close;
                    break;
                }
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    private static int HexEscape(string body, ref int i, int digits, string codec, SourceInput at)
    {
        if (i + digits >= body.Length)
            throw Truncated(digits, codec, at);
        string hex = body.Substring(i + 1, digits);
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value) || hex.Any(ch => !Uri.IsHexDigit(ch)))
            throw Truncated(digits, codec, at);
        i += digits;
        return value;
    }

    private static SyntaxErrorException Truncated(int digits, string codec, SourceInput at)
    {
        string shape = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
        string message = codec == "bytes"
            ? $"(value error) invalid \\x escape at position 0"
            : $"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-{digits + 1}: truncated {shape} escape";
        return ParseContext.Current.Error(message, at);
    }

    /// <summary>Joins adjacent literals: all bytes, all plain str, or (with any f-string) a JoinedStr.</summary>
    private static Expr Join(List<StringPiece> pieces)
    {
        var first = pieces[0].At;
        var loc = new Loc(first.Line, first.Column - 1);
        bool anyBytes = pieces.Any(p => p.IsBytes), allBytes = pieces.All(p => p.IsBytes);
        if (anyBytes && !allBytes)
        {
            var offending = pieces.First(p => p.IsBytes != pieces[0].IsBytes).At;
            throw ParseContext.Current.Error("cannot mix bytes and nonbytes literals", offending);
        }
        if (allBytes)
        {
            var bytes = pieces.Count == 1 ? pieces[0].Bytes : pieces.SelectMany(p => p.Bytes).ToArray();
            return Nodes.At(new Constant(bytes), loc);
        }
        if (!pieces.Any(p => p.IsFormatted))
        {
            string value = pieces.Count == 1 ? pieces[0].Text : string.Concat(pieces.Select(p => p.Text));
            return Nodes.At(new Constant(value), loc);
        }
        var joined = Nodes.At(new JoinedStr(), loc);
        var pending = new StringBuilder();
        void Flush()
        {
            if (pending.Length == 0) return;
            joined.Values.Add(Nodes.At(new Constant(pending.ToString()), loc));
            pending.Clear();
        }
        foreach (var piece in pieces)
        {
            if (!piece.IsFormatted) { pending.Append(piece.Text); continue; }
            foreach (var part in piece.Parts)
            {
                if (part is Constant c) pending.Append((string)c.Value);
                else { Flush(); joined.Values.Add(part); }
            }
        }
        Flush();
        return joined;
    }
}
