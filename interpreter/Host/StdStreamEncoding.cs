// The encoding of the process's standard output and error: UTF-8, in which a lone
// surrogate (a str may hold one; UTF-8 cannot encode it) is written as its backslash
// escape, \udc80, rather than failing inside the host's writer. print() and
// sys.stdout.write raise CPython's UnicodeEncodeError before text reaches the writer; this
// is for what is written to the streams by other ways (a traceback's message, say), which
// CPython writes to stderr with the backslashreplace handler.
using System.Text;

namespace MiniPy.Host;

static class StdStreamEncoding
{
    public static readonly Encoding Utf8 = Make();

    static Encoding Make()
    {
        var encoding = (Encoding)new UTF8Encoding(false).Clone();
        encoding.EncoderFallback = new BackslashEscapeFallback();
        return encoding;
    }

    sealed class BackslashEscapeFallback : EncoderFallback
    {
        public override int MaxCharCount => 6;
        public override EncoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        sealed class Buffer : EncoderFallbackBuffer
        {
            string escape = "";
            int next;

            public override bool Fallback(char unknown, int index)
            {
                escape = $"\\u{(int)unknown:x4}";
                next = 0;
                return true;
            }

            public override bool Fallback(char high, char low, int index)
            {
                escape = $"\\U{char.ConvertToUtf32(high, low):x8}";
                next = 0;
                return true;
            }

            public override char GetNextChar() => next < escape.Length ? escape[next++] : '\0';

            public override bool MovePrevious()
            {
                if (next == 0) return false;
                next--;
                return true;
            }

            public override int Remaining => escape.Length - next;

            public override void Reset()
            {
                escape = "";
                next = 0;
            }
        }
    }
}
