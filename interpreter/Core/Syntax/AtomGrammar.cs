// Atoms: names, literals, and the displays — (tuple / group / generator), [list / list
// comprehension], {dict / set / their comprehensions} — plus comprehension clauses and the
// assignment-target lists that 'for' clauses use.
using Sprache;

namespace MiniPy.Syntax;

internal static class AtomGrammar
{
    private static Parser<string> Op(string op) => Tokens.Operator(op);
    private static Parser<string> Kw(string word) => Tokens.Keyword(word);

    // Rules of other classes (which are built from this one) and of this class further down.
    private static Parser<Expr> ExpressionRef => Parse.Ref(() => ExpressionGrammar.Expression);
    private static Parser<Expr> StarNamedExpressionRef => Parse.Ref(() => ExpressionGrammar.StarNamedExpression);
    private static Parser<Expr> YieldExpressionRef => Parse.Ref(() => ExpressionGrammar.YieldExpression);
    private static Parser<Expr> BitOrRef => Parse.Ref(() => ExpressionGrammar.BitOr);
    private static Parser<Expr> DisjunctionRef => Parse.Ref(() => ExpressionGrammar.Disjunction);
    private static Parser<Expr> PrimaryRef => Parse.Ref(() => PrimaryGrammar.Primary);
    private static Parser<List<Comprehension>> ComprehensionClausesRef => Parse.Ref(() => ComprehensionClauses);

    private static readonly Parser<Expr> NameAtom =
        Tokens.LocatedIdentifier.Select(name => (Expr)Nodes.At(new Name(name.name), name.at));

    private static readonly Parser<Expr> KeywordConstant =
        from loc in Tokens.Here
        from value in Kw("None").Return((object)null)
            .Or(Kw("True").Return((object)true))
            .Or(Kw("False").Return((object)false))
            .Or(Op("...").Return((object)EllipsisValue.Instance))
        select (Expr)Nodes.At(new Constant(value), loc);

    // ───────────── what follows the first element of a display ─────────────

    /// <summary>The rest of a display after its first element: comprehension clauses, or more elements.</summary>
    private sealed class DisplayTail
    {
        public List<Comprehension> Generators; // non-null for a comprehension
        public List<Expr> More = new();
        public bool HasComma;
    }

    private static readonly Parser<DisplayTail> ComprehensionTail =
        ComprehensionClausesRef.Select(generators => new DisplayTail { Generators = generators });

    private static readonly Parser<DisplayTail> ElementsTail =
        from more in Op(",").Then(_ => StarNamedExpressionRef).Many()
        from trailing in Op(",").Optional()
        select new DisplayTail { More = more.ToList(), HasComma = trailing.IsDefined || more.Any() };

    private static readonly Parser<DisplayTail> DisplayTailRule = ComprehensionTail.Or(ElementsTail);

    private static readonly Parser<(Expr first, DisplayTail tail)> FirstAndTail =
        from first in StarNamedExpressionRef
        from tail in DisplayTailRule
        select (first, tail);

    private static void RejectStarredComprehension(Expr element)
    {
        if (element is Starred)
            throw ParseContext.Current.Error("iterable unpacking cannot be used in comprehension", element.Line, element.Col + 1);
    }

    // ───────────── ( ) ─────────────

    private static readonly Parser<Func<Loc, Expr>> ParenContents =
        Op(")").Return<string, Func<Loc, Expr>>(loc => Nodes.At(new TupleExpr(), loc))
            .Or(from yield in YieldExpressionRef from close in Op(")") select (Func<Loc, Expr>)(_ => yield))
            .Or(from content in FirstAndTail
                from close in Op(")")
                select (Func<Loc, Expr>)(loc => MakeParenthesized(loc, content.first, content.tail)));

    private static Expr MakeParenthesized(Loc loc, Expr first, DisplayTail tail)
    {
        if (tail.Generators != null)
        {
            RejectStarredComprehension(first);
            return Nodes.At(new GeneratorExp { Elt = first, Generators = tail.Generators }, loc);
        }
        if (!tail.HasComma)
        {
            if (first is Starred) throw ParseContext.Current.Error("cannot use starred expression here", first.Line, first.Col + 1);
            return first;
        }
        var tuple = Nodes.At(new TupleExpr(), loc);
        tuple.Elts.Add(first);
        tuple.Elts.AddRange(tail.More);
        return tuple;
    }

