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

    /// <summary>The host's own flushes (at exit, before a traceback): a reader that has gone
    /// is not an error of the program here; it is remembered, and reported at exit as
    /// CPython reports it (BrokenPipeAtExit). Writes the program makes raise it instead.</summary>
    public override void Flush()
    {
        lock (gate)
        {
            try { FlushLocked(); }
            catch (PyRaise r) when (r.Exc?.ObType == ErrorTypes.BrokenPipeError)
            {
                Rc.Dec(r.TakeException());
                BrokenPipeAtExit = true;
            }
        }
    }

    /// <summary>Whether a flush by the host found the pipe's reader gone.</summary>
    public bool BrokenPipeAtExit { get; private set; }

    void FlushLocked()
    {
        try
        {
            if (pending.Length > 0)
            {
                inner.Write(pending);
                pending.Clear();
            }
            inner.Flush();
        }
        catch (IOException e) when (e.HResult == BrokenPipeErrno)
        {
            // The reader has gone (`minipy prog.py | head -1`): the write raises
            // BrokenPipeError in the program, as CPython's does; what was buffered is lost.
            // (The StreamWriter has already given up the characters it failed to write.)
            pending.Clear();
            throw BrokenPipe();
        }
    }

    const int BrokenPipeErrno = 32;

    /// <summary>BrokenPipeError(32, 'Broken pipe'), with its errno, as the OS error it is.</summary>
    static PyRaise BrokenPipe()
    {
        var code = PyInt.New(BrokenPipeErrno);
        var text = PyStr.New("Broken pipe");
        try { return new PyRaise((PyException)Ops.Call(ErrorTypes.BrokenPipeError, code, text)); }
        finally { Rc.Dec(code); Rc.Dec(text); }
    }

    /// <summary>The process's standard output. A pipe or terminal is written through a stream
    /// that reports a write to a closed pipe (EPIPE) as an IOException, where the runtime's
    /// console stream ignores it silently. A regular file keeps the console stream: a
    /// FileStream writes a seekable file at positions of its own (pwrite), without moving
    /// the descriptor's offset, so whatever the shell wrote after the program (`(minipy
    /// prog.py; echo done) > out`) would overwrite its output.</summary>
    public static Stream OpenDescriptor()
    {
        try
        {
            var stream = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!stream.CanSeek) return stream;
            stream.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { }
        return Console.OpenStandardOutput();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }
}
