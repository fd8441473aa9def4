// A test-only printer that renders a syntax tree as a compact s-expression, so tests can state
// the expected shape of a parse in one line: (BinOp + (Name a) (Const 1)).
using System.Numerics;
using System.Text;
using MiniPy.Syntax;
using Attribute = MiniPy.Syntax.Attribute;
using Assert = MiniPy.Syntax.Assert;

namespace MiniPy.Tests.Syntax;

public static class AstPrinter
{
    public static string Print(Node node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    public static string Print(IEnumerable<Stmt> statements) => string.Join(" ", statements.Select(Print));

    private static string Op(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+", BinaryOperator.Sub => "-", BinaryOperator.Mult => "*", BinaryOperator.MatMult => "@",
        BinaryOperator.Div => "/", BinaryOperator.FloorDiv => "//", BinaryOperator.Mod => "%", BinaryOperator.Pow => "**",
        BinaryOperator.LShift => "<<", BinaryOperator.RShift => ">>", BinaryOperator.BitOr => "|",
        BinaryOperator.BitXor => "^", BinaryOperator.BitAnd => "&", _ => "?",
    };

    private static string Op(CompareOperator op) => op switch
    {
        CompareOperator.Eq => "==", CompareOperator.NotEq => "!=", CompareOperator.Lt => "<", CompareOperator.LtE => "<=",
        CompareOperator.Gt => ">", CompareOperator.GtE => ">=", CompareOperator.Is => "is", CompareOperator.IsNot => "is-not",
        CompareOperator.In => "in", CompareOperator.NotIn => "not-in", _ => "?",
    };

    private static string Op(UnaryOperator op) => op switch
    {
        UnaryOperator.Not => "not", UnaryOperator.Neg => "-", UnaryOperator.Pos => "+", UnaryOperator.Invert => "~", _ => "?",
    };

    private static void List(StringBuilder sb, string head, IEnumerable<Node> items)
    {
        sb.Append('(').Append(head);
        foreach (var item in items) { sb.Append(' '); Write(sb, item); }
        sb.Append(')');
    }

    private static void Write(StringBuilder sb, Node node)
    {
        switch (node)
        {
            case null: sb.Append('_'); break;
            case Constant c: sb.Append("(Const ").Append(ConstantText(c.Value)).Append(')'); break;
            case Name n: sb.Append(n.Id); break;
            case JoinedStr j: List(sb, "JoinedStr", j.Values); break;
            case FormattedValue f:
                sb.Append("(Fmt ");
                Write(sb, f.Value);
                if (f.Conversion != '\0') sb.Append(" !").Append(f.Conversion);
                if (f.FormatSpec != null) { sb.Append(' '); Write(sb, f.FormatSpec); }
                sb.Append(')');
                break;
            case Attribute a: sb.Append("(. "); Write(sb, a.Value); sb.Append(' ').Append(a.Attr).Append(')'); break;
            case Subscript s: sb.Append("([] "); Write(sb, s.Value); sb.Append(' '); Write(sb, s.Index); sb.Append(')'); break;
            case Slice s: List(sb, "Slice", new Node[] { s.Lower, s.Upper, s.Step }); break;
            case Keyword k: sb.Append("(kw ").Append(k.Arg ?? "**").Append(' '); Write(sb, k.Value); sb.Append(')'); break;
            case Call c: List(sb, "Call", new Node[] { c.Func }.Concat(c.Args).Concat(c.Keywords)); break;
            case BinOp b: List(sb, Op(b.Op), new Node[] { b.Left, b.Right }); break;
            case UnaryOp u: List(sb, Op(u.Op), new Node[] { u.Operand }); break;
            case BoolOp b: List(sb, b.Op == BoolOperator.And ? "and" : "or", b.Values); break;
            case Compare c:
                sb.Append("(Compare ");
                Write(sb, c.Left);
                for (int i = 0; i < c.Ops.Count; i++) { sb.Append(' ').Append(Op(c.Ops[i])).Append(' '); Write(sb, c.Comparators[i]); }
                sb.Append(')');
                break;
            case IfExp i: List(sb, "IfExp", new Node[] { i.Test, i.Body, i.OrElse }); break;
            case Lambda l: List(sb, "Lambda", new Node[] { l.Args, l.Body }); break;
            case NamedExpr n: List(sb, ":=", new Node[] { n.Target, n.Value }); break;
            case ListExpr l: List(sb, "List", l.Elts); break;
            case TupleExpr t: List(sb, "Tuple", t.Elts); break;
            case SetExpr s: List(sb, "Set", s.Elts); break;
            case DictExpr d:
                sb.Append("(Dict");
                for (int i = 0; i < d.Keys.Count; i++)
                {
                    sb.Append(' ');
                    if (d.Keys[i] == null) { sb.Append("**"); Write(sb, d.Values[i]); }
                    else { Write(sb, d.Keys[i]); sb.Append(':'); Write(sb, d.Values[i]); }
                }
                sb.Append(')');
                break;
            case Starred s: List(sb, "*", new Node[] { s.Value }); break;
            case Comprehension c: List(sb, "for", new Node[] { c.Target, c.Iter }.Concat(c.Ifs)); break;
            case ListComp l: List(sb, "ListComp", new Node[] { l.Elt }.Concat(l.Generators)); break;
            case SetComp s: List(sb, "SetComp", new Node[] { s.Elt }.Concat(s.Generators)); break;
            case GeneratorExp g: List(sb, "GenExp", new Node[] { g.Elt }.Concat(g.Generators)); break;
            case DictComp d: List(sb, "DictComp", new Node[] { d.Key, d.Value }.Concat(d.Generators)); break;
            case Yield y: List(sb, "Yield", new Node[] { y.Value }); break;
            case YieldFrom y: List(sb, "YieldFrom", new Node[] { y.Value }); break;
            case Arg a:
                sb.Append(a.Name);
                if (a.Annotation != null) { sb.Append(':'); Write(sb, a.Annotation); }
                break;
            case Arguments a: WriteArguments(sb, a); break;
            case Module m: List(sb, "Module", m.Body); break;
            case FunctionDef f:
                sb.Append("(Def ").Append(f.Name).Append(' ');
                WriteArguments(sb, f.Args);
                if (f.Returns != null) { sb.Append(" -> "); Write(sb, f.Returns); }
                if (f.Decorators.Count > 0) { sb.Append(' '); List(sb, "@", f.Decorators); }
                sb.Append(' ');
                List(sb, "body", f.Body);
                sb.Append(')');
                break;
            case ClassDef c:
                sb.Append("(Class ").Append(c.Name).Append(' ');
                List(sb, "bases", c.Bases.Cast<Node>().Concat(c.Keywords));
                if (c.Decorators.Count > 0) { sb.Append(' '); List(sb, "@", c.Decorators); }
                sb.Append(' ');
                List(sb, "body", c.Body);
                sb.Append(')');
                break;
            case Return r: List(sb, "Return", new Node[] { r.Value }); break;
            case Delete d: List(sb, "Del", d.Targets); break;
            case Assign a: List(sb, "=", a.Targets.Append(a.Value)); break;
            case AugAssign a: List(sb, Op(a.Op) + "=", new Node[] { a.Target, a.Value }); break;
            case AnnAssign a: List(sb, "Ann", new Node[] { a.Target, a.Annotation, a.Value }); break;
            case For f:
                sb.Append("(For "); Write(sb, f.Target); sb.Append(' '); Write(sb, f.Iter); sb.Append(' ');
                List(sb, "body", f.Body);
                if (f.OrElse.Count > 0) { sb.Append(' '); List(sb, "else", f.OrElse); }
                sb.Append(')');
                break;
            case While w:
                sb.Append("(While "); Write(sb, w.Test); sb.Append(' ');
                List(sb, "body", w.Body);
                if (w.OrElse.Count > 0) { sb.Append(' '); List(sb, "else", w.OrElse); }
                sb.Append(')');
                break;
            case If i:
                sb.Append("(If "); Write(sb, i.Test); sb.Append(' ');
                List(sb, "body", i.Body);
                if (i.OrElse.Count > 0) { sb.Append(' '); List(sb, "else", i.OrElse); }
                sb.Append(')');
                break;
            case WithItem w:
                sb.Append("(item "); Write(sb, w.ContextExpr);
                if (w.OptionalVars != null) { sb.Append(" as "); Write(sb, w.OptionalVars); }
                sb.Append(')');
                break;
            case With w: sb.Append("(With "); foreach (var item in w.Items) { Write(sb, item); sb.Append(' '); } List(sb, "body", w.Body); sb.Append(')'); break;
            case Raise r: List(sb, "Raise", new Node[] { r.Exc, r.Cause }); break;
            case ExceptHandler h:
                sb.Append("(except ");
                Write(sb, h.Type);
                if (h.Name != null) sb.Append(" as ").Append(h.Name);
                sb.Append(' ');
                List(sb, "body", h.Body);
                sb.Append(')');
                break;
            case Try t:
                sb.Append("(Try ");
                List(sb, "body", t.Body);
                foreach (var h in t.Handlers) { sb.Append(' '); Write(sb, h); }
                if (t.OrElse.Count > 0) { sb.Append(' '); List(sb, "else", t.OrElse); }
                if (t.FinalBody.Count > 0) { sb.Append(' '); List(sb, "finally", t.FinalBody); }
                sb.Append(')');
                break;
            case Assert a: List(sb, "Assert", new Node[] { a.Test, a.Msg }); break;
            case Alias a: sb.Append(a.Name); if (a.AsName != null) sb.Append(" as ").Append(a.AsName); break;
            case Import i: sb.Append("(Import "); sb.Append(string.Join(", ", i.Names.Select(Print))); sb.Append(')'); break;
            case ImportFrom i:
                sb.Append("(From ").Append(new string('.', i.Level)).Append(i.Module ?? "").Append(" import ");
                sb.Append(string.Join(", ", i.Names.Select(Print))).Append(')');
                break;
            case Global g: sb.Append("(Global ").Append(string.Join(" ", g.Names)).Append(')'); break;
            case Nonlocal n: sb.Append("(Nonlocal ").Append(string.Join(" ", n.Names)).Append(')'); break;
            case ExprStmt e: List(sb, "Expr", new Node[] { e.Value }); break;
            case Pass: sb.Append("(Pass)"); break;
            case Break: sb.Append("(Break)"); break;
            case Continue: sb.Append("(Continue)"); break;
            default: sb.Append('<').Append(node.GetType().Name).Append('>'); break;
        }
    }

    private static void WriteArguments(StringBuilder sb, Arguments a)
    {
        var parts = new List<string>();
        int defaultsStart = a.PosOnlyArgs.Count + a.Args.Count - a.Defaults.Count;
        var positional = a.PosOnlyArgs.Concat(a.Args).ToList();
        for (int i = 0; i < positional.Count; i++)
        {
            string text = Print(positional[i]);
            if (i >= defaultsStart) text += "=" + Print(a.Defaults[i - defaultsStart]);
            parts.Add(text);
            if (i == a.PosOnlyArgs.Count - 1) parts.Add("/");
        }
        if (a.VarArg != null) parts.Add("*" + Print(a.VarArg));
        else if (a.KwOnlyArgs.Count > 0) parts.Add("*");
        for (int i = 0; i < a.KwOnlyArgs.Count; i++)
            parts.Add(Print(a.KwOnlyArgs[i]) + (a.KwDefaults[i] != null ? "=" + Print(a.KwDefaults[i]) : ""));
        if (a.KwArg != null) parts.Add("**" + Print(a.KwArg));
        sb.Append('[').Append(string.Join(", ", parts)).Append(']');
    }

    private static string ConstantText(object value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => i.ToString(),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        string s => "'" + s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\t", "\\t").Replace("'", "\\'") + "'",
        byte[] bytes => "b'" + string.Concat(bytes.Select(x => x >= 32 && x < 127 && x != '\'' && x != '\\' ? ((char)x).ToString() : "\\x" + x.ToString("x2"))) + "'",
        EllipsisValue => "...",
        _ => value.ToString(),
    };
}
