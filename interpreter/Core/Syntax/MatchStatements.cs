// The match statement, rewritten right after parsing into the if/elif chain it means, so that
// the rest of the compiler needs to know only one new expression (Intrinsic). Each case's
// pattern becomes a test of the subject that binds its names as it goes, with := into the
// capture names and into hidden names (starting with a dot, which no program can write) for
// the parts of the subject the sub-patterns look at:
//
//   match command:                  .subject = command
//       case [x, *rest]:            if ((.m1 := MATCH_SEQUENCE(.subject, 1, 0, star)) is not None
//           ...                         and ((x := .m1[0]),) and ((rest := .m1[1]),)):
//       case Point(x=0) as p:           ...
//           ...                     elif ((.m2 := MATCH_CLASS(.subject, Point, 0, ('x',))) is not None
//       case _:                         and .m2[0] == 0) and ((p := .subject),):
//           ...                         ...
//                                   else:
//                                       ...
//
// A capture binds through a one-item tuple, which is true whatever it holds. What the tests
// ask of the subject (its shape and parts) is Runtime/PatternMatching.cs. As in CPython, a
// failed case may leave some of its names bound. The hidden names are deleted when the
// statement ends (a try/finally around the chain).
namespace MiniPy.Syntax;

internal sealed class MatchStatements
{
    int counter;
    /// <summary>The hidden names of the match being rewritten.</summary>
    List<string> temps;

    public static void Rewrite(Module module)
    {
        var rewriter = new MatchStatements();
        StatementRewriter.Rewrite(module.Body, st => st is Match match ? rewriter.Rewrite(match) : null);
    }

    List<Stmt> Rewrite(Match match)
    {
        var at = match;
        string subject = ".subject" + ++counter;
        for (int i = 0; i < match.Cases.Count - 1; i++)
        {
            var c = match.Cases[i];
            if (c.Guard != null) continue;
            string irrefutable = c.Pattern switch
            {
                MatchCapture { Name: null } => "wildcard",
                MatchCapture capture => $"name capture '{capture.Name}'",
                _ => null,
            };
            if (irrefutable != null)
                throw ParseContext.Current.Error($"{irrefutable} makes remaining patterns unreachable", c.Pattern.Line, c.Pattern.Col + 1);
        }
        var outer = temps;
        temps = new List<string> { subject };
        var result = new List<Stmt> { Nodes.AtNode(new Assign { Targets = { Name(at, subject) }, Value = match.Subject }, at) };
        List<Stmt> orElse = new();
        for (int i = match.Cases.Count - 1; i >= 0; i--)
        {
            var c = match.Cases[i];
            var test = Test(c.Pattern, Name(c, subject));
            if (c.Guard != null) test = And(c, test, c.Guard);
            var branch = Nodes.AtNode(new If { Test = test, Body = c.Body, OrElse = orElse }, c);
            orElse = new List<Stmt> { branch };
        }
        // The hidden names start as None and are deleted at the end, so that none is left
        // behind in a module (for import *) or a class body (as an attribute).
        if (temps.Count > 1)
        {
            var init = Nodes.AtNode(new Assign { Value = Const(at, null) }, at);
            foreach (var name in temps.Skip(1)) init.Targets.Add(Name(at, name));
            result.Add(init);
        }
        var cleanup = Nodes.AtNode(new Delete(), at);
        foreach (var name in temps) cleanup.Targets.Add(Name(at, name));
        result.Add(Nodes.AtNode(new Try { Body = orElse, FinalBody = { cleanup } }, at));
        temps = outer;
        return result;
    }

