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

    public static Expr Binary(BinaryOperator op, Expr left, Expr right) =>
        AtNode(new BinOp { Left = left, Op = op, Right = right }, left);

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
