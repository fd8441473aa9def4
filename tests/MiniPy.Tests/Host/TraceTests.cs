// --trace, --trace-refs and --trace-only: instructions and count changes, narrowed to one
// function, on stderr; the program's own output is unchanged.
namespace MiniPy.Tests.Host;

public class TraceTests
{
    const string Program = "def bump(x):\n    y = x + 1\n    return y\nprint(bump(41))\n";

    [Test]
    public void InstructionTraceShowsThreadFunctionLineOpcodeAndTopOfStack()
    {
        var r = MiniPyProcess.Run(Program, new[] { "--trace", "--trace-only", "bump" });
        Assert.That(r.Stdout, Is.EqualTo("42\n"));
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.All.StartWith("[MainThread] bump:"), "only bump is traced");
        Assert.That(lines.Select(l => l.Split("top:")[0].Split(' ', 3)[2].Trim()), Is.EqualTo(new[]
        {
            "0 RESUME 0", "2 LOAD_FAST 0 (x)", "4 LOAD_CONST 1 (1)", "6 BINARY_OP 0 (+)", "8 STORE_FAST 1 (y)", "10 LOAD_FAST 1 (y)", "12 RETURN_VALUE",
        }));
        Assert.That(lines[2], Does.EndWith("top: 41"));
        Assert.That(lines[4], Does.EndWith("top: 42"));
    }

    [Test]
    public void RefTraceShowsEveryCountChangeInTheFunction()
    {
        var r = MiniPyProcess.Run(Program, new[] { "--trace-refs", "--trace-only", "bump" });
        Assert.That(r.Stdout, Is.EqualTo("42\n"));
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.All.Match(@"^\[MainThread\] bump:\d refcount .+ \(\w+\): -?\d+ -> -?\d+$"));
        // 42 is made by the addition (count 1), stored in y and pushed to be returned.
        Assert.That(lines, Has.Some.EndWith("refcount 42 (int): 1 -> 2"));
    }

    [Test]
    public void WithoutTracingNothingIsPrinted()
    {
        var r = MiniPyProcess.Run(Program, Array.Empty<string>());
        Assert.That((r.Stdout, r.Stderr), Is.EqualTo(("42\n", "")));
    }

    [Test]
    public void DashMDisDisassemblesAFile()
    {
        var r = MiniPyProcess.Run("x = 1\n", new[] { "-m", "dis" });
        Assert.That(r.Stdout, Is.EqualTo(
            "  0           0 RESUME                   0\n\n" +
            "  1           2 LOAD_CONST               0 (1)\n" +
            "              4 STORE_NAME               0 (x)\n" +
            "              6 LOAD_CONST               1 (None)\n" +
            "              8 RETURN_VALUE\n"), r.Stderr);
    }

    [Test]
    public void DashMWithAnUnknownModuleFails()
    {
        var r = MiniPyProcess.Run("pass\n", new[] { "-m", "no_such_module_here" });
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.Stderr, Does.Contain("No module named no_such_module_here"));
    }
}
