// The abstract syntax tree: what the grammar builds and the compiler reads.
// The node set mirrors CPython's ast module (Python/Python.asdl) for the subset MiniPy runs.
// Every node carries the 1-based line and 0-based column where it starts; expressions built
// by operator chains and trailers (calls, subscripts, attributes, binary operations and
// comparisons) and primaries also carry where they end, for the ^^^ markers of tracebacks.
using System.Numerics;

namespace MiniPy.Syntax;

public abstract class Node
{
    public int Line;
    public int Col;
    /// <summary>Where the node's text ends: 1-based line (0 when not recorded) and the 0-based
    /// column just past its last character.</summary>
    public int EndLine, EndCol;
}

// ───────────────────────────── expressions ─────────────────────────────

public abstract class Expr : Node { }

/// <summary>A literal. Value is null (None), bool, BigInteger, double, string, byte[] or Ellipsis.Instance.</summary>
public sealed class Constant : Expr
{
    public object Value;
    public Constant(object value) { Value = value; }
}

public sealed class EllipsisValue { public static readonly EllipsisValue Instance = new(); }

/// <summary>An f-string: a sequence of Constant strings and FormattedValue parts.</summary>
public sealed class JoinedStr : Expr
{
    public List<Expr> Values = new();
}

/// <summary>One {expr!conv:spec} field of an f-string. Conversion is '\0', 's', 'r' or 'a'.</summary>
public sealed class FormattedValue : Expr
{
    public Expr Value;
    public char Conversion;
    public JoinedStr FormatSpec; // null when there is no ':spec'
}

public enum ExprContext { Load, Store, Del }

public sealed class Name : Expr
{
    public string Id;
    public Name(string id) { Id = id; }
}

public sealed class Attribute : Expr
{
    public Expr Value;
    public string Attr;
}

public sealed class Subscript : Expr
{
    public Expr Value;
    public Expr Index; // a Slice node for a[i:j:k]; a TupleExpr for a[i, j]
}

public sealed class Slice : Expr
{
    public Expr Lower, Upper, Step; // each may be null
}

public sealed class Keyword : Node
{
    public string Arg; // null for **mapping
    public Expr Value;
}

public sealed class Call : Expr
{
    public Expr Func;
    public List<Expr> Args = new();        // may contain Starred
    public List<Keyword> Keywords = new();
}

public enum BinaryOperator { Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd }

public sealed class BinOp : Expr
{
    public Expr Left;
    public BinaryOperator Op;
    public Expr Right;
}

public enum UnaryOperator { Not, Neg, Pos, Invert }

public sealed class UnaryOp : Expr
{
    public UnaryOperator Op;
    public Expr Operand;
}

public enum BoolOperator { And, Or }

public sealed class BoolOp : Expr
{
    public BoolOperator Op;
    public List<Expr> Values = new(); // two or more
}

public enum CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

/// <summary>a &lt; b &lt;= c: Left, then Ops[i] applied against Comparators[i].</summary>
public sealed class Compare : Expr
{
    public Expr Left;
    public List<CompareOperator> Ops = new();
    public List<Expr> Comparators = new();
}

public sealed class IfExp : Expr
{
    public Expr Test, Body, OrElse;
}

public sealed class Lambda : Expr
{
    public Arguments Args;
    public Expr Body;
}

public sealed class NamedExpr : Expr
{
    public Name Target;
    public Expr Value;
}

public sealed class ListExpr : Expr { public List<Expr> Elts = new(); }
public sealed class TupleExpr : Expr { public List<Expr> Elts = new(); }
public sealed class SetExpr : Expr { public List<Expr> Elts = new(); }

/// <summary>{k: v, **m}: a null key marks a **m entry whose mapping is in Values.</summary>
public sealed class DictExpr : Expr
{
    public List<Expr> Keys = new();
    public List<Expr> Values = new();
}

public sealed class Starred : Expr { public Expr Value; }

public sealed class Comprehension : Node
{
    /// <summary>`async for`: the clause iterates with __aiter__/__anext__, awaiting each item.</summary>
    public bool IsAsync;
    public Expr Target;
    public Expr Iter;
    public List<Expr> Ifs = new();
}

public sealed class ListComp : Expr { public Expr Elt; public List<Comprehension> Generators = new(); }
public sealed class SetComp : Expr { public Expr Elt; public List<Comprehension> Generators = new(); }
public sealed class GeneratorExp : Expr { public Expr Elt; public List<Comprehension> Generators = new(); }
public sealed class DictComp : Expr { public Expr Key, Value; public List<Comprehension> Generators = new(); }

