// float: IEEE-754 doubles with Python's arithmetic (floor division and modulo toward
// negative infinity), comparisons with ints that are exact, and CPython's repr.
using System.Numerics;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public sealed class PyFloat : PyObject
{
    public static PyType Type;
    public override bool AllowsMethodFastPath => true;
    static readonly FreeList<PyFloat> free = new(1024);

    public double Value;

    PyFloat() { }

    public static PyFloat New(double v) => New(v, 0);

    /// <summary>New for a caller that knows its thread's biased-count id (0: look it up).</summary>
    public static PyFloat New(double v, int thread)
    {
        var o = free.Pop(thread);
        o ??= new PyFloat();
        o.ObType = Type;
        o.Value = v;
        Heap.Allocated(Type);
        return o;
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        if (Heap.PoisonFreed) { Poison.Mark(this); return; }
        free.Push(this);
    }

    public override string Repr() => FloatRepr.Repr(Value);
    public override bool IsTrue() => Value != 0.0;

    public override long Hash() => double.IsNaN(Value) ? Identity.Of(this) >> 4 : HashDouble(Value);

    /// <summary>CPython's hash of a finite or infinite float: the value reduced modulo the
    /// prime 2**61 - 1, so that a float equal to an int (or a fraction) hashes as it does —
    /// and sets and dicts of floats iterate in CPython's order. The mantissa is taken 28
    /// bits at a time, each step rotating the accumulated value left within 61 bits.</summary>
    public static long HashDouble(double v)
    {
        const int bits = 61;
        const ulong modulus = (1UL << bits) - 1;
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        double m = FrExp(v, out int e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & modulus) | x >> (bits - 28);
            m *= 268435456.0; // 2**28
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= modulus) x -= modulus;
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & modulus) | x >> (bits - e);
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    /// <summary>C's frexp: v = m * 2**e with 0.5 &lt;= |m| &lt; 1 (m = 0 for v = 0).</summary>
    static double FrExp(double v, out int e)
    {
        e = 0;
        if (v == 0) return v;
        long raw = BitConverter.DoubleToInt64Bits(v);
        int exponent = (int)((raw >> 52) & 0x7FF);
        if (exponent == 0)
        {
            // Subnormal: scale into the normal range first.
            v *= 18014398509481984.0; // 2**54
            raw = BitConverter.DoubleToInt64Bits(v);
            exponent = (int)((raw >> 52) & 0x7FF);
            e = -54;
        }
        e += exponent - 1022;
        long mantissaBits = (raw & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(mantissaBits);
    }

    public static double ToDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt i) return i.ToDouble();
        if (o is PyInstance { BaseValue: PyFloat or PyInt } wrapped) return ToDouble(wrapped.BaseValue);
        throw Err.TypeError($"must be real number, not {o.ObType.Name}");
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyFloat f) return PyBool.From(CompareDoubles(Value, f.Value, op));
        if (other is PyInt i) return CompareWithInt(Value, i, op);
        return Rc.New(PyNotImplemented.Instance);
    }

    /// <summary>Float comparison as Python's: IEEE order, so a NaN is unequal to everything.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool CompareDoubles(double a, double b, CompareOp op) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    /// <summary>Compares a float with an int exactly, as CPython does.</summary>
    public static PyObject CompareWithInt(double a, PyInt i, CompareOp op)
    {
        if (!i.IsBig && Math.Abs(i.Value) < (1L << 53)) return PyBool.From(CompareDoubles(a, i.Value, op));
        if (double.IsNaN(a)) return PyBool.From(op == CompareOp.Ne);
        if (double.IsInfinity(a)) return PyBool.From(Ops.CompareResult(a > 0 ? 1 : -1, op));
        var fl = Math.Floor(a);
        int c = new BigInteger(fl).CompareTo(i.AsBig);
        if (c == 0 && fl != a) c = 1;
        return PyBool.From(Ops.CompareResult(c, op));
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        double b;
        if (other is PyFloat f) b = f.Value;
        else if (other is PyInt i) b = i.ToDouble();
        else return Rc.New(PyNotImplemented.Instance);
        return reflected ? Arith(op, b, Value) : Arith(op, Value, b);
    }

    public static PyObject Arith(BinaryOpKind op, double a, double b)
    {
        switch (op)
        {
            case BinaryOpKind.Add: return New(a + b);
            case BinaryOpKind.Sub: return New(a - b);
            case BinaryOpKind.Mul: return New(a * b);
            case BinaryOpKind.TrueDiv:
                if (b == 0) throw Err.ZeroDivision("float division by zero");
                return New(a / b);
            case BinaryOpKind.FloorDiv:
                if (b == 0) throw Err.ZeroDivision("float floor division by zero");
                return New(FloorDivide(a, b));
            case BinaryOpKind.Mod:
                if (b == 0) throw Err.ZeroDivision("float modulo");
                return New(Modulo(a, b));
            case BinaryOpKind.Pow: return Power(a, b);
        }
        return Rc.New(PyNotImplemented.Instance);
    }

    public static double Modulo(double a, double b)
    {
        double mod = a % b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0)) mod += b;
        }
        else mod = b < 0 ? -0.0 : 0.0;
        return mod;
    }

    public static double FloorDivide(double a, double b)
    {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1.0;
        if (div != 0)
        {
            double floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
            return floordiv;
        }
        return a / b < 0 ? -0.0 : 0.0;
    }

    static PyObject Power(double a, double b)
    {
        if (a == 0 && b < 0) throw Err.ZeroDivision("0.0 cannot be raised to a negative power");
        // A negative number to a fractional power is complex, as in CPython.
        if (a < 0 && Math.Floor(b) != b && double.IsFinite(b)) return PyComplex.Power(a, 0, b, 0);
        double r = Math.Pow(a, b);
        if (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b))
            throw Err.New(ErrorTypes.OverflowError, "(34, 'Numerical result out of range')");
        return New(r);
    }

    public override PyObject UnaryOp(UnaryOpKind op) => op switch
    {
        UnaryOpKind.Neg => New(-Value),
        UnaryOpKind.Pos => New(Value),
        _ => base.UnaryOp(op),
    };
}
