// Primaries: an atom followed by trailers — .name, [subscript or slices], (call arguments) —
// with the call-argument rules (positional, *args, name=value, **kwargs, a bare generator).
using Sprache;

namespace MiniPy.Syntax;

internal static class PrimaryGrammar
{
    private static Parser<string> Op(string op) => Tokens.Operator(op);

    private static Parser<Expr> ExpressionRef => Parse.Ref(() => ExpressionGrammar.Expression);
    private static Parser<Expr> NamedExpressionRef => Parse.Ref(() => ExpressionGrammar.NamedExpression);
    private static Parser<Expr> StarNamedExpressionRef => Parse.Ref(() => ExpressionGrammar.StarNamedExpression);

    // ───────────── calls ─────────────

    /// <summary>One argument of a call, before the list is split into Args and Keywords.</summary>
    internal sealed class CallArgument
    {
        public Expr Positional;   // a value or a Starred
        public Keyword Keyword;   // name=value or **mapping (Arg null)
        public bool IsBareGenerator;
        public Loc At;
    }

    private static readonly Parser<CallArgument> CallArgumentRule =
        (from loc in Tokens.Here
         from star in Op("*")
         from value in ExpressionRef
         select new CallArgument { Positional = Nodes.At(new Starred { Value = value }, loc), At = loc })
        .Or(from loc in Tokens.Here
            from stars in Op("**")
            from value in ExpressionRef
            select new CallArgument { Keyword = Nodes.At(new Keyword { Arg = null, Value = value }, loc), At = loc })
        .Or(from loc in Tokens.Here
            from name in Tokens.Identifier
            from assignSign in Op("=")
            from value in ExpressionRef
            select new CallArgument { Keyword = Nodes.At(new Keyword { Arg = name, Value = value }, loc), At = loc })
        .Or(from loc in Tokens.Here
            from value in NamedExpressionRef
            from generators in AtomGrammar.ComprehensionClauses.Optional()
            select generators.IsDefined
                ? new CallArgument { Positional = Nodes.AtNode(new GeneratorExp { Elt = value, Generators = generators.Get() }, value), IsBareGenerator = true, At = loc }
                : new CallArgument { Positional = value, At = loc })
        .Named("argument");

    /// <summary>The arguments between a call's parentheses, possibly none.</summary>
    internal static readonly Parser<List<CallArgument>> CallArguments =
        (from first in CallArgumentRule
         from rest in Op(",").Then(_ => CallArgumentRule).Many()
         from trailing in Op(",").Optional()
         select Nodes.Prepend(first, rest))
        .Or(Parse.Return(new List<CallArgument>()).Select(_ => new List<CallArgument>()));

    /// <summary>Splits call arguments into positional and keyword ones, with CPython's ordering checks.</summary>
    internal static void SplitArguments(List<CallArgument> arguments, List<Expr> args, List<Keyword> keywords)
    {
        bool sawKeyword = false, sawDoubleStar = false;
        foreach (var argument in arguments)
        {
            if (argument.IsBareGenerator && arguments.Count > 1)
                throw ParseContext.Current.Error("Generator expression must be parenthesized", argument.At.Line, argument.At.Col + 1);
            if (argument.Keyword != null)
            {
                if (argument.Keyword.Arg == null) sawDoubleStar = true;
                else sawKeyword = true;
                keywords.Add(argument.Keyword);
                continue;
            }
            if (argument.Positional is Starred)
            {
                if (sawDoubleStar)
                    throw ParseContext.Current.Error("iterable argument unpacking follows keyword argument unpacking", argument.At.Line, argument.At.Col + 1);
            }
            else if (sawDoubleStar)
                throw ParseContext.Current.Error("positional argument follows keyword argument unpacking", argument.At.Line, argument.At.Col + 2);
            else if (sawKeyword)
                throw ParseContext.Current.Error("positional argument follows keyword argument", argument.At.Line, argument.At.Col + 2);
            args.Add(argument.Positional);
        }
    }

    private static readonly Parser<Func<Expr, Expr>> CallTrailer =
        from open in Op("(")
        from arguments in CallArguments
        from close in Op(")")
        select (Func<Expr, Expr>)(func =>
        {
            var call = Nodes.AtNode(new Call { Func = func }, func);
            SplitArguments(arguments, call.Args, call.Keywords);
            return call;
        });

    // ───────────── subscripts and slices ─────────────

    /// <summary>':' [upper] [':' [step]] — the part of a slice after its lower bound.</summary>
    private static readonly Parser<(Expr upper, Expr step)> SliceBounds =
        from colon in Op(":")
        from upper in ExpressionRef.Optional()
        from step in Op(":").Then(_ => ExpressionRef.Optional()).Optional()
        select (upper.GetOrDefault(), step.IsDefined ? step.Get().GetOrDefault() : null);

    /// <summary>slice: [lower] ':' [upper] [':' [step]] | named_expression | '*' bitor.</summary>
    private static readonly Parser<Expr> SliceItem =
        (from loc in Tokens.Here
         from bounds in SliceBounds
         select (Expr)Nodes.At(new Slice { Upper = bounds.upper, Step = bounds.step }, loc))
        .Or(from lower in StarNamedExpressionRef
            from bounds in SliceBounds.Optional()
            select bounds.IsDefined
                ? Nodes.AtNode(new Slice { Lower = lower, Upper = bounds.Get().upper, Step = bounds.Get().step }, lower)
                : lower);

    private static readonly Parser<Expr> Slices =
        from first in SliceItem
        from rest in Op(",").Then(_ => SliceItem).Many()
        from trailing in Op(",").Optional()
        select Nodes.TupleOrSingle(first, rest, trailing.IsDefined);

    private static readonly Parser<Func<Expr, Expr>> SubscriptTrailer =
        from open in Op("[")
        from index in Slices
        from close in Op("]")
        select (Func<Expr, Expr>)(value => Nodes.AtNode(new Subscript { Value = value, Index = index }, value));

    private static readonly Parser<Func<Expr, Expr>> AttributeTrailer =
        from dot in Op(".")
        from name in Tokens.Identifier
        select (Func<Expr, Expr>)(value => Nodes.AtNode(new Attribute { Value = value, Attr = name }, value));

    /// <summary>trailer: '.' NAME | '(' arguments ')' | '[' slices ']' — picked by the next token.</summary>
    private static readonly Parser<Func<Expr, Expr>> Trailer = Lookahead.Switch(at => Tokens.OperatorAt(at.Source, at.Position) switch
    {
        "." => AttributeTrailer,
        "(" => CallTrailer,
        "[" => SubscriptTrailer,
        _ => NoTrailer,
    });

    private static readonly Parser<Func<Expr, Expr>> NoTrailer = Tokens.Nothing<Func<Expr, Expr>>("trailer");

    /// <summary>primary: atom trailer*.</summary>
    internal static readonly Parser<Expr> Primary = Chains.Postfix(AtomGrammar.Atom, Trailer);

}
