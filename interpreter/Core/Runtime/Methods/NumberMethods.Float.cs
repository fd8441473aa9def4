// The methods of float: is_integer, as_integer_ratio, hex, fromhex, conjugate, and the
// real/imag attributes.
using System.Globalization;
using System.Numerics;
using System.Text;

namespace MiniPy.Runtime;

public static partial class NumberMethods
{
    public static void AddFloat(PyType t)
    {
        BuiltinTypes.AddMethod(t, "is_integer", (self, args, kw) =>
        {
            MethodArgs.None("float.is_integer", args, kw);
            double v = ((PyFloat)self).Value;
            return PyBool.From(double.IsFinite(v) && Math.Floor(v) == v);
        });
        BuiltinTypes.AddMethod(t, "conjugate", (self, args, kw) =>
        {
            MethodArgs.None("float.conjugate", args, kw);
            return Rc.New(self);
        });
        BuiltinTypes.AddMethod(t, "as_integer_ratio", (self, args, kw) =>
        {
            MethodArgs.None("float.as_integer_ratio", args, kw);
            IntegerRatio(((PyFloat)self).Value, out var numerator, out var denominator);
            var pair = PyTuple.New(2);
            pair.SetItemSteal(0, PyInt.New(numerator));
            pair.SetItemSteal(1, PyInt.New(denominator));
            return pair;
        });
        BuiltinTypes.AddMethod(t, "hex", (self, args, kw) =>
        {
            MethodArgs.None("float.hex", args, kw);
            return PyStr.New(Hex(((PyFloat)self).Value));
        });
        BuiltinTypes.AddClassFunction(t, "fromhex", (args, kw) =>
        {
            var arg = MethodArgs.One("float.fromhex", args, kw);
            if (arg is not PyStr s) throw Err.TypeError("bad argument type for built-in operation");
            return PyFloat.New(FromHex(s.Value));
        });
        BuiltinTypes.AddGetter(t, "real", self => Rc.New(self));
        BuiltinTypes.AddGetter(t, "imag", self => PyFloat.New(0.0));
    }

    static void IntegerRatio(double v, out BigInteger numerator, out BigInteger denominator)
    {
        if (double.IsInfinity(v)) throw Err.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(v)) throw Err.ValueError("cannot convert NaN to integer ratio");
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exponentField = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponentField != 0) mantissa |= 1L << 52;
        int exponent = (exponentField == 0 ? 1 : exponentField) - 1075;
        if (mantissa == 0) { numerator = 0; denominator = 1; return; }
        while ((mantissa & 1) == 0 && exponent < 0) { mantissa >>= 1; exponent++; }
        numerator = v < 0 ? -(BigInteger)mantissa : mantissa;
        denominator = BigInteger.One;
        if (exponent > 0) numerator <<= exponent;
        else denominator <<= -exponent;
    }

    /// <summary>float.hex(): 0x1.hhhhhhhhhhhhhp±e, or 0x0.…p-1022 for subnormals.</summary>
    static string Hex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        long bits = BitConverter.DoubleToInt64Bits(v);
        string sign = bits < 0 ? "-" : "";
        int exponentField = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponentField == 0 && mantissa == 0) return sign + "0x0.0p+0";
        int exponent = exponentField == 0 ? -1022 : exponentField - 1023;
        string lead = exponentField == 0 ? "0" : "1";
        return $"{sign}0x{lead}.{mantissa:x13}p{(exponent >= 0 ? "+" : "")}{exponent}";
    }

    static double FromHex(string text)
    {
        string s = text.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        int i = 0;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
        string rest = s.Substring(i).ToLowerInvariant();
        if (rest == "inf" || rest == "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return double.NaN;
        if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
        BigInteger mantissa = 0;
        long exponent = 0;
        int digits = 0;
        bool seenPoint = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.' && !seenPoint) { seenPoint = true; continue; }
            int d = HexDigit(c);
            if (d < 0) break;
            mantissa = mantissa * 16 + d;
            if (seenPoint) exponent -= 4;
            digits++;
        }
        if (digits == 0) throw Err.ValueError("invalid hexadecimal floating-point string");
        if (i < s.Length && (s[i] == 'p' || s[i] == 'P'))
        {
            i++;
            int expStart = i;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int digitStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == digitStart) throw Err.ValueError("invalid hexadecimal floating-point string");
            var expText = s.Substring(expStart, i - expStart);
            exponent += long.TryParse(expText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long e)
                ? e : (expText[0] == '-' ? -100000 : 100000);
        }
        if (i != s.Length) throw Err.ValueError("invalid hexadecimal floating-point string");
        double magnitude = ScaleToDouble(mantissa, exponent);
        return negative ? -magnitude : magnitude;
    }

    static int HexDigit(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    /// <summary>mantissa × 2^exponent rounded to the nearest double (ties to even).</summary>
    static double ScaleToDouble(BigInteger mantissa, long exponent)
    {
        if (mantissa.IsZero) return 0.0;
        long bitLength = (long)mantissa.GetBitLength();
        long topExponent = bitLength + exponent;  // value lies in [2^(top-1), 2^top)
        if (topExponent > 1024) throw Err.OverflowError("hexadecimal value too large to represent as a float");
        // Keep 53 significant bits, or fewer for subnormals (whose lowest bit is 2^-1074).
        long lowestBit = Math.Max(topExponent - 53, -1074);
        long shift = lowestBit - exponent;
        BigInteger kept;
        if (shift > 0)
        {
            kept = mantissa >> (int)shift;
            var remainder = mantissa - (kept << (int)shift);
            var half = BigInteger.One << (int)(shift - 1);
            if (remainder > half || (remainder == half && !kept.IsEven)) kept += 1;
        }
        else kept = mantissa << (int)-shift;
        double result = Math.ScaleB((double)kept, (int)lowestBit);
        if (double.IsInfinity(result)) throw Err.OverflowError("hexadecimal value too large to represent as a float");
        return result;
    }
}
