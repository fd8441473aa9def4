// Parameter lists of 'def' (with annotations) and 'lambda' (without), and the lambda
// expression. Items are parsed flat (a, b=1, /, *args, c, **kw) and then checked and sorted
// into an Arguments node with CPython's messages for misplaced parameters.
using Sprache;

namespace MiniPy.Syntax;

internal static class ParameterGrammar
{
    private static Parser<string> Op(string op) => Tokens.Operator(op);
    private static Parser<string> Kw(string word) => Tokens.Keyword(word);

    private static Parser<Expr> ExpressionRef => Parse.Ref(() => ExpressionGrammar.Expression);

    private enum ParameterKind { Plain, Slash, Star, DoubleStar }

    private sealed class ParameterItem
    {
        public ParameterKind Kind;
        public Arg Arg;        // null for '/' and a bare '*'
        public Expr Default;
        public SourceInput At;
    }

    private static Parser<Arg> ParameterName(bool annotated)
    {
        var name = from loc in Tokens.Here from id in Tokens.Identifier select Nodes.At(new Arg(id), loc);
        if (!annotated) return name;
        return from arg in name
               from annotation in Op(":").Then(_ => ExpressionRef).Optional()
               select SetAnnotation(arg, annotation.GetOrDefault());
    }

    private static Arg SetAnnotation(Arg arg, Expr annotation)
    {
        arg.Annotation = annotation;
        return arg;
    }

    private static Parser<ParameterItem> ParameterItemRule(bool annotated)
    {
        var name = ParameterName(annotated);
        return (from at in Tokens.HereInput from slash in Op("/") select new ParameterItem { Kind = ParameterKind.Slash, At = at })
            .Or(from at in Tokens.HereInput
                from stars in Op("**")
                from arg in name
                select new ParameterItem { Kind = ParameterKind.DoubleStar, Arg = arg, At = at })
            .Or(from at in Tokens.HereInput
                from star in Op("*")
                from arg in name.Optional()
                select new ParameterItem { Kind = ParameterKind.Star, Arg = arg.GetOrDefault(), At = at })
            .Or(from at in Tokens.HereInput
                from arg in name
                from @default in Op("=").Then(_ => ExpressionRef).Optional()
                select new ParameterItem { Kind = ParameterKind.Plain, Arg = arg, Default = @default.GetOrDefault(), At = at })
            .Named("parameter");
    }

    private static Parser<Arguments> ParameterList(bool annotated)
    {
        var item = ParameterItemRule(annotated);
        return (from loc in Tokens.Here
                from first in item
                from rest in Op(",").Then(_ => item).Many()
                from trailing in Op(",").Optional()
                select BuildArguments(loc, Nodes.Prepend(first, rest)))
            .Or(Tokens.Here.Select(loc => Nodes.At(new Arguments(), loc)));
    }

    /// <summary>The parameters between the parentheses of a 'def' (possibly none).</summary>
    internal static readonly Parser<Arguments> FunctionParameters = ParameterList(annotated: true).Named("parameters");

    /// <summary>The parameters of a 'lambda' before its ':' (possibly none).</summary>
    internal static readonly Parser<Arguments> LambdaParameters = ParameterList(annotated: false).Named("lambda parameters");

    private static Arguments BuildArguments(Loc loc, List<ParameterItem> items)
    {
        var context = ParseContext.Current;
        var arguments = Nodes.At(new Arguments(), loc);
        bool sawSlash = false, sawStar = false, sawDefault = false;
        var names = new HashSet<string>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Arg != null && !names.Add(item.Arg.Name))
                throw context.Error($"duplicate argument '{item.Arg.Name}' in function definition", item.Arg.Line, item.Arg.Col + 1);
            if (arguments.KwArg != null)
                throw context.Error("arguments cannot follow var-keyword argument", item.At);
            switch (item.Kind)
            {
                case ParameterKind.Slash:
                    if (sawSlash) throw context.Error("/ may appear only once", item.At);
                    if (sawStar) throw context.Error("/ must be ahead of *", item.At);
                    if (arguments.Args.Count == 0) throw context.Error("at least one argument must precede /", item.At);
                    sawSlash = true;
                    arguments.PosOnlyArgs.AddRange(arguments.Args);
                    arguments.Args.Clear();
                    break;
                case ParameterKind.Star:
                    if (sawStar) throw context.Error("* argument may appear only once", item.At);
                    sawStar = true;
                    bool namedFollow = i + 1 < items.Count && items[i + 1].Kind == ParameterKind.Plain;
                    if (item.Arg == null && !namedFollow) throw context.Error("named arguments must follow bare *", item.At);
                    arguments.VarArg = item.Arg;
                    break;
                case ParameterKind.DoubleStar:
                    arguments.KwArg = item.Arg;
                    break;
                default:
                    if (sawStar)
                    {
                        arguments.KwOnlyArgs.Add(item.Arg);
                        arguments.KwDefaults.Add(item.Default);
                    }
                    else
                    {
                        if (item.Default != null) sawDefault = true;
                        else if (sawDefault)
                            throw context.Error("non-default argument follows default argument", item.Arg.Line, item.Arg.Col + 1);
                        arguments.Args.Add(item.Arg);
                        if (item.Default != null) arguments.Defaults.Add(item.Default);
                    }
                    break;
            }
        }
        return arguments;
    }

    /// <summary>lambda: 'lambda' [parameters] ':' expression.</summary>
    internal static readonly Parser<Expr> LambdaExpression =
        (from loc in Tokens.Here
         from keyword in Kw("lambda")
         from parameters in LambdaParameters
         from colon in Op(":")
         from body in LambdaBody
         select (Expr)Nodes.At(new Lambda { Args = parameters, Body = body }, loc)).Named("lambda");

    /// <summary>A lambda's body. A yield in it makes the lambda a generator, not the statement
    /// around it, so its position is not kept for the "'yield' outside function" check.</summary>
    static readonly Parser<Expr> LambdaBody = input =>
    {
        var positions = ParseContext.Current.YieldPositions;
        int before = positions.Count;
        var result = ExpressionRef(input);
        if (result.WasSuccessful && positions.Count > before) positions.RemoveRange(before, positions.Count - before);
        return result;
    };
}
