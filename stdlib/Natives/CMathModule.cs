// cmath: mathematics on complex numbers, as CPython's cmath module offers it for the
// common functions: phase, polar, rect, sqrt, exp, log, log10, the trigonometric and
// hyperbolic functions and their inverses, isfinite, isinf, isnan, isclose, and the
// constants. sqrt, exp and log follow CPython's algorithms (Modules/cmathmodule.c), which
// scale their intermediate values so that neither overflows nor loses precision; the rest
// use .NET's System.Numerics.Complex.
using System.Numerics;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class CMathModule
{
    const double LargeDouble = double.MaxValue / 4;
    const double LogLargeDouble = 708.3964185322641; // log(LargeDouble)
    const int MantissaDigits = 53;
    const double SmallestNormal = 2.2250738585072014e-308; // DBL_MIN

    /// <summary>An argument as a complex: a complex, a number, or what __complex__ or
    /// __float__ makes of it.</summary>
    static Complex Arg(PyObject o)
    {
        var x = o is PyInstance { BaseValue: { } v } && HeapTypes.LookupUserDefined(o.ObType, PyStr.Intern("__complex__")) == null ? v : o;
        switch (x)
        {
            case PyComplex c: return new Complex(c.Real, c.Imag);
            case PyFloat f: return new Complex(f.Value, 0);
            case PyInt i: return new Complex(i.ToDouble(), 0);
        }
        if (x.ObType.Lookup("__complex__") != null || x.ObType.Lookup("__float__") != null || x.ObType.Lookup("__index__") != null)
        {
            var c = NumberMethods.ConstructComplex(PyComplex.Type, new[] { x }, null);
            try { var z = (PyComplex)c; return new Complex(z.Real, z.Imag); }
            finally { Rc.Dec(c); }
        }
        throw Err.TypeError($"must be real number, not {x.ObType.Name}");
    }

    static PyObject Result(Complex z, Complex input)
    {
        bool inputFinite = double.IsFinite(input.Real) && double.IsFinite(input.Imaginary);
        if (inputFinite && (double.IsNaN(z.Real) || double.IsNaN(z.Imaginary))) throw Err.ValueError("math domain error");
        if (inputFinite && (double.IsInfinity(z.Real) || double.IsInfinity(z.Imaginary))) throw Err.OverflowError("math range error");
        return PyComplex.New(z.Real, z.Imaginary);
    }

    static void Unary(PyModule m, string name, Func<Complex, Complex> f)
        => m.AddFunction(name, (a, k) =>
        {
            ArgParser.Positional(name, a, k, 1, 1);
            var z = Arg(a[0]);
            return Result(f(z), z);
        });

    static void Test(PyModule m, string name, Func<Complex, bool> test)
        => m.AddFunction(name, (a, k) =>
        {
            ArgParser.Positional(name, a, k, 1, 1);
            return PyBool.From(test(Arg(a[0])));
        });

    static Complex Sqrt(Complex z)
    {
        if (z.Real == 0 && z.Imaginary == 0) return new Complex(0, z.Imaginary);
        if (double.IsInfinity(z.Imaginary)) return new Complex(double.PositiveInfinity, z.Imaginary);
        double ax = Math.Abs(z.Real), ay = Math.Abs(z.Imaginary), s;
        if (ax < SmallestNormal && ay < SmallestNormal)
        {
            // Both parts subnormal: scale up so that hypot keeps its precision.
            ax = Math.ScaleB(ax, 53);
            s = Math.ScaleB(Math.Sqrt(ax + double.Hypot(ax, Math.ScaleB(ay, 53))), -27);
        }
        else
        {
            ax /= 8;
            s = 2 * Math.Sqrt(ax + double.Hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return z.Real >= 0 ? new Complex(s, Math.CopySign(d, z.Imaginary)) : new Complex(d, Math.CopySign(s, z.Imaginary));
    }

    static Complex Exp(Complex z)
    {
        // CPython's special values: e**(-inf + yj) is 0, and an infinite imaginary part with a
        // finite real one has no value.
        if (double.IsNegativeInfinity(z.Real) && !double.IsNaN(z.Imaginary)) return new Complex(0, 0);
        if (double.IsInfinity(z.Imaginary) && double.IsFinite(z.Real)) throw Err.ValueError("math domain error");
        if (z.Real > LogLargeDouble)
        {
            double l = Math.Exp(z.Real - 1);
            return new Complex(l * Math.Cos(z.Imaginary) * Math.E, l * Math.Sin(z.Imaginary) * Math.E);
        }
        double e = Math.Exp(z.Real);
        return new Complex(e * Math.Cos(z.Imaginary), e * Math.Sin(z.Imaginary));
    }

    static Complex Log(Complex z)
    {
        double ax = Math.Abs(z.Real), ay = Math.Abs(z.Imaginary), real;
        if (ax > LargeDouble || ay > LargeDouble) real = Math.Log(double.Hypot(ax / 2, ay / 2)) + Math.Log(2);
        else if (ax < SmallestNormal && ay < SmallestNormal)
        {
            if (ax > 0 || ay > 0)
                real = Math.Log(double.Hypot(Math.ScaleB(ax, MantissaDigits), Math.ScaleB(ay, MantissaDigits))) - MantissaDigits * Math.Log(2);
            else throw Err.ValueError("math domain error");
        }
        else
        {
            double h = double.Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = Math.Max(ax, ay), an = Math.Min(ax, ay);
                real = Log1p((am - 1) * (am + 1) + an * an) / 2;
            }
            else real = Math.Log(h);
        }
        return new Complex(real, Math.Atan2(z.Imaginary, z.Real));
    }

    // The inverse functions as CPython computes them (Modules/cmathmodule.c): through square
    // roots of 1 ± z, which put the branch cuts where C99 puts them and lose no precision near
    // zero, and through logarithms of |z| for huge arguments, which would overflow otherwise.
    static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble);
    static readonly double SqrtSmallestNormal = Math.Sqrt(SmallestNormal);

    /// <summary>C's log1p, accurate for tiny x (.NET's LogP1 is log(1 + x)), keeping -0.</summary>
    static double Log1p(double x)
    {
        if (x == 0 || double.IsNaN(x)) return x;
        double u = 1 + x;
        if (u == 1) return x;
        if (double.IsInfinity(u)) return Math.Log(u);
        return Math.Log(u) * x / (u - 1);
    }

    /// <summary>C's asinh, by fdlibm's method (what CPython's cmath calls).</summary>
    static double AsinhReal(double x)
    {
        double a = Math.Abs(x);
        if (double.IsNaN(x) || double.IsInfinity(x)) return x + x;
        if (a < 3.7252902984e-09) return x; // |x| < 2**-28
        double w;
        if (a > 268435456.0) w = Math.Log(a) + Math.Log(2); // |x| > 2**28
        else if (a > 2) w = Math.Log(2 * a + 1 / (Math.Sqrt(x * x + 1) + a));
        else
        {
            double t = x * x;
            w = Log1p(a + t / (1 + Math.Sqrt(1 + t)));
        }
        return Math.CopySign(w, x);
    }

    static double LogHalfHypotPlus2Ln2(Complex z) => Math.Log(double.Hypot(z.Real / 2, z.Imaginary / 2)) + 2 * Math.Log(2);

    static Complex Acos(Complex z)
    {
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            double real = Math.Atan2(Math.Abs(z.Imaginary), z.Real);
            double imag = z.Real < 0 ? -Math.CopySign(LogHalfHypotPlus2Ln2(z), z.Imaginary) : Math.CopySign(LogHalfHypotPlus2Ln2(z), -z.Imaginary);
            return new Complex(real, imag);
        }
        var s1 = Sqrt(new Complex(1 - z.Real, -z.Imaginary));
        var s2 = Sqrt(new Complex(1 + z.Real, z.Imaginary));
        return new Complex(2 * Math.Atan2(s1.Real, s2.Real), AsinhReal(s2.Real * s1.Imaginary - s2.Imaginary * s1.Real));
    }

    static Complex Acosh(Complex z)
    {
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
            return new Complex(LogHalfHypotPlus2Ln2(z), Math.Atan2(z.Imaginary, z.Real));
        var s1 = Sqrt(new Complex(z.Real - 1, z.Imaginary));
        var s2 = Sqrt(new Complex(z.Real + 1, z.Imaginary));
        return new Complex(AsinhReal(s1.Real * s2.Real + s1.Imaginary * s2.Imaginary), 2 * Math.Atan2(s1.Imaginary, s2.Real));
    }

    static Complex Asinh(Complex z)
    {
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            double real = z.Imaginary >= 0 ? Math.CopySign(LogHalfHypotPlus2Ln2(z), z.Real) : -Math.CopySign(LogHalfHypotPlus2Ln2(z), -z.Real);
            return new Complex(real, Math.Atan2(z.Imaginary, Math.Abs(z.Real)));
        }
        var s1 = Sqrt(new Complex(1 + z.Imaginary, -z.Real));
        var s2 = Sqrt(new Complex(1 - z.Imaginary, z.Real));
        return new Complex(AsinhReal(s1.Real * s2.Imaginary - s2.Real * s1.Imaginary), Math.Atan2(z.Imaginary, s1.Real * s2.Real - s1.Imaginary * s2.Imaginary));
    }

    static Complex Asin(Complex z)
    {
        var s = Asinh(new Complex(-z.Imaginary, z.Real));
        return new Complex(s.Imaginary, -s.Real);
    }

    static Complex Atanh(Complex z)
    {
        if (z.Real < 0) return -Atanh(-z);
        double ay = Math.Abs(z.Imaginary);
        if (z.Real > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            double h = double.Hypot(z.Real / 2, z.Imaginary / 2);
            return new Complex(z.Real / 4 / h / h, -Math.CopySign(Math.PI / 2, -z.Imaginary));
        }
        if (z.Real == 1 && ay < SqrtSmallestNormal)
        {
            if (ay == 0) throw Err.ValueError("math domain error");
            return new Complex(-Math.Log(Math.Sqrt(ay) / Math.Sqrt(double.Hypot(ay, 2))), Math.CopySign(Math.Atan2(2, -ay) / 2, z.Imaginary));
        }
        return new Complex(Log1p(4 * z.Real / ((1 - z.Real) * (1 - z.Real) + ay * ay)) / 4,
                           -Math.Atan2(-2 * z.Imaginary, (1 - z.Real) * (1 + z.Real) - ay * ay) / 2);
    }

    static Complex Atan(Complex z)
    {
        var s = Atanh(new Complex(-z.Imaginary, z.Real));
        return new Complex(s.Imaginary, -s.Real);
    }

    static bool IsClose(Complex a, Complex b, double relTol, double absTol)
    {
        if (relTol < 0 || absTol < 0) throw Err.ValueError("tolerances must be non-negative");
        if (a == b) return true;
        if (double.IsInfinity(a.Real) || double.IsInfinity(a.Imaginary) || double.IsInfinity(b.Real) || double.IsInfinity(b.Imaginary)) return false;
        double diff = double.Hypot(a.Real - b.Real, a.Imaginary - b.Imaginary);
        double ma = double.Hypot(a.Real, a.Imaginary), mb = double.Hypot(b.Real, b.Imaginary);
        return diff <= relTol * mb || diff <= relTol * ma || diff <= absTol;
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("cmath");
        MathModule.AddConstants(m);
        m.SetSteal("infj", PyComplex.New(0, double.PositiveInfinity));
        m.SetSteal("nanj", PyComplex.New(0, double.NaN));
        Unary(m, "sqrt", Sqrt);
        Unary(m, "exp", Exp);
        Unary(m, "log10", z => { var l = Log(z); return new Complex(l.Real / Math.Log(10), l.Imaginary / Math.Log(10)); });
        Unary(m, "sin", Complex.Sin);
        Unary(m, "cos", Complex.Cos);
        Unary(m, "tan", Complex.Tan);
        Unary(m, "asin", Asin);
        Unary(m, "acos", Acos);
        Unary(m, "atan", Atan);
        Unary(m, "sinh", Complex.Sinh);
        Unary(m, "cosh", Complex.Cosh);
        Unary(m, "tanh", Complex.Tanh);
        Unary(m, "asinh", Asinh);
        Unary(m, "acosh", Acosh);
        Unary(m, "atanh", Atanh);
        m.AddFunction("log", (a, k) =>
        {
            ArgParser.Positional("log", a, k, 1, 2);
            var z = Arg(a[0]);
            var l = Log(z);
            if (a.Length == 2)
            {
                var b = Log(Arg(a[1]));
                if (b.Real == 0 && b.Imaginary == 0) throw Err.ValueError("math domain error");
                var q = PyComplex.Arith(BinaryOpKind.TrueDiv, l.Real, l.Imaginary, b.Real, b.Imaginary);
                if (q is PyComplex qc) { l = new Complex(qc.Real, qc.Imag); Rc.Dec(q); }
            }
            return Result(l, z);
        });
        m.AddFunction("phase", (a, k) =>
        {
            ArgParser.Positional("phase", a, k, 1, 1);
            var z = Arg(a[0]);
            return PyFloat.New(Math.Atan2(z.Imaginary, z.Real));
        });
        m.AddFunction("polar", (a, k) =>
        {
            ArgParser.Positional("polar", a, k, 1, 1);
            var z = Arg(a[0]);
            double r = PyComplex.Hypot(z.Real, z.Imaginary);
            if (double.IsInfinity(r) && double.IsFinite(z.Real) && double.IsFinite(z.Imaginary)) throw Err.OverflowError("math range error");
            var pair = PyTuple.New(2);
            pair.SetItemSteal(0, PyFloat.New(r));
            pair.SetItemSteal(1, PyFloat.New(Math.Atan2(z.Imaginary, z.Real)));
            return pair;
        });
        m.AddFunction("rect", (a, k) =>
        {
            ArgParser.Positional("rect", a, k, 2, 2);
            double r = PyFloat.ToDouble(a[0]), phi = PyFloat.ToDouble(a[1]);
            if (double.IsFinite(r) && double.IsFinite(phi) && phi == 0) return PyComplex.New(r, r * phi);
            return PyComplex.New(r * Math.Cos(phi), r * Math.Sin(phi));
        });
        Test(m, "isfinite", z => double.IsFinite(z.Real) && double.IsFinite(z.Imaginary));
        Test(m, "isinf", z => double.IsInfinity(z.Real) || double.IsInfinity(z.Imaginary));
        Test(m, "isnan", z => double.IsNaN(z.Real) || double.IsNaN(z.Imaginary));
        m.AddFunction("isclose", (a, k) =>
        {
            int positional = a.Length - (k?.Count ?? 0);
            if (positional > 2) throw Err.TypeError($"isclose() takes exactly 2 positional arguments ({positional} given)");
            var p = ArgParser.Parse("isclose", a, k, new[] { "a", "b", "rel_tol", "abs_tol" }, 2);
            double rel = p[2] == null ? 1e-9 : PyFloat.ToDouble(p[2]), abs = p[3] == null ? 0 : PyFloat.ToDouble(p[3]);
            return PyBool.From(IsClose(Arg(p[0]), Arg(p[1]), rel, abs));
        });
        return m;
    }
}
