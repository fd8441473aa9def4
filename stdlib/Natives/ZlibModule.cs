// zlib: DEFLATE compression in the zlib, gzip and raw formats (wbits chooses, as in
// CPython: 9..15 zlib, -9..-15 raw, 25..31 gzip, 40..47 detect zlib or gzip when
// decompressing), checksums, and streaming compress/decompress objects. The compressor is
// .NET's; its output is valid DEFLATE that any zlib reads, but not always byte for byte what
// CPython's zlib writes. Large inputs release the GIL while they are compressed.
using System.IO.Compression;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class ZlibModule
{
    const int MaxWbits = 15, DefaultLevel = -1;

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_zlib");
        m.SetSteal("error", BinasciiModule.NewExceptionClass("zlib", "error", ErrorTypes.Exception));
        PyRaise Error(string message) => Err.New((PyType)m.Dict.GetItemBorrowed("error"), message);
        foreach (var (name, value) in new (string, long)[]
        {
            ("MAX_WBITS", MaxWbits), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", 16384),
            ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4), ("Z_BLOCK", 5), ("Z_TREES", 6),
        })
            m.SetSteal(name, PyInt.New(value));
        m.SetSteal("ZLIB_VERSION", PyStr.New("1.2.13"));
        m.SetSteal("ZLIB_RUNTIME_VERSION", PyStr.New("1.2.13"));

        m.AddFunction("compress", (a, k) =>
        {
            var p = ArgParser.Parse("compress", a, k, new[] { "data", "level", "wbits" }, 1);
            var data = Buffer(p[0]);
            int level = p[1] == null ? DefaultLevel : (int)ArgParser.Int(p[1], "compress");
            int wbits = p[2] == null ? MaxWbits : (int)ArgParser.Int(p[2], "compress");
            if (level < -1 || level > 9) throw Error("Bad compression level");
            return PyBytes.New(Run(data.Length, () => Compress(data, level, wbits)));
        });
        m.AddFunction("decompress", (a, k) =>
        {
            var p = ArgParser.Parse("decompress", a, k, new[] { "data", "wbits", "bufsize" }, 1);
            var data = Buffer(p[0]);
            int wbits = p[1] == null ? MaxWbits : (int)ArgParser.Int(p[1], "decompress");
            byte[] output;
            try { output = Run(data.Length, () => Decompress(data, wbits, out _)); }
            catch (InvalidDataException) { throw Error("Error -3 while decompressing data: invalid stored block lengths"); }
            // .NET returns what it could of a stream cut short; zlib reports it.
            if (wbits >= 9 && wbits <= 15 && StreamEnd(data, output, wbits) < 0)
                throw Error("Error -5 while decompressing data: incomplete or truncated stream");
            return PyBytes.New(output);
        });
        m.AddFunction("crc32", (a, k) =>
        {
            ArgParser.Positional("crc32", a, k, 1, 2);
            uint start = a.Length > 1 ? (uint)(ArgParser.Int(a[1], "crc32") & 0xFFFFFFFF) : 0;
            return PyInt.New(BinasciiModule.Crc32(start, Buffer(a[0])));
        });
        m.AddFunction("adler32", (a, k) =>
        {
            ArgParser.Positional("adler32", a, k, 1, 2);
            uint value = a.Length > 1 ? (uint)(ArgParser.Int(a[1], "adler32") & 0xFFFFFFFF) : 1;
            return PyInt.New(Adler32(value, Buffer(a[0])));
        });
        m.AddFunction("decompress_prefix", (a, k) =>
        {
            // (output, consumed, complete): what the start of data decompresses to; for the
            // streaming decompressor, which is fed its input piece by piece.
            ArgParser.Positional("decompress_prefix", a, k, 2, 2);
            var data = Buffer(a[0]);
            int wbits = (int)ArgParser.Int(a[1], "decompress_prefix");
            try
            {
                var output = Decompress(data, wbits, out _);
                long end = StreamEnd(data, output, wbits);
                return Triple(PyBytes.New(output), PyInt.New(end < 0 ? data.Length : end), PyBool.From(end >= 0));
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
            {
                return Triple(PyBytes.New(Array.Empty<byte>()), PyInt.New(0), PyBool.From(false));
            }
        });
        return m;
    }

    /// <summary>Where the compressed stream ends in data (the index after its trailer), or
    /// -1 when its trailer is not there yet (the data is cut short). .NET's decompressors
    /// read ahead and do not say where they stopped, so the end is found by the trailer the
    /// format puts after the compressed data: the Adler-32 of the output (zlib) or its CRC-32
    /// and length (gzip). A raw stream has none and counts as ending with the data.</summary>
    static long StreamEnd(byte[] data, byte[] output, int wbits)
    {
        bool gzip = wbits >= 25 && wbits <= 31 || wbits >= 40 && data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b;
        byte[] trailer;
        if (gzip)
        {
            trailer = new byte[8];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(trailer, BinasciiModule.Crc32(0, output));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(trailer.AsSpan(4), (uint)output.Length);
        }
        else if (wbits >= 0)
        {
            trailer = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(trailer, Adler32(1, output));
        }
        else return data.Length;
        // The trailer follows the header and at least two bytes of compressed data.
        int from = gzip ? 12 : 4;
        if (data.Length < from) return -1;
        int at = data.AsSpan(from).IndexOf(trailer);
        return at < 0 ? -1 : at + from + trailer.Length;
    }

    static uint Adler32(uint value, ReadOnlySpan<byte> data)
    {
        uint s1 = value & 0xFFFF, s2 = value >> 16;
        foreach (var b in data)
        {
            s1 = (s1 + b) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }

    static PyTuple Triple(PyObject a, PyObject b, PyObject c)
    {
        var t = PyTuple.New(3);
        t.Items[0] = a;
        t.Items[1] = b;
        t.Items[2] = c;
        return t;
    }

    static byte[] Buffer(PyObject o)
        => PyByteArray.BytesOf(o) ?? throw Err.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'");

    static T Run<T>(int size, Func<T> work) => size >= 64 * 1024 ? Blocking.Run(work) : work();

    static CompressionLevel LevelOf(int level) => level switch
    {
        0 => CompressionLevel.NoCompression,
        1 or 2 or 3 => CompressionLevel.Fastest,
        9 => CompressionLevel.SmallestSize,
        _ => CompressionLevel.Optimal,
    };

    /// <summary>data compressed in the format wbits names.</summary>
    public static byte[] Compress(byte[] data, int level, int wbits)
    {
        // .NET writes nothing at all for no data; zlib writes an empty stream.
        if (data.Length == 0)
        {
            if (wbits >= 9 && wbits <= 15) return new byte[] { 0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 };
            if (wbits >= -15 && wbits <= -9) return new byte[] { 0x03, 0x00 };
            if (wbits >= 25 && wbits <= 31) return new byte[] { 0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0 };
        }
        var output = new MemoryStream();
        using (var stream = Wrap(output, wbits, LevelOf(level)))
            stream.Write(data, 0, data.Length);
        return output.ToArray();
    }

    static Stream Wrap(Stream output, int wbits, CompressionLevel level)
    {
        if (wbits >= 9 && wbits <= 15) return new ZLibStream(output, level, leaveOpen: true);
        if (wbits >= -15 && wbits <= -9) return new DeflateStream(output, level, leaveOpen: true);
        if (wbits >= 25 && wbits <= 31) return new GZipStream(output, level, leaveOpen: true);
        throw Err.ValueError("Invalid initialization option");
    }

    /// <summary>The data one compressed stream in data holds; consumed says how many bytes it took.</summary>
    public static byte[] Decompress(byte[] data, int wbits, out long consumed)
    {
        bool gzip = wbits >= 25 && wbits <= 31 || wbits >= 40 && wbits <= 47 && data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b;
        var input = new MemoryStream(data);
        Stream stream = gzip ? new GZipStream(input, CompressionMode.Decompress, leaveOpen: true)
            : wbits < 0 ? new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true)
            : new ZLibStream(input, CompressionMode.Decompress, leaveOpen: true);
        var output = new MemoryStream();
        using (stream) stream.CopyTo(output);
        consumed = input.Position;
        return output.ToArray();
    }
}
