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
}
