// The methods and attributes of int (bit_length bit_count to_bytes from_bytes conjugate
// as_integer_ratio real imag numerator denominator) and float (is_integer as_integer_ratio
// hex fromhex conjugate real imag).
using System.Numerics;

namespace MiniPy.Runtime;

public static partial class NumberMethods
{
    static readonly string[] toBytesNames = { "length", "byteorder", "signed" };
    static readonly string[] fromBytesNames = { "bytes", "byteorder", "signed" };

    public static void AddInt(PyType t)
    {
        BuiltinTypes.AddMethod(t, "bit_length", (self, args, kw) =>
        {
            MethodArgs.None("int.bit_length", args, kw);
            return PyInt.New((long)BigInteger.Abs(((PyInt)self).AsBig).GetBitLength());
        });
        BuiltinTypes.AddMethod(t, "bit_count", (self, args, kw) =>
        {
            MethodArgs.None("int.bit_count", args, kw);
            var i = (PyInt)self;
            if (!i.IsBig && i.Value != long.MinValue) return PyInt.New(BitOperations.PopCount((ulong)Math.Abs(i.Value)));
            long count = 0;
            foreach (byte b in BigInteger.Abs(i.AsBig).ToByteArray(isUnsigned: true)) count += BitOperations.PopCount(b);
            return PyInt.New(count);
        });
        BuiltinTypes.AddMethod(t, "conjugate", (self, args, kw) =>
        {
            MethodArgs.None("int.conjugate", args, kw);
            return ExactInt((PyInt)self);
        });
        BuiltinTypes.AddMethod(t, "as_integer_ratio", (self, args, kw) =>
        {
            MethodArgs.None("int.as_integer_ratio", args, kw);
            var pair = PyTuple.New(2);
            pair.SetItemSteal(0, ExactInt((PyInt)self));
            pair.SetItemSteal(1, PyInt.New(1));
            return pair;
        });
        BuiltinTypes.AddMethod(t, "to_bytes", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("to_bytes", args, kw, toBytesNames, 0, 2);
            long length = a[0] == null ? 1 : MethodArgs.Index(a[0]);
            bool littleEndian = ByteOrderIsLittle(a[1]);
            bool signed = a[2] != null && Ops.IsTrue(a[2]);
            if (length < 0) throw Err.ValueError("length argument must be non-negative");
            return PyBytes.New(ToBytes(((PyInt)self).AsBig, length, littleEndian, signed));
        });
        BuiltinTypes.AddClassFunction(t, "from_bytes", (args, kw) =>
        {
            var a = MethodArgs.Keywords("from_bytes", args, kw, fromBytesNames, 1, 2);
            bool littleEndian = ByteOrderIsLittle(a[1]);
            bool signed = a[2] != null && Ops.IsTrue(a[2]);
            var bytes = BytesMethods.BytesFromObject(a[0]);
            if (bytes.Length == 0) return PyInt.New(0);
            return PyInt.New(new BigInteger(bytes, isUnsigned: !signed, isBigEndian: !littleEndian));
        });
        BuiltinTypes.AddGetter(t, "real", self => ExactInt((PyInt)self));
        BuiltinTypes.AddGetter(t, "imag", self => PyInt.New(0));
        BuiltinTypes.AddGetter(t, "numerator", self => ExactInt((PyInt)self));
        BuiltinTypes.AddGetter(t, "denominator", self => PyInt.New(1));
    }

    /// <summary>int(i): i itself when it is exactly an int, else its value as a plain int.</summary>
    static PyObject ExactInt(PyInt i) => i.ObType == PyInt.Type ? Rc.New(i) : i.IsBig ? PyInt.New(i.Big) : PyInt.New(i.Value);

    static bool ByteOrderIsLittle(PyObject o)
    {
        if (o == null) return false;
        if (o is not PyStr s) throw Err.TypeError($"to_bytes() argument 'byteorder' must be str, not {o.ObType.Name}");
        if (s.Value == "little") return true;
        if (s.Value == "big") return false;
        throw Err.ValueError("byteorder must be either 'little' or 'big'");
    }

    static byte[] ToBytes(BigInteger value, long length, bool littleEndian, bool signed)
    {
        if (!signed && value.Sign < 0) throw Err.OverflowError("can't convert negative int to unsigned");
        var result = new byte[length];
        if (value.IsZero) return result;
        var minimal = value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        if (minimal.Length > length) throw Err.OverflowError("int too big to convert");
        byte pad = value.Sign < 0 ? (byte)0xFF : (byte)0;
        for (int i = 0; i < length; i++) result[i] = i < minimal.Length ? minimal[i] : pad;
        if (!littleEndian) Array.Reverse(result);
        return result;
    }
}
