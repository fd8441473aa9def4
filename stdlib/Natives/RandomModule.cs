// _random: the Mersenne Twister (MT19937) that random.py draws from, seeded as CPython
// seeds it, so that random.seed(n) gives the very numbers CPython gives.
//
// The generator keeps 624 words of state. Seeding from an int takes the absolute value's
// 32-bit words, least significant first (one zero word for 0), and mixes them in with the
// reference implementation's init_by_array; a seed of None takes 624 words from the OS.
// random() builds a double from 27 + 26 random bits: (a * 2**26 + b) / 2**53. getrandbits(k)
// fills k bits 32 at a time, least significant word first, the last word's top bits.
// Each generator has a lock, so threads sharing one (the module's) never tear its state,
// with or without the GIL.
using System.Numerics;
using MiniPy.Runtime;

namespace MiniPy.Stdlib;

public sealed class MersenneTwister : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("Generator", "_random", AddMethods, (c, a, k) => New());

    const int N = 624, M = 397;
    const uint MatrixA = 0x9908b0df, UpperMask = 0x80000000, LowerMask = 0x7fffffff;
    readonly uint[] state = new uint[N];
    int index = N + 1;
    readonly object gate = new();

    public static MersenneTwister New()
    {
        var g = new MersenneTwister { ObType = Type };
        Heap.Allocated(Type);
        g.SeedFromOs();
        return g;
    }

    void InitGenrand(uint s)
    {
        state[0] = s;
        for (int i = 1; i < N; i++)
            state[i] = 1812433253u * (state[i - 1] ^ (state[i - 1] >> 30)) + (uint)i;
        index = N;
    }

    void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { state[0] = state[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { state[0] = state[N - 1]; i = 1; }
        }
        state[0] = 0x80000000u; // a non-zero initial state, whatever the key
    }

    uint NextWord()
    {
        if (index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                uint y = (state[kk] & UpperMask) | (state[kk + 1] & LowerMask);
                state[kk] = state[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            for (; kk < N - 1; kk++)
            {
                uint y = (state[kk] & UpperMask) | (state[kk + 1] & LowerMask);
                state[kk] = state[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            uint last = (state[N - 1] & UpperMask) | (state[0] & LowerMask);
            state[N - 1] = state[M - 1] ^ (last >> 1) ^ ((last & 1) != 0 ? MatrixA : 0);
            index = 0;
        }
        uint t = state[index++];
        t ^= t >> 11;
        t ^= (t << 7) & 0x9d2c5680u;
        t ^= (t << 15) & 0xefc60000u;
        t ^= t >> 18;
        return t;
    }

    void SeedFromOs()
    {
        var bytes = new byte[N * 4];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        var key = new uint[N];
        Buffer.BlockCopy(bytes, 0, key, 0, bytes.Length);
        lock (gate) InitByArray(key);
    }

    /// <summary>seed(n): None from the OS; an int by its absolute value's words; anything
    /// else by its hash, taken as an unsigned 64-bit number (as CPython's _random does).</summary>
    public void Seed(PyObject arg)
    {
        if (arg == null || arg is PyNone) { SeedFromOs(); return; }
        BigInteger n = arg is PyInt i ? BigInteger.Abs(i.AsBig) : new BigInteger(unchecked((ulong)Ops.Hash(arg)));
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int words = Math.Max(1, (bytes.Length + 3) / 4);
        var key = new uint[words];
        for (int b = 0; b < bytes.Length; b++) key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        if (n.IsZero) key[0] = 0;
        lock (gate) InitByArray(key);
    }

    public double Random()
    {
        uint a, b;
        lock (gate)
        {
            a = NextWord() >> 5;
            b = NextWord() >> 6;
        }
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    public PyObject GetRandBits(long k)
    {
        if (k < 0) throw Err.ValueError("number of bits must be non-negative");
        if (k == 0) return PyInt.New(0);
        if (k <= 32)
        {
            uint w;
            lock (gate) w = NextWord();
            return PyInt.New((long)(w >> (int)(32 - k)));
        }
        int words = (int)((k - 1) / 32 + 1);
        var bytes = new byte[words * 4];
        lock (gate)
        {
            long left = k;
            for (int i = 0; i < words; i++, left -= 32)
            {
                uint r = NextWord();
                if (left < 32) r >>= (int)(32 - left); // the last word keeps its top bits
                bytes[4 * i] = (byte)r;
                bytes[4 * i + 1] = (byte)(r >> 8);
                bytes[4 * i + 2] = (byte)(r >> 16);
                bytes[4 * i + 3] = (byte)(r >> 24);
            }
        }
        return PyInt.New(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }

    /// <summary>The state as CPython's getstate() gives it: 624 words and the position.</summary>
    public PyObject GetState()
    {
        var t = PyTuple.New(N + 1);
        lock (gate)
        {
            for (int i = 0; i < N; i++) t.SetItemSteal(i, PyInt.New((long)state[i]));
            t.SetItemSteal(N, PyInt.New(index));
        }
        return t;
    }

    public void SetState(PyObject arg)
    {
        if (arg is not PyTuple t) throw Err.TypeError("state vector must be a tuple");
        if (t.Count != N + 1) throw Err.ValueError("state vector is the wrong size");
        var words = new uint[N];
        for (int i = 0; i < N; i++)
        {
            if (t.Items[i] is not PyInt w) throw Err.TypeError("state vector items must be integers");
            var v = w.AsBig;
            if (v.Sign < 0 || v > uint.MaxValue) throw Err.New(ErrorTypes.OverflowError, "Python int too large to convert to C unsigned long");
            words[i] = (uint)v;
        }
        if (t.Items[N] is not PyInt pos) throw Err.TypeError("state vector items must be integers");
        long p = (long)pos.AsBig;
        if (p < 0 || p > N) throw Err.ValueError("invalid state");
        lock (gate)
        {
            Array.Copy(words, state, N);
            index = (int)p;
        }
    }

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "seed", (self, a, k) =>
        {
            ArgParser.Positional("seed", a, k, 0, 1);
            ((MersenneTwister)self).Seed(a.Length > 0 ? a[0] : null);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "random", (self, a, k) =>
        {
            ArgParser.Positional("random", a, k, 0, 0);
            return PyFloat.New(((MersenneTwister)self).Random());
        });
        BuiltinTypes.AddMethod(t, "getrandbits", (self, a, k) =>
        {
            ArgParser.Positional("getrandbits", a, k, 1, 1);
            return ((MersenneTwister)self).GetRandBits(Ops.IndexOf(a[0], $"'{a[0].ObType.Name}' object cannot be interpreted as an integer"));
        });
        BuiltinTypes.AddMethod(t, "getstate", (self, a, k) =>
        {
            ArgParser.Positional("getstate", a, k, 0, 0);
            return ((MersenneTwister)self).GetState();
        });
        BuiltinTypes.AddMethod(t, "setstate", (self, a, k) =>
        {
            ArgParser.Positional("setstate", a, k, 1, 1);
            ((MersenneTwister)self).SetState(a[0]);
            return Rc.New(PyNone.Instance);
        });
    }
}

public static class RandomModule
{
    public static PyModule Create(MiniPy.VM.Interpreter interp)
    {
        var m = PyModule.New("_random");
        m.Dict.SetItemNew("Generator", MersenneTwister.Type);
        m.AddFunction("sha512", (a, k) =>
        {
            ArgParser.Positional("sha512", a, k, 1, 1);
            if (a[0] is not PyBytes b) throw Err.TypeError("sha512() expects bytes");
            return PyBytes.New(System.Security.Cryptography.SHA512.HashData(b.Value));
        });
        m.AddFunction("urandom", (a, k) =>
        {
            ArgParser.Positional("urandom", a, k, 1, 1);
            var n = Ops.IndexOf(a[0], "an integer is required");
            if (n < 0) throw Err.ValueError("negative argument not allowed");
            var bytes = new byte[n];
            System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
            return PyBytes.New(bytes);
        });
        return m;
    }
}
