// math's special functions and float decompositions: gamma and lgamma (CPython's Lanczos
// approximation with its coefficients, so the results are CPython's to the last bit), erf,
// erfc, expm1 and log1p (the C library's, as CPython uses them), the inverse hyperbolic
// functions, frexp, ldexp and remainder.
using System.Numerics;
using System.Runtime.InteropServices;
using MiniPy.Runtime;

namespace MiniPy.Stdlib;

static class MathSpecialFunctions
{
    [DllImport("libm.so.6", EntryPoint = "erf")] static extern double LibmErf(double x);
    [DllImport("libm.so.6", EntryPoint = "erfc")] static extern double LibmErfc(double x);
    [DllImport("libm.so.6", EntryPoint = "expm1")] static extern double LibmExpm1(double x);
    [DllImport("libm.so.6", EntryPoint = "log1p")] static extern double LibmLog1p(double x);

    // The Lanczos approximation CPython's mathmodule.c uses: N = 13, g = 6.0246800407767295.
    const double LanczosG = 6.024680040776729583740234375;
    const double LanczosGMinusHalf = 5.524680040776729583740234375;
    static readonly double[] LanczosNumerator =
    {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    static readonly double[] LanczosDenominator =
    {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
        2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    /// <summary>(n-1)! for n = 1..23, exactly as doubles: gamma's values at small integers.</summary>
    static readonly double[] Factorials = MakeFactorials();

    static double[] MakeFactorials()
    {
        var table = new double[23];
        BigInteger f = BigInteger.One;
        for (int n = 0; n < table.Length; n++)
        {
            if (n > 0) f *= n;
            table[n] = double.Parse(f.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return table;
    }

    static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        int n = LanczosNumerator.Length;
        if (x < 5.0)
        {
            for (int i = n - 1; i >= 0; i--)
            {
                num = num * x + LanczosNumerator[i];
                den = den * x + LanczosDenominator[i];
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                num = num / x + LanczosNumerator[i];
                den = den / x + LanczosDenominator[i];
            }
        }
        return num / den;
    }

    /// <summary>sin(pi * x), exact at the integers and half-integers.</summary>
    static double SinPi(double x)
    {
        double y = Math.Abs(x) % 2.0;
        int n = (int)Math.Round(2.0 * y, MidpointRounding.ToEven);
        double r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    static PyRaise DomainError() => Err.ValueError("math domain error");
    static PyRaise RangeError() => Err.New(ErrorTypes.OverflowError, "math range error");

    public static double Gamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x))
        {
            if (x > 0) return x;
            throw DomainError();
        }
        if (x == 0) throw DomainError();
        if (x == Math.Floor(x))
        {
            if (x < 0) throw DomainError();
            if (x <= Factorials.Length) return Factorials[(int)x - 1];
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            double tiny = 1.0 / x;
            if (double.IsInfinity(tiny)) throw RangeError();
            return tiny;
        }
        if (absx > 200.0)
        {
            if (x < 0) return 0.0 / SinPi(x);
            throw RangeError();
        }
        double y = absx + LanczosGMinusHalf, q, z;
        if (absx > LanczosGMinusHalf)
        {
            q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        double r;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }

    public static double LogGamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x == Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0) throw DomainError();
            return 0.0;
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20) return -Math.Log(absx);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = Math.Log(Math.PI) - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }

    public static double Erf(double x) => LibmErf(x);
    public static double Erfc(double x) => LibmErfc(x);

    public static double Expm1(double x)
    {
        double r = LibmExpm1(x);
        if (double.IsInfinity(r) && !double.IsInfinity(x)) throw RangeError();
        return r;
    }

    public static double Log1p(double x)
    {
        if (x <= -1.0) throw DomainError();
        return x == 0.0 ? x : LibmLog1p(x); // log1p(-0.0) is -0.0
    }

    public static void Add(PyModule m, Func<PyObject, double> toDouble)
    {
        void Unary(string name, Func<double, double> f) => m.AddFunction(name, (a, k) =>
        {
            ArgParser.Positional(name, a, k, 1, 1);
            return PyFloat.New(f(toDouble(a[0])));
        });
        Unary("gamma", Gamma);
        Unary("lgamma", LogGamma);
        Unary("erf", Erf);
        Unary("erfc", Erfc);
        Unary("expm1", Expm1);
        Unary("log1p", Log1p);
        Unary("acosh", x => x < 1.0 ? throw DomainError() : Math.Acosh(x));
        Unary("asinh", Math.Asinh);
        Unary("atanh", x => Math.Abs(x) >= 1.0 ? throw DomainError() : Math.Atanh(x));
        m.AddFunction("frexp", (a, k) =>
        {
            ArgParser.Positional("frexp", a, k, 1, 1);
            double x = toDouble(a[0]);
            int exponent = 0;
            double mantissa = x;
            if (x != 0.0 && double.IsFinite(x))
            {
                exponent = Math.ILogB(x) + 1;
                mantissa = Math.ScaleB(x, -exponent);
            }
            var m1 = PyFloat.New(mantissa);
            var e1 = PyInt.New(exponent);
            var pair = PyTuple.Of(m1, e1);
            Rc.Dec(m1);
            Rc.Dec(e1);
            return pair;
        });
        m.AddFunction("ldexp", (a, k) =>
        {
            ArgParser.Positional("ldexp", a, k, 2, 2);
            double x = toDouble(a[0]);
            if (a[1] is not PyInt e) throw Err.TypeError("Expected an int as second argument to ldexp.");
            if (x == 0.0 || !double.IsFinite(x)) return PyFloat.New(x);
            var big = e.AsBig;
            int exponent = big > 100000 ? 100000 : big < -100000 ? -100000 : (int)big;
            double r = Math.ScaleB(x, exponent);
            if (double.IsInfinity(r)) throw RangeError();
            return PyFloat.New(r);
        });
        m.AddFunction("remainder", (a, k) =>
        {
            ArgParser.Positional("remainder", a, k, 2, 2);
            double x = toDouble(a[0]), y = toDouble(a[1]);
            if (double.IsNaN(x)) return PyFloat.New(x);
            if (double.IsNaN(y)) return PyFloat.New(y);
            if (double.IsInfinity(x) || y == 0.0) throw DomainError();
            if (double.IsInfinity(y)) return PyFloat.New(x);
            return PyFloat.New(Math.IEEERemainder(x, y));
        });
    }
}
