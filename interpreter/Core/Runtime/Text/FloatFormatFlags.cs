// Options for FloatFormatter, mirroring CPython's Py_DTSF_* flags of PyOS_double_to_string.
namespace MiniPy.Runtime.Text;

[Flags]
public enum FloatFormatFlags
{
    None = 0,
    /// <summary>Always write a sign, '+' for non-negative values.</summary>
    AlwaysSign = 1,
    /// <summary>Write ".0" after integral values in fixed notation (repr style).</summary>
    AddDotZero = 2,
    /// <summary>Alternate form ('#'): keep the decimal point and, for 'g', trailing zeros.</summary>
    Alternate = 4,
    /// <summary>The 'z' option: drop the sign of a result that rounds to zero.</summary>
    NoNegativeZero = 8,
}
