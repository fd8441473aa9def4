// binascii: conversions between binary data and ASCII — base64 (the lenient decoder CPython
// has, which skips characters outside the alphabet and stops at complete padding), hex, and
// the CRC-32 zlib computes. base64.py is written over it, as in CPython. Errors are
// binascii.Error, a ValueError, with CPython's messages.
using System.Text;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class BinasciiModule
{
    const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static readonly sbyte[] DecodeTable = MakeDecodeTable();
    static readonly uint[] CrcTable = MakeCrcTable();

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("binascii");
        m.SetSteal("Error", NewExceptionClass("binascii", "Error", ErrorTypes.ValueError));
        m.SetSteal("Incomplete", NewExceptionClass("binascii", "Incomplete", ErrorTypes.Exception));
        PyObject Raise(string message) => throw Err.New((PyType)m.Dict.GetItemBorrowed("Error"), message);
        m.AddFunction("b2a_base64", (a, k) =>
        {
            var p = ArgParser.Parse("b2a_base64", a, k, new[] { "data", "newline" }, 1);
            var data = Buffer(p[0]);
            var text = Convert.ToBase64String(data);
            bool newline = p[1] == null || Ops.IsTrue(p[1]);
            return PyBytes.New(Encoding.ASCII.GetBytes(newline ? text + "\n" : text));
        });
        m.AddFunction("a2b_base64", (a, k) =>
        {
            var p = ArgParser.Parse("a2b_base64", a, k, new[] { "data", "strict_mode" }, 1);
            bool strict = p[1] != null && Ops.IsTrue(p[1]);
            return PyBytes.New(DecodeBase64(AsciiData(p[0]), strict, message => Raise(message)));
        });
        NativeFunction hexlify = (a, k) =>
        {
            var p = ArgParser.Parse("hexlify", a, k, new[] { "data", "sep", "bytes_per_sep" }, 1);
            var data = Buffer(p[0]);
            if (p[1] == null) return PyBytes.New(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(data)));
            var hex = PyBytes.New(data);
            try { return Encoded(Ops.CallMethod(hex, "hex", p[1], p[2] ?? PyInt.Small(1))); }
            finally { Rc.Dec(hex); }
        };
        m.AddFunction("hexlify", hexlify);
        m.AddFunction("b2a_hex", hexlify);
        NativeFunction unhexlify = (a, k) =>
        {
            ArgParser.Positional("unhexlify", a, k, 1, 1);
            var text = AsciiData(a[0]);
            if (text.Length % 2 != 0) Raise("Odd-length string");
            var result = new byte[text.Length / 2];
            for (int i = 0; i < result.Length; i++)
            {
                int high = HexDigit(text[2 * i]), low = HexDigit(text[2 * i + 1]);
                if (high < 0 || low < 0) Raise("Non-hexadecimal digit found");
                result[i] = (byte)(high << 4 | low);
            }
            return PyBytes.New(result);
        };
        m.AddFunction("unhexlify", unhexlify);
        m.AddFunction("a2b_hex", unhexlify);
        m.AddFunction("crc32", (a, k) =>
        {
            ArgParser.Positional("crc32", a, k, 1, 2);
            var data = Buffer(a[0]);
            uint crc = a.Length > 1 ? (uint)(Ops.IndexOf(a[1], "an integer is required") & 0xFFFFFFFF) : 0;
            return PyInt.New(Crc32(crc, data));
        });
        m.AddFunction("crc_hqx", (a, k) =>
        {
            ArgParser.Positional("crc_hqx", a, k, 2, 2);
            var data = Buffer(a[0]);
            uint crc = (uint)(Ops.IndexOf(a[1], "an integer is required") & 0xFFFF);
            foreach (var b in data)
            {
                crc ^= (uint)b << 8;
                for (int i = 0; i < 8; i++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
            return PyInt.New(crc);
        });
        return m;
    }

    /// <summary>class name(baseType) in module, made as a class statement would make it.</summary>
    public static PyObject NewExceptionClass(string module, string name, PyType baseType)
    {
        var ns = PyDict.New();
        var className = PyStr.New(name);
        var bases = PyTuple.Of(baseType);
        try
        {
            var moduleName = PyStr.New(module);
            ns.SetItemNew("__module__", moduleName);
            Rc.Dec(moduleName);
            return Ops.Call(PyType.TypeType, new PyObject[] { className, bases, ns });
        }
        finally { Rc.Dec(ns); Rc.Dec(className); Rc.Dec(bases); }
    }

    static PyObject Encoded(PyObject text)
    {
        try { return PyBytes.New(Encoding.ASCII.GetBytes(((PyStr)text).Value)); }
        finally { Rc.Dec(text); }
    }

    /// <summary>A bytes-like argument.</summary>
    static byte[] Buffer(PyObject o)
        => PyByteArray.BytesOf(o) ?? throw Err.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'");

    /// <summary>The a2b_* functions also take ASCII text.</summary>
    static byte[] AsciiData(PyObject o)
    {
        if (o is PyStr s)
        {
            foreach (var c in s.Value)
                if (c > 127) throw Err.ValueError("string argument should contain only ASCII characters");
            return Encoding.ASCII.GetBytes(s.Value);
        }
        return PyByteArray.BytesOf(o) ?? throw Err.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.ObType.Name}'");
    }

    static int HexDigit(byte c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    /// <summary>CPython's decoder. Lenient by default: characters outside the alphabet are
    /// skipped, and padding that completes a group of four ends the data. In strict mode
    /// each of those is an error.</summary>
    static byte[] DecodeBase64(byte[] text, bool strict, Action<string> fail)
    {
        var result = new List<byte>(text.Length * 3 / 4);
        int quadPos = 0, pads = 0, left = 0;
        bool paddingStarted = false;
        if (strict && text.Length > 0 && text[0] == '=') fail("Leading padding not allowed");
        for (int i = 0; i < text.Length; i++)
        {
            byte c = text[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < text.Length) fail("Excess data after padding");
                    return result.ToArray();
                }
                continue;
            }
            int value = c < 128 ? DecodeTable[c] : -1;
            if (value < 0)
            {
                if (strict) fail("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) fail("Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos)
            {
                case 0: quadPos = 1; left = value; break;
                case 1: quadPos = 2; result.Add((byte)(left << 2 | value >> 4)); left = value & 0x0f; break;
                case 2: quadPos = 3; result.Add((byte)(left << 4 | value >> 2)); left = value & 0x03; break;
                default: quadPos = 0; result.Add((byte)(left << 6 | value)); left = 0; break;
            }
        }
        if (quadPos == 1)
            fail($"Invalid base64-encoded string: number of data characters ({result.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        else if (quadPos != 0)
            fail("Incorrect padding");
        return result.ToArray();
    }

    static sbyte[] MakeDecodeTable()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (int i = 0; i < Alphabet.Length; i++) table[Alphabet[i]] = (sbyte)i;
        return table;
    }

    /// <summary>CRC-32 as zlib computes it (the reflected polynomial 0xEDB88320).</summary>
    public static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        crc = ~crc;
        foreach (var b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
