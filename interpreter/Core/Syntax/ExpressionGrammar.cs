// The expression grammar, top down as in Python's own grammar: the precedence ladder from
// lambda down to the primary. Each level is one static rule built once.
//   lambda < if-else < or < and < not < comparisons (chained) < | < ^ < & < << >> < + - < * / // % @
//   < unary + - ~ < ** (right operand is a unary-level factor) < primary (atom and trailers)
// The primary comes from PrimaryGrammar and lambda from ParameterGrammar; those classes reach
// back into this one through Parse.Ref, so each class is built once, in a fixed order.
using Sprache;

namespace MiniPy.Syntax;

internal static class ExpressionGrammar
{
    private static Parser<string> Op(string op) => Tokens.Operator(op);
    private static Parser<string> Kw(string word) => Tokens.Keyword(word);

    // ───────────── references to rules defined further down (recursion) ─────────────

    internal static Parser<Expr> ExpressionRef => Parse.Ref(() => Expression);
    private static Parser<Expr> InversionRef => Parse.Ref(() => Inversion);
    private static Parser<Expr> FactorRef => Parse.Ref(() => Factor);

    // ───────────── the ladder, from the bottom up ─────────────

    /// <summary>await_primary: 'await' primary | primary.</summary>
    private static readonly Parser<Expr> AwaitPrimary = Lookahead.If(Lookahead.Word("await"),
        from loc in Tokens.Here
        from k in Kw("await")
        from value in PrimaryGrammar.Primary
        select (Expr)Nodes.EndsWith(Nodes.At(new Await { Value = value }, loc), value),
        PrimaryGrammar.Primary);

    /// <summary>power: await_primary ['**' factor]. Right-associative, and -2**2 is -(2**2).</summary>
    internal static readonly Parser<Expr> Power = Chains.OptionalSuffix(
        AwaitPrimary, Lookahead.Operator("**"), Op("**").Then(_ => FactorRef),
        (@base, exponent) => Nodes.Binary(BinaryOperator.Pow, @base, exponent), @base => @base, Nodes.EndAtText);

    private static readonly Parser<UnaryOperator> UnaryOperatorToken =
        Tokens.OperatorChoice(("+", UnaryOperator.Pos), ("-", UnaryOperator.Neg), ("~", UnaryOperator.Invert));

    /// <summary>factor: ('+' | '-' | '~') factor | power.</summary>
    internal static readonly Parser<Expr> Factor = Lookahead.If(Lookahead.AnyOperator("+", "-", "~"),
        from loc in Tokens.Here
        from op in UnaryOperatorToken
        from operand in FactorRef
        select (Expr)Nodes.EndsWith(Nodes.At(new UnaryOp { Op = op, Operand = operand }, loc), operand),
        Power);

    private static readonly Parser<BinaryOperator> TermOperator = Tokens.OperatorChoice(
        ("*", BinaryOperator.Mult), ("/", BinaryOperator.Div), ("//", BinaryOperator.FloorDiv),
        ("%", BinaryOperator.Mod), ("@", BinaryOperator.MatMult));

    internal static readonly Parser<Expr> Term = Chains.LeftAssociative(Factor, Lookahead.AnyOperator("*", "/", "//", "%", "@"), TermOperator);

    private static readonly Parser<BinaryOperator> SumOperator =
        Tokens.OperatorChoice(("+", BinaryOperator.Add), ("-", BinaryOperator.Sub));

    internal static readonly Parser<Expr> Sum = Chains.LeftAssociative(Term, Lookahead.AnyOperator("+", "-"), SumOperator);

    private static readonly Parser<BinaryOperator> ShiftOperator =
        Tokens.OperatorChoice(("<<", BinaryOperator.LShift), (">>", BinaryOperator.RShift));

    internal static readonly Parser<Expr> ShiftExpression = Chains.LeftAssociative(Sum, Lookahead.AnyOperator("<<", ">>"), ShiftOperator);

    internal static readonly Parser<Expr> BitAnd =
        Chains.LeftAssociative(ShiftExpression, Lookahead.Operator("&"), Op("&").Return(BinaryOperator.BitAnd));

