// Helpers that turn the Python spellings used in the test tables ("inf", "-0.0", "1e+20")
// into .NET values.
using System.Globalization;

namespace MiniPy.Tests.Text;

internal static class PyValues
{
    public static double Float(string text) => text switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        "-nan" => -double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
