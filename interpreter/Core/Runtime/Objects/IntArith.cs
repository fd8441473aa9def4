// Integer arithmetic with Python's semantics: floor division and modulo that round toward
// negative infinity, true division giving a float, and promotion from long to BigInteger
// whenever a result would overflow.
using System.Numerics;

namespace MiniPy.Runtime;

public static class IntArith
{
    /// <summary>The ZeroDivisionError message of an int operation by zero (CPython 3.11's
    /// words), or null for an operation that cannot divide by zero.</summary>
    public static string ZeroDivisorMessage(BinaryOpKind op) => op switch
    {
        BinaryOpKind.FloorDiv => "integer division or modulo by zero",
        BinaryOpKind.Mod => "integer modulo by zero",
        BinaryOpKind.TrueDiv => "division by zero",
        _ => null,
    };

    /// <summary>The result of &, | or ^: bool's own operators keep two bools a bool
    /// (True & False is False).</summary>
    static PyObject BitResult(PyInt a, PyInt b, long bits)
        => a is PyBool && b is PyBool ? PyBool.From(bits != 0) : PyInt.New(bits);

    public static PyObject Binary(BinaryOpKind op, PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Value, y = b.Value;
            switch (op)
            {
                case BinaryOpKind.Add: { long r = x + y; if (((x ^ r) & (y ^ r)) < 0) break; return PyInt.New(r); }
                case BinaryOpKind.Sub: { long r = x - y; if (((x ^ y) & (x ^ r)) < 0) break; return PyInt.New(r); }
                case BinaryOpKind.Mul:
                {
                    long r;
                    if (!MultiplyFits(x, y, out r)) break;
                    return PyInt.New(r);
                }
                case BinaryOpKind.FloorDiv:
                    if (y == 0) throw Err.ZeroDivision(ZeroDivisorMessage(op));
                    if (x == long.MinValue && y == -1) break;
                    return PyInt.New(FloorDiv(x, y));
                case BinaryOpKind.Mod:
                    if (y == 0) throw Err.ZeroDivision(ZeroDivisorMessage(op));
                    if (y == -1) return PyInt.New(0);
                    return PyInt.New(FloorMod(x, y));
                case BinaryOpKind.TrueDiv:
                    if (y == 0) throw Err.ZeroDivision(ZeroDivisorMessage(op));
                    if (Math.Abs(x) < (1L << 53) && Math.Abs(y) < (1L << 53)) return PyFloat.New((double)x / y);
                    break;
                case BinaryOpKind.And: return BitResult(a, b, x & y);
                case BinaryOpKind.Or: return BitResult(a, b, x | y);
                case BinaryOpKind.Xor: return BitResult(a, b, x ^ y);
                case BinaryOpKind.LShift:
                    if (y < 0) throw Err.ValueError("negative shift count");
                    if (x == 0) return PyInt.New(0);
                    if (y < 63 && (x << (int)y) >> (int)y == x) return PyInt.New(x << (int)y);
                    break;
                case BinaryOpKind.RShift:
                    if (y < 0) throw Err.ValueError("negative shift count");
                    return PyInt.New(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case BinaryOpKind.Pow:
                    if (y < 0)
                    {
                        if (x == 0) throw Err.ZeroDivision("0.0 cannot be raised to a negative power");
                        return PyFloat.New(Math.Pow(x, y));
                    }
                    {
                        long r = 1, bse = x, e = y;
                        bool overflow = false;
                        while (e > 0)
                        {
                            if ((e & 1) != 0 && !MultiplyFits(r, bse, out r)) { overflow = true; break; }
                            e >>= 1;
                            if (e > 0 && !MultiplyFits(bse, bse, out bse)) { overflow = true; break; }
                        }
                        if (!overflow) return PyInt.New(r);
                    }
                    break;
                default:
                    return Rc.New(PyNotImplemented.Instance);
            }
        }
        if (a.FitsWide && b.FitsWide && WideBinary(op, a, b) is { } wide) return wide;
        return BigBinary(op, a.AsBig, b.AsBig);
    }

    /// <summary>The operations whose operands and result fit in an Int128, without a
    /// BigInteger; null when the result would not fit, or for an operation (or a zero
    /// divisor) BigBinary handles. Both operands FitsWide. Never inlined: its Int128
    /// arithmetic keeps it from being precompiled, and inlined it would keep its callers
    /// (the eval loop among them) from being precompiled too (see PyInt). Compiled fully
    /// optimized at its first call, as it cannot start precompiled: the JIT's first tier
    /// leaves each Int128 operator a call, which made a loop whose sum just outgrew 64 bits
    /// half again as slow until the method was recompiled.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining
        | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static PyObject WideBinary(BinaryOpKind op, PyInt a, PyInt b)
    {
        Int128 x = a.AsWide, y = b.AsWide;
        switch (op)
        {
            case BinaryOpKind.Add: { var r = x + y; return ((x ^ r) & (y ^ r)) < 0 ? null : PyInt.New(r); }
            case BinaryOpKind.Sub: { var r = x - y; return ((x ^ y) & (x ^ r)) < 0 ? null : PyInt.New(r); }
            case BinaryOpKind.Mul:
                if (x < long.MinValue || x > long.MaxValue || y < long.MinValue || y > long.MaxValue) return null;
                {
                    long hi = Math.BigMul((long)x, (long)y, out long lo);
                    return PyInt.New(new Int128((ulong)hi, (ulong)lo));
                }
            case BinaryOpKind.FloorDiv:
            {
                if (y == 0 || (x == Int128.MinValue && y == -1)) return null;
                var q = x / y;
                if ((x < 0) != (y < 0) && q * y != x) q--;
                return PyInt.New(q);
            }
            case BinaryOpKind.Mod:
            {
                if (y == 0) return null;
                if (y == -1) return PyInt.New(0);
                var r = x % y;
                if (r != 0 && (r < 0) != (y < 0)) r += y;
                return PyInt.New(r);
            }
            case BinaryOpKind.And: return PyInt.New(x & y);
            case BinaryOpKind.Or: return PyInt.New(x | y);
            case BinaryOpKind.Xor: return PyInt.New(x ^ y);
            case BinaryOpKind.RShift:
                if (y < 0) return null;
                return PyInt.New(y >= 127 ? (x < 0 ? -1 : 0) : x >> (int)y);
            case BinaryOpKind.LShift:
                if (y < 0 || y >= 127) return null;
                { var r = x << (int)y; return r >> (int)y == x ? PyInt.New(r) : null; }
            default: return null;
        }
    }