    internal static readonly Parser<Expr> BitXor =
        Chains.LeftAssociative(BitAnd, Lookahead.Operator("^"), Op("^").Return(BinaryOperator.BitXor));

    internal static readonly Parser<Expr> BitOr =
        Chains.LeftAssociative(BitXor, Lookahead.Operator("|"), Op("|").Return(BinaryOperator.BitOr));

    private static readonly Parser<CompareOperator> CompareOperatorToken = Tokens.WordOrOperatorChoice(
        ("==", CompareOperator.Eq), ("!=", CompareOperator.NotEq), ("<", CompareOperator.Lt), ("<=", CompareOperator.LtE),
        (">", CompareOperator.Gt), (">=", CompareOperator.GtE), ("in", CompareOperator.In), ("not in", CompareOperator.NotIn),
        ("is", CompareOperator.Is), ("is not", CompareOperator.IsNot));

    private static readonly Func<SourceInput, bool> StartsComparisonOperator = Lookahead.AnyOperator("==", "!=", "<", "<=", ">", ">=");

    private static readonly Func<SourceInput, bool> StartsComparison =
        at => StartsComparisonOperator(at) || Lookahead.IsWord(at, "in") || Lookahead.IsWord(at, "not") || Lookahead.IsWord(at, "is");

    /// <summary>comparison: bitor (compare_op bitor)* — a &lt; b &lt; c is one chained Compare.</summary>
    internal static readonly Parser<Expr> Comparison = Chains.Sequence(BitOr, StartsComparison, CompareOperatorToken, MakeComparison);

    private static Expr MakeComparison(Expr left, List<(CompareOperator op, Expr right)> rest)
    {
        var compare = Nodes.AtNode(new Compare { Left = left }, left);
        foreach (var (op, right) in rest)
        {
            compare.Ops.Add(op);
            compare.Comparators.Add(right);
        }
        return compare;
    }

    /// <summary>inversion: 'not' inversion | comparison.</summary>
    internal static readonly Parser<Expr> Inversion = Lookahead.If(Lookahead.Word("not"),
        from loc in Tokens.Here
        from not in Kw("not")
        from operand in InversionRef
        select (Expr)Nodes.EndsWith(Nodes.At(new UnaryOp { Op = UnaryOperator.Not, Operand = operand }, loc), operand),
        Comparison);

    internal static readonly Parser<Expr> Conjunction = Chains.Sequence(Inversion, Lookahead.Word("and"), Kw("and"), (first, rest) => MakeBoolean(BoolOperator.And, first, rest));

    internal static readonly Parser<Expr> Disjunction = Chains.Sequence(Conjunction, Lookahead.Word("or"), Kw("or"), (first, rest) => MakeBoolean(BoolOperator.Or, first, rest));

    private static Expr MakeBoolean(BoolOperator op, Expr first, List<(string word, Expr operand)> rest)
    {
        var node = Nodes.AtNode(new BoolOp { Op = op }, first);
        node.Values.Add(first);
        foreach (var (_, operand) in rest) node.Values.Add(operand);
        return node;
    }

    // An 'else' with no expression after it fails the parse (CPython's plain "invalid
    // syntax"); only a missing 'else' is "expected 'else' after 'if' expression".
    private static readonly Parser<(Expr test, Expr orElse)> ConditionalTail =
        from @if in Kw("if")
        from test in Disjunction
        from elseWord in Kw("else").Optional()
        from orElse in elseWord.IsDefined ? ExpressionRef : Parse.Return<Expr>(null)
        select (test, orElse);

    /// <summary>disjunction ['if' disjunction 'else' expression].</summary>
    internal static readonly Parser<Expr> Conditional = Chains.OptionalSuffix(
        Disjunction, Lookahead.Word("if"), ConditionalTail, MakeConditional, body => body);

    private static Expr MakeConditional(Expr body, (Expr test, Expr orElse) tail)
    {
        var (test, orElse) = tail;
        if (orElse == null)
            throw ParseContext.Current.Error("expected 'else' after 'if' expression", body.Line, body.Col + 1, test.EndLine, test.EndCol + 1);
        return Nodes.AtNode(new IfExp { Test = test, Body = body, OrElse = orElse }, body);
    }

