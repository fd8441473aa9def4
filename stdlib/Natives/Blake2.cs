// BLAKE2b and BLAKE2s (RFC 7693), which .NET lacks: hashlib.blake2b and hashlib.blake2s with
// CPython's parameters (digest_size, key, salt, person and the tree-hashing fields).
//
// Both are the same algorithm over words of 64 bits (b: 128-byte blocks, 12 rounds) or 32
// bits (s: 64-byte blocks, 10 rounds). The parameter block (digest length, key length,
// fanout, depth, leaf length, node offset, node depth, inner length, salt, personalization)
// is XORed into the initial state; a key is hashed first as a block of its own. The last
// block is compressed with the final flag set, so a block is held back until more data
// shows it is not the last.
namespace MiniPy.Stdlib;

public sealed class Blake2
{
    static readonly byte[][] Sigma =
    {
        new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
        new byte[] { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
        new byte[] { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
        new byte[] { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
        new byte[] { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
        new byte[] { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
        new byte[] { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
        new byte[] { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
        new byte[] { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
        new byte[] { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
    };

    /// <summary>The state words each round mixes: the four columns, then the four diagonals.</summary>
    static readonly (int, int, int, int)[] Mixes =
    {
        (0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
        (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14),
    };

    static readonly ulong[] IV64 =
    {
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    };

    /// <summary>The word size: true for BLAKE2b (64-bit words), false for BLAKE2s (32-bit).</summary>
    readonly bool wide;
    readonly int blockSize;
    public readonly int DigestSize;
    readonly bool lastNode;
    ulong[] h = new ulong[8];
    ulong countLow, countHigh;
    byte[] buffer;
    int buffered;

    public static int MaxDigest(bool wide) => wide ? 64 : 32;
    public bool IsWide => wide;

    public Blake2(bool wide, int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
                  uint leafSize, ulong nodeOffset, int nodeDepth, int innerSize, bool lastNode)
    {
        this.wide = wide;
        blockSize = wide ? 128 : 64;
        DigestSize = digestSize;
        this.lastNode = lastNode;
        buffer = new byte[blockSize];
        var param = new byte[wide ? 64 : 32];
        param[0] = (byte)digestSize;
        param[1] = (byte)key.Length;
        param[2] = (byte)fanout;
        param[3] = (byte)depth;
        BitConverter.TryWriteBytes(param.AsSpan(4, 4), leafSize);
        if (wide)
        {
            BitConverter.TryWriteBytes(param.AsSpan(8, 8), nodeOffset);
            param[16] = (byte)nodeDepth;
            param[17] = (byte)innerSize;
            salt.CopyTo(param, 32);
            person.CopyTo(param, 48);
        }
        else
        {
            // a 48-bit node offset
            for (int i = 0; i < 6; i++) param[8 + i] = (byte)(nodeOffset >> (8 * i));
            param[14] = (byte)nodeDepth;
            param[15] = (byte)innerSize;
            salt.CopyTo(param, 16);
            person.CopyTo(param, 24);
        }
        for (int i = 0; i < 8; i++)
            h[i] = wide ? IV64[i] ^ BitConverter.ToUInt64(param, 8 * i)
                        : (uint)(IV64[i] >> 32) ^ BitConverter.ToUInt32(param, 4 * i);
        if (key.Length > 0)
        {
            var block = new byte[blockSize];
            key.CopyTo(block, 0);
            Append(block);
        }
    }

    Blake2(Blake2 other)
    {
        wide = other.wide;
        blockSize = other.blockSize;
        DigestSize = other.DigestSize;
        lastNode = other.lastNode;
        h = (ulong[])other.h.Clone();
        countLow = other.countLow;
        countHigh = other.countHigh;
        buffer = (byte[])other.buffer.Clone();
        buffered = other.buffered;
    }

    public Blake2 Clone() => new(this);

    public void Append(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (buffered == blockSize)
            {
                // more is coming, so the held-back block is not the last
                Count(blockSize);
                Compress(buffer, false);
                buffered = 0;
            }
            int take = Math.Min(blockSize - buffered, data.Length);
            data[..take].CopyTo(buffer.AsSpan(buffered));
            buffered += take;
            data = data[take..];
        }
    }

    void Count(int bytes)
    {
        ulong before = countLow;
        countLow += (ulong)bytes;
        if (!wide)
        {
            // BLAKE2s counts in 64 bits, kept here as two 32-bit words
            if (countLow > uint.MaxValue) { countHigh += countLow >> 32; countLow &= uint.MaxValue; }
        }
        else if (countLow < before) countHigh++;
    }

    public byte[] Digest()
    {
        var copy = Clone();
        copy.Count(copy.buffered);
        Array.Clear(copy.buffer, copy.buffered, copy.blockSize - copy.buffered);
        copy.Compress(copy.buffer, true);
        var output = new byte[wide ? 64 : 32];
        for (int i = 0; i < 8; i++)
        {
            if (wide) BitConverter.TryWriteBytes(output.AsSpan(8 * i, 8), copy.h[i]);
            else BitConverter.TryWriteBytes(output.AsSpan(4 * i, 4), (uint)copy.h[i]);
        }
        return output[..DigestSize];
    }

    void Compress(byte[] block, bool last)
    {
        if (wide) Compress64(block, last);
        else Compress32(block, last);
    }

    void Compress64(byte[] block, bool last)
    {
        Span<ulong> v = stackalloc ulong[16];
        Span<ulong> m = stackalloc ulong[16];
        for (int i = 0; i < 16; i++) m[i] = BitConverter.ToUInt64(block, 8 * i);
        for (int i = 0; i < 8; i++) { v[i] = h[i]; v[i + 8] = IV64[i]; }
        v[12] ^= countLow;
        v[13] ^= countHigh;
        if (last) { v[14] = ~v[14]; if (lastNode) v[15] = ~v[15]; }
        for (int r = 0; r < 12; r++)
        {
            var s = Sigma[r % 10];
            for (int j = 0; j < 8; j++)
            {
                var (a, b, c, d) = Mixes[j];
                G64(v, a, b, c, d, m[s[2 * j]], m[s[2 * j + 1]]);
            }
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    static void G64(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x; v[d] = ulong.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d]; v[b] = ulong.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y; v[d] = ulong.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d]; v[b] = ulong.RotateRight(v[b] ^ v[c], 63);
    }

    void Compress32(byte[] block, bool last)
    {
        Span<uint> v = stackalloc uint[16];
        Span<uint> m = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BitConverter.ToUInt32(block, 4 * i);
        for (int i = 0; i < 8; i++) { v[i] = (uint)h[i]; v[i + 8] = (uint)(IV64[i] >> 32); }
        v[12] ^= (uint)countLow;
        v[13] ^= (uint)countHigh;
        if (last) { v[14] = ~v[14]; if (lastNode) v[15] = ~v[15]; }
        for (int r = 0; r < 10; r++)
        {
            var s = Sigma[r];
            for (int j = 0; j < 8; j++)
            {
                var (a, b, c, d) = Mixes[j];
                G32(v, a, b, c, d, m[s[2 * j]], m[s[2 * j + 1]]);
            }
        }
        for (int i = 0; i < 8; i++) h[i] = (uint)h[i] ^ v[i] ^ v[i + 8];
    }

    static void G32(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x; v[d] = uint.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d]; v[b] = uint.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y; v[d] = uint.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d]; v[b] = uint.RotateRight(v[b] ^ v[c], 7);
    }
}