    static PyObject BigBinary(BinaryOpKind op, BigInteger x, BigInteger y)
    {
        switch (op)
        {
            case BinaryOpKind.Add: return PyInt.New(x + y);
            case BinaryOpKind.Sub: return PyInt.New(x - y);
            case BinaryOpKind.Mul: return PyInt.New(x * y);
            case BinaryOpKind.FloorDiv:
                if (y.IsZero) throw Err.ZeroDivision(ZeroDivisorMessage(op));
                return PyInt.New(FloorDiv(x, y));
            case BinaryOpKind.Mod:
                if (y.IsZero) throw Err.ZeroDivision(ZeroDivisorMessage(op));
                return PyInt.New(x - FloorDiv(x, y) * y);
            case BinaryOpKind.TrueDiv:
                if (y.IsZero) throw Err.ZeroDivision(ZeroDivisorMessage(op));
                return PyFloat.New(TrueDivide(x, y));
            case BinaryOpKind.And: return PyInt.New(x & y);
            case BinaryOpKind.Or: return PyInt.New(x | y);
            case BinaryOpKind.Xor: return PyInt.New(x ^ y);
            case BinaryOpKind.LShift:
                if (y.Sign < 0) throw Err.ValueError("negative shift count");
                if (y > int.MaxValue) throw Err.New(ErrorTypes.OverflowError, "too many digits in integer");
                return PyInt.New(x << (int)y);
            case BinaryOpKind.RShift:
                if (y.Sign < 0) throw Err.ValueError("negative shift count");
                if (y > int.MaxValue) return PyInt.New(x.Sign < 0 ? -1 : 0);
                return PyInt.New(x >> (int)y);
            case BinaryOpKind.Pow:
                if (y.Sign < 0) return PyFloat.New(Math.Pow((double)x, (double)y));
                if (y > int.MaxValue) throw Err.New(ErrorTypes.OverflowError, "exponent too large");
                return PyInt.New(BigInteger.Pow(x, (int)y));
        }
        return Rc.New(PyNotImplemented.Instance);
    }

    /// <summary>x * y when the product fits in 64 bits (false otherwise), without the
    /// exception a checked multiply throws: a product that outgrows 64 bits is common in
    /// Python code, and an exception per product costs far more than the multiply.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MultiplyFits(long x, long y, out long product)
    {
        long high = Math.BigMul(x, y, out long low);
        product = low;
        return high == (low >> 63);
    }

    public static long FloorDiv(long x, long y)
    {
        long q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return q;
    }

    public static long FloorMod(long x, long y)
    {
        long r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return r;
    }

    public static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && ((r.Sign < 0) != (y.Sign < 0))) q -= 1;
        return q;
    }

    /// <summary>x / y as the nearest double (correctly rounded, as CPython's), for operands
    /// too large for exact double division.</summary>
    public static double TrueDivide(BigInteger x, BigInteger y)
    {
        bool negative = (x.Sign < 0) != (y.Sign < 0);
        x = BigInteger.Abs(x); y = BigInteger.Abs(y);
        // Scale so the quotient has 63 or 64 bits; a nonzero remainder sets its lowest bit
        // ("round to odd"), so the one rounding from 64 bits to a double's 53 is exact
        // round-to-nearest of the true quotient.
        long shift = (long)(y.GetBitLength() - x.GetBitLength()) + 63;
        BigInteger q = shift >= 0 ? BigInteger.DivRem(x << (int)shift, y, out var r) : BigInteger.DivRem(x, y << (int)-shift, out r);
        ulong bits = (ulong)q;
        if (!r.IsZero) bits |= 1;
        double d = Math.ScaleB((double)bits, (int)-shift);
        if (double.IsInfinity(d)) throw Err.New(ErrorTypes.OverflowError, "integer division result too large for a float");
        return negative ? -d : d;
    }

    /// <summary>pow(base, exp, mod) for ints.</summary>
    public static PyObject PowMod(PyInt b, PyInt e, PyInt m)
    {
        var mod = m.AsBig;
        if (mod.IsZero) throw Err.ValueError("pow() 3rd argument cannot be 0");
        var exp = e.AsBig;
        var bse = b.AsBig;
        if (exp.Sign < 0)
        {
            bse = ModInverse(bse, mod);
            exp = -exp;
        }
        var r = BigInteger.ModPow(bse, exp, BigInteger.Abs(mod));
        if (!r.IsZero && (r.Sign < 0) != (mod.Sign < 0)) r += mod;
        if (r.Sign < 0 && mod.Sign > 0) r += mod;
        return PyInt.New(r);
    }

    static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = BigInteger.Abs(m), x = 0, x1 = 1, a1 = ((a % g) + g) % g;
        BigInteger b = g;
        while (!a1.IsZero)
        {
            var q = b / a1;
            (b, a1) = (a1, b - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (b != 1) throw Err.ValueError("base is not invertible for the given modulus");
        return ((x % g) + g) % g;
    }
}
