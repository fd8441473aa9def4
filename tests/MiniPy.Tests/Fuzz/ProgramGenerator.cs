// Makes random MiniPy programs for the robustness test: well-formed ones from a small
// grammar of statements and expressions, and broken ones by mutating the text of others.
using System.Text;

namespace MiniPy.Tests.Fuzz;

public sealed class ProgramGenerator
{
    readonly Random rng;
    readonly StringBuilder sb = new();
    int depth;
    static readonly string[] Vars = { "a", "b", "c", "xs", "d", "s" };
    static readonly string[] BinOps = { "+", "-", "*", "//", "%", "**", "/", "&", "|", "^", "<<", ">>", "<", "==", "!=", ">=", "and", "or", "in", "is" };
    static readonly string[] Calls = { "len", "str", "repr", "abs", "int", "float", "bool", "list", "tuple", "sorted", "min", "max", "sum", "hash", "type" };
    const string Punctuation = "()[]{}:,.=+-*'\"\n #\\";
    static readonly string[] Methods = { "append", "pop", "get", "keys", "upper", "split", "join", "index", "count", "items", "copy" };

    public ProgramGenerator(int seed) { rng = new Random(seed); }

    public string Generate()
    {
        sb.Clear();
        sb.Append("a = 1\nb = 2.5\nc = 'x'\nxs = [1, 2, 3]\nd = {'k': 1}\ns = {1, 2}\n");
        sb.Append("def f(p, q=1, *r, **k):\n    return p\n");
        sb.Append("class K:\n    def __init__(self, v):\n        self.v = v\n    def m(self):\n        return self.v\n");
        int n = rng.Next(3, 15);
        for (int i = 0; i < n; i++) Statement(0);
        return sb.ToString();
    }

    void Indent(int level) => sb.Append(' ', level * 4);

    void Statement(int level)
    {
        depth++;
        Indent(level);
        int choice = depth > 3 ? rng.Next(0, 4) : rng.Next(0, 10);
        switch (choice)
        {
            case 0: case 1: sb.Append(Pick(Vars)).Append(" = ").Append(Expr()).Append('\n'); break;
            case 2: sb.Append("print(").Append(Expr()).Append(", ").Append(Expr()).Append(")\n"); break;
            case 3: sb.Append(Pick(Vars)).Append(' ').Append(Pick(new[] { "+=", "-=", "*=", "//=" })).Append(' ').Append(Expr()).Append('\n'); break;
            case 4:
                sb.Append("if ").Append(Expr()).Append(":\n");
                Statement(level + 1);
                Indent(level); sb.Append("else:\n");
                Statement(level + 1);
                break;
            case 5:
                sb.Append("for i in range(").Append(rng.Next(0, 6)).Append("):\n");
                Statement(level + 1);
                break;
            case 6:
                sb.Append("try:\n");
                Statement(level + 1);
                Indent(level); sb.Append("except ").Append(Pick(new[] { "Exception", "ValueError", "(TypeError, KeyError)", "ZeroDivisionError" })).Append(" as e:\n");
                Indent(level + 1); sb.Append("print(type(e).__name__)\n");
                break;
            case 7:
                sb.Append("def g").Append(rng.Next(0, 3)).Append("(x):\n");
                Statement(level + 1);
                Indent(level + 1); sb.Append("return ").Append(Expr()).Append('\n');
                break;
            case 8:
                sb.Append("with open_ctx() if False else K(1) as w:\n");
                Indent(level + 1); sb.Append("pass\n");
                break;
            default:
                sb.Append("print([").Append(Expr()).Append(" for i in range(3) if ").Append(Expr()).Append("])\n");
                break;
        }
        depth--;
    }

    string Expr(int d = 0)
    {
        if (d > 3) return Atom();
        switch (rng.Next(0, 9))
        {
            case 0: case 1: return Atom();
            case 2: return Expr(d + 1) + " " + Pick(BinOps) + " " + Expr(d + 1);
            case 3: return Pick(Calls) + "(" + Expr(d + 1) + ")";
            case 4: return Pick(Vars) + "." + Pick(Methods) + "(" + (rng.Next(2) == 0 ? "" : Expr(d + 1)) + ")";
            case 5: return Pick(Vars) + "[" + Expr(d + 1) + "]";
            case 6: return "f(" + Expr(d + 1) + ", " + Expr(d + 1) + ")";
            case 7: return "K(" + Expr(d + 1) + ").m()";
            default: return "(" + Expr(d + 1) + " if " + Expr(d + 1) + " else " + Expr(d + 1) + ")";
        }
    }

    string Atom() => rng.Next(0, 9) switch
    {
        0 => rng.Next(-3, 300).ToString(),
        1 => (rng.NextDouble() * 10 - 5).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        2 => "'" + Pick(new[] { "", "ab", "x y", "1" }) + "'",
        3 => Pick(new[] { "None", "True", "False" }),
        4 => "[1, 'a', None]",
        5 => "{'k': 2, 3: 4}",
        6 => "(1, 2)",
        _ => Pick(Vars),
    };

    string Pick(string[] options) => options[rng.Next(options.Length)];

    /// <summary>Breaks a program: deletes, duplicates or swaps characters and lines.</summary>
    public string Mutate(string source)
    {
        var chars = new StringBuilder(source);
        int edits = rng.Next(1, 6);
        for (int i = 0; i < edits && chars.Length > 2; i++)
        {
            int at = rng.Next(chars.Length);
            switch (rng.Next(0, 5))
            {
                case 0: chars.Remove(at, 1); break;
                case 1: chars.Insert(at, Punctuation[rng.Next(Punctuation.Length)]); break;
                case 2: chars.Insert(at, chars[rng.Next(chars.Length)]); break;
                case 3:
                {
                    int other = rng.Next(chars.Length);
                    (chars[at], chars[other]) = (chars[other], chars[at]);
                    break;
                }
                default:
                    chars.Insert(at, Pick(new[] { " lambda: ", " yield ", " return ", " not ", " class ", " del ", " global a\n", " ** 9", " -", "    " }));
                    break;
            }
        }
        return chars.ToString();
    }
}
