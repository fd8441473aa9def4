// Python's repr(float) and str(float): the shortest digits that round-trip, in fixed notation
// for decimal exponents -4 <= exp < 16 (always with a ".0" or fraction), otherwise in
// scientific notation with at least two exponent digits; "inf", "-inf", "nan".
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime.Text;

[SkipLocalsInit]
public static class FloatRepr
{
    public static string Repr(double value)
    {
        if (value == 0)
            return double.IsNegative(value) ? "-0.0" : "0.0";
        var builder = new ValueCharBuilder(stackalloc char[32]);
        try
        {
            FloatFormatter.Write(ref builder, value, 'r', 0, FloatFormatFlags.AddDotZero);
            return builder.ToString();
        }
        finally
        {
            builder.Dispose();
        }
    }
}
