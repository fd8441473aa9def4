// IByteStore: bytes kept outside the managed heap's bytes objects — the mapped pages of a
// multiprocessing.shared_memory block, say — that a memoryview can look at and write
// through. The object implementing it is the view's `obj`; the view keeps a reference.
namespace MiniPy.Runtime;

public interface IByteStore
{
    /// <summary>How many bytes there are; fixed for the store's life.</summary>
    int ByteLength { get; }

    /// <summary>False once the store has been closed: a view over it then fails cleanly.</summary>
    bool IsOpen { get; }

    byte ReadByte(int index);

    void WriteByte(int index, byte value);
}