    private static readonly Parser<Expr> ParenAtom =
        from loc in Tokens.Here
        from open in Op("(")
        from make in ParenContents
        select make(loc);

    // ───────────── [ ] ─────────────

    private static readonly Parser<Func<Loc, Expr>> ListContents =
        Op("]").Return<string, Func<Loc, Expr>>(loc => Nodes.At(new ListExpr(), loc))
            .Or(from content in FirstAndTail
                from close in Op("]")
                select (Func<Loc, Expr>)(loc => MakeList(loc, content.first, content.tail)));

    private static Expr MakeList(Loc loc, Expr first, DisplayTail tail)
    {
        if (tail.Generators != null)
        {
            RejectStarredComprehension(first);
            return Nodes.At(new ListComp { Elt = first, Generators = tail.Generators }, loc);
        }
        var list = Nodes.At(new ListExpr(), loc);
        list.Elts.Add(first);
        list.Elts.AddRange(tail.More);
        return list;
    }

    private static readonly Parser<Expr> ListAtom =
        from loc in Tokens.Here
        from open in Op("[")
        from make in ListContents
        select make(loc);

    // ───────────── { } ─────────────

    /// <summary>One dict entry after the first: key: value, or **mapping (Key null). A key
    /// followed by ',' or '}' instead of ':' is CPython's "':' expected after dictionary
    /// key", marked at the key's last character.</summary>
    private static readonly Parser<(Expr key, Expr value)> DictEntry =
        (from stars in Op("**") from mapping in BitOrRef select ((Expr)null, mapping))
        .Or(from key in ExpressionRef from colon in ColonAfterKey(key) from value in ExpressionRef select (key, value));

    private static Parser<string> ColonAfterKey(Expr key) => input =>
    {
        var result = Op(":")(input);
        if (result.WasSuccessful) return result;
        var at = Tokens.SkipBlanks(input);
        if (!at.AtEnd && at.Source[at.Position] is ',' or '}')
            throw ParseContext.Current.Error("':' expected after dictionary key", key.EndLine, key.EndCol);
        return result;
    };

    private static readonly Parser<List<(Expr key, Expr value)>> MoreDictEntries =
        from more in Op(",").Then(_ => DictEntry).Many()
        from trailing in Op(",").Optional()
        select more.ToList();

    private static readonly Parser<Func<Loc, Expr>> BraceContents =
        Op("}").Return<string, Func<Loc, Expr>>(loc => Nodes.At(new DictExpr(), loc))
            .Or(from stars in Op("**")
                from mapping in BitOrRef
                from more in MoreDictEntries
                from close in Op("}")
                select (Func<Loc, Expr>)(loc => MakeDict(loc, null, mapping, more)))
            .Or(from key in StarNamedExpressionRef
                from colon in Op(":")
                from value in ExpressionRef
                from rest in ComprehensionClausesRef.Select(g => (generators: g, more: (List<(Expr, Expr)>)null))
                    .Or(MoreDictEntries.Select(m => (generators: (List<Comprehension>)null, more: m)))
                from close in Op("}")
                select (Func<Loc, Expr>)(loc => rest.generators != null
                    ? Nodes.At(new DictComp { Key = key, Value = value, Generators = rest.generators }, loc)
                    : MakeDict(loc, key, value, rest.more)))
            .Or(from content in FirstAndTail
                from close in Op("}")
                select (Func<Loc, Expr>)(loc => MakeSet(loc, content.first, content.tail)));

    private static Expr MakeDict(Loc loc, Expr firstKey, Expr firstValue, List<(Expr key, Expr value)> more)
    {
        var dict = Nodes.At(new DictExpr(), loc);
        dict.Keys.Add(firstKey);
        dict.Values.Add(firstValue);
        foreach (var (key, value) in more)
        {
            dict.Keys.Add(key);
            dict.Values.Add(value);
        }
        return dict;
    }

