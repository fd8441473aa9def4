// Places a formatted number in its field: padding, sign, prefix ("0x"), grouped digits,
// decimal point and the rest ("5e+10", "%"), following calc_number_widths and fill_number
// in CPython's Python/formatter_unicode.c:
//   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
namespace MiniPy.Runtime.Text;

internal static class NumberFieldLayout
{
    /// <param name="signChar">'-' when the number is negative, otherwise '\0'.</param>
    /// <param name="digits">The integer digits to group.</param>
    /// <param name="hasDecimal">Whether a decimal point follows the digits.</param>
    /// <param name="remainder">Everything after the decimal point (or after the digits).</param>
    public static void Write(ref ValueCharBuilder output, in ParsedFormatSpec spec, char signChar,
        scoped ReadOnlySpan<char> prefix, scoped ReadOnlySpan<char> digits, bool hasDecimal, scoped ReadOnlySpan<char> remainder)
    {
        int signCount = 0;
        char sign = '\0';
        switch (spec.Sign)
        {
            case '+':
                signCount = 1;
                sign = signChar == '-' ? '-' : '+';
                break;
            case ' ':
                signCount = 1;
                sign = signChar == '-' ? '-' : ' ';
                break;
            default:
                if (signChar == '-')
                {
                    signCount = 1;
                    sign = '-';
                }
                break;
        }

        int decimalCount = hasDecimal ? 1 : 0;
        long nonDigits = signCount + prefix.Length + decimalCount + CodePoints.Count(remainder);
        long minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - nonDigits : 0;
        char separator = spec.GroupSize == 0 ? '\0' : spec.Separator;
        int groupedLength = digits.Length == 0 ? 0 : DigitGrouping.GroupedLength(digits.Length, minWidth, spec.GroupSize);

        long padding = spec.Width - (nonDigits + groupedLength);
        long leftPadding = 0, signPadding = 0, rightPadding = 0;
        if (padding > 0)
        {
            switch (spec.Align)
            {
                case '<': rightPadding = padding; break;
                case '^':
                    leftPadding = padding / 2;
                    rightPadding = padding - leftPadding;
                    break;
                case '=': signPadding = padding; break;
                default: leftPadding = padding; break;
            }
        }
        if (padding > Array.MaxLength) throw new OutOfMemoryException();

        output.AppendCodePoint(spec.Fill, (int)leftPadding);
        if (signCount == 1) output.Append(sign);
        output.Append(prefix);
        output.AppendCodePoint(spec.Fill, (int)signPadding);
        if (digits.Length != 0)
            DigitGrouping.Write(output.AppendSpan(groupedLength), digits, minWidth, spec.GroupSize, separator);
        if (hasDecimal) output.Append('.');
        output.Append(remainder);
        output.AppendCodePoint(spec.Fill, (int)rightPadding);
    }
}
