// _hashlib: the message digests hashlib offers (md5, sha1, the sha2 and sha3 families, and
// BLAKE2), as objects with update/digest/hexdigest/copy, and pbkdf2_hmac. The digests are
// .NET's (SHA-224 and BLAKE2, which .NET lacks, are Sha224.cs and Blake2.cs). Like CPython's,
// an update with a large buffer (2 KiB or more) releases the GIL while it hashes — so threads
// hashing big files use several cores even with the GIL on — and a lock in each hash object
// keeps two threads that update the same object from interleaving.
using System.Security.Cryptography;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public sealed class PyHash : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("HASH", "_hashlib", AddMethods);

    /// <summary>Updates at least this long hash without the GIL (CPython's HASHLIB_GIL_MINSIZE).</summary>
    const int GilReleaseMinimum = 2048;

    readonly string name;
    readonly int digestSize, blockSize;
    IncrementalHash incremental;
    Sha224 sha224;
    Blake2 blake2;
    readonly object gate = new();

    PyHash(string name, int digestSize, int blockSize)
    {
        this.name = name;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
        ObType = Type;
        Heap.Allocated(Type);
    }

    /// <summary>The algorithms by hashlib's name: digest and block sizes, and .NET's name (null: managed code).</summary>
    static readonly Dictionary<string, (int digest, int block, HashAlgorithmName? algorithm)> Algorithms = new()
    {
        ["md5"] = (16, 64, HashAlgorithmName.MD5),
        ["sha1"] = (20, 64, HashAlgorithmName.SHA1),
        ["sha224"] = (28, 64, null),
        ["sha256"] = (32, 64, HashAlgorithmName.SHA256),
        ["sha384"] = (48, 128, HashAlgorithmName.SHA384),
        ["sha512"] = (64, 128, HashAlgorithmName.SHA512),
        ["sha3_256"] = (32, 136, HashAlgorithmName.SHA3_256),
        ["sha3_384"] = (48, 104, HashAlgorithmName.SHA3_384),
        ["sha3_512"] = (64, 72, HashAlgorithmName.SHA3_512),
        ["blake2b"] = (64, 128, null),
        ["blake2s"] = (32, 64, null),
    };

    static bool IsAvailable(string name) => name switch
    {
        "sha3_256" => SHA3_256.IsSupported,
        "sha3_384" => SHA3_384.IsSupported,
        "sha3_512" => SHA3_512.IsSupported,
        _ => Algorithms.ContainsKey(name),
    };

    public static IEnumerable<string> AvailableNames => Algorithms.Keys.Where(IsAvailable);

    public static PyHash New(string requested)
    {
        var name = requested.ToLowerInvariant();
        if (!Algorithms.TryGetValue(name, out var spec) || !IsAvailable(name)) throw Err.ValueError($"unsupported hash type {requested}");
        if (name is "blake2b" or "blake2s") return NewBlake2(new Blake2(name == "blake2b", spec.digest, [], [], [], 1, 1, 0, 0, 0, 0, false));
        var hash = new PyHash(name, spec.digest, spec.block);
        if (spec.algorithm is { } algorithm) hash.incremental = IncrementalHash.CreateHash(algorithm);
        else hash.sha224 = new Sha224();
        return hash;
    }

    /// <summary>A blake2b or blake2s hash object over a configured BLAKE2 state.</summary>
    public static PyHash NewBlake2(Blake2 state)
    {
        bool wide = state.IsWide;
        return new PyHash(wide ? "blake2b" : "blake2s", state.DigestSize, wide ? 128 : 64) { blake2 = state };
    }

    /// <summary>The bytes of a buffer argument, with CPython's messages for the rest.</summary>
    public static byte[] BufferOf(PyObject data)
    {
        if (data is PyStr) throw Err.TypeError("Strings must be encoded before hashing");
        return PyByteArray.BytesOf(data) ?? throw Err.TypeError("object supporting the buffer API required");
    }

    public void Update(byte[] data)
    {
        void Append()
        {
            lock (gate)
            {
                if (incremental != null) incremental.AppendData(data);
                else if (blake2 != null) blake2.Append(data);
                else sha224.Append(data);
            }
        }
        if (data.Length >= GilReleaseMinimum) Blocking.Run(Append);
        else Append();
    }

    byte[] Digest()
    {
        lock (gate) return incremental != null ? incremental.GetCurrentHash() : blake2 != null ? blake2.Digest() : sha224.Digest();
    }

    PyHash Copy()
    {
        var copy = new PyHash(name, digestSize, blockSize);
        lock (gate)
        {
            copy.incremental = incremental?.Clone();
            copy.sha224 = sha224?.Clone();
            copy.blake2 = blake2?.Clone();
        }
        return copy;
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        incremental?.Dispose();
    }

    public override string Repr() => $"<{name} _hashlib.HASH object @ 0x{Identity.Of(this):x}>";

    static PyHash Self(PyObject o) => (PyHash)o;

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "update", (self, a, k) =>
        {
            ArgParser.Positional("update", a, k, 1, 1);
            Self(self).Update(BufferOf(a[0]));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "digest", (self, a, k) =>
        {
            ArgParser.Positional("digest", a, k, 0, 0);
            return PyBytes.New(Self(self).Digest());
        });
        BuiltinTypes.AddMethod(t, "hexdigest", (self, a, k) =>
        {
            ArgParser.Positional("hexdigest", a, k, 0, 0);
            return PyStr.New(Convert.ToHexStringLower(Self(self).Digest()));
        });
        BuiltinTypes.AddMethod(t, "copy", (self, a, k) =>
        {
            ArgParser.Positional("copy", a, k, 0, 0);
            return Self(self).Copy();
        });
        BuiltinTypes.AddGetter(t, "name", self => PyStr.New(Self(self).name));
        BuiltinTypes.AddGetter(t, "digest_size", self => PyInt.New(Self(self).digestSize));
        BuiltinTypes.AddGetter(t, "block_size", self => PyInt.New(Self(self).blockSize));
    }
}

