// Shared helpers for the syntax tests: parse a snippet and render it with AstPrinter, or
// capture the SyntaxErrorException a snippet raises.
using MiniPy.Syntax;
using Assert = NUnit.Framework.Assert;

namespace MiniPy.Tests.Syntax;

internal static class ParseHelpers
{
    public static Module Parse(string source) => PythonParser.ParseModule(source, "test.py");

    /// <summary>The printed tree of a one-expression program.</summary>
    public static string Expr(string source)
    {
        var module = Parse(source + "\n");
        Assert.That(module.Body, Has.Count.EqualTo(1), "expected one statement");
        Assert.That(module.Body[0], Is.InstanceOf<ExprStmt>());
        return AstPrinter.Print(((ExprStmt)module.Body[0]).Value);
    }

    /// <summary>The printed statements of a program.</summary>
    public static string Stmts(string source) => AstPrinter.Print(Parse(source).Body);

    public static SyntaxErrorException Error(string source) =>
        Assert.Throws<SyntaxErrorException>(() => Parse(source));

    /// <summary>"Kind: message @line:offset", for one-line comparisons.</summary>
    public static string ErrorText(string source)
    {
        var e = Error(source);
        return $"{e.Kind}: {e.Msg} @{e.LineNo}:{e.Offset}";
    }
}