    private static Expr MakeSet(Loc loc, Expr first, DisplayTail tail)
    {
        if (tail.Generators != null)
        {
            RejectStarredComprehension(first);
            return Nodes.At(new SetComp { Elt = first, Generators = tail.Generators }, loc);
        }
        var set = Nodes.At(new SetExpr(), loc);
        set.Elts.Add(first);
        set.Elts.AddRange(tail.More);
        return set;
    }

    private static readonly Parser<Expr> BraceAtom =
        from loc in Tokens.Here
        from open in Op("{")
        from make in BraceContents
        select make(loc);

    private static readonly Parser<Expr> NumberAtom = NumberLiterals.Number.Select(c => (Expr)c);

    /// <summary>atom: strings | None/True/False/... | NAME | NUMBER | ( ) | [ ] | { } — picked by the next character.</summary>
    internal static readonly Parser<Expr> Atom = Lookahead.Switch(ChooseAtom);

    /// <summary>True at a string prefix (r, b, f, u, rb, ...) directly followed by a quote.</summary>
    private static bool StartsPrefixedString(string text, int position)
    {
        int p = position;
        while (p < text.Length && p - position < 2 && "rRbBuUfF".IndexOf(text[p]) >= 0) p++;
        return p > position && p < text.Length && (text[p] == '\'' || text[p] == '"');
    }

    private static Parser<Expr> ChooseAtom(SourceInput at)
    {
        if (at.AtEnd) return NameAtom; // fails, noting where
        char c = at.Current;
        switch (c)
        {
            case '(': return ParenAtom;
            case '[': return ListAtom;
            case '{': return BraceAtom;
            case '\'': case '"': return StringLiterals.Strings;
            case '.': return at.Position + 1 < at.Source.Length && char.IsAsciiDigit(at.Source[at.Position + 1]) ? NumberAtom : KeywordConstant;
        }
        if (char.IsAsciiDigit(c)) return NumberAtom;
        if (StartsPrefixedString(at.Source, at.Position)) return StringLiterals.Strings;
        if (c == 'N' || c == 'T' || c == 'F') return KeywordConstant.Or(NameAtom);
        return NameAtom;
    }

    // ───────────── comprehensions and targets ─────────────

    /// <summary>star_target: ['*'] primary — validated as assignable by the caller.</summary>
    private static readonly Parser<Expr> StarTarget =
        (from loc in Tokens.Here
         from star in Op("*")
         from target in PrimaryRef
         select (Expr)Nodes.At(new Starred { Value = target }, loc))
        .Or(PrimaryRef);

    /// <summary>A single target, as after 'with ... as'.</summary>
    internal static readonly Parser<Expr> SingleTarget = StarTarget;

    /// <summary>star_targets: star_target (',' star_target)* [','] — the target of a 'for'.</summary>
    internal static readonly Parser<Expr> TargetList =
        (from first in StarTarget
         from rest in Op(",").Then(_ => StarTarget).Many()
         from trailing in Op(",").Optional()
         select Nodes.TupleOrSingle(first, rest, trailing.IsDefined)).Named("target list");

    /// <summary>for_if_clause: 'for' star_targets 'in' disjunction ('if' disjunction)*.</summary>
    private static readonly Parser<Comprehension> ComprehensionClause =
        from loc in Tokens.Here
        from isAsync in Kw("async").Optional()
        from @for in Kw("for")
        from target in TargetList
        from @in in Kw("in")
        from iter in DisjunctionRef
        from ifs in Kw("if").Then(_ => DisjunctionRef).Many()
        select MakeComprehension(loc, isAsync.IsDefined, target, iter, ifs);

    private static Comprehension MakeComprehension(Loc loc, bool isAsync, Expr target, Expr iter, IEnumerable<Expr> ifs)
    {
        Targets.CheckAssignable(target);
        var clause = Nodes.At(new Comprehension { IsAsync = isAsync, Target = target, Iter = iter }, loc);
        clause.Ifs.AddRange(ifs);
        return clause;
    }

    internal static readonly Parser<List<Comprehension>> ComprehensionClauses =
        ComprehensionClause.AtLeastOnce().Select(clauses => clauses.ToList());
}
