// FutureFeatures: the `from __future__ import ...` statements that open a module. They are
// instructions to the compiler as much as imports (the statement also runs, binding the
// feature objects of Lib/__future__.py). Of CPython 3.11's features only one changes what
// MiniPy compiles: `annotations` (PEP 563), under which annotations are not evaluated but
// kept as the text of their expression, so they may name classes defined further down. The
// others are on already in Python 3 and are accepted. As in CPython, a future import must
// come before any other statement (a docstring aside), an unknown feature is a SyntaxError,
// and `braces` is "not a chance".
using MiniPy.Syntax;
using Attribute = MiniPy.Syntax.Attribute;

namespace MiniPy.Compiler;

public sealed class FutureFeatures
{
    static readonly HashSet<string> known = new()
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop", "annotations",
    };

    /// <summary>Annotations are kept as text, not evaluated (PEP 563).</summary>
    public bool Annotations;

    public static readonly FutureFeatures None = new();

    public static FutureFeatures Read(Module module, SourceText source)
    {
        var features = new FutureFeatures();
        bool prefix = true;
        for (int i = 0; i < module.Body.Count; i++)
        {
            var st = module.Body[i];
            if (i == 0 && st is ExprStmt { Value: Constant { Value: string } }) continue;
            if (st is not ImportFrom { Module: "__future__", Level: 0 } future)
            {
                prefix = false;
                continue;
            }
            if (!prefix) throw Error("from __future__ imports must occur at the beginning of the file", st, source);
            foreach (var alias in future.Names)
            {
                if (alias.Name == "braces") throw Error("not a chance", st, source);
                if (!known.Contains(alias.Name)) throw Error($"future feature {alias.Name} is not defined", st, source);
                if (alias.Name == "annotations") features.Annotations = true;
            }
        }
        return features;
    }

    static SyntaxErrorException Error(string message, Node at, SourceText source)
        => new(message, source.FileName, at.Line, at.Col + 1, source.Line(at.Line) ?? "");

    /// <summary>An annotation under PEP 563: its expression as text, written out the way
    /// CPython's unparser writes it (`dict[str, int]`, `'quoted'`, `int | None`) for the
    /// forms annotations use, and as the source spells it for anything else.</summary>
    public static string AnnotationText(Expr annotation, SourceText source)
        => Unparse(annotation) ?? SourceSpan(annotation, source);

    static string Unparse(Expr e)
    {
        switch (e)
        {
            case Name n: return n.Id;
            case Constant c:
                return c.Value switch
                {
                    null => "None",
                    bool b => b ? "True" : "False",
                    string str => MiniPy.Runtime.Text.StringRepr.Repr(str),
                    System.Numerics.BigInteger i => i.ToString(),
                    EllipsisValue => "...",
                    _ => null,
                };
            case Attribute at: return Unparse(at.Value) is { } v ? v + "." + at.Attr : null;
            case Subscript sub:
            {
                var value = Unparse(sub.Value);
                var index = sub.Index is TupleExpr { Elts.Count: > 0 } t ? Join(t.Elts) : Unparse(sub.Index);
                return value != null && index != null ? value + "[" + index + "]" : null;
            }
            case ListExpr l: return Join(l.Elts) is { } items ? "[" + items + "]" : null;
            case TupleExpr t:
                if (t.Elts.Count == 1) return Unparse(t.Elts[0]) is { } one ? "(" + one + ",)" : null;
                return Join(t.Elts) is { } elts ? "(" + elts + ")" : null;
            case BinOp { Op: BinaryOperator.BitOr } b:
            {
                var left = b.Left is BinOp { Op: not BinaryOperator.BitOr } ? null : Unparse(b.Left);
                var right = b.Right is BinOp ? null : Unparse(b.Right);
                return left != null && right != null ? left + " | " + right : null;
            }
        }
        return null;
    }

    static string Join(List<Expr> items)
    {
        var parts = new List<string>();
        foreach (var item in items)
        {
            var text = Unparse(item);
            if (text == null) return null;
            parts.Add(text);
        }
        return string.Join(", ", parts);
    }

    static string SourceSpan(Expr annotation, SourceText source)
    {
        if (annotation.EndLine >= annotation.Line && annotation.EndLine > 0)
        {
            var parts = new List<string>();
            for (int line = annotation.Line; line <= annotation.EndLine; line++)
            {
                var text = source.Line(line) ?? "";
                int from = line == annotation.Line ? Math.Min(annotation.Col, text.Length) : 0;
                int to = line == annotation.EndLine ? Math.Min(annotation.EndCol, text.Length) : text.Length;
                parts.Add(to > from ? text[from..to].Trim() : "");
            }
            var joined = string.Join(" ", parts).Trim();
            if (joined.Length > 0) return joined;
        }
        var whole = source.Line(annotation.Line) ?? "";
        return whole[Math.Min(annotation.Col, whole.Length)..].Trim().TrimEnd(':', '=', ' ').Trim();
    }
}
