// Where SyntaxErrors about a node end: CPython marks the whole node an error is about
// (`return 5` outside a function is underlined ^^^^^^^^, not pointed at with one ^).
// Expressions that record their end say it themselves; a statement's end is found in its
// line of source: the statement runs until a ';' or '#' outside brackets and strings, or to
// the end of the line (a statement continued on further lines is marked to the end of its
// first, as CPython prints only that line).
namespace MiniPy.Syntax;

public static class ErrorSpans
{
    /// <summary>A SyntaxError about node at, in file fileName whose line at.Line is lineText,
    /// marked from the node's start to its end.</summary>
    public static SyntaxErrorException At(string msg, string fileName, Node at, string lineText)
    {
        int line = at?.Line ?? 1, col = at?.Col ?? 0;
        var (endLine, endOffset) = End(at, lineText);
        return new SyntaxErrorException(msg, fileName, line, col + 1, lineText)
        {
            EndOffset = endOffset,
            EndLineNo = endLine != line ? endLine : 0,
        };
    }

    /// <summary>The line and 1-based column just past the node, or (its line, 0: one caret)
    /// when that is not known.</summary>
    static (int Line, int Offset) End(Node at, string lineText)
    {
        if (at == null) return (1, 0);
        if (at.EndLine >= at.Line && (at.EndLine > at.Line || at.EndCol > at.Col)) return (at.EndLine, at.EndCol + 1);
        // `return (1,\n 2)`: a statement that ends with its value ends where the value does.
        var value = at switch { Return r => r.Value, ExprStmt e => e.Value, _ => null };
        if (value != null && value.EndLine > at.Line) return (value.EndLine, value.EndCol + 1);
        return at is Stmt ? (at.Line, StatementEnd(lineText, at.Col) + 1) : (at.Line, 0);
    }

    /// <summary>The 0-based column just past the simple statement that starts at col.</summary>
    static int StatementEnd(string line, int col)
    {
        int depth = 0, end = line.Length;
        for (int i = col; i < line.Length; i++)
        {
            char c = line[i];
            if (c is '\'' or '"') i = TextScan.SkipString(line, i, out _) - 1;
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is ';' or '#')
            {
                end = i;
                break;
            }
        }
        while (end > col && char.IsWhiteSpace(line[end - 1])) end--;
        return end;
    }
}
