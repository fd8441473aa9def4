// PercentFormatRewrite: CPython's AST optimizer turns `"literal" % (a, b)` into the f-string
// f"{a!s}...{b!r}" when every conversion in the literal is a plain %s, %r or %a, and MiniPy
// does the same. It is not only faster: it changes what a program sees, because each value
// is converted as soon as it is computed instead of after the whole tuple is built, so in
// "%s %s" % (lock, lock.acquire()) the lock's repr is taken before acquire() runs.
//
// The rules are CPython 3.11's (Python/ast_opt.c): the right operand is a tuple display
// without starred items whose items are not all constants (those were already folded into
// one constant tuple); the number of conversions equals the number of items; each
// conversion is %s, %r or %a with optional flags, width and precision. Flags other than
// '-' are accepted and ignored; a width becomes the spec ">W" (or "W" with '-', strings
// being left-aligned already), a precision ".P". "%%" is a literal percent sign. Anything
// else (%d, %(name)s, %*s, a lone % at the end) leaves the expression as it was.
using System.Text;
using MiniPy.Syntax;

namespace MiniPy.Compiler;

static class PercentFormatRewrite
{
    /// <summary>The f-string equivalent of b, or null when the rules above do not allow one.</summary>
    public static JoinedStr TryRewrite(BinOp b)
    {
        if (b.Op != BinaryOperator.Mod || b.Left is not Constant { Value: string format } || b.Right is not TupleExpr tuple) return null;
        var items = tuple.Elts;
        if (items.Count == 0 || items.Any(e => e is Starred) || items.All(e => e is Constant)) return null;
        var result = new JoinedStr { Line = b.Line, Col = b.Col, EndLine = b.EndLine, EndCol = b.EndCol };
        int pos = 0, used = 0;
        var literal = new StringBuilder();
        while (true)
        {
            while (pos < format.Length)
            {
                if (format[pos] != '%') literal.Append(format[pos++]);
                else if (pos + 1 < format.Length && format[pos + 1] == '%')
                {
                    literal.Append('%');
                    pos += 2;
                }
                else break;
            }
            if (literal.Length > 0)
            {
                result.Values.Add(new Constant(literal.ToString()) { Line = b.Line, Col = b.Col });
                literal.Clear();
            }
            if (pos >= format.Length) break;
            if (used >= items.Count) return null;
            pos++;
            var field = ParseField(format, ref pos, items[used++], b);
            if (field == null) return null;
            result.Values.Add(field);
        }
        return used == items.Count ? result : null;
    }

    static FormattedValue ParseField(string format, ref int pos, Expr item, Node at)
    {
        bool leftAlign = false;
        int width = -1, precision = -1;
        char c;
        while (true)
        {
            if (pos >= format.Length) return null;
            c = format[pos++];
            if (c == '-') leftAlign = true;
            else if (c is not ('+' or ' ' or '#' or '0')) break;
        }
        if (c is >= '0' and <= '9')
        {
            width = 0;
            while (c is >= '0' and <= '9')
            {
                width = width * 10 + (c - '0');
                if (width > 100_000_000 || pos >= format.Length) return null;
                c = format[pos++];
            }
        }
        if (c == '.')
        {
            if (pos >= format.Length) return null;
            c = format[pos++];
            precision = 0;
            while (c is >= '0' and <= '9')
            {
                precision = precision * 10 + (c - '0');
                if (precision > 100_000_000 || pos >= format.Length) return null;
                c = format[pos++];
            }
        }
        if (c is not ('s' or 'r' or 'a')) return null;
        var spec = new StringBuilder();
        if (width >= 0)
        {
            if (!leftAlign) spec.Append('>');
            spec.Append(width);
        }
        if (precision >= 0) spec.Append('.').Append(precision);
        var field = new FormattedValue { Value = item, Conversion = c, Line = item.Line, Col = item.Col };
        if (spec.Length > 0)
        {
            field.FormatSpec = new JoinedStr { Line = at.Line, Col = at.Col };
            field.FormatSpec.Values.Add(new Constant(spec.ToString()) { Line = at.Line, Col = at.Col });
        }
        return field;
    }
}
