// The layout pass: logical lines, indentation depths, continuation lines, comments, strings
// spanning lines, and the tokenizer errors CPython reports.
using MiniPy.Syntax;
using Assert = NUnit.Framework.Assert;
using static MiniPy.Tests.Syntax.ParseHelpers;

namespace MiniPy.Tests.Syntax;

public class LayoutTests
{
    private static string Lines(string source) =>
        string.Join(" | ", Layout.Split(source, "t.py").Lines.Select(l => $"{l.Line}:{l.Depth}:{l.Text.Trim().Replace("\n", "\\n")}"));

    [Test]
    public void BlankAndCommentLinesAreSkipped()
    {
        Assert.That(Lines("a = 1\n\n   # comment\n\t\nb = 2  # trailing\n"), Is.EqualTo("1:0:a = 1 | 5:0:b = 2"));
    }

    [Test]
    public void IndentationBecomesDepth()
    {
        Assert.That(Lines("if a:\n    b\n    if c:\n        d\ne\n"), Is.EqualTo("1:0:if a: | 2:1:b | 3:1:if c: | 4:2:d | 5:0:e"));
    }

    [Test]
    public void TabsAdvanceToTheNextMultipleOfEight()
    {
        Assert.That(Lines("if a:\n\tb\n\tc\n"), Is.EqualTo("1:0:if a: | 2:1:b | 3:1:c"));
        Assert.That(Lines("if a:\n\tif b:\n\t\tc\n\td\n"), Is.EqualTo("1:0:if a: | 2:1:if b: | 3:2:c | 4:1:d"));
        Assert.That(Lines("if a:\n  \tb\n  \tc\n"), Is.EqualTo("1:0:if a: | 2:1:b | 3:1:c"));
    }

    [Test]
    public void BracketsJoinPhysicalLines()
    {
        Assert.That(Lines("x = (1,\n  2, # two\n  3)\ny = [\n]\n"), Is.EqualTo("1:0:x = (1,\\n  2,      \\n  3) | 4:0:y = [\\n]"));
    }

    [Test]
    public void BackslashJoinsPhysicalLines()
    {
        Assert.That(Lines("x = 1 + \\\n    2\n"), Is.EqualTo("1:0:x = 1 +  \\n    2"));
    }

    [Test]
    public void TripleQuotedStringsSpanLinesAndHideComments()
    {
        Assert.That(Lines("s = '''a\n# not a comment\n'''\nt = 1\n"), Is.EqualTo("1:0:s = '''a\\n# not a comment\\n''' | 4:0:t = 1"));
    }

    [Test]
    public void HashInsideAStringIsNotAComment()
    {
        Assert.That(Lines("s = 'a # b'  # c\n"), Is.EqualTo("1:0:s = 'a # b'"));
    }

    [Test]
    public void WindowsNewlinesAndAMissingFinalNewlineAreFine()
    {
        Assert.That(Lines("a = 1\r\nif a:\r\n  b"), Is.EqualTo("1:0:a = 1 | 2:0:if a: | 3:1:b"));
    }

    [TestCase("  x = 1\n", "IndentationError: unexpected indent @1:2")]
    [TestCase("x = 1\n    y\n", "IndentationError: unexpected indent @2:4")]
    [TestCase("if x:\n    a\n  b\n", "IndentationError: unindent does not match any outer indentation level @3:4")]
    [TestCase("if x:\npass\n", "IndentationError: expected an indented block after 'if' statement on line 1 @2:1")]
    [TestCase("if x:\n", "IndentationError: expected an indented block after 'if' statement on line 1 @1:6")]
    [TestCase("if x:\n\tpass\n        pass\n", "TabError: inconsistent use of tabs and spaces in indentation @3:1")]
    [TestCase("foo(1,\n  2\n", "SyntaxError: '(' was never closed @1:4")]
    [TestCase("x = [1, 2\ny = 3\n", "SyntaxError: '[' was never closed @1:5")]
    [TestCase("x = )\n", "SyntaxError: unmatched ')' @1:5")]
    [TestCase("x = (1]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:7")]
    [TestCase("x = 'abc\n", "SyntaxError: unterminated string literal (detected at line 1) @1:5")]
    [TestCase("x = '''abc\n\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1:5")]
    [TestCase("s = '''\n\n\nabc", "SyntaxError: unterminated triple-quoted string literal (detected at line 4) @1:5")]
    [TestCase("x = 1 \\ 2\n", "SyntaxError: unexpected character after line continuation character @1:8")]
    [TestCase("x = 1 2\ny = 'abc\n", "SyntaxError: unterminated string literal (detected at line 2) @2:5")]
    [TestCase("x = 1 2\ny = (\n", "SyntaxError: invalid syntax @1:7")]
    public void TokenizerErrorsMatchCPython(string source, string expected)
    {
        Assert.That(ErrorText(source), Is.EqualTo(expected));
    }

    [TestCase("for", "'for' statement")]
    [TestCase("while", "'while' statement")]
    [TestCase("with", "'with' statement")]
    [TestCase("try", "'try' statement")]
    [TestCase("def", "function definition")]
    [TestCase("class", "class definition")]
    public void ExpectedIndentedBlockNamesTheClause(string keyword, string description)
    {
        string header = keyword switch
        {
            "for" => "for x in y:", "while" => "while x:", "with" => "with x:", "try" => "try:",
            "def" => "def f():", _ => "class A:",
        };
        var e = Error(header + "\nz = 1\n");
        Assert.That(e.Kind, Is.EqualTo("IndentationError"));
        Assert.That(e.Msg, Is.EqualTo($"expected an indented block after {description} on line 1"));
        Assert.That((e.LineNo, e.Offset, e.LineText), Is.EqualTo((2, 1, "z = 1")));
    }

    [TestCase("if a:\n  pass\nelif b:\nz\n", "'elif' statement on line 3")]
    [TestCase("if a:\n  pass\nelse:\nz\n", "'else' statement on line 3")]
    [TestCase("try:\n  pass\nexcept:\nz\n", "'except' statement on line 3")]
    [TestCase("try:\n  pass\nfinally:\nz\n", "'finally' statement on line 3")]
    public void ExpectedIndentedBlockAfterContinuationClauses(string source, string tail)
    {
        Assert.That(Error(source).Msg, Is.EqualTo("expected an indented block after " + tail));
    }
}