public sealed class Yield : Expr { public Expr Value; } // Value may be null
public sealed class YieldFrom : Expr { public Expr Value; }

/// <summary>match Subject: case ...: a statement only until MatchStatements rewrites it.</summary>
public sealed class Match : Stmt
{
    public Expr Subject;
    public List<MatchCase> Cases = new();
}

/// <summary>case Pattern if Guard: Body (only ever inside a Match).</summary>
public sealed class MatchCase : Stmt
{
    public Pattern Pattern;
    public Expr Guard; // may be null
    public List<Stmt> Body = new();
}

/// <summary>A pattern of a case clause (PEP 634).</summary>
public abstract class Pattern : Node { }

/// <summary>A literal or a dotted name, compared with ==.</summary>
public sealed class MatchValue : Pattern { public Expr Value; }

/// <summary>None, True or False, compared with is.</summary>
public sealed class MatchSingleton : Pattern { public object Value; }

/// <summary>A capture (binds Name) or, with Name null, the wildcard _.</summary>
public sealed class MatchCapture : Pattern { public string Name; }

/// <summary>[p, *rest, q] or (p, q): a Star item at most once.</summary>
public sealed class MatchSequence : Pattern { public List<Pattern> Items = new(); }

/// <summary>*name (Name null for *_), inside a sequence pattern.</summary>
public sealed class MatchStar : Pattern { public string Name; }

/// <summary>{key: pattern, ..., **rest}.</summary>
public sealed class MatchMapping : Pattern
{
    public List<Expr> Keys = new();
    public List<Pattern> Values = new();
    public string Rest; // may be null
}

/// <summary>Cls(p, ..., name=p, ...).</summary>
public sealed class MatchClass : Pattern
{
    public Expr Cls;
    public List<Pattern> Positional = new();
    public List<string> KeywordNames = new();
    public List<Pattern> KeywordPatterns = new();
}

/// <summary>pattern as name.</summary>
public sealed class MatchAs : Pattern
{
    public Pattern Inner;
    public string Name;
}

/// <summary>p1 | p2 | ...</summary>
public sealed class MatchOr : Pattern { public List<Pattern> Alternatives = new(); }

/// <summary>What the rewritten match, async with and async for statements ask of the
/// runtime (CALL_INTRINSIC; see VM/Intrinsics.cs): the parts of a sequence, mapping or class
/// subject for a pattern; the asynchronous context manager and iterator protocols; and the
/// built-in objects those rewrites need, which a program's own names must not hide.</summary>
public enum IntrinsicKind
{
    MatchSequence, MatchMapping, MatchClass,
    AsyncEnter, AsyncExit, AsyncIter, AsyncNext, TypeOf,
    BaseExceptionType, StopAsyncIterationType, AsyncGenWrap,
    ExcStarBegin, ExcStarMatch, ExcStarRaised, ExcStarFinish,
}

public sealed class Intrinsic : Expr
{
    public IntrinsicKind Kind;
    public List<Expr> Args = new();

    /// <summary>How many values each kind takes from the stack.</summary>
    public static int ArgumentCount(IntrinsicKind kind) => kind switch
    {
        IntrinsicKind.MatchSequence or IntrinsicKind.MatchClass => 4,
        IntrinsicKind.MatchMapping => 3,
        IntrinsicKind.ExcStarMatch or IntrinsicKind.ExcStarRaised => 2,
        IntrinsicKind.BaseExceptionType or IntrinsicKind.StopAsyncIterationType => 0,
        _ => 1,
    };
}

/// <summary>await Value. Construct names what wrote it, for the error outside a coroutine:
/// "await", or "async with" / "async for" for the awaits those statements stand for.</summary>
public sealed class Await : Expr
{
    public Expr Value;
    public string Construct = "await";
}

// ───────────────────────────── function signatures ─────────────────────────────

public sealed class Arg : Node
{
    public string Name;
    public Expr Annotation; // parsed and ignored
    public Arg(string name) { Name = name; }
}

/// <summary>
/// def f(a, b=1, /, c=2, *args, d, e=3, **kw): PosOnlyArgs=[a,b], Args=[c], Defaults=[1,2]
/// (the defaults of the last positional parameters, positional-only ones included),
/// VarArg=args, KwOnlyArgs=[d,e], KwDefaults=[null,3], KwArg=kw.
/// </summary>
public sealed class Arguments : Node
{
    public List<Arg> PosOnlyArgs = new();
    public List<Arg> Args = new();
    public List<Expr> Defaults = new();
    public Arg VarArg;
    public List<Arg> KwOnlyArgs = new();
    public List<Expr> KwDefaults = new(); // same length as KwOnlyArgs; null where there is no default
    public Arg KwArg;
}

