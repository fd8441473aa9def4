// What the host's stdout writer offers the runtime: the text writer it forwards to (so the
// standard streams' binary layer can find the byte stream underneath), and its buffer.
namespace MiniPy.Runtime;

public interface ITextWriterWrapper
{
    TextWriter Inner { get; }

    /// <summary>The first writer of kind T in the chain w, its Inner, its Inner's Inner...
    /// (null when none is).</summary>
    static T Find<T>(TextWriter w) where T : class
    {
        while (true)
        {
            if (w is T found) return found;
            if (w is ITextWriterWrapper wrapper) { w = wrapper.Inner; continue; }
            return null;
        }
    }
}

/// <summary>When a buffered stdout passes what it holds on: at every write, at a line's
/// end, or when its block is full (and at a flush, always).</summary>
public enum OutputBuffering { None, Line, Block }

/// <summary>A writer whose unwritten text can be read and added to (os.fork's emulation
/// hands the parent's to the child).</summary>
public interface IBufferedOutput
{
    OutputBuffering Buffering { get; set; }
    /// <summary>What has been written but not yet passed on.</summary>
    string Pending { get; }
    /// <summary>Adds text to the buffer, to be passed on with what follows.</summary>
    void AddPending(string text);
}
