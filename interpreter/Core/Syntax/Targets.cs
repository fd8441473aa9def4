// Checks that an expression may be assigned to or deleted, with CPython's messages
// ("cannot assign to function call", "cannot delete literal", ...).
namespace MiniPy.Syntax;

internal static class Targets
{
    /// <summary>How CPython names an expression in "cannot assign to X".</summary>
    public static string Describe(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: EllipsisValue } => "ellipsis",
        Constant => "literal",
        _ => "expression",
    };

    /// <summary>The first part of target that cannot be assigned to, or null when all of it can.</summary>
    public static Expr FindUnassignable(Expr target) => target switch
    {
        Name or Attribute or Subscript => null,
        Starred s => FindUnassignable(s.Value),
        TupleExpr t => t.Elts.Select(FindUnassignable).FirstOrDefault(x => x != null),
        ListExpr l => l.Elts.Select(FindUnassignable).FirstOrDefault(x => x != null),
        _ => target,
    };

    /// <summary>Throws unless target can be assigned to (a 'for', 'with ... as' or comprehension target).</summary>
    public static void CheckAssignable(Expr target) => CheckAssignable(target, suggestEquals: false);

    public static void CheckAssignable(Expr target, bool suggestEquals)
    {
        var bad = FindUnassignable(target);
        if (bad != null)
        {
            string what = Describe(bad);
            string message = bad is Yield or YieldFrom
                ? "assignment to yield expression not possible"
                : suggestEquals && IsBitwiseLevel(bad) && IsLastElement(target, bad)
                    ? $"cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                    : $"cannot assign to {what}";
            throw ParseContext.Current.Error(message, bad.Line, bad.Col + 1);
        }
        CheckStarred(target);
    }

    private static bool IsBitwiseLevel(Expr e) =>
        e is not (Compare or BoolOp or IfExp or Lambda or NamedExpr)
        && !(e is UnaryOp { Op: UnaryOperator.Not })
        && !(e is Constant { Value: null or bool });

    private static bool IsLastElement(Expr target, Expr bad) =>
        ReferenceEquals(target, bad) || (target is TupleExpr t && t.Elts.Count > 0 && ReferenceEquals(t.Elts[^1], bad));

    private static void CheckStarred(Expr target)
    {
        if (target is Starred s)
            throw ParseContext.Current.Error("starred assignment target must be in a list or tuple", s.Line, s.Col + 1);
        List<Expr> elements = target is TupleExpr t ? t.Elts : target is ListExpr l ? l.Elts : null;
        if (elements == null) return;
        if (elements.Count(e => e is Starred) > 1)
            throw ParseContext.Current.Error("multiple starred expressions in assignment", target.Line, target.Col + 1);
        foreach (var element in elements)
            CheckStarred(element is Starred inner ? inner.Value : element);
    }

    /// <summary>Throws unless target can follow 'del'.</summary>
    public static void CheckDeletable(Expr target)
    {
        switch (target)
        {
            case Name or Attribute or Subscript:
                return;
            case TupleExpr t:
                t.Elts.ForEach(CheckDeletable);
                return;
            case ListExpr l:
                l.Elts.ForEach(CheckDeletable);
                return;
            default:
                throw ParseContext.Current.Error($"cannot delete {Describe(target)}", target.Line, target.Col + 1);
        }
    }

    /// <summary>Throws unless target is a single name, attribute or subscript (x += 1).</summary>
    public static void CheckAugmentable(Expr target)
    {
        if (target is Name or Attribute or Subscript) return;
        throw ParseContext.Current.Error($"'{Describe(target)}' is an illegal expression for augmented assignment", target.Line, target.Col + 1);
    }

    /// <summary>Throws unless target may carry an annotation (x: int = 1).</summary>
    public static void CheckAnnotatable(Expr target)
    {
        if (target is Name or Attribute or Subscript) return;
        string message = target switch
        {
            TupleExpr => "only single target (not tuple) can be annotated",
            ListExpr => "only single target (not list) can be annotated",
            _ => "illegal target for annotation",
        };
        throw ParseContext.Current.Error(message, target.Line, target.Col + 1);
    }
}
