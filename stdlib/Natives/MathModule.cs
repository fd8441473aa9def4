// math: the functions and constants of CPython's math module that programs commonly use.
using System.Numerics;
using MiniPy.Runtime;
using MiniPy.Runtime.Text;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class MathModule
{
    /// <summary>log, log2 or log10 of a number as CPython's loghelper takes it: an int too
    /// large for a float is split into a mantissa and a power of two (log2(2**1100) is
    /// 1100.0); zero and negative numbers are a domain error.</summary>
    static double LogOf(PyObject a, Func<double, double> log)
    {
        if (a is PyInt i && a is not PyBool && i.IsBig)
        {
            var big = i.Big;
            if (big.Sign <= 0) throw Err.ValueError("math domain error");
            double x = double.PositiveInfinity;
            try { x = Runtime.Text.IntegerConversion.ToDouble(big); } // rounded as float(n) rounds it
            catch (Runtime.Text.FormatValueException) { }
            if (!double.IsInfinity(x)) return log(x);
            long e = (long)big.GetBitLength();
            double mantissa = (double)(big >> (int)(e - 64)) / 18446744073709551616.0;
            return log(mantissa) + log(2.0) * e;
        }
        double d = D(a);
        if (d <= 0) throw Err.ValueError("math domain error");
        return log(d);
    }

    static double D(PyObject o) => PyFloat.ToDouble(o);

    static PyObject F(double v)
    {
        if (double.IsNaN(v)) throw Err.ValueError("math domain error");
        return PyFloat.New(v);
    }

    static void Unary(PyModule m, string name, Func<double, double> f)
        => m.AddFunction(name, (a, k) =>
        {
            ArgParser.Positional(name, a, k, 1, 1);
            double x = D(a[0]);
            double r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x)) throw Err.ValueError("math domain error");
            if (double.IsInfinity(r) && !double.IsInfinity(x)) throw Err.OverflowError("math range error");
            return PyFloat.New(r);
        });

    /// <summary>pi, e, tau, inf and nan: math's constants, which cmath has too.</summary>
    internal static void AddConstants(PyModule m)
    {
        m.SetSteal("pi", PyFloat.New(Math.PI));
        m.SetSteal("e", PyFloat.New(Math.E));
        m.SetSteal("tau", PyFloat.New(Math.Tau));
        m.SetSteal("inf", PyFloat.New(double.PositiveInfinity));
        m.SetSteal("nan", PyFloat.New(double.NaN));
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("math");
        AddConstants(m);
        Unary(m, "sin", Math.Sin);
        Unary(m, "cos", Math.Cos);
        Unary(m, "tan", Math.Tan);
        Unary(m, "asin", Math.Asin);
        Unary(m, "acos", Math.Acos);
        Unary(m, "atan", Math.Atan);
        Unary(m, "sinh", Math.Sinh);
        Unary(m, "cosh", Math.Cosh);
        Unary(m, "tanh", Math.Tanh);
        Unary(m, "exp", Math.Exp);
        Unary(m, "fabs", Math.Abs);
        m.AddFunction("log2", (a, k) => { ArgParser.Positional("log2", a, k, 1, 1); return PyFloat.New(LogOf(a[0], Math.Log2)); });
        m.AddFunction("log10", (a, k) => { ArgParser.Positional("log10", a, k, 1, 1); return PyFloat.New(LogOf(a[0], Math.Log10)); });
        Unary(m, "degrees", x => x * 180.0 / Math.PI);
        Unary(m, "radians", x => x * Math.PI / 180.0);
        m.AddFunction("sqrt", (a, k) =>
        {
            ArgParser.Positional("sqrt", a, k, 1, 1);
            double x = D(a[0]);
            if (x < 0) throw Err.ValueError("math domain error");
            return PyFloat.New(Math.Sqrt(x));
        });
        m.AddFunction("log", (a, k) =>
        {
            ArgParser.Positional("log", a, k, 1, 2);
            double r = LogOf(a[0], Math.Log);
            if (a.Length == 2)
            {
                double b = LogOf(a[1], Math.Log);
                if (b == 0) throw Err.New(ErrorTypes.ZeroDivisionError, "float division by zero");
                r /= b;
            }
            return PyFloat.New(r);
        });
        m.AddFunction("pow", (a, k) =>
        {
            ArgParser.Positional("pow", a, k, 2, 2);
            double x = D(a[0]), y = D(a[1]);
            double r = Math.Pow(x, y);
            // C99's pow for the special values; between finite operands, zero to a negative
            // power and a negative base to a fractional one are domain errors, and an
            // infinite result is a range error, as CPython reports them.
            if (double.IsFinite(x) && double.IsFinite(y))
            {
                if ((x == 0 && y < 0) || double.IsNaN(r)) throw Err.ValueError("math domain error");
                if (double.IsInfinity(r)) throw Err.OverflowError("math range error");
            }
            return PyFloat.New(r);
        });
        m.AddFunction("atan2", (a, k) => { ArgParser.Positional("atan2", a, k, 2, 2); return PyFloat.New(Math.Atan2(D(a[0]), D(a[1]))); });
        m.AddFunction("hypot", (a, k) =>
        {
            double s = 0;
            foreach (var x in a) { double v = D(x); s += v * v; }
            return PyFloat.New(Math.Sqrt(s));
        });
        m.AddFunction("modf", (a, k) =>
        {
            // The fractional and integral parts, both carrying x's sign: modf(-2.5) == (-0.5, -2.0).
            ArgParser.Positional("modf", a, k, 1, 1);
            double x = D(a[0]);
            double whole = double.IsInfinity(x) ? x : Math.Truncate(x);
            double fraction = double.IsInfinity(x) ? Math.CopySign(0.0, x) : Math.CopySign(x - whole, x);
            var t = PyTuple.New(2);
            t.SetItemSteal(0, PyFloat.New(fraction));
            t.SetItemSteal(1, PyFloat.New(whole));
            return t;
        });
        m.AddFunction("copysign", (a, k) => { ArgParser.Positional("copysign", a, k, 2, 2); return PyFloat.New(Math.CopySign(D(a[0]), D(a[1]))); });
        m.AddFunction("fmod", (a, k) =>
        {
            ArgParser.Positional("fmod", a, k, 2, 2);
            double y = D(a[1]);
            if (y == 0) throw Err.ValueError("math domain error");
            return PyFloat.New(Math.IEEERemainder(D(a[0]), y) is var _ ? D(a[0]) % y : 0);
        });
        m.AddFunction("floor", (a, k) => RoundTo(a, k, "floor", Math.Floor));
        m.AddFunction("ceil", (a, k) => RoundTo(a, k, "ceil", Math.Ceiling));
        m.AddFunction("trunc", (a, k) => RoundTo(a, k, "trunc", Math.Truncate));
        m.AddFunction("isnan", (a, k) => { ArgParser.Positional("isnan", a, k, 1, 1); return PyBool.From(double.IsNaN(D(a[0]))); });
        m.AddFunction("isinf", (a, k) => { ArgParser.Positional("isinf", a, k, 1, 1); return PyBool.From(double.IsInfinity(D(a[0]))); });
        m.AddFunction("isfinite", (a, k) => { ArgParser.Positional("isfinite", a, k, 1, 1); return PyBool.From(double.IsFinite(D(a[0]))); });
        m.AddFunction("isclose", (a, k) =>
        {
            var p = ArgParser.Parse("isclose", a, k, new[] { "a", "b", "rel_tol", "abs_tol" }, 2);
            double x = D(p[0]), y = D(p[1]);
            double rel = p[2] != null ? D(p[2]) : 1e-9, abs = p[3] != null ? D(p[3]) : 0.0;
            if (x == y) return PyBool.From(true);
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.From(false);
            double diff = Math.Abs(y - x);
            return PyBool.From(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        });
        m.AddFunction("gcd", (a, k) =>
        {
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, Int(x));
            return PyInt.New(g);
        });
        m.AddFunction("lcm", (a, k) =>
        {
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(Int(x));
                if (v.IsZero) return PyInt.New(0);
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.New(l);
        });
        m.AddFunction("factorial", (a, k) =>
        {
            ArgParser.Positional("factorial", a, k, 1, 1);
            if (a[0] is PyFloat) throw Err.TypeError("'float' object cannot be interpreted as an integer");
            var n = Int(a[0]);
            if (n.Sign < 0) throw Err.ValueError("factorial() not defined for negative values");
            BigInteger r = 1;
            for (int i = 2; i <= (int)n; i++) r *= i;
            return PyInt.New(r);
        });
        m.AddFunction("isqrt", (a, k) =>
        {
            ArgParser.Positional("isqrt", a, k, 1, 1);
            var n = Int(a[0]);
            if (n.Sign < 0) throw Err.ValueError("isqrt() argument must be nonnegative");
            return PyInt.New(ISqrt(n));
        });
        m.AddFunction("comb", (a, k) =>
        {
            ArgParser.Positional("comb", a, k, 2, 2);
            var n = Int(a[0]);
            var r = Int(a[1]);
            if (n.Sign < 0 || r.Sign < 0) throw Err.ValueError("n must be a non-negative integer");
            if (r > n) return PyInt.New(0);
            BigInteger c = 1;
            for (BigInteger i = 1; i <= r; i++) c = c * (n - r + i) / i;
            return PyInt.New(c);
        });
        m.AddFunction("perm", (a, k) =>
        {
            ArgParser.Positional("perm", a, k, 1, 2);
            var n = Int(a[0]);
            bool all = a.Length < 2 || a[1] is PyNone;
            if (n.Sign < 0) throw Err.ValueError(all ? "factorial() not defined for negative values" : "n must be a non-negative integer");
            var r = all ? n : Int(a[1]);
            if (r.Sign < 0) throw Err.ValueError("k must be a non-negative integer");
            if (r > n) return PyInt.New(0);
            BigInteger product = 1;
            for (BigInteger i = n - r + 1; i <= n; i++) product *= i;
            return PyInt.New(product);
        });
        m.AddFunction("dist", (a, k) =>
        {
            ArgParser.Positional("dist", a, k, 2, 2);
            var p = Ops.ToArray(a[0]);
            var q = Ops.ToArray(a[1]);
            try
            {
                if (p.Length != q.Length) throw Err.ValueError("both points must have the same number of dimensions");
                // As hypot: scaled by the largest difference, so squares neither overflow nor vanish.
                var diffs = new double[p.Length];
                double max = 0;
                for (int i = 0; i < p.Length; i++) { diffs[i] = Math.Abs(D(p[i]) - D(q[i])); max = Math.Max(max, diffs[i]); }
                if (max == 0 || double.IsInfinity(max)) return PyFloat.New(max);
                double sum = 0;
                foreach (var d in diffs) sum += (d / max) * (d / max);
                return PyFloat.New(max * Math.Sqrt(sum));
            }
            finally
            {
                foreach (var x in p) Rc.Dec(x);
                foreach (var x in q) Rc.Dec(x);
            }
        });
        Unary(m, "cbrt", Math.Cbrt);
        MathSpecialFunctions.Add(m, D);
        m.AddFunction("exp2", (a, k) =>
        {
            ArgParser.Positional("exp2", a, k, 1, 1);
            double r = Math.Pow(2, D(a[0]));
            if (double.IsInfinity(r) && !double.IsInfinity(D(a[0]))) throw Err.New(ErrorTypes.OverflowError, "math range error");
            return PyFloat.New(r);
        });
        m.AddFunction("nextafter", (a, k) =>
        {
            ArgParser.Positional("nextafter", a, k, 2, 2);
            double x = D(a[0]), y = D(a[1]);
            if (double.IsNaN(x) || double.IsNaN(y)) return PyFloat.New(double.NaN);
            if (x == y) return PyFloat.New(y);
            return PyFloat.New(y > x ? Math.BitIncrement(x) : Math.BitDecrement(x));
        });
        m.AddFunction("ulp", (a, k) =>
        {
            ArgParser.Positional("ulp", a, k, 1, 1);
            double x = Math.Abs(D(a[0]));
            if (double.IsNaN(x) || double.IsInfinity(x)) return PyFloat.New(x);
            double next = Math.BitIncrement(x);
            return PyFloat.New(double.IsInfinity(next) ? x - Math.BitDecrement(x) : next - x);
        });
        m.AddFunction("prod", (a, k) =>
        {
            var p = ArgParser.Parse("prod", a, k, new[] { "iterable", "start" }, 1);
            var acc = p[1] != null ? Rc.New(p[1]) : PyInt.New(1);
            foreach (var x in Ops.ToArray(p[0]))
            {
                var next = Ops.BinaryOp(acc, x, BinaryOpKind.Mul);
                Rc.Dec(acc);
                Rc.Dec(x);
                acc = next;
            }
            return acc;
        });
        m.AddFunction("fsum", (a, k) =>
        {
            ArgParser.Positional("fsum", a, k, 1, 1);
            double sum = 0, c = 0;
            foreach (var x in Ops.ToArray(a[0]))
            {
                double v = D(x);
                Rc.Dec(x);
                double y = v - c;
                double t = sum + y;
                c = (t - sum) - y;
                sum = t;
            }
            return PyFloat.New(sum);
        });
        return m;
    }

    static BigInteger Int(PyObject o)
    {
        if (o is PyInt i) return i.AsBig;
        if (o.TryIndex(out long v)) return v;
        throw Err.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>The integer square root: Newton's method from above (a power of two at least
    /// the root), which falls monotonically to the floor of the root.</summary>
    static BigInteger ISqrt(BigInteger n)
    {
        if (n < 2) return n;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    static PyObject RoundTo(ReadOnlySpan<PyObject> a, PyTuple k, string name, Func<double, double> f)
    {
        ArgParser.Positional(name, a, k, 1, 1);
        if (a[0] is PyInt i) return PyInt.New(i.AsBig);
        if (a[0] is PyFloat fl)
        {
            try { return PyInt.New(IntegerConversion.Truncate(f(fl.Value))); }
            catch (FormatValueException e) { throw Err.New(Formatting.ErrorTypeByName(e.PythonExceptionType), e.Message); }
        }
        var dunder = "__" + name + "__";
        if (a[0].ObType.Lookup(dunder) != null) return Ops.CallMethod(a[0], dunder);
        throw Err.TypeError($"must be real number, not {a[0].ObType.Name}");
    }
}
