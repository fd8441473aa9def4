// The expression grammar, top down as in Python's own grammar: the precedence ladder from
// lambda down to the primary. Each level is one static rule built once.
//   lambda < if-else < or < and < not < comparisons (chained) < | < ^ < & < << >> < + - < * / // % @
//   < unary + - ~ < ** (right operand is a unary-level factor) < primary (atom and trailers)
// Atoms, trailers and parameter lists live in the other ExpressionGrammar.*.cs files; rules
// defined in another file are reached through the Parse.Ref forward references below.
using Sprache;

namespace MiniPy.Syntax;

internal static partial class ExpressionGrammar
{
    private static Parser<string> Op(string op) => Tokens.Operator(op);
    private static Parser<string> Kw(string word) => Tokens.Keyword(word);

    // ───────────── forward references ─────────────
    // Properties, not fields: the partial files' static fields initialize in no fixed order, so a
    // rule reaches any rule defined elsewhere through a Parse.Ref made when the rule is built.

    internal static Parser<Expr> ExpressionRef => Parse.Ref(() => Expression).Named("expression");
    private static Parser<Expr> NamedExpressionRef => Parse.Ref(() => NamedExpression);
    private static Parser<Expr> StarNamedExpressionRef => Parse.Ref(() => StarNamedExpression);
    private static Parser<Expr> StarExpressionsRef => Parse.Ref(() => StarExpressions);
    private static Parser<Expr> YieldExpressionRef => Parse.Ref(() => YieldExpression);
    private static Parser<Expr> DisjunctionRef => Parse.Ref(() => Disjunction);
    private static Parser<Expr> InversionRef => Parse.Ref(() => Inversion);
    private static Parser<Expr> BitOrRef => Parse.Ref(() => BitOr);
    private static Parser<Expr> FactorRef => Parse.Ref(() => Factor);
    private static Parser<Expr> AtomRef => Parse.Ref(() => Atom);
    private static Parser<Expr> PrimaryRef => Parse.Ref(() => Primary);
    private static Parser<Expr> LambdaRef => Parse.Ref(() => LambdaExpression);
    private static Parser<List<Comprehension>> ComprehensionClausesRef => Parse.Ref(() => ComprehensionClauses);

    // ───────────── the ladder, from the bottom up ─────────────

    /// <summary>power: primary ['**' factor]. Right-associative, and -2**2 is -(2**2).</summary>
    internal static readonly Parser<Expr> Power =
        (from @base in PrimaryRef
         from exponent in (from op in Op("**") from f in FactorRef select f).Optional()
         select exponent.IsDefined ? Nodes.Binary(BinaryOperator.Pow, @base, exponent.Get()) : @base).Named("power");

    private static readonly Parser<UnaryOperator> UnaryOperatorToken =
        Op("+").Return(UnaryOperator.Pos).Or(Op("-").Return(UnaryOperator.Neg)).Or(Op("~").Return(UnaryOperator.Invert));

    /// <summary>factor: ('+' | '-' | '~') factor | power.</summary>
    internal static readonly Parser<Expr> Factor =
        (from loc in Tokens.Here
         from op in UnaryOperatorToken
         from operand in FactorRef
         select (Expr)Nodes.At(new UnaryOp { Op = op, Operand = operand }, loc))
        .Or(Power).Named("factor");

    private static readonly Parser<BinaryOperator> TermOperator =
        Op("*").Return(BinaryOperator.Mult)
            .Or(Op("/").Return(BinaryOperator.Div))
            .Or(Op("//").Return(BinaryOperator.FloorDiv))
            .Or(Op("%").Return(BinaryOperator.Mod))
            .Or(Op("@").Return(BinaryOperator.MatMult));

    internal static readonly Parser<Expr> Term = Parse.ChainOperator(TermOperator, Factor, Nodes.Binary).Named("term");

    private static readonly Parser<BinaryOperator> SumOperator =
        Op("+").Return(BinaryOperator.Add).Or(Op("-").Return(BinaryOperator.Sub));

    internal static readonly Parser<Expr> Sum = Parse.ChainOperator(SumOperator, Term, Nodes.Binary).Named("sum");

    private static readonly Parser<BinaryOperator> ShiftOperator =
        Op("<<").Return(BinaryOperator.LShift).Or(Op(">>").Return(BinaryOperator.RShift));

    internal static readonly Parser<Expr> ShiftExpression = Parse.ChainOperator(ShiftOperator, Sum, Nodes.Binary).Named("shift expression");

    internal static readonly Parser<Expr> BitAnd =
        Parse.ChainOperator(Op("&").Return(BinaryOperator.BitAnd), ShiftExpression, Nodes.Binary).Named("bitwise and");

    internal static readonly Parser<Expr> BitXor =
        Parse.ChainOperator(Op("^").Return(BinaryOperator.BitXor), BitAnd, Nodes.Binary).Named("bitwise xor");

    internal static readonly Parser<Expr> BitOr =
        Parse.ChainOperator(Op("|").Return(BinaryOperator.BitOr), BitXor, Nodes.Binary).Named("bitwise or");

    private static readonly Parser<CompareOperator> CompareOperatorToken =
        Op("==").Return(CompareOperator.Eq)
            .Or(Op("!=").Return(CompareOperator.NotEq))
            .Or(Op("<=").Return(CompareOperator.LtE))
            .Or(Op("<").Return(CompareOperator.Lt))
            .Or(Op(">=").Return(CompareOperator.GtE))
            .Or(Op(">").Return(CompareOperator.Gt))
            .Or(Kw("in").Return(CompareOperator.In))
            .Or(Kw("not").Then(_ => Kw("in")).Return(CompareOperator.NotIn))
            .Or(from @is in Kw("is")
                from not in Kw("not").Optional()
                select not.IsDefined ? CompareOperator.IsNot : CompareOperator.Is);

