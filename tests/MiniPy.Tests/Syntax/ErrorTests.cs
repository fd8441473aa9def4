// Grammar errors: CPython 3.11's messages, lines and caret offsets for the common cases, and
// the "not supported by MiniPy" errors for syntax outside the subset.
using static MiniPy.Tests.Syntax.ParseHelpers;

namespace MiniPy.Tests.Syntax;

public class ErrorTests
{
    [TestCase("def broken(:\n    pass\n", "SyntaxError: invalid syntax @1:12")]
    [TestCase("print('x')\ndef broken(:\n    pass\n", "SyntaxError: invalid syntax @2:12")]
    [TestCase("x = 1 2\n", "SyntaxError: invalid syntax @1:7")]
    [TestCase("a b c\n", "SyntaxError: invalid syntax @1:3")]
    [TestCase("x = 5 +\n", "SyntaxError: invalid syntax @1:8")]
    [TestCase("import\n", "SyntaxError: invalid syntax @1:7")]
    [TestCase("from x import\n", "SyntaxError: invalid syntax @1:14")]
    [TestCase("x = [i for i in range(3) if]\n", "SyntaxError: invalid syntax @1:28")]
    [TestCase("elif x:\n  pass\n", "SyntaxError: invalid syntax @1:1")]
    [TestCase("if x\n    pass\n", "SyntaxError: expected ':' @1:5")]
    [TestCase("x = 1 if 2\n", "SyntaxError: expected 'else' after 'if' expression @1:5")]
    [TestCase("f() = 1\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1")]
    [TestCase("1 = x\n", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @1:1")]
    [TestCase("a, f() = 1, 2\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1:4")]
    [TestCase("x + 1 = 2\n", "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? @1:1")]
    [TestCase("x == 1 = 2\n", "SyntaxError: cannot assign to comparison @1:1")]
    [TestCase("None = 1\n", "SyntaxError: cannot assign to None @1:1")]
    [TestCase("for 1 in x: pass\n", "SyntaxError: cannot assign to literal @1:5")]
    [TestCase("with a as 1: pass\n", "SyntaxError: cannot assign to literal @1:11")]
    [TestCase("del f()\n", "SyntaxError: cannot delete function call @1:5")]
    [TestCase("(a, b) += 1\n", "SyntaxError: 'tuple' is an illegal expression for augmented assignment @1:1")]
    [TestCase("x = yield = 1\n", "SyntaxError: assignment to yield expression not possible @1:5")]
    [TestCase("*a, *b = 1\n", "SyntaxError: multiple starred expressions in assignment @1:1")]
    [TestCase("x = *a\n", "SyntaxError: can't use starred expression here @1:5")]
    [TestCase("x = 1abc\n", "SyntaxError: invalid decimal literal @1:5")]
    [TestCase("x = 0777\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:5")]
    [TestCase("x = 0x\n", "SyntaxError: invalid hexadecimal literal @1:6")]
    [TestCase("x = 1_\n", "SyntaxError: invalid decimal literal @1:6")]
    [TestCase("x = b'\u00e9'\n", "SyntaxError: bytes can only contain ASCII literal characters @1:5")]
    [TestCase("return 1\n", "SyntaxError: 'return' outside function @1:1")]
    [TestCase("class A:\n    return 1\n", "SyntaxError: 'return' outside function @2:5")]
    [TestCase("while 1:\n    pass\nelse:\n    break\n", "SyntaxError: 'break' outside loop @4:5")]
    [TestCase("def f():\n    continue\n", "SyntaxError: 'continue' not properly in loop @2:5")]
    [TestCase("yield 1\n", "SyntaxError: 'yield' outside function @1:1")]
    [TestCase("x = [(yield)]\n", "SyntaxError: 'yield' outside function @1:7")]
    [TestCase("nonlocal x\n", "SyntaxError: nonlocal declaration not allowed at module level @1:1")]
    [TestCase("return 1\nx = 1 2\n", "SyntaxError: invalid syntax @2:7")]
    [TestCase("def f(a=1, b):\n  pass\n", "SyntaxError: non-default argument follows default argument @1:12")]
    [TestCase("def f(x, x): pass\n", "SyntaxError: duplicate argument 'x' in function definition @1:10")]
    [TestCase("def f(*): pass\n", "SyntaxError: named arguments must follow bare * @1:7")]
    [TestCase("f(a=1, 2)\n", "SyntaxError: positional argument follows keyword argument @1:9")]
    [TestCase("f(**a, *b)\n", "SyntaxError: iterable argument unpacking follows keyword argument unpacking @1:8")]
    [TestCase("f(x for x in y, 1)\n", "SyntaxError: Generator expression must be parenthesized @1:3")]
    [TestCase("try:\n  pass\nx = 1\n", "SyntaxError: expected 'except' or 'finally' block @3:1")]
    [TestCase("x = 'a' b'b'\n", "SyntaxError: cannot mix bytes and nonbytes literals @1:9")]
    public void MessagesAndPositionsMatchCPython(string source, string expected)
    {
        Assert.That(ErrorText(source), Is.EqualTo(expected));
    }

    [Test]
    public void ErrorsCarryFileNameAndLineText()
    {
        var e = Assert.Throws<MiniPy.Syntax.SyntaxErrorException>(() => MiniPy.Syntax.PythonParser.ParseModule("a = 1\nb = = 2\n", "prog.py"));
        Assert.That((e.FileName, e.LineNo, e.LineText), Is.EqualTo(("prog.py", 2, "b = = 2")));
    }

    [TestCase("try:\n    pass\nexcept*:\n    pass\n", "expected one or more exception types")]
    [TestCase("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n", "cannot have both 'except' and 'except*' on the same 'try'")]
    [TestCase("for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n", "'break', 'continue' and 'return' cannot appear in an except* block")]
    public void UnsupportedSyntaxSaysSo(string source, string message)
    {
        var e = Error(source);
        Assert.That((e.Kind, e.Msg), Is.EqualTo(("SyntaxError", message)));
    }

}
