// CPython 3.11's hints for `=` where a condition or an element expects an expression —
// `if x = 3:`, `while n = 0:`, `[y = 3]`: "invalid syntax. Maybe you meant '==' or ':='
// instead of '='?" when a name stands before the `=`, and "cannot assign to attribute
// here. Maybe you meant '==' instead of '='?" (subscript, function call, literal) when
// something else does; among a call's arguments, where `name = value` is a keyword argument,
// 'expression cannot contain assignment, perhaps you meant "=="?'. CPython's grammar finds these with its invalid_named_expression
// rule; here the same shapes are recognised in the line's text at the `=` where the parse
// stopped (see TextScan for the helpers).
namespace MiniPy.Syntax;

internal static class MistakenEquals
{
    public static SyntaxErrorException Find(ParseContext context, string text, int firstLine, int atLine, int atColumn)
    {
        int p = TextScan.OffsetOf(text, firstLine, atLine, atColumn);
        if (p < 0 || p >= text.Length || text[p] != '=' || (p + 1 < text.Length && text[p + 1] == '=')) return null;
        int start = ForgottenComma.SegmentStart(text, p, out int innermostOpen);
        if (start < 0)
        {
            // Outside brackets: only in an if, elif or while header.
            int k = TextScan.SkipSpaces(text, 0);
            string keyword = new[] { "if", "elif", "while" }.FirstOrDefault(w => TextScan.IsWordAt(text, k, w));
            if (keyword == null) return null;
            start = k + keyword.Length;
        }
        int aStart = TextScan.SkipSpaces(text, start);
        int aEnd = p;
        while (aEnd > aStart && char.IsWhiteSpace(text[aEnd - 1])) aEnd--;
        if (aEnd <= aStart || ForgottenComma.Operand(text, aStart) != aEnd) return null;
        int bStart = TextScan.SkipSpaces(text, p + 1);
        int bEnd = ForgottenComma.ExpressionEnd(text, bStart, comparisons: false);
        if (bEnd <= bStart) return null;
        int after = TextScan.SkipSpaces(text, bEnd);
        if (after < text.Length && (text[after] == '=' && (after + 1 >= text.Length || text[after + 1] != '=')
                                    || (text[after] == ':' && after + 1 < text.Length && text[after + 1] == '=')))
            return null;
        string a = text[aStart..aEnd];
        if (a is "True" or "False" or "None") return null;
        string shape = Shape(a);
        if (shape == null) return null;
        var (line, col) = TextScan.Position(text, firstLine, aStart);
        if (InCallArguments(text, innermostOpen))
        {
            // f(x.y = 3): a keyword argument needs a name; CPython marks `x.y =`.
            var (callEndLine, callEndCol) = TextScan.Position(text, firstLine, p + 1);
            return new SyntaxErrorException("expression cannot contain assignment, perhaps you meant \"==\"?", context.FileName, line, col, context.LineText(line))
            {
                EndOffset = callEndLine == line ? callEndCol : 0,
            };
        }
        var (endLine, endCol) = TextScan.Position(text, firstLine, shape == "name" ? bEnd : aEnd);
        string message = shape == "name"
            ? "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
            : $"cannot assign to {shape} here. Maybe you meant '==' instead of '='?";
        return new SyntaxErrorException(message, context.FileName, line, col, context.LineText(line)) { EndOffset = endLine == line ? endCol : 0 };
    }

    /// <summary>Whether the innermost open bracket (at `open`) is a call's: a `(`
    /// right after a name or a closing bracket.</summary>
    static bool InCallArguments(string text, int open)
    {
        if (open < 0 || text[open] != '(') return false;
        int k = open - 1;
        while (k >= 0 && (text[k] == ' ' || text[k] == '\t')) k--;
        if (k < 0) return false;
        if (text[k] == ')' || text[k] == ']') return true;
        int wordEnd = k + 1;
        while (k >= 0 && (char.IsLetterOrDigit(text[k]) || text[k] == '_')) k--;
        return wordEnd > k + 1 && !Tokens.Keywords.Contains(text[(k + 1)..wordEnd]); // `if (`, `in (` are not calls
    }

    /// <summary>What the operand before the `=` is, in CPython's words; null for the shapes
    /// these hints do not cover (a bracketed display, a unary operation...).</summary>
    static string Shape(string a)
    {
        char first = a[0], last = a[^1];
        bool nameStart = char.IsLetter(first) || first == '_';
        if (nameStart && a.All(c => char.IsLetterOrDigit(c) || c == '_'))
            return Tokens.Keywords.Contains(a) ? null : "name";
        if (char.IsDigit(first) || first == '"' || first == '\'' || (nameStart && (last == '"' || last == '\''))) return "literal";
        if (!nameStart) return null;
        if (last == ')') return "function call";
        if (last == ']') return "subscript";
        return "attribute";
    }
}
