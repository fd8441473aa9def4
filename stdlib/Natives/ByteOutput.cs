// ByteOutput: a growing byte buffer with little-endian writers, shared by the two binary
// formats that cross a process boundary (WireFormat's messages, ForkSnapshot's heap copies).
using System.Buffers.Binary;
using System.Text;

namespace MiniPy.Stdlib;

public class ByteOutput
{
    byte[] buf;
    int len;

    public ByteOutput(int capacity) { buf = new byte[capacity]; }

    public byte[] ToArray() => buf.AsSpan(0, len).ToArray();

    /// <summary>The next n bytes of the buffer, to be written by the caller.</summary>
    protected Span<byte> Room(int n)
    {
        if (len + n > buf.Length) Array.Resize(ref buf, Math.Max(buf.Length * 2, len + n));
        var s = buf.AsSpan(len, n);
        len += n;
        return s;
    }

    public void Byte(byte b) => Room(1)[0] = b;
    public void U32(int n) => BinaryPrimitives.WriteInt32LittleEndian(Room(4), n);
    public void I64(long n) => BinaryPrimitives.WriteInt64LittleEndian(Room(8), n);
    public void F64(double d) => BinaryPrimitives.WriteDoubleLittleEndian(Room(8), d);
    /// <summary>A length, then the bytes.</summary>
    public void Bytes(ReadOnlySpan<byte> b) { U32(b.Length); b.CopyTo(Room(b.Length)); }
    public void Str(string s) => Bytes(Encoding.UTF8.GetBytes(s));
}
