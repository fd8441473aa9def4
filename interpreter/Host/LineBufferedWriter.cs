// LineBufferedWriter: stdout on a terminal, and a child process's stdout — flushed at the end
// of every line, so output shows as it is printed, and the lines of several processes
// sharing a terminal arrive whole and in the order printed.
using System.Text;

namespace MiniPy.Host;

public sealed class LineBufferedWriter : TextWriter, MiniPy.Runtime.ITextWriterWrapper
{
    readonly TextWriter inner;

    public TextWriter Inner => inner;

    public LineBufferedWriter(TextWriter inner) { this.inner = inner; }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        inner.Write(value);
        if (value == '\n') inner.Flush();
    }

    public override void Write(string value)
    {
        if (value == null) return;
        inner.Write(value);
        if (value.Contains('\n')) inner.Flush();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        inner.Write(buffer, index, count);
        if (Array.IndexOf(buffer, '\n', index, count) >= 0) inner.Flush();
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Flush();
        base.Dispose(disposing);
    }
}