    /// <summary>expression: lambda | conditional.</summary>
    internal static readonly Parser<Expr> Expression = Lookahead.If(Lookahead.Word("lambda"), ParameterGrammar.LambdaExpression, Conditional).Named("expression");

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    internal static readonly Parser<Expr> NamedExpression = Lookahead.If(Lookahead.NameThenWalrus,
        from loc in Tokens.Here
        from name in Tokens.Identifier
        from walrus in Op(":=")
        from value in Expression
        select (Expr)Nodes.At(new NamedExpr { Target = Nodes.At(new Name(name), loc), Value = value }, loc),
        Expression);

    /// <summary>'*' bitor — a starred item of a display, call or assignment.</summary>
    private static readonly Parser<Expr> StarredItem =
        from loc in Tokens.Here
        from star in Op("*")
        from value in BitOr
        select (Expr)Nodes.At(new Starred { Value = value }, loc);

    /// <summary>star_named_expression: '*' bitor | named_expression (an element of a list, set or tuple).</summary>
    internal static readonly Parser<Expr> StarNamedExpression = Lookahead.If(Lookahead.Operator("*"), StarredItem, NamedExpression);

    /// <summary>star_expression: '*' bitor | expression.</summary>
    internal static readonly Parser<Expr> StarExpression = Lookahead.If(Lookahead.Operator("*"), StarredItem, Expression);

    /// <summary>star_expressions: an expression, or a tuple without parentheses (a, *b, c,).</summary>
    internal static readonly Parser<Expr> StarExpressions = Chains.OptionalSuffix(
        StarExpression, Lookahead.Operator(","), MoreElements(StarExpression),
        (first, more) => Nodes.TupleOrSingle(first, more.rest, more.trailingComma), first => first);

    /// <summary>(',' element)* [','] — the rest of a comma-separated list after its first element.</summary>
    internal static Parser<(List<Expr> rest, bool trailingComma)> MoreElements(Parser<Expr> element) =>
        from rest in Op(",").Then(_ => element).Many()
        from trailing in Op(",").Optional()
        select (rest.ToList(), trailing.IsDefined);

    /// <summary>yield_expr: 'yield' 'from' expression | 'yield' [star_expressions].</summary>
    internal static readonly Parser<Expr> YieldExpression =
        (from at in Tokens.HereInput
         from yield in Kw("yield")
         from value in Kw("from").Then(_ => Expression).Select(e => (isFrom: true, e))
             .Or(StarExpressions.Optional().Select(e => (isFrom: false, e: e.GetOrDefault())))
         select MakeYield(at, value.isFrom, value.e)).Named("yield expression");

    private static Expr MakeYield(SourceInput at, bool isFrom, Expr value)
    {
        ParseContext.Current.YieldPositions.Add(at);
        var loc = new Loc(at.Line, at.Column - 1);
        // The expression ends where its value does (a traceback's carets span it).
        if (isFrom) return Nodes.EndsWith(Nodes.At(new YieldFrom { Value = value }, loc), value);
        var yield = Nodes.At(new Yield { Value = value }, loc);
        return value != null ? Nodes.EndsWith(yield, value) : yield;
    }

    /// <summary>A yield expression or an expression list (the right side of an assignment).</summary>
    internal static readonly Parser<Expr> YieldOrStarExpressions = Lookahead.If(Lookahead.Word("yield"), YieldExpression, StarExpressions);

    /// <summary>What an f-string field holds: an expression list or a yield, and nothing after it.</summary>
    private static readonly Parser<Expr> EmbeddedExpression =
        from value in YieldOrStarExpressions
        from end in Tokens.EndOfLine
        select value;

    /// <summary>Parses the expression of an f-string field, found at the given line and 1-based column.</summary>
    public static Expr ParseEmbedded(string text, int line, int column)
    {
        var context = ParseContext.Current;
        var saved = context.FurthestFailure;
        context.FurthestFailure = null;
        try
        {
            var result = EmbeddedExpression(Tokens.After(new SourceInput(text, 0, line, column, context), 0));
            if (result.WasSuccessful) return result.Value;
            var at = context.FurthestFailure ?? (SourceInput)result.Remainder;
            throw context.Error("f-string: invalid syntax", at);
        }
        finally
        {
            context.FurthestFailure = saved;
        }
    }
}
