// _struct: packing values into bytes and back, as CPython's struct module does: the byte
// order and alignment prefixes (@ = < > !), the format characters x c b B ? h H i I l L q Q
// n N e f d s p P with repeat counts, native alignment for '@', and CPython's struct.error
// messages. Lib/struct.py adds the Struct class and iter_unpack.
using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class StructModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_struct");
        m.AddFunction("calcsize", (a, k) =>
        {
            ArgParser.Positional("calcsize", a, k, 1, 1);
            return PyInt.New(Layout.Parse(Format(a[0])).Size);
        });
        m.AddFunction("pack", (a, k) =>
        {
            if (a.Length < 1) throw Err.TypeError("pack expected at least 1 argument, got 0");
            var layout = Layout.Parse(Format(a[0]));
            return PyBytes.New(layout.Pack(a.Slice(1)));
        });
        m.AddFunction("unpack", (a, k) =>
        {
            ArgParser.Positional("unpack", a, k, 2, 2);
            var layout = Layout.Parse(Format(a[0]));
            var data = Buffer(a[1]);
            if (data.Length != layout.Size) throw Error($"unpack requires a buffer of {layout.Size} bytes");
            return layout.Unpack(data, 0);
        });
        m.AddFunction("unpack_from", (a, k) =>
        {
            ArgParser.Positional("unpack_from", a, k, 2, 3);
            var layout = Layout.Parse(Format(a[0]));
            var data = Buffer(a[1]);
            long offset = a.Length > 2 ? ArgParser.Int(a[2], "unpack_from") : 0;
            if (offset < 0) offset += data.Length;
            if (offset < 0 || offset + layout.Size > data.Length)
                throw Error($"unpack_from requires a buffer of at least {layout.Size + Math.Max(0, offset)} bytes for unpacking {layout.Size} bytes at offset {offset} (actual buffer size is {data.Length})");
            return layout.Unpack(data, (int)offset);
        });
        return m;
    }

    static string Format(PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyBytes b => Encoding.ASCII.GetString(b.Value),
        _ => throw Err.TypeError($"Struct() argument 1 must be a str or bytes object, not {o.ObType.Name}"),
    };

    static byte[] Buffer(PyObject o) => PyByteArray.BytesOf(o) ?? throw Err.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'");

    static PyRaise Error(string message)
    {
        var ts = ThreadState.Current;
        var type = ts?.Interp.Modules.GetItemBorrowed(PyStr.Intern("struct")) is PyModule s && s.Dict.GetItemBorrowed("error") is PyType t ? t : ErrorTypes.ValueError;
        return Err.New(type, message);
    }

    readonly record struct Item(char Code, int Count, int Offset, int Size);

    sealed class Layout
    {
        public readonly List<Item> Items = new();
        public int Size;
        public bool Little = BitConverter.IsLittleEndian;
        public bool Native = true;

        static int SizeOf(char c, bool native) => c switch
        {
            'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
            'h' or 'H' or 'e' => 2,
            'i' or 'I' or 'f' => 4,
            'l' or 'L' => native ? 8 : 4,
            'q' or 'Q' or 'd' => 8,
            'n' or 'N' or 'P' => native ? 8 : throw Error("bad char in struct format"),
            _ => throw Error("bad char in struct format"),
        };

        public static Layout Parse(string format)
        {
            var l = new Layout();
            int i = 0;
            if (format.Length > 0 && "@=<>!".IndexOf(format[0]) >= 0)
            {
                char order = format[0];
                l.Native = order == '@';
                l.Little = order switch { '<' => true, '>' or '!' => false, _ => BitConverter.IsLittleEndian };
                i = 1;
            }
            int offset = 0;
            while (i < format.Length)
            {
                char c = format[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                int count = 1;
                if (char.IsAsciiDigit(c))
                {
                    int start = i;
                    while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
                    if (i >= format.Length) throw Error("repeat count given without format specifier");
                    if (!int.TryParse(format.AsSpan(start, i - start), out count)) throw Error("total struct size too long");
                    c = format[i];
                }
                int size = SizeOf(c, l.Native);
                if (l.Native && size > 1 && c != 's' && c != 'p' && c != 'x') offset = (offset + size - 1) / size * size;
                long end = offset + (c == 's' || c == 'p' ? count : (long)size * count);
                if (end > int.MaxValue / 2) throw Error("total struct size too long");
                l.Items.Add(new Item(c, count, offset, c == 's' || c == 'p' ? count : size));
                offset = (int)end;
                i++;
            }
            l.Size = offset;
            return l;
        }

        int ValueCount => Items.Sum(it => it.Code == 'x' ? 0 : it.Code is 's' or 'p' ? 1 : it.Count);

        public byte[] Pack(ReadOnlySpan<PyObject> values)
        {
            if (values.Length != ValueCount)
                throw Error($"pack expected {ValueCount} items for packing (got {values.Length})");
            var buf = new byte[Size];
            int v = 0;
            foreach (var it in Items)
            {
                if (it.Code == 'x') continue;
                if (it.Code is 's' or 'p')
                {
                    if (values[v] is not PyBytes b) throw Error("argument for 's' must be a bytes object");
                    var data = b.Value;
                    if (it.Code == 'p')
                    {
                        int n = Math.Min(data.Length, Math.Max(0, it.Count - 1));
                        if (it.Count > 0)
                        {
                            buf[it.Offset] = (byte)Math.Min(n, 255);
                            Array.Copy(data, 0, buf, it.Offset + 1, n);
                        }
                    }
                    else Array.Copy(data, 0, buf, it.Offset, Math.Min(data.Length, it.Count));
                    v++;
                    continue;
                }
                for (int r = 0; r < it.Count; r++, v++) PackOne(buf.AsSpan(it.Offset + r * it.Size, it.Size), it.Code, values[v]);
            }
            return buf;
        }

        void PackOne(Span<byte> dst, char code, PyObject value)
        {
            switch (code)
            {
                case 'c':
                    if (value is not PyBytes { Value.Length: 1 } one) throw Error("char format requires a bytes object of length 1");
                    dst[0] = one.Value[0];
                    return;
                case '?': dst[0] = Ops.IsTrue(value) ? (byte)1 : (byte)0; return;
                case 'e': WriteBits(dst, BitConverter.HalfToUInt16Bits((Half)Real(value))); return;
                case 'f':
                {
                    double d = Real(value);
                    float f = (float)d;
                    if (float.IsInfinity(f) && !double.IsInfinity(d)) throw Err.New(ErrorTypes.OverflowError, "float too large to pack with f format");
                    WriteBits(dst, BitConverter.SingleToUInt32Bits(f));
                    return;
                }
                case 'd': WriteBits(dst, BitConverter.DoubleToUInt64Bits(Real(value))); return;
            }
            var unwrapped = BuiltinSubclass.Unwrap(value);
            if (unwrapped is not PyInt i) throw Error("required argument is not an integer");
            var big = i.AsBig;
            bool signed = char.IsLower(code) && code != 'e';
            int bits = dst.Length * 8;
            BigInteger min = signed ? -(BigInteger.One << (bits - 1)) : 0;
            BigInteger max = signed ? (BigInteger.One << (bits - 1)) - 1 : (BigInteger.One << bits) - 1;
            if (big < min || big > max)
            {
                // CPython first reads the number as a C long (unsigned for I, L, Q and N):
                // what does not fit that is 'argument out of range', whatever the field.
                bool wide = char.ToUpperInvariant(code) is 'I' or 'L' or 'Q' or 'N';
                if (!signed && wide ? big.Sign < 0 || big > ulong.MaxValue : big < long.MinValue || big > long.MaxValue)
                    throw Error("argument out of range");
                string what = code switch { 'b' => "byte format requires -128 <= number <= 127", 'B' => "ubyte format requires 0 <= number <= 255",
                    'h' => "short format requires -32768 <= number <= 32767", 'H' => "ushort format requires 0 <= number <= 65535",
                    _ => signed ? $"'{code}' format requires {min} <= number <= {max}" : $"'{code}' format requires 0 <= number <= {max}" };
                throw Error(what);
            }
            ulong raw = (ulong)(big & ulong.MaxValue);
            WriteBits(dst, raw);
        }

        static double Real(PyObject value)
        {
            var v = BuiltinSubclass.Unwrap(value);
            if (v is PyFloat f) return f.Value;
            if (v is PyInt i) return i.ToDouble();
            throw Error("required argument is not a float");
        }

        void WriteBits(Span<byte> dst, ulong raw)
        {
            for (int b = 0; b < dst.Length; b++)
            {
                int index = Little ? b : dst.Length - 1 - b;
                dst[index] = (byte)(raw >> (8 * b));
            }
        }

        ulong ReadBits(ReadOnlySpan<byte> src)
        {
            ulong raw = 0;
            for (int b = 0; b < src.Length; b++)
            {
                int index = Little ? b : src.Length - 1 - b;
                raw |= (ulong)src[index] << (8 * b);
            }
            return raw;
        }

        public PyObject Unpack(byte[] data, int start)
        {
            var values = new List<PyObject>();
            foreach (var it in Items)
            {
                if (it.Code == 'x') continue;
                if (it.Code == 's') { values.Add(PyBytes.New(data.AsSpan(start + it.Offset, it.Count).ToArray())); continue; }
                if (it.Code == 'p')
                {
                    int n = it.Count == 0 ? 0 : Math.Min(data[start + it.Offset], it.Count - 1);
                    values.Add(PyBytes.New(n == 0 ? Array.Empty<byte>() : data.AsSpan(start + it.Offset + 1, n).ToArray()));
                    continue;
                }
                for (int r = 0; r < it.Count; r++)
                {
                    var src = data.AsSpan(start + it.Offset + r * it.Size, it.Size);
                    ulong raw = ReadBits(src);
                    values.Add(it.Code switch
                    {
                        'c' => PyBytes.New(new[] { src[0] }),
                        '?' => PyBool.From(raw != 0),
                        'e' => PyFloat.New((double)BitConverter.UInt16BitsToHalf((ushort)raw)),
                        'f' => PyFloat.New(BitConverter.UInt32BitsToSingle((uint)raw)),
                        'd' => PyFloat.New(BitConverter.UInt64BitsToDouble(raw)),
                        _ when char.IsLower(it.Code) => PyInt.New(SignExtend(raw, it.Size)),
                        _ => raw <= long.MaxValue ? PyInt.New((long)raw) : PyInt.New(new BigInteger(raw)),
                    });
                }
            }
            var t = PyTuple.New(values.Count);
            for (int k = 0; k < values.Count; k++) t.SetItemSteal(k, values[k]);
            return t;
        }

        static long SignExtend(ulong raw, int size)
        {
            int shift = 64 - 8 * size;
            return (long)(raw << shift) >> shift;
        }
    }
}
