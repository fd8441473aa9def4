// The patterns of `case` clauses (PEP 634): captures and the wildcard, literals and dotted
// values, sequences with one starred item, mappings with **rest, class patterns with
// positional and keyword sub-patterns, alternatives with |, and `as` bindings.
using Sprache;

namespace MiniPy.Syntax;

internal static class PatternGrammar
{
    private static Parser<string> Op(string op) => Tokens.Operator(op);
    private static Parser<string> Kw(string word) => Tokens.Keyword(word);

    private static Parser<Pattern> PatternRef => Parse.Ref(() => AsPattern);

    /// <summary>patterns: a pattern, or an open sequence (`case a, *b:`).</summary>
    internal static readonly Parser<Pattern> Patterns =
        from loc in Tokens.Here
        from first in Parse.Ref(() => MaybeStar)
        from rest in Op(",").Then(_ => Parse.Ref(() => MaybeStar)).Many()
        from trailing in Op(",").Optional()
        select rest.Any() || trailing.IsDefined || first is MatchStar
            ? Nodes.At(Sequence(Prepend(first, rest)), loc)
            : first;

    /// <summary>or_pattern ['as' NAME].</summary>
    private static readonly Parser<Pattern> AsPattern =
        from loc in Tokens.Here
        from inner in Parse.Ref(() => OrPattern)
        from name in Kw("as").Then(_ => Tokens.Identifier).Optional()
        select name.IsDefined ? Nodes.At(new MatchAs { Inner = inner, Name = CaptureName(name.Get(), loc) }, loc) : inner;

    private static readonly Parser<Pattern> OrPattern =
        from loc in Tokens.Here
        from first in Parse.Ref(() => ClosedPattern)
        from rest in Op("|").Then(_ => Parse.Ref(() => ClosedPattern)).Many()
        select rest.Any() ? Nodes.At(new MatchOr { Alternatives = Prepend(first, rest) }, loc) : first;

    private static readonly Parser<Pattern> MaybeStar = Lookahead.If(Lookahead.Operator("*"),
        from loc in Tokens.Here
        from star in Op("*")
        from name in Tokens.Identifier
        select (Pattern)Nodes.At(new MatchStar { Name = name == "_" ? null : name }, loc),
        PatternRef);

    private static readonly Parser<List<Pattern>> SequenceItems =
        from first in MaybeStar
        from rest in Op(",").Then(_ => MaybeStar).Many()
        from trailing in Op(",").Optional()
        select Prepend(first, rest);

    private static readonly Parser<Pattern> ListPattern =
        from loc in Tokens.Here
        from open in Op("[")
        from items in SequenceItems.Optional()
        from close in Op("]")
        select (Pattern)Nodes.At(Sequence(items.GetOrElse(new List<Pattern>())), loc);

    /// <summary>( ) is an empty sequence, (p) a group, (p,) and (p, q) sequences.</summary>
    private static readonly Parser<Pattern> ParenPattern =
        from loc in Tokens.Here
        from open in Op("(")
        from body in (from first in MaybeStar
                      from rest in Op(",").Then(_ => MaybeStar).Many()
                      from trailing in Op(",").Optional()
                      select (first, rest: rest.ToList(), comma: trailing.IsDefined)).Optional()
        from close in Op(")")
        select body.IsDefined && body.Get().rest.Count == 0 && !body.Get().comma && body.Get().first is not MatchStar
            ? body.Get().first
            : Nodes.At(Sequence(body.IsDefined ? Prepend(body.Get().first, body.Get().rest) : new List<Pattern>()), loc);

    private static readonly Parser<(Expr key, Pattern value, string rest)> MappingItem = Lookahead.If(Lookahead.Operator("**"),
        from stars in Op("**")
        from name in Tokens.Identifier
        select ((Expr)null, (Pattern)null, name),
        from key in Parse.Ref(() => MappingKey)
        from colon in Op(":")
        from value in PatternRef
        select (key, value, (string)null));

    private static readonly Parser<Pattern> MappingPattern =
        from loc in Tokens.Here
        from open in Op("{")
        from items in (from first in MappingItem
                       from rest in Op(",").Then(_ => MappingItem).Many()
                       from trailing in Op(",").Optional()
                       select Prepend(first, rest)).Optional()
        from close in Op("}")
        select MakeMapping(loc, items.GetOrElse(new List<(Expr, Pattern, string)>()));

    private static Pattern MakeMapping(Loc loc, List<(Expr key, Pattern value, string rest)> items)
    {
        var mapping = Nodes.At(new MatchMapping(), loc);
        for (int i = 0; i < items.Count; i++)
        {
            var (key, value, rest) = items[i];
            if (rest != null)
            {
                if (i != items.Count - 1) throw ParseContext.Current.Error("invalid syntax", loc.Line, loc.Col + 1);
                mapping.Rest = rest == "_" ? throw ParseContext.Current.Error("invalid syntax", loc.Line, loc.Col + 1) : rest;
                continue;
            }
            mapping.Keys.Add(key);
            mapping.Values.Add(value);
        }
        return mapping;
    }

