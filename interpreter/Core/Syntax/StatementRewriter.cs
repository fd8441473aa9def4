// What the rewrites done right after parsing (MatchStatements, AsyncStatements) share: a walk
// over every statement list of a module, inner blocks first, that replaces each statement a
// rewrite picks with the statements it stands for.
namespace MiniPy.Syntax;

internal static class StatementRewriter
{
    /// <summary>Rewrites body and every block nested in it; replace returns the statements
    /// that stand for a statement, or null to keep it.</summary>
    public static void Rewrite(List<Stmt> body, Func<Stmt, List<Stmt>> replace)
    {
        for (int i = 0; i < body.Count; i++)
        {
            var st = body[i];
            foreach (var block in Blocks(st)) Rewrite(block, replace);
            var replacement = replace(st);
            if (replacement == null) continue;
            body.RemoveAt(i);
            body.InsertRange(i, replacement);
            i += replacement.Count - 1;
        }
    }

    static IEnumerable<List<Stmt>> Blocks(Stmt st)
    {
        switch (st)
        {
            case FunctionDef f: yield return f.Body; break;
            case ClassDef c: yield return c.Body; break;
            case For f: yield return f.Body; yield return f.OrElse; break;
            case While w: yield return w.Body; yield return w.OrElse; break;
            case If i: yield return i.Body; yield return i.OrElse; break;
            case With w: yield return w.Body; break;
            case Match m:
                foreach (var c in m.Cases) yield return c.Body;
                break;
            case Try t:
                yield return t.Body;
                foreach (var h in t.Handlers) yield return h.Body;
                yield return t.OrElse;
                yield return t.FinalBody;
                break;
        }
    }
}