public static class HashlibModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_hashlib");
        m.Dict.SetItemNew("HASH", PyHash.Type);
        m.AddFunction("new", New);
        var names = PySet.New(frozen: true);
        foreach (var name in PyHash.AvailableNames)
        {
            var s = PyStr.New(name);
            names.Add(s);
            Rc.Dec(s);
        }
        m.SetSteal("openssl_md_meth_names", names);
        m.AddFunction("blake2", Blake2New);
        m.AddFunction("pbkdf2_hmac", Pbkdf2Hmac);
        m.AddFunction("compare_digest", CompareDigest);
        return m;
    }

    /// <summary>blake2(wide, data, digest_size, key, salt, person, fanout, depth, leaf_size,
    /// node_offset, node_depth, inner_size, last_node): hashlib.blake2b/blake2s's object,
    /// with CPython's limits on each parameter.</summary>
    static PyObject Blake2New(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        ArgParser.Positional("blake2", a, k, 13, 13);
        bool wide = Ops.IsTrue(a[0]);
        int max = wide ? 64 : 32, saltMax = wide ? 16 : 8;
        long digestSize = ArgParser.Int(a[2], "digest_size");
        if (digestSize < 1 || digestSize > max) throw Err.ValueError($"digest_size must be between 1 and {max} bytes");
        var key = PyHash.BufferOf(a[3]);
        if (key.Length > max) throw Err.ValueError($"maximum key length is {max} bytes");
        var salt = PyHash.BufferOf(a[4]);
        if (salt.Length > saltMax) throw Err.ValueError($"maximum salt length is {saltMax} bytes");
        var person = PyHash.BufferOf(a[5]);
        if (person.Length > saltMax) throw Err.ValueError($"maximum person length is {saltMax} bytes");
        long fanout = ArgParser.Int(a[6], "fanout"), depth = ArgParser.Int(a[7], "depth");
        if (fanout < 0 || fanout > 255) throw Err.ValueError("fanout must be between 0 and 255");
        if (depth < 1 || depth > 255) throw Err.ValueError("depth must be between 1 and 255");
        long leafSize = ArgParser.Int(a[8], "leaf_size"), nodeOffset = ArgParser.Int(a[9], "node_offset");
        if (leafSize < 0 || leafSize > uint.MaxValue) throw Err.OverflowError("leaf_size is too large");
        if (nodeOffset < 0 || (!wide && nodeOffset >= 1L << 48)) throw Err.OverflowError("node_offset is too large");
        long nodeDepth = ArgParser.Int(a[10], "node_depth"), innerSize = ArgParser.Int(a[11], "inner_size");
        if (nodeDepth < 0 || nodeDepth > 255) throw Err.ValueError("node_depth must be between 0 and 255");
        if (innerSize < 0 || innerSize > max) throw Err.ValueError($"inner_size must be between 0 and is {max}");
        var state = new Blake2(wide, (int)digestSize, key, salt, person, (int)fanout, (int)depth, (uint)leafSize,
            (ulong)nodeOffset, (int)nodeDepth, (int)innerSize, Ops.IsTrue(a[12]));
        var hash = PyHash.NewBlake2(state);
        var data = a[1] is PyNone ? null : PyHash.BufferOf(a[1]);
        if (data != null && data.Length > 0)
        {
            try { hash.Update(data); }
            catch { Rc.Dec(hash); throw; }
        }
        return hash;
    }

    /// <summary>new(name, data=b'', *, usedforsecurity=True).</summary>
    static PyObject New(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        var p = ArgParser.Parse("new", a, k, new[] { "name", "data", "usedforsecurity" }, 1);
        if (p[0] is not PyStr name) throw Err.TypeError($"new() argument 'name' must be str, not {p[0].ObType.Name}");
        byte[] data = p[1] != null ? PyHash.BufferOf(p[1]) : null;
        var hash = PyHash.New(name.Value);
        if (data != null && data.Length > 0)
        {
            try { hash.Update(data); }
            catch { Rc.Dec(hash); throw; }
        }
        return hash;
    }

    /// <summary>pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None).</summary>
    static PyObject Pbkdf2Hmac(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        var p = ArgParser.Parse("pbkdf2_hmac", a, k, new[] { "hash_name", "password", "salt", "iterations", "dklen" }, 4);
        if (p[0] is not PyStr hashName) throw Err.TypeError($"pbkdf2_hmac() argument 'hash_name' must be str, not {p[0].ObType.Name}");
        var password = PyHash.BufferOf(p[1]);
        var salt = PyHash.BufferOf(p[2]);
        long iterations = Ops.IndexOf(p[3], "'float' object cannot be interpreted as an integer");
        if (iterations < 1) throw Err.ValueError("iteration value must be greater than 0.");
        if (iterations > int.MaxValue) throw Err.New(ErrorTypes.OverflowError, "iteration value is too great.");
        var algorithm = hashName.Value.ToLowerInvariant() switch
        {
            "md5" => HashAlgorithmName.MD5,
            "sha1" => HashAlgorithmName.SHA1,
            "sha256" => HashAlgorithmName.SHA256,
            "sha384" => HashAlgorithmName.SHA384,
            "sha512" => HashAlgorithmName.SHA512,
            _ => throw Err.ValueError($"unsupported hash type {hashName.Value}"),
        };
        int digestSize = algorithm == HashAlgorithmName.MD5 ? 16 : algorithm == HashAlgorithmName.SHA1 ? 20
            : algorithm == HashAlgorithmName.SHA256 ? 32 : algorithm == HashAlgorithmName.SHA384 ? 48 : 64;
        long length = p[4] == null || p[4] is PyNone ? digestSize : Ops.IndexOf(p[4], "'float' object cannot be interpreted as an integer");
        if (length < 1) throw Err.ValueError("key length must be greater than 0.");
        if (length > int.MaxValue) throw Err.New(ErrorTypes.OverflowError, "key length is too great.");
        var key = Blocking.Run(() => algorithm == HashAlgorithmName.MD5
            ? Pbkdf2ByHand(password, salt, (int)iterations, algorithm, (int)length) // .NET's refuses MD5
            : Rfc2898DeriveBytes.Pbkdf2(password, salt, (int)iterations, algorithm, (int)length));
        return PyBytes.New(key);
    }

    /// <summary>PBKDF2 (RFC 8018) with HMAC over algorithm: block i is U1 ^ U2 ^ ... ^ Uc,
    /// where U1 = HMAC(password, salt || i) and each next U is the HMAC of the one before.</summary>
    static byte[] Pbkdf2ByHand(byte[] password, byte[] salt, int iterations, HashAlgorithmName algorithm, int length)
    {
        var result = new byte[length];
        using var hmac = IncrementalHash.CreateHMAC(algorithm, password);
        int filled = 0;
        for (uint block = 1; filled < length; block++)
        {
            hmac.AppendData(salt);
            var index = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(index, block);
            hmac.AppendData(index);
            var u = hmac.GetHashAndReset();
            var t = (byte[])u.Clone();
            for (int i = 1; i < iterations; i++)
            {
                hmac.AppendData(u);
                u = hmac.GetHashAndReset();
                for (int j = 0; j < t.Length; j++) t[j] ^= u[j];
            }
            int take = Math.Min(t.Length, length - filled);
            Array.Copy(t, 0, result, filled, take);
            filled += take;
        }
        return result;
    }

    /// <summary>compare_digest(a, b): equality that takes the same time wherever the two differ.</summary>
    static PyObject CompareDigest(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        ArgParser.Positional("compare_digest", a, k, 2, 2);
        if (a[0] is PyStr x && a[1] is PyStr y)
        {
            if (!IsAscii(x.Value) || !IsAscii(y.Value)) throw Err.TypeError("comparing strings with non-ASCII characters is not supported");
            return PyBool.From(CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(x.Value), System.Text.Encoding.ASCII.GetBytes(y.Value)));
        }
        var left = PyByteArray.BytesOf(a[0]);
        var right = PyByteArray.BytesOf(a[1]);
        if (left == null || right == null)
            throw Err.TypeError($"unsupported operand types(s) or combination of types: '{a[0].ObType.Name}' and '{a[1].ObType.Name}'");
        return PyBool.From(CryptographicOperations.FixedTimeEquals(left, right));
    }

    static bool IsAscii(string s)
    {
        foreach (var c in s) if (c > 127) return false;
        return true;
    }
}