    /// <summary>A mapping key: a literal or a dotted value.</summary>
    private static readonly Parser<Expr> MappingKey =
        from loc in Tokens.Here
        from value in Parse.Ref(() => ValueOrLiteral)
        select value is MatchValue v ? v.Value : SingletonConstant(value, loc);

    private static Expr SingletonConstant(Pattern p, Loc loc)
    {
        if (p is MatchSingleton s) return Nodes.At(new Constant(s.Value), loc);
        throw ParseContext.Current.Error("mapping pattern keys may only match literals and attribute lookups", loc.Line, loc.Col + 1);
    }

    private static readonly Parser<Pattern> ClosedPattern = Lookahead.Switch(at =>
        at.AtEnd ? Tokens.Nothing<Pattern>("pattern") : at.Current switch
        {
            '(' => ParenPattern,
            '[' => ListPattern,
            '{' => MappingPattern,
            _ => Parse.Ref(() => NameOrLiteral),
        });

    /// <summary>A capture, the wildcard, a dotted value or a class pattern — or a literal.</summary>
    private static readonly Parser<Pattern> NameOrLiteral =
        (from loc in Tokens.Here
         from first in Tokens.Identifier
         from rest in Op(".").Then(_ => Tokens.Identifier).Many()
         from call in Parse.Ref(() => ClassArguments).Optional()
         select MakeNamePattern(loc, first, rest.ToList(), call.GetOrDefault()))
        .Or(Parse.Ref(() => ValueOrLiteral));

    private static Pattern MakeNamePattern(Loc loc, string first, List<string> rest, List<(string name, Pattern pattern)> arguments)
    {
        if (arguments == null && rest.Count == 0)
            return Nodes.At(new MatchCapture { Name = first == "_" ? null : first }, loc);
        Expr value = Nodes.At(new Name(first), loc);
        foreach (var attr in rest) value = Nodes.At(new Attribute { Value = value, Attr = attr }, loc);
        if (arguments == null) return Nodes.At(new MatchValue { Value = value }, loc);
        var cls = Nodes.At(new MatchClass { Cls = value }, loc);
        foreach (var (name, pattern) in arguments)
        {
            if (name == null)
            {
                if (cls.KeywordNames.Count > 0)
                    throw ParseContext.Current.Error("positional patterns follow keyword patterns", pattern.Line, pattern.Col + 1);
                cls.Positional.Add(pattern);
            }
            else
            {
                cls.KeywordNames.Add(name);
                cls.KeywordPatterns.Add(pattern);
            }
        }
        return cls;
    }

    private static readonly Parser<(string name, Pattern pattern)> ClassArgument =
        (from name in Tokens.Identifier
         from eq in Op("=")
         from pattern in PatternRef
         select (name, pattern))
        .Or(from pattern in PatternRef select ((string)null, pattern));

    private static readonly Parser<List<(string name, Pattern pattern)>> ClassArguments =
        from open in Op("(")
        from items in (from first in ClassArgument
                       from rest in Op(",").Then(_ => ClassArgument).Many()
                       from trailing in Op(",").Optional()
                       select Prepend(first, rest)).Optional()
        from close in Op(")")
        select items.GetOrElse(new List<(string, Pattern)>());

    /// <summary>None, True, False, a (signed, possibly complex) number, strings, or a dotted value.</summary>
    private static readonly Parser<Pattern> ValueOrLiteral =
        from loc in Tokens.Here
        from value in ExpressionGrammar.Sum
        select MakeLiteral(value, loc);

    private static Pattern MakeLiteral(Expr value, Loc loc)
    {
        if (value is Constant { Value: null }) return Nodes.At(new MatchSingleton { Value = null }, loc);
        if (value is Constant { Value: bool b }) return Nodes.At(new MatchSingleton { Value = b }, loc);
        if (IsLiteral(value) || IsDotted(value)) return Nodes.At(new MatchValue { Value = value }, loc);
        throw ParseContext.Current.Error("patterns may only match literals and attribute lookups", loc.Line, loc.Col + 1);
    }

    private static bool IsLiteral(Expr e) => e switch
    {
        Constant c => c.Value is not (null or bool),
        JoinedStr => false,
        UnaryOp { Op: UnaryOperator.Neg, Operand: Constant } => true,
        BinOp { Op: BinaryOperator.Add or BinaryOperator.Sub } bin => IsLiteral(bin.Left) && bin.Right is Constant,
        _ => false,
    };

    private static bool IsDotted(Expr e) => e is Attribute a && (a.Value is Name || IsDotted(a.Value));

    private static string CaptureName(string name, Loc loc)
    {
        if (name == "_") throw ParseContext.Current.Error("cannot use '_' as a target", loc.Line, loc.Col + 1);
        return name;
    }

    private static MatchSequence Sequence(List<Pattern> items)
    {
        var sequence = new MatchSequence { Items = items };
        if (items.Count(p => p is MatchStar) > 1)
            throw ParseContext.Current.Error("multiple starred names in sequence pattern", items[0].Line, items[0].Col + 1);
        return sequence;
    }

    private static List<T> Prepend<T>(T first, IEnumerable<T> rest)
    {
        var list = new List<T> { first };
        list.AddRange(rest);
        return list;
    }
}
