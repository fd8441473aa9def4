// StdoutWriter: stdout's buffering, as CPython's — unbuffered with -u, line-buffered on a
// terminal, otherwise block-buffered (8 KiB), so output reaches a file or a pipe in blocks,
// and the rest at exit or at a flush. What is buffered can be read, and the mode set, for
// os.fork's emulation (IBufferedOutput): a forked child starts with the parent's unwritten
// output, which a real fork copies with the rest of the process.
using System.Text;
using MiniPy.Runtime;

namespace MiniPy.Host;

public sealed class StdoutWriter : TextWriter, ITextWriterWrapper, IBufferedOutput
{
    const int BlockSize = 8192;
    readonly TextWriter inner;
    readonly StringBuilder pending = new();
    // Writes from threads running without the GIL must not tear the buffer.
    readonly object gate = new();

    public StdoutWriter(TextWriter inner, OutputBuffering buffering)
    {
        this.inner = inner;
        Buffering = buffering;
    }

    public TextWriter Inner => inner;
    public OutputBuffering Buffering { get; set; }
    public override Encoding Encoding => inner.Encoding;

    public string Pending
    {
        get { lock (gate) return pending.ToString(); }
    }

    public void AddPending(string text)
    {
        lock (gate) pending.Append(text);
    }

    public override void Write(char value)
    {
        lock (gate)
        {
            pending.Append(value);
            FlushIfDue(value == '\n');
        }
    }

    public override void Write(string value)
    {
        if (value == null) return;
        lock (gate)
        {
            pending.Append(value);
            FlushIfDue(Buffering == OutputBuffering.Line && value.Contains('\n'));
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (gate)
        {
            pending.Append(buffer, index, count);
            FlushIfDue(Buffering == OutputBuffering.Line && Array.IndexOf(buffer, '\n', index, count) >= 0);
        }
    }

    void FlushIfDue(bool newline)
    {
        if (Buffering == OutputBuffering.None || (newline && Buffering == OutputBuffering.Line) || pending.Length >= BlockSize)
            FlushLocked();
    }

    public override void Flush()
    {
        lock (gate) FlushLocked();
    }

    void FlushLocked()
    {
        if (pending.Length > 0)
        {
            inner.Write(pending);
            pending.Clear();
        }
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }
}
