// What one logical line parses to: simple statements, a decorator, or the header of a compound
// statement (with the statements after its colon when the suite is on the same line). The block
// assembler joins headers with the indented blocks that follow them.
using Sprache;

namespace MiniPy.Syntax;

internal enum ClauseKind { If, Elif, Else, While, For, Try, Except, Finally, With, Def, Class, Match, Case }

internal abstract class LineItem
{
    public Loc At;
}

/// <summary>a = 1; b = 2 — one or more simple statements.</summary>
internal sealed class SimpleLine : LineItem
{
    public List<Stmt> Statements;
}

/// <summary>@decorator — applies to the def or class below it.</summary>
internal sealed class DecoratorLine : LineItem
{
    public Expr Decorator;
}

/// <summary>if x: / else: / def f(a): ... — a compound-statement clause header.</summary>
internal sealed class ClauseHeader : LineItem
{
    public ClauseKind Kind;
    /// <summary>The statement being built (If, While, For, With, FunctionDef, ClassDef) or an ExceptHandler; null otherwise.</summary>
    public Node Node;
    /// <summary>The statements after the colon on the same line; null when an indented block follows.</summary>
    public List<Stmt> InlineBody;
    /// <summary>Where InlineBody starts (yields from there on belong to the body).</summary>
    public SourceInput InlineBodyStart;

    /// <summary>How CPython names the clause in "expected an indented block after ...".</summary>
    public string Description => Kind switch
    {
        ClauseKind.Def => "function definition",
        ClauseKind.Class => "class definition",
        _ => "'" + Kind.ToString().ToLowerInvariant() + "' statement",
    };
}

/// <summary>The part of a clause after its colon: a same-line suite, or nothing (a block follows).</summary>
internal sealed class Suite
{
    public SourceInput Start;
    public List<Stmt> Statements; // null when the line ends at the colon
}
