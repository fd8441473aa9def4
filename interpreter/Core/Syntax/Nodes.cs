// Small helpers the grammar uses to build nodes: stamping positions and combining operands.
namespace MiniPy.Syntax;

internal static class Nodes
{
    public static T At<T>(T node, Loc loc) where T : Node
    {
        node.Line = loc.Line;
        node.Col = loc.Col;
        return node;
    }

    /// <summary>Gives node the position of another node (an operator node starts where its left operand does).</summary>
    public static T AtNode<T>(T node, Node start) where T : Node
    {
        node.Line = start.Line;
        node.Col = start.Col;
        return node;
    }

    public static Expr Binary(BinaryOperator op, Expr left, Expr right)
    {
        var node = AtNode(new BinOp { Left = left, Op = op, Right = right }, left);
        node.EndLine = right.EndLine;
        node.EndCol = right.EndCol;
        return node;
    }

    /// <summary>Records where node ends — where the input stands after its last token (tokens
    /// skip the blanks before them, never after) — unless an inner parser already did: a
    /// parenthesised expression ends before its closing parenthesis, as in CPython's ast.</summary>
    public static void EndAt(Node node, Sprache.IInput after)
    {
        if (node.EndLine != 0) return;
        EndAtText(node, after);
    }

    /// <summary>Records where node's text ends, even where an inner parser set an end: an
    /// operation ends with its last operand's closing parenthesis (`a / (b)` spans all seven
    /// characters, while the operand `b` alone is one), as in CPython's ast.</summary>
    public static void EndAtText(Node node, Sprache.IInput after)
    {
        int col = after.Column - 1, line = after.Line;
        // Some tokens take the blanks after them too: step back over those, and inside
        // brackets over the line breaks they may take as well (`[x / y` then `for ...` on the
        // next line: x / y ends on its own line).
        if (after is SourceInput s)
        {
            var text = s.Source;
            int p = s.Position;
            for (; p > 0 && col > 0 && text[p - 1] is ' ' or '\t' or '\f'; p--) col--;
            if (col == 0 && p > 0 && text[p - 1] == '\n')
            {
                int q = p;
                int breaks = 0;
                while (q > 0 && text[q - 1] is ' ' or '\t' or '\f' or '\r' or '\n')
                {
                    if (text[q - 1] == '\n') breaks++;
                    q--;
                }
                if (q > 0 && breaks > 0)
                {
                    int lineStart = text.LastIndexOf('\n', q - 1) + 1;
                    line -= breaks;
                    col = q - lineStart;
                }
            }
        }
        node.EndLine = line;
        node.EndCol = col;
    }

    /// <summary>Gives node the end of its last part (a unary operation ends with its operand).</summary>
    public static T EndsWith<T>(T node, Node last) where T : Node
    {
        node.EndLine = last.EndLine;
        node.EndCol = last.EndCol;
        return node;
    }

    /// <summary>Moves node's start to where its text begins: an operation whose first
    /// operand is in parentheses begins at the parenthesis, as in CPython's ast.</summary>
    public static void StartAt(Node node, Sprache.IInput before)
    {
        var at = Tokens.SkipBlanks(before);
        node.Line = at.Line;
        node.Col = at.Column - 1;
    }

    public static Loc LocOf(Node node) => new(node.Line, node.Col);

    /// <summary>first alone, or a tuple (a, b, ...) when more elements or a trailing comma follow.</summary>
    public static Expr TupleOrSingle(Expr first, IEnumerable<Expr> rest, bool trailingComma)
    {
        var others = rest as IList<Expr> ?? rest.ToList();
        if (others.Count == 0 && !trailingComma) return first;
        var tuple = AtNode(new TupleExpr(), first);
        tuple.Elts.Add(first);
        tuple.Elts.AddRange(others);
        return tuple;
    }

    public static List<T> Prepend<T>(T first, IEnumerable<T> rest)
    {
        var list = new List<T> { first };
        list.AddRange(rest);
        return list;
    }
}