    /// <summary>An expression that is true when the pattern matches subject (an expression
    /// cheap to evaluate again: a name or a subscript of one), binding its names.</summary>
    Expr Test(Pattern p, Expr subject)
    {
        switch (p)
        {
            case MatchCapture { Name: null }:
                return Const(p, true);
            case MatchCapture capture:
                return Bind(p, capture.Name, subject);
            case MatchValue value:
                return Compare(p, subject, CompareOperator.Eq, value.Value);
            case MatchSingleton singleton:
                return Compare(p, subject, CompareOperator.Is, Const(p, singleton.Value));
            case MatchAs pattern:
                return And(p, Test(pattern.Inner, subject), Bind(p, pattern.Name, subject));
            case MatchOr or:
            {
                var any = Nodes.AtNode(new BoolOp { Op = BoolOperator.Or }, p);
                foreach (var alternative in or.Alternatives) any.Values.Add(Test(alternative, subject));
                return any;
            }
            case MatchSequence sequence:
            {
                int star = sequence.Items.FindIndex(i => i is MatchStar);
                int before = star < 0 ? sequence.Items.Count : star;
                int after = star < 0 ? 0 : sequence.Items.Count - star - 1;
                var helper = Helper(p, IntrinsicKind.MatchSequence, subject, Const(p, before), Const(p, after), Const(p, star >= 0));
                return Parts(p, helper, sequence.Items.Select(item => item is MatchStar s
                    ? (s.Name == null ? null : new MatchCapture { Name = s.Name, Line = s.Line, Col = s.Col })
                    : item).ToList());
            }
            case MatchMapping mapping:
            {
                var literalKeys = new List<object>();
                foreach (var key in mapping.Keys)
                {
                    if (key is not Constant { Value: var k }) continue;
                    if (literalKeys.Any(earlier => Equals(earlier, k)))
                        throw ParseContext.Current.Error($"mapping pattern checks duplicate key ({ConstantRepr(k)})", p.Line, p.Col + 1);
                    literalKeys.Add(k);
                }
                var keys = Nodes.AtNode(new TupleExpr(), p);
                keys.Elts.AddRange(mapping.Keys);
                var helper = Helper(p, IntrinsicKind.MatchMapping, subject, keys, Const(p, mapping.Rest != null));
                var parts = new List<Pattern>(mapping.Values);
                if (mapping.Rest != null) parts.Add(new MatchCapture { Name = mapping.Rest, Line = p.Line, Col = p.Col });
                return Parts(p, helper, parts);
            }
            case MatchClass cls:
            {
                var names = Nodes.AtNode(new TupleExpr(), p);
                foreach (var n in cls.KeywordNames) names.Elts.Add(Const(p, n));
                var helper = Helper(p, IntrinsicKind.MatchClass, subject, cls.Cls, Const(p, cls.Positional.Count), names);
                var parts = new List<Pattern>(cls.Positional);
                parts.AddRange(cls.KeywordPatterns);
                return Parts(p, helper, parts);
            }
            default:
                throw ParseContext.Current.Error("invalid syntax", p.Line, p.Col + 1);
        }
    }

    /// <summary>(.mN := HELPER(...)) is not None and each part's test on .mN[i] (a null part
    /// needs no test).</summary>
    Expr Parts(Node at, Expr helper, List<Pattern> parts)
    {
        string temp = ".m" + ++counter;
        temps.Add(temp);
        var test = Nodes.AtNode(new BoolOp { Op = BoolOperator.And }, at);
        test.Values.Add(Compare(at, Nodes.AtNode(new NamedExpr { Target = Name(at, temp), Value = helper }, at), CompareOperator.IsNot, Const(at, null)));
        for (int i = 0; i < parts.Count; i++)
        {
            if (parts[i] == null || parts[i] is MatchCapture { Name: null }) continue;
            var item = Nodes.AtNode(new Subscript { Value = Name(at, temp), Index = Const(at, i) }, at);
            test.Values.Add(Test(parts[i], item));
        }
        return test.Values.Count == 1 ? test.Values[0] : test;
    }

    static string ConstantRepr(object value) => value switch
    {
        string text => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'",
        null => "None",
        bool b => b ? "True" : "False",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    static Expr Helper(Node at, IntrinsicKind kind, params Expr[] args)
    {
        var helper = Nodes.AtNode(new Intrinsic { Kind = kind }, at);
        helper.Args.AddRange(args);
        return helper;
    }

    /// <summary>((name := value),): binds, and is true.</summary>
    static Expr Bind(Node at, string name, Expr value)
    {
        var tuple = Nodes.AtNode(new TupleExpr(), at);
        tuple.Elts.Add(Nodes.AtNode(new NamedExpr { Target = Name(at, name), Value = value }, at));
        return tuple;
    }

    static Expr And(Node at, Expr left, Expr right)
    {
        var and = Nodes.AtNode(new BoolOp { Op = BoolOperator.And }, at);
        and.Values.Add(left);
        and.Values.Add(right);
        return and;
    }

    static Expr Compare(Node at, Expr left, CompareOperator op, Expr right)
    {
        var compare = Nodes.AtNode(new Compare { Left = left }, at);
        compare.Ops.Add(op);
        compare.Comparators.Add(right);
        return compare;
    }

    static Expr Const(Node at, object value) => Nodes.AtNode(new Constant(value is int n ? new System.Numerics.BigInteger(n) : value), at);

    static Name Name(Node at, string id) => Nodes.AtNode(new Name(id), at);
}
