// The text codecs behind str.encode and bytes.decode: UTF-8, ASCII and Latin-1, with the
// error handlers strict, ignore, replace, backslashreplace and surrogateescape (and
// xmlcharrefreplace and surrogatepass when encoding), and CPython's UnicodeEncodeError and
// UnicodeDecodeError messages (unicode_escape and raw_unicode_escape: EscapeCodecs.cs). UTF-8
// with a signature, UTF-16 and UTF-32 (with a byte-order mark, or -le/-be without) and the
// Windows and DOS code pages (cp1252, cp437, ...) are .NET's encodings behind the same names,
// with strict, ignore and replace.
using System.Text;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static class Codecs
{
    enum Codec { Utf8, Ascii, Latin1 }

    static Codec Lookup(string encoding)
    {
        switch (encoding.ToLowerInvariant().Replace('_', '-').Replace(' ', '-'))
        {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001": return Codec.Utf8;
            case "ascii": case "us-ascii": case "646": return Codec.Ascii;
            case "latin-1": case "latin1": case "latin": case "iso-8859-1": case "iso8859-1": case "8859":
            case "l1": case "cp819": case "iso-ir-100": return Codec.Latin1;
        }
        throw Err.New(ErrorTypes.LookupError, "unknown encoding: " + encoding);
    }

    static string Name(Codec c) => c switch { Codec.Utf8 => "utf-8", Codec.Ascii => "ascii", _ => "latin-1" };

    /// <summary>A UnicodeDecodeError or UnicodeEncodeError with its attributes (obj is a new
    /// reference, consumed).</summary>
    static PyRaise Raise(bool decoding, string encoding, PyObject obj, long start, long end, string reason)
    {
        try { return UnicodeErrorMethods.New(decoding, encoding, obj, start, end, reason); }
        finally { Rc.Dec(obj); }
    }

    internal static PyRaise UnknownHandler(string errors) => Err.New(ErrorTypes.LookupError, $"unknown error handler name '{errors}'");

    // ───────────── encoding ─────────────

    /// <summary>The .NET encoding behind one of the other codecs CPython names (null: none),
    /// and whether a byte-order mark starts its output.</summary>
    static Encoding OtherEncoding(string encoding, out bool signature, out string name)
    {
        name = encoding.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        signature = false;
        switch (name)
        {
            case "utf-8-sig": case "utf8-sig": name = "utf-8-sig"; signature = true; return new UTF8Encoding(false, true);
            case "utf-16": case "utf16": name = "utf-16"; signature = true; return new UnicodeEncoding(false, false, true);
            case "utf-16-le": case "utf-16le": name = "utf-16-le"; return new UnicodeEncoding(false, false, true);
            case "utf-16-be": case "utf-16be": name = "utf-16-be"; return new UnicodeEncoding(true, false, true);
            case "utf-32": case "utf32": name = "utf-32"; signature = true; return new UTF32Encoding(false, false, true);
            case "utf-32-le": case "utf-32le": name = "utf-32-le"; return new UTF32Encoding(false, false, true);
            case "utf-32-be": case "utf-32be": name = "utf-32-be"; return new UTF32Encoding(true, false, true);
        }
        if (name.StartsWith("cp") || name.StartsWith("windows-") || name == "mac-roman" || name == "macroman" || name.StartsWith("iso-8859-") || name.StartsWith("iso8859-"))
        {
            string dotnetName = name.StartsWith("cp") ? "ibm" + name[2..] : name == "mac-roman" || name == "macroman" ? "macintosh" : name.Replace("iso8859-", "iso-8859-");
            if (name.StartsWith("cp125")) dotnetName = "windows-" + name[2..];
            try
            {
                _ = CodePages.Registered;
                return Encoding.GetEncoding(dotnetName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException) { }
        }
        return null;
    }

    /// <summary>The byte-order mark a codec with a signature writes (little-endian, as on Linux).</summary>
    static byte[] Signature(string name) => name switch
    {
        "utf-8-sig" => [0xEF, 0xBB, 0xBF],
        "utf-16" => [0xFF, 0xFE],
        "utf-32" => [0xFF, 0xFE, 0, 0],
        _ => [],
    };

    /// <summary>How CPython's errors name a codec: the code pages are 'charmap' codecs.</summary>
    /// <summary>Why bytes[..end] did not decode, in CPython's words: input that stops inside a
    /// code unit or a surrogate pair, or bytes the codec cannot read.</summary>
    static string DecodeErrorReason(string name, int length, int end)
    {
        if (!name.StartsWith("utf")) return "character maps to <undefined>";
        if (name.StartsWith("utf-8")) return end == length ? "unexpected end of data" : "invalid continuation byte";
        int unit = name.StartsWith("utf-16") ? 2 : 4;
        if (end == length) return length % unit != 0 ? "truncated data" : "unexpected end of data";
        return unit == 2 ? "illegal encoding" : "code point not in range(0x110000)";
    }

    static string ErrorName(string name) => name.StartsWith("utf") ? name.Replace("-sig", "") : "charmap";

    /// <summary>Makes the code pages known to .NET, once, when a first one is asked for
    /// (a class of its own, so that its initializer runs only then).</summary>
    static class CodePages
    {
        public static readonly bool Registered = Register();

        static bool Register()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return true;
        }
    }

    /// <summary>The Windows code pages (cp1250 to cp1258) leave some bytes of 0x80-0x9F
    /// undefined; .NET reads such a byte as the C1 control character of the same number,
    /// where CPython's table has no character ("character maps to &lt;undefined&gt;"), and
    /// no defined byte of those pages means a C1 control. So a C1 control decoded from such
    /// a page, or to be encoded in one, is handled as the error it is in CPython.</summary>
    static string WithoutUndefined(string text, string name, string errors, bool decoding, ReadOnlySpan<byte> bytes)
    {
        if (!name.StartsWith("cp125") && !name.StartsWith("windows-125")) return text;
        int at = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009f');
        if (at < 0) return text;
        if (errors == "strict")
        {
            if (decoding) throw Raise(true, "charmap", PyBytes.New(bytes.ToArray()), at, at + 1, "character maps to <undefined>");
            int position = CodePoints.Count(text.AsSpan(0, at));
            throw Raise(false, "charmap", PyStr.New(text), position, position + 1, "character maps to <undefined>");
        }
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c < '\u0080' || c > '\u009f') sb.Append(c);
            else if (errors == "replace") sb.Append(decoding ? '\uFFFD' : '?');
        }
        return sb.ToString();
    }

    static Encoding WithHandler(Encoding e, string errors) => errors switch
    {
        "strict" => e,
        "ignore" => Encoding.GetEncoding(e.CodePage, new EncoderReplacementFallback(""), new DecoderReplacementFallback("")),
        "replace" => Encoding.GetEncoding(e.CodePage, new EncoderReplacementFallback("?"), new DecoderReplacementFallback("\uFFFD")),
        _ => throw UnknownHandler(errors),
    };

    /// <summary>s encoded; withSignature false leaves out the byte-order mark of a codec
    /// that writes one (a file's later writes).</summary>
    public static byte[] Encode(string s, string encoding, string errors, bool withSignature = true)
    {
        var other = OtherEncoding(encoding, out bool signature, out string otherName);
        if (other != null)
        {
            try
            {
                var body = WithHandler(other, errors).GetBytes(WithoutUndefined(s, otherName, errors, false, default));
                if (!signature || !withSignature) return body;
                return [.. Signature(otherName), .. body];
            }
            catch (EncoderFallbackException e)
            {
                throw Raise(false, ErrorName(otherName), PyStr.New(s), e.Index, e.Index + 1, "character maps to <undefined>");
            }
        }
        if (EscapeCodecs.Names(encoding, out bool raw)) return EscapeCodecs.Encode(s, raw);
        var codec = Lookup(encoding);
        if (codec == Codec.Utf8 && CodePoints.IsBmpOnly(s)) return Encoding.UTF8.GetBytes(s);
        int limit = codec == Codec.Ascii ? 128 : codec == Codec.Latin1 ? 256 : 0x110000;
        var output = new List<byte>(s.Length);
        var codePoints = CodePoints.ToArray(s);
        for (int i = 0; i < codePoints.Length; i++)
        {
            int cp = codePoints[i];
            bool encodable = cp < limit && !(codec == Codec.Utf8 && cp >= 0xD800 && cp <= 0xDFFF);
            if (encodable)
            {
                AppendEncoded(output, cp, codec);
                continue;
            }
            int end = i + 1;
            while (end < codePoints.Length && !(codePoints[end] < limit && !(codec == Codec.Utf8 && codePoints[end] >= 0xD800 && codePoints[end] <= 0xDFFF))) end++;
            switch (errors)
            {
                case "strict":
                    string reason = codec == Codec.Utf8 ? "surrogates not allowed" : $"ordinal not in range({limit})";
                    throw Raise(false, Name(codec), PyStr.New(s), i, end, reason);
                case "ignore": break;
                case "replace":
                    for (int k = i; k < end; k++) output.Add((byte)'?');
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) foreach (char c in EscapeCodePoint(codePoints[k])) output.Add((byte)c);
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) foreach (char c in $"&#{codePoints[k]};") output.Add((byte)c);
                    break;
                case "surrogateescape":
                case "surrogatepass":
                    // surrogateescape gives back the bytes decoding turned into U+DC80..U+DCFF;
                    // surrogatepass writes UTF-8's three bytes for a surrogate. Anything else
                    // is an error, from the first character the handler cannot take.
                    for (int k = i; k < end; k++)
                    {
                        int bad = codePoints[k];
                        if (errors == "surrogateescape" && bad >= 0xDC80 && bad <= 0xDCFF) output.Add((byte)(bad - 0xDC00));
                        else if (errors == "surrogatepass" && codec == Codec.Utf8 && bad >= 0xD800 && bad <= 0xDFFF)
                        {
                            output.Add((byte)(0xE0 | bad >> 12));
                            output.Add((byte)(0x80 | ((bad >> 6) & 0x3F)));
                            output.Add((byte)(0x80 | (bad & 0x3F)));
                        }
                        else
                        {
                            string why = codec == Codec.Utf8 ? "surrogates not allowed" : $"ordinal not in range({limit})";
                            throw Raise(false, Name(codec), PyStr.New(s), k, k + 1, why);
                        }
                    }
                    break;
                default: throw UnknownHandler(errors);
            }
            i = end - 1;
        }
        return output.ToArray();
    }

    static void AppendEncoded(List<byte> output, int cp, Codec codec)
    {
        if (codec != Codec.Utf8 || cp < 0x80) { output.Add((byte)cp); return; }
        if (cp < 0x800) { output.Add((byte)(0xC0 | cp >> 6)); }
        else if (cp < 0x10000) { output.Add((byte)(0xE0 | cp >> 12)); output.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); }
        else
        {
            output.Add((byte)(0xF0 | cp >> 18));
            output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
        }
        output.Add((byte)(0x80 | (cp & 0x3F)));
    }

    /// <summary>\xNN, \uNNNN or \UNNNNNNNN, as error messages and backslashreplace show a code point.</summary>
    internal static string EscapeCodePoint(int cp) => cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    // ───────────── decoding ─────────────

    public static string Decode(ReadOnlySpan<byte> bytes, string encoding, string errors)
    {
        var other = OtherEncoding(encoding, out bool signature, out string otherName);
        if (other != null)
        {
            var bom = Signature(otherName);
            if (signature && bytes.StartsWith(bom)) bytes = bytes[bom.Length..];
            else if (otherName == "utf-16" && bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                // A big-endian mark: the rest is big-endian.
                other = new UnicodeEncoding(true, false, true);
                bytes = bytes[2..];
            }
            try { return WithoutUndefined(WithHandler(other, errors).GetString(bytes), otherName, errors, true, bytes); }
            catch (DecoderFallbackException e)
            {
                int at = Math.Max(0, e.Index);
                int end = at + Math.Max(1, e.BytesUnknown?.Length ?? 1);
                throw Raise(true, ErrorName(otherName), PyBytes.New(bytes.ToArray()), at, end, DecodeErrorReason(otherName, bytes.Length, end));
            }
        }
        if (EscapeCodecs.Names(encoding, out bool raw)) return EscapeCodecs.Decode(bytes, raw, errors);
        var codec = Lookup(encoding);
        if (codec == Codec.Latin1) return Encoding.Latin1.GetString(bytes);
        var sb = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            int length;
            string reason;
            if (codec == Codec.Ascii) { length = 1; reason = "ordinal not in range(128)"; }
            else
            {
                int cp = DecodeUtf8Sequence(bytes, i, out length, out reason);
                if (cp >= 0)
                {
                    if (cp < 0x10000) sb.Append((char)cp);
                    else sb.Append(char.ConvertFromUtf32(cp));
                    i += length;
                    continue;
                }
            }
            switch (errors)
            {
                case "strict":
                    throw Raise(true, Name(codec), PyBytes.New(bytes.ToArray()), i, i + length, reason);
                case "ignore": break;
                case "replace": sb.Append('\uFFFD'); break;
                case "backslashreplace":
                    for (int k = i; k < i + length; k++) sb.Append($"\\x{bytes[k]:x2}");
                    break;
                case "surrogateescape":
                    for (int k = i; k < i + length; k++) sb.Append((char)(0xDC00 + bytes[k]));
                    break;
                default: throw UnknownHandler(errors);
            }
            i += length;
        }
        return sb.ToString();
    }

    /// <summary>Decodes the UTF-8 sequence at i: the code point, or -1 with the length of the
    /// invalid part (the maximal valid prefix, at least one byte) and the reason.</summary>
    static int DecodeUtf8Sequence(ReadOnlySpan<byte> bytes, int i, out int length, out string reason)
    {
        byte b = bytes[i];
        int needed, cp;
        byte low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) { needed = 1; cp = b & 0x1F; }
        else if (b >= 0xE0 && b <= 0xEF)
        {
            needed = 2; cp = b & 0x0F;
            if (b == 0xE0) low = 0xA0;
            else if (b == 0xED) high = 0x9F;
        }
        else if (b >= 0xF0 && b <= 0xF4)
        {
            needed = 3; cp = b & 0x07;
            if (b == 0xF0) low = 0x90;
            else if (b == 0xF4) high = 0x8F;
        }
        else { length = 1; reason = "invalid start byte"; return -1; }
        for (int k = 1; k <= needed; k++)
        {
            if (i + k >= bytes.Length) { length = k; reason = "unexpected end of data"; return -1; }
            byte c = bytes[i + k];
            if (c < low || c > high) { length = k; reason = "invalid continuation byte"; return -1; }
            low = 0x80; high = 0xBF;
            cp = cp << 6 | (c & 0x3F);
        }
        length = needed + 1;
        reason = null;
        return cp;
    }
}
