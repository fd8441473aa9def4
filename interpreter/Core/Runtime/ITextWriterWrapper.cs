// A text writer that forwards to another (the host's line-buffered stdout): lets the
// standard streams' binary layer find the byte stream underneath.
namespace MiniPy.Runtime;

public interface ITextWriterWrapper
{
    TextWriter Inner { get; }
}
