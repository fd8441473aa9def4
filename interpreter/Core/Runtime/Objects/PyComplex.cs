// complex: a pair of doubles with CPython 3.11's arithmetic. An int or a float met in an
// operation becomes a complex with a zero imaginary part first, as in 3.11. Division uses
// Smith's method (CPython's _Py_c_quot), so that it neither overflows nor loses precision
// needlessly; a power with a small integral exponent is repeated multiplication (c_powi),
// any other power goes through polar form (_Py_c_pow). Complex numbers are not ordered, and
// // and % are not defined for them. The repr writes each part as float's repr does, minus
// a trailing ".0", and leaves out the parentheses and the real part when that is +0.
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public sealed class PyComplex : PyObject
{
    public static PyType Type;
    public double Real, Imag;

    public static PyComplex New(double real, double imag)
    {
        var c = new PyComplex { ObType = Type, Real = real, Imag = imag };
        Heap.Allocated(Type);
        return c;
    }

    public override bool IsTrue() => Real != 0 || Imag != 0;

    public override string Repr()
    {
        if (Real == 0 && !double.IsNegative(Real)) return Part(Imag, 'r', 0, FloatFormatFlags.None) + "j";
        return "(" + Part(Real, 'r', 0, FloatFormatFlags.None) + Part(Imag, 'r', 0, FloatFormatFlags.AlwaysSign) + "j)";
    }

    /// <summary>One part as PyOS_double_to_string(v, code, precision, flags) writes it; in
    /// repr style ('r') 1 not 1.0, as complex's repr and format() write their parts.</summary>
    internal static string Part(double v, char code, int precision, FloatFormatFlags flags)
    {
        if (code != 'r') return FloatFormatter.Format(v, code, precision, flags);
        if (double.IsNaN(v)) return (flags & FloatFormatFlags.AlwaysSign) != 0 ? "+nan" : "nan";
        if (v == 0)
        {
            var zero = double.IsNegative(v) ? "-0" : "0";
            return (flags & FloatFormatFlags.AlwaysSign) != 0 && zero == "0" ? "+0" : zero;
        }
        return FloatFormatter.Format(v, 'r', 0, flags);
    }

    public override long Hash()
    {
        long real = double.IsNaN(Real) ? Identity.Of(this) >> 4 : PyFloat.HashDouble(Real);
        long imag = double.IsNaN(Imag) ? Identity.Of(this) >> 4 : PyFloat.HashDouble(Imag);
        long h = unchecked(real + 1000003 * imag);
        return h == -1 ? -2 : h;
    }

    /// <summary>An operand as a complex: a complex, a float or an int; false otherwise.</summary>
    public static bool TryParts(PyObject o, out double real, out double imag)
    {
        imag = 0;
        switch (o)
        {
            case PyComplex c: real = c.Real; imag = c.Imag; return true;
            case PyFloat f: real = f.Value; return true;
            case PyInt i: real = i.ToDouble(); return true;
            case PyInstance { BaseValue: PyComplex or PyFloat or PyInt } wrapped: return TryParts(wrapped.BaseValue, out real, out imag);
        }
        real = 0;
        return false;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return Rc.New(PyNotImplemented.Instance);
        bool equal;
        if (other is PyInt i)
        {
            // Exact, as CPython compares: the real part against the int, the imaginary with 0.
            if (Imag != 0) equal = false;
            else
            {
                var r = PyFloat.CompareWithInt(Real, i, CompareOp.Eq);
                equal = r == PyBool.True;
                Rc.Dec(r);
            }
        }
        else if (TryParts(other, out double re, out double im)) equal = Real == re && Imag == im;
        else return Rc.New(PyNotImplemented.Instance);
        return PyBool.From(op == CompareOp.Eq ? equal : !equal);
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (!TryParts(other, out double re, out double im)) return Rc.New(PyNotImplemented.Instance);
        return reflected ? Arith(op, re, im, Real, Imag) : Arith(op, Real, Imag, re, im);
    }

    public static PyObject Arith(BinaryOpKind op, double ar, double ai, double br, double bi)
    {
        switch (op)
        {
            case BinaryOpKind.Add: return New(ar + br, ai + bi);
            case BinaryOpKind.Sub: return New(ar - br, ai - bi);
            case BinaryOpKind.Mul: return New(ar * br - ai * bi, ar * bi + ai * br);
            case BinaryOpKind.TrueDiv:
            {
                if (!Divide(ar, ai, br, bi, out double r, out double i)) throw Err.ZeroDivision("complex division by zero");
                return New(r, i);
            }
            case BinaryOpKind.Pow: return Power(ar, ai, br, bi);
        }
        return Rc.New(PyNotImplemented.Instance);
    }

    /// <summary>_Py_c_quot: Smith's method. False when dividing by zero.</summary>
    static bool Divide(double ar, double ai, double br, double bi, out double r, out double i)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0)
            {
                r = i = 0;
                return false;
            }
            double ratio = bi / br, denom = br + bi * ratio;
            r = (ar + ai * ratio) / denom;
            i = (ai - ar * ratio) / denom;
        }
        else if (absBi >= absBr)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            r = (ar * ratio + ai) / denom;
            i = (ai * ratio - ar) / denom;
        }
        else r = i = double.NaN; // a NaN among b's parts
        return true;
    }

    /// <summary>complex_pow: small integral exponents by repeated squaring, others in polar form.</summary>
    public static PyObject Power(double ar, double ai, double br, double bi)
    {
        double r, i;
        bool domainError = false;
        long n = (long)br;
        if (bi == 0 && br == n && Math.Abs(n) <= 100)
        {
            if (n >= 0) PowerUnsigned(ar, ai, n, out r, out i);
            else
            {
                PowerUnsigned(ar, ai, -n, out double pr, out double pi);
                domainError = !Divide(1, 0, pr, pi, out r, out i);
            }
        }
        else if (br == 0 && bi == 0) { r = 1; i = 0; }
        else if (ar == 0 && ai == 0)
        {
            domainError = bi != 0 || br < 0;
            r = i = 0;
        }
        else
        {
            double magnitude = Hypot(ar, ai);
            double length = Math.Pow(magnitude, br);
            double angle = Math.Atan2(ai, ar);
            double phase = angle * br;
            if (bi != 0)
            {
                length /= Math.Exp(angle * bi);
                phase += bi * Math.Log(magnitude);
            }
            r = length * Math.Cos(phase);
            i = length * Math.Sin(phase);
        }
        if (domainError) throw Err.ZeroDivision("0.0 to a negative or complex power");
        if (double.IsInfinity(r) || double.IsInfinity(i)) throw Err.New(ErrorTypes.OverflowError, "complex exponentiation");
        return New(r, i);
    }

    static void PowerUnsigned(double xr, double xi, long n, out double r, out double i)
    {
        r = 1;
        i = 0;
        double pr = xr, pi = xi;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0)
            {
                double t = r * pr - i * pi;
                i = r * pi + i * pr;
                r = t;
            }
            double s = pr * pr - pi * pi;
            pi = 2 * pr * pi;
            pr = s;
        }
    }

    /// <summary>C's hypot, with its rule that an infinite part wins over a NaN.</summary>
    public static double Hypot(double x, double y)
    {
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        return double.Hypot(x, y);
    }

    /// <summary>abs(z): its modulus; OverflowError when that is too large for a float.</summary>
    public double Abs()
    {
        double h = Hypot(Real, Imag);
        if (double.IsInfinity(h) && double.IsFinite(Real) && double.IsFinite(Imag))
            throw Err.New(ErrorTypes.OverflowError, "absolute value too large");
        return h;
    }

    public override PyObject UnaryOp(UnaryOpKind op) => op switch
    {
        UnaryOpKind.Neg => New(-Real, -Imag),
        UnaryOpKind.Pos => New(Real, Imag),
        _ => base.UnaryOp(op),
    };
}