// ───────────────────────────── statements ─────────────────────────────

public abstract class Stmt : Node { }

public sealed class Module : Node
{
    public List<Stmt> Body = new();
}

public sealed class FunctionDef : Stmt
{
    public string Name;
    /// <summary>The name the def binds, when private name mangling changed it (Name stays the
    /// function's own __name__); null otherwise.</summary>
    public string BoundName;
    public Arguments Args;
    public List<Stmt> Body = new();
    public List<Expr> Decorators = new();
    public Expr Returns; // parsed and ignored
    /// <summary>async def: calling it makes a coroutine.</summary>
    public bool IsAsync;
}

public sealed class ClassDef : Stmt
{
    public string Name;
    /// <summary>The name the class statement binds, when mangling changed it; null otherwise.</summary>
    public string BoundName;
    public List<Expr> Bases = new();
    public List<Keyword> Keywords = new();
    public List<Stmt> Body = new();
    public List<Expr> Decorators = new();
}

public sealed class Return : Stmt { public Expr Value; }
public sealed class Delete : Stmt { public List<Expr> Targets = new(); }

/// <summary>a = b = value: Targets holds [a, b].</summary>
public sealed class Assign : Stmt
{
    public List<Expr> Targets = new();
    public Expr Value;
}

public sealed class AugAssign : Stmt
{
    public Expr Target;
    public BinaryOperator Op;
    public Expr Value;
}

public sealed class AnnAssign : Stmt
{
    public Expr Target;
    public Expr Annotation;
    public Expr Value; // may be null
}

public sealed class For : Stmt
{
    /// <summary>async for (rewritten by AsyncStatements before anything else sees it).</summary>
    public bool IsAsync;
    public Expr Target, Iter;
    public List<Stmt> Body = new();
    public List<Stmt> OrElse = new();
}

public sealed class While : Stmt
{
    public Expr Test;
    public List<Stmt> Body = new();
    public List<Stmt> OrElse = new();
}

public sealed class If : Stmt
{
    public Expr Test;
    public List<Stmt> Body = new();
    public List<Stmt> OrElse = new(); // an elif is a single If here
}

public sealed class WithItem : Node
{
    public Expr ContextExpr;
    public Expr OptionalVars; // may be null
}

public sealed class With : Stmt
{
    /// <summary>async with (rewritten by AsyncStatements before anything else sees it).</summary>
    public bool IsAsync;
    public List<WithItem> Items = new();
    public List<Stmt> Body = new();
}

public sealed class Raise : Stmt { public Expr Exc, Cause; } // both may be null

public sealed class ExceptHandler : Node
{
    public Expr Type;   // null for a bare except
    public string Name; // null without 'as'
    public List<Stmt> Body = new();
    /// <summary>except*: the clause handles the matching part of an exception group (PEP
    /// 654); rewritten away after parsing (ExceptStarStatements).</summary>
    public bool IsStar;
}

/// <summary>Raises Value again as it is, with no new traceback entry and no context: what a
/// bare `raise` does with the exception being handled. Only the rewrites after parsing make it.</summary>
public sealed class Reraise : Stmt { public Expr Value; }

public sealed class Try : Stmt
{
    public List<Stmt> Body = new();
    public List<ExceptHandler> Handlers = new();
    public List<Stmt> OrElse = new();
    public List<Stmt> FinalBody = new();
}

public sealed class Assert : Stmt { public Expr Test, Msg; }

public sealed class Alias : Node
{
    public string Name;   // dotted for import a.b.c
    public string AsName; // may be null
}

public sealed class Import : Stmt { public List<Alias> Names = new(); }

public sealed class ImportFrom : Stmt
{
    public string Module; // may be null for 'from . import x'
    public List<Alias> Names = new(); // a single Alias named "*" for 'import *'
    public int Level;
}

public sealed class Global : Stmt { public List<string> Names = new(); }
public sealed class Nonlocal : Stmt { public List<string> Names = new(); }
public sealed class ExprStmt : Stmt { public Expr Value; }
public sealed class Pass : Stmt { }
public sealed class Break : Stmt { }
public sealed class Continue : Stmt { }
