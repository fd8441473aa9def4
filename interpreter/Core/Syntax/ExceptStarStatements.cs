// `except*` (PEP 654), rewritten right after parsing into plain try statements, as match and
// `async with` are. The exception caught is split, clause by clause, into the part a clause's
// types match and the rest; each clause runs with its part as the exception being handled
// (so a bare `raise` re-raises that part, and exceptions raised there get it as context);
// what the clauses raised, what they re-raised and what no clause matched are then combined
// into the exception that leaves the statement, as CPython's _PyExc_PrepReraiseStar does.
// The work is done by intrinsics (<...> below, see VM/Intrinsics.cs and Lib/_exceptiongroup.py);
// <reraise X> re-raises X as it is, without a new traceback entry or context.
//
//   try:                                  try:
//       BODY                                  BODY
//   except* T1 as N1:                     except <BaseException> as .eg:
//       H1                                    .st = <ExcStarBegin>(.eg)
//   except* T2:                               .m = <ExcStarMatch>(.st, T1)
//       H2                                    if .m is not None:
//   else:                                         try:
//       ELSE                                          try:
//   finally:                                              <reraise .m>
//       FINAL                                         except <BaseException> as N1:
//                                                         H1
//                                                 except <BaseException> as .new:
//                                                     <ExcStarRaised>(.st, .new)
//                                             ... T2, H2 likewise ...
//                                             .r = <ExcStarFinish>(.st)
//                                             del .st, .m
//                                             if .r is not None:
//                                                 <reraise .r>
//                                             del .r
//                                         else:
//                                             ELSE
//                                         finally:
//                                             FINAL
//
// The rules CPython checks when compiling are checked here: no plain `except` beside an
// `except*`, and no break, continue or return inside an except* clause.
namespace MiniPy.Syntax;

internal sealed class ExceptStarStatements
{
    int counter;
    readonly ParseContext context;

    ExceptStarStatements(ParseContext context) => this.context = context;

    public static void Rewrite(Module module, ParseContext context)
    {
        var rewriter = new ExceptStarStatements(context);
        StatementRewriter.Rewrite(module.Body, st => st is Try t && t.Handlers.Exists(h => h.IsStar) ? rewriter.Replace(t) : null);
    }

    List<Stmt> Replace(Try t)
    {
        var plain = t.Handlers.Find(h => !h.IsStar);
        if (plain != null) throw context.Error("cannot have both 'except' and 'except*' on the same 'try'", plain.Line, plain.Col + 1);
        foreach (var h in t.Handlers) CheckNoJumpsOut(h.Body);

        int n = ++counter;
        var at = t;
        string eg = ".eg" + n, state = ".st" + n, match = ".m" + n, raised = ".new" + n, result = ".r" + n;
        var handler = Nodes.AtNode(new ExceptHandler { Type = Intrinsic(at, IntrinsicKind.BaseExceptionType), Name = eg }, at);
        handler.Body.Add(Assign(at, state, Intrinsic(at, IntrinsicKind.ExcStarBegin, Name(at, eg))));
        for (int i = 0; i < t.Handlers.Count; i++)
        {
            var clause = t.Handlers[i];
            var where = clause;
            handler.Body.Add(Assign(where, match, Intrinsic(where, IntrinsicKind.ExcStarMatch, Name(where, state), clause.Type)));
            // The clause's own body, run with its part as the exception being handled.
            var runClause = Nodes.AtNode(new Try
            {
                Body = { Nodes.AtNode(new Reraise { Value = Name(where, match) }, where) },
                Handlers =
                {
                    Nodes.AtNode(new ExceptHandler
                    {
                        Type = Intrinsic(where, IntrinsicKind.BaseExceptionType),
                        Name = clause.Name ?? ".h" + n,
                        Body = clause.Body,
                    }, where),
                },
            }, where);
            var collect = Nodes.AtNode(new Try
            {
                Body = { runClause },
                Handlers =
                {
                    Nodes.AtNode(new ExceptHandler
                    {
                        Type = Intrinsic(where, IntrinsicKind.BaseExceptionType),
                        Name = raised,
                        Body = { Nodes.AtNode(new ExprStmt { Value = Intrinsic(where, IntrinsicKind.ExcStarRaised, Name(where, state), Name(where, raised)) }, where) },
                    }, where),
                },
            }, where);
            handler.Body.Add(Nodes.AtNode(new If { Test = IsNotNone(where, Name(where, match)), Body = { collect } }, where));
        }
        handler.Body.Add(Assign(at, result, Intrinsic(at, IntrinsicKind.ExcStarFinish, Name(at, state))));
        handler.Body.Add(Nodes.AtNode(new Delete { Targets = { Name(at, state), Name(at, match) } }, at));
        handler.Body.Add(Nodes.AtNode(new If
        {
            Test = IsNotNone(at, Name(at, result)),
            Body = { Nodes.AtNode(new Reraise { Value = Name(at, result) }, at) },
        }, at));
        handler.Body.Add(Nodes.AtNode(new Delete { Targets = { Name(at, result) } }, at)); // reached only when nothing is raised

        var rewritten = Nodes.AtNode(new Try { Body = t.Body, Handlers = { handler }, OrElse = t.OrElse }, at);
        if (t.FinalBody.Count == 0) return new List<Stmt> { rewritten };
        return new List<Stmt> { Nodes.AtNode(new Try { Body = { rewritten }, FinalBody = t.FinalBody }, at) };
    }

    /// <summary>break, continue and return cannot leave an except* clause (its part of the
    /// group would be lost); inside a loop of the clause, break and continue stay in the
    /// loop, and a nested function or class may use all three.</summary>
    void CheckNoJumpsOut(List<Stmt> body, bool inLoop = false)
    {
        foreach (var st in body)
        {
            switch (st)
            {
                case Return:
                case Break or Continue when !inLoop:
                    throw context.Error("'break', 'continue' and 'return' cannot appear in an except* block", st.Line, st.Col + 1);
                case For f:
                    CheckNoJumpsOut(f.Body, inLoop: true);
                    CheckNoJumpsOut(f.OrElse, inLoop);
                    break;
                case While w:
                    CheckNoJumpsOut(w.Body, inLoop: true);
                    CheckNoJumpsOut(w.OrElse, inLoop);
                    break;
                case If i:
                    CheckNoJumpsOut(i.Body, inLoop);
                    CheckNoJumpsOut(i.OrElse, inLoop);
                    break;
                case With w:
                    CheckNoJumpsOut(w.Body, inLoop);
                    break;
                case Try tr:
                    CheckNoJumpsOut(tr.Body, inLoop);
                    foreach (var h in tr.Handlers) CheckNoJumpsOut(h.Body, inLoop);
                    CheckNoJumpsOut(tr.OrElse, inLoop);
                    CheckNoJumpsOut(tr.FinalBody, inLoop);
                    break;
            }
        }
    }

    static Stmt Assign(Node at, string target, Expr value)
        => Nodes.AtNode(new Assign { Targets = { Name(at, target) }, Value = value }, at);

    static Name Name(Node at, string id) => Nodes.AtNode(new Name(id), at);

    static Expr IsNotNone(Node at, Expr value) => Nodes.AtNode(new Compare
    {
        Left = value,
        Ops = { CompareOperator.IsNot },
        Comparators = { Nodes.AtNode(new Constant(null), at) },
    }, at);

    static Expr Intrinsic(Node at, IntrinsicKind kind, params Expr[] args)
    {
        var intrinsic = Nodes.AtNode(new Intrinsic { Kind = kind }, at);
        intrinsic.Args.AddRange(args);
        return intrinsic;
    }
}
