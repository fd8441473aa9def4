// The position markers CPython 3.11 draws under a traceback's source line:
//
//     x = 1 + foo(2)            the failing instruction belongs to foo(2):
//             ^^^^^^            carets under its span
//     return a / b              a binary operation: ~ under the operands,
//            ~~^~~              ^ under the operator
//     total = items[i]          a subscript: ~ under the value, ^ under [index]
//             ~~~~~^^^
//
// The span comes from the code object (each instruction keeps the start and end of the
// expression it belongs to). The operator's place is found as CPython finds it: the text of
// the span is parsed again, and if it is one binary operation or subscript, the anchors are
// read from its parts. No markers are drawn when they would underline the whole line and
// there is no operator to point at.
using MiniPy.Compiler;
using MiniPy.Syntax;

namespace MiniPy.VM;

public static class TracebackCarets
{
    /// <summary>The marker line (without its newline) for instruction pc on source line
    /// `line` (as the file has it, indentation included), or null when none is drawn.</summary>
    public static string For(CodeObject code, int pc, string line)
    {
        if (line == null || !code.SpanAt(pc, out int start, out int endLine, out int end)) return null;
        int indent = line.Length - line.TrimStart().Length;
        string stripped = line.Trim();
        bool singleLine = endLine == code.Lines[pc];
        if (!singleLine) end = line.TrimEnd().Length;
        if (start < indent || end > line.Length || end <= start) return null;

        int left = -1, right = -1; // the operator's columns, when there is one
        char primary = '^';
        if (singleLine && Anchors(line.Substring(start, end - start), out int l, out int r))
        {
            left = start + l;
            right = start + r;
            primary = '~';
        }
        bool hasAnchors = left >= 0;
        if (end - start == stripped.Length && !hasAnchors) return null;

        var sb = new System.Text.StringBuilder("    ");
        sb.Append(' ', start - indent);
        for (int k = start; k < end; k++)
            sb.Append(hasAnchors && k >= left && k < right ? '^' : primary);
        return sb.ToString();
    }

    /// <summary>Where the operator of a binary operation (or the [index] of a subscript)
    /// starts and ends within segment, if segment is exactly one of those.</summary>
    static bool Anchors(string segment, out int left, out int right)
    {
        left = right = -1;
        Module module;
        try { module = PythonParser.ParseModule(segment, "<segment>"); }
        catch (SyntaxErrorException) { return false; }
        if (module.Body.Count != 1 || module.Body[0] is not ExprStmt { Value: var expr }) return false;
        // The segment is parsed as a module of its own: its first line is line 1.
        switch (expr)
        {
            case BinOp b when b.Left.EndLine == 1 && b.Right.Line == 1:
                for (int i = b.Left.EndCol; i < b.Right.Col && i < segment.Length; i++)
                {
                    if (char.IsWhiteSpace(segment[i])) continue;
                    left = i;
                    right = i + 1;
                    // A two-character operator (//, **, <<, ...).
                    if (i + 1 < b.Right.Col && !char.IsWhiteSpace(segment[i + 1])) right++;
                    // The closing parenthesis of a parenthesised left operand is not the operator.
                    if (i + 1 < b.Right.Col && segment[i] == ')') continue;
                    return true;
                }
                return false;
            case Subscript s when s.Value.EndLine == 1:
                // From the [ after the value to just past the ] after the index.
                left = s.Value.EndCol;
                right = s.Index.EndLine == 1 ? s.Index.EndCol + 1 : left + 1;
                while (left < segment.Length && segment[left] != '[') left++;
                while (right < segment.Length && segment[right] != ']') right++;
                if (right < segment.Length) right++;
                return left < right && right <= segment.Length;
        }
        return false;
    }
}
