// The compiler's output, checked through the disassembler: scopes pick the right load and
// store instructions, jumps land where they should, and stack sizes are computed.
using MiniPy.Compiler;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Tests.Compiler;

public class CompilerTests
{
    [OneTimeSetUp]
    public void Runtime() => _ = new Interpreter();

    static string Dis(string source)
    {
        var code = MiniPy.Compiler.Compiler.CompileSource(source, "t.py");
        try { return Disassembler.Disassemble(code); }
        finally { Rc.Dec(code); }
    }

    [Test]
    public void ModuleNamesUseNameOpsAndFunctionLocalsUseFastOps()
    {
        var d = Dis("x = 1\ndef f(a):\n    b = a\n    return b + x\n");
        Assert.That(d, Does.Match(@"STORE_NAME\s+0 \(x\)"));
        Assert.That(d, Does.Match(@"STORE_FAST\s+1 \(b\)"));
        Assert.That(d, Does.Match(@"LOAD_GLOBAL\s+0 \(x\)"));
    }

    [Test]
    public void ClosuresUseCellsAndFreeVariables()
    {
        var d = Dis("def outer():\n    n = 0\n    def inner():\n        return n\n    return inner\n");
        Assert.That(d, Does.Contain("STORE_DEREF"));
        Assert.That(d, Does.Contain("LOAD_CLOSURE"));
        Assert.That(d, Does.Match(@"LOAD_DEREF\s+0 \(n\)"));
    }

    [Test]
    public void MethodCallsUseLoadMethod()
    {
        var d = Dis("xs = []\nxs.append(1)\n");
        Assert.That(d, Does.Contain("LOAD_METHOD"));
        Assert.That(d, Does.Match(@"CALL_METHOD\s+1"));
    }

    [Test]
    public void LoopsJumpBackwardToForIter()
    {
        var d = Dis("for i in range(3):\n    pass\n");
        Assert.That(d, Does.Match(@">>\s+\d+ FOR_ITER"));
        Assert.That(d, Does.Contain("JUMP_BACKWARD"));
    }

    [Test]
    public void StackSizeCoversTheDeepestExpression()
    {
        var code = MiniPy.Compiler.Compiler.CompileSource("x = [1, 2, 3, 4, 5, 6, 7, 8]\n", "t.py");
        Assert.That(code.StackSize, Is.GreaterThanOrEqualTo(8));
        Rc.Dec(code);
    }

    [Test]
    public void ReturnOutsideFunctionIsASyntaxError()
    {
        var ex = Assert.Throws<MiniPy.Syntax.SyntaxErrorException>(() => MiniPy.Compiler.Compiler.CompileSource("return 1\n", "t.py"));
        Assert.That(ex.Msg, Is.EqualTo("'return' outside function"));
    }

    [TestCase("def f():\n    await g()\n", "'await' outside async function", 2, 5)]
    [TestCase("await g()\n", "'await' outside function", 1, 1)]
    [TestCase("def f():\n    async with a:\n        pass\n", "'async with' outside async function", 2, 5)]
    [TestCase("def f():\n    async for x in y:\n        pass\n", "'async for' outside async function", 2, 5)]
    [TestCase("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5)]
    [TestCase("async def f():\n    yield from g()\n", "'yield from' inside async function", 2, 5)]
    [TestCase("def f():\n    return [await x for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 12)]
    [TestCase("def f():\n    return [[x async for x in y] for z in w]\n", "asynchronous comprehension outside of an asynchronous function", 2, 12)]
    public void AwaitOutsideACoroutineIsASyntaxError(string source, string message, int line, int column)
    {
        var ex = Assert.Throws<MiniPy.Syntax.SyntaxErrorException>(() => MiniPy.Compiler.Compiler.CompileSource(source, "t.py"));
        Assert.That((ex.Msg, ex.LineNo, ex.Offset), Is.EqualTo((message, line, column)));
    }

    // CPython 3.11's own `dis.dis(f)` text for this function: where MiniPy's instructions are
    // the same as CPython's, the listing must be character for character the same.
    [Test]
    public void DisLaysOutAFunctionAsCPythonDoes()
    {
        var d = Dis("import dis\ndef f(a):\n    b = a\n    return b\n");
        const string cpython =
            "  2           0 RESUME                   0\n" +
            "\n" +
            "  3           2 LOAD_FAST                0 (a)\n" +
            "              4 STORE_FAST               1 (b)\n" +
            "\n" +
            "  4           6 LOAD_FAST                1 (b)\n" +
            "              8 RETURN_VALUE\n";
        Assert.That(d, Does.Contain(cpython));
    }

    [Test]
    public void BinaryOpArgumentsAreNumberedAsInCPython()
    {
        var d = Dis("def f(a, b):\n    a *= b\n    return a * b + a - b\n");
        Assert.That(d, Does.Contain("INPLACE_OP              18 (*=)"));
        Assert.That(d, Does.Contain("BINARY_OP                5 (*)"));
        Assert.That(d, Does.Contain("BINARY_OP                0 (+)"));
        Assert.That(d, Does.Contain("BINARY_OP               10 (-)"));
    }

    [Test]
    public void NoImplicitReturnAfterAReturn()
    {
        static string Function(string d) => d.Substring(d.IndexOf("Disassembly of"));
        var d = Function(Dis("def f(a):\n    if a:\n        return 1\n    return 2\n"));
        Assert.That(d, Does.Not.Contain("(None)"), "an unreachable `return None` was emitted");
        var falls = Function(Dis("def f(a):\n    if a:\n        return 1\n"));
        Assert.That(falls, Does.Contain("LOAD_CONST               0 (None)"), "a body that can fall off its end returns None");
    }

    [Test]
    public void EveryOpcodeHasATableEntryInOrder()
    {
        var ops = Enum.GetValues<Op>();
        Assert.That(OpCodes.Table.Length, Is.EqualTo(ops.Length));
        for (int i = 0; i < ops.Length; i++) Assert.That(OpCodes.Table[i].Op, Is.EqualTo(ops[i]));
    }
}
