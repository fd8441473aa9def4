// SHA-224 (FIPS 180-4): SHA-256's compression function started from other initial words,
// its digest cut to 28 bytes. .NET offers SHA-256 but not SHA-224, which hashlib must have,
// so this is the whole algorithm in managed code: a 64-byte block buffer, the eight working
// words, and the message length for the final padding.
using System.Buffers.Binary;
using System.Numerics;

namespace MiniPy.Stdlib;

public sealed class Sha224
{
    static readonly uint[] RoundConstants =
    {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    readonly uint[] words = { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
    readonly byte[] block = new byte[64];
    int filled;
    ulong length;

    public Sha224 Clone()
    {
        var copy = new Sha224 { filled = filled, length = length };
        Array.Copy(words, copy.words, 8);
        Array.Copy(block, copy.block, 64);
        return copy;
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        length += (ulong)data.Length;
        while (data.Length > 0)
        {
            int take = Math.Min(64 - filled, data.Length);
            data[..take].CopyTo(block.AsSpan(filled));
            filled += take;
            data = data[take..];
            if (filled == 64)
            {
                Compress(block);
                filled = 0;
            }
        }
    }

    /// <summary>The digest of everything appended so far; the state is left as it was.</summary>
    public byte[] Digest()
    {
        var last = Clone();
        ulong bits = length * 8;
        Span<byte> padding = stackalloc byte[72];
        padding.Clear();
        padding[0] = 0x80;
        int padLength = (filled < 56 ? 56 : 120) - filled;
        last.Append(padding[..padLength]);
        Span<byte> lengthBytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(lengthBytes, bits);
        last.Append(lengthBytes);
        var digest = new byte[28];
        for (int i = 0; i < 7; i++) BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), last.words[i]);
        return digest;
    }

    void Compress(ReadOnlySpan<byte> chunk)
    {
        Span<uint> w = stackalloc uint[64];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(chunk[(i * 4)..]);
        for (int i = 16; i < 64; i++)
        {
            uint s0 = BitOperations.RotateRight(w[i - 15], 7) ^ BitOperations.RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint s1 = BitOperations.RotateRight(w[i - 2], 17) ^ BitOperations.RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint a = words[0], b = words[1], c = words[2], d = words[3], e = words[4], f = words[5], g = words[6], h = words[7];
        for (int i = 0; i < 64; i++)
        {
            uint sum1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            uint choose = (e & f) ^ (~e & g);
            uint t1 = h + sum1 + choose + RoundConstants[i] + w[i];
            uint sum0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            uint majority = (a & b) ^ (a & c) ^ (b & c);
            uint t2 = sum0 + majority;
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        words[0] += a; words[1] += b; words[2] += c; words[3] += d;
        words[4] += e; words[5] += f; words[6] += g; words[7] += h;
    }
}