    /// <summary>comparison: bitor (compare_op bitor)* — a &lt; b &lt; c is one chained Compare.</summary>
    internal static readonly Parser<Expr> Comparison =
        (from left in BitOr
         from rest in (from op in CompareOperatorToken from right in BitOr select (op, right)).Many()
         select MakeComparison(left, rest.ToList())).Named("comparison");

    private static Expr MakeComparison(Expr left, List<(CompareOperator op, Expr right)> rest)
    {
        if (rest.Count == 0) return left;
        var compare = Nodes.AtNode(new Compare { Left = left }, left);
        foreach (var (op, right) in rest)
        {
            compare.Ops.Add(op);
            compare.Comparators.Add(right);
        }
        return compare;
    }

    /// <summary>inversion: 'not' inversion | comparison.</summary>
    internal static readonly Parser<Expr> Inversion =
        (from loc in Tokens.Here
         from not in Kw("not")
         from operand in InversionRef
         select (Expr)Nodes.At(new UnaryOp { Op = UnaryOperator.Not, Operand = operand }, loc))
        .Or(Comparison).Named("inversion");

    internal static readonly Parser<Expr> Conjunction =
        (from first in Inversion
         from rest in Kw("and").Then(_ => Inversion).Many()
         select MakeBoolean(BoolOperator.And, first, rest)).Named("conjunction");

    internal static readonly Parser<Expr> Disjunction =
        (from first in Conjunction
         from rest in Kw("or").Then(_ => Conjunction).Many()
         select MakeBoolean(BoolOperator.Or, first, rest)).Named("disjunction");

    private static Expr MakeBoolean(BoolOperator op, Expr first, IEnumerable<Expr> rest)
    {
        var others = rest as IList<Expr> ?? rest.ToList();
        if (others.Count == 0) return first;
        var node = Nodes.AtNode(new BoolOp { Op = op }, first);
        node.Values.Add(first);
        node.Values.AddRange(others);
        return node;
    }

    private static readonly Parser<(Expr test, IOption<Expr> orElse)> ConditionalTail =
        from @if in Kw("if")
        from test in Disjunction
        from orElse in Kw("else").Then(_ => ExpressionRef).Optional()
        select (test, orElse);

    /// <summary>disjunction ['if' disjunction 'else' expression].</summary>
    internal static readonly Parser<Expr> Conditional =
        (from body in Disjunction
         from tail in ConditionalTail.Optional()
         select MakeConditional(body, tail)).Named("conditional expression");

    private static Expr MakeConditional(Expr body, IOption<(Expr test, IOption<Expr> orElse)> tail)
    {
        if (!tail.IsDefined) return body;
        var (test, orElse) = tail.Get();
        if (!orElse.IsDefined)
            throw ParseContext.Current.Error("expected 'else' after 'if' expression", body.Line, body.Col + 1);
        return Nodes.AtNode(new IfExp { Test = test, Body = body, OrElse = orElse.Get() }, body);
    }

    /// <summary>expression: lambda | conditional.</summary>
    internal static readonly Parser<Expr> Expression = LambdaRef.Or(Conditional).Named("expression");

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    internal static readonly Parser<Expr> NamedExpression =
        (from loc in Tokens.Here
         from name in Tokens.Identifier
         from walrus in Op(":=")
         from value in Expression
         select (Expr)Nodes.At(new NamedExpr { Target = Nodes.At(new Name(name), loc), Value = value }, loc))
        .Or(Expression).Named("named expression");

    /// <summary>'*' bitor — a starred item of a display, call or assignment.</summary>
    private static readonly Parser<Expr> StarredItem =
        from loc in Tokens.Here
        from star in Op("*")
        from value in BitOr
        select (Expr)Nodes.At(new Starred { Value = value }, loc);

    /// <summary>star_named_expression: '*' bitor | named_expression (an element of a list, set or tuple).</summary>
    internal static readonly Parser<Expr> StarNamedExpression = StarredItem.Or(NamedExpression);

    /// <summary>star_expression: '*' bitor | expression.</summary>
    internal static readonly Parser<Expr> StarExpression = StarredItem.Or(Expression);

    /// <summary>star_expressions: an expression, or a tuple without parentheses (a, *b, c,).</summary>
    internal static readonly Parser<Expr> StarExpressions =
        (from first in StarExpression
         from rest in Op(",").Then(_ => StarExpression).Many()
         from trailing in Op(",").Optional()
         select MakeTupleOrSingle(first, rest, trailing.IsDefined)).Named("expression list");

    internal static Expr MakeTupleOrSingle(Expr first, IEnumerable<Expr> rest, bool trailingComma)
    {
        var others = rest as IList<Expr> ?? rest.ToList();
        if (others.Count == 0 && !trailingComma) return first;
        var tuple = Nodes.AtNode(new TupleExpr(), first);
        tuple.Elts.Add(first);
        tuple.Elts.AddRange(others);
        return tuple;
    }

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
        return isFrom ? Nodes.At(new YieldFrom { Value = value }, loc) : Nodes.At(new Yield { Value = value }, loc);
    }

    /// <summary>What an f-string field holds: an expression list or a yield, and nothing after it.</summary>
    private static readonly Parser<Expr> EmbeddedExpression =
        from value in YieldExpression.Or(StarExpressions)
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
            var result = EmbeddedExpression(new SourceInput(text, 0, line, column));
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
