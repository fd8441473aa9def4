// The interactive prompt: through piped input with -i (prompts and banner on stderr, values
// echoed on stdout, tracebacks without leaving), and on a real terminal through `script`,
// which runs the interpreter on a pseudo-terminal.
using System.Diagnostics;

namespace MiniPy.Tests.Host;

public class ReplTests
{
    static ProcessStartInfo Interpreter(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.ArgumentList.Add(typeof(MiniPy.Host.Program).Assembly.Location);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    static (int code, string stdout, string stderr) Piped(string input, params string[] args)
    {
        using var p = Process.Start(Interpreter(args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(input);
        p.StandardInput.Close();
        Assert.That(p.WaitForExit(30_000), Is.True, "the prompt did not end at the end of its input");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Test]
    public void PipedInputEchoesValuesAndSurvivesErrors()
    {
        var (code, stdout, stderr) = Piped("1 + 1\nx = 5\nx\nfor i in range(2):\n    i\n\nNone\n1/0\nprint('after')\n_\n\"\"\"two\nlines\"\"\"\ndef f(a,\n      b):\n    return a * b\n\nf(6, 7)\n", "-i");
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Is.EqualTo("2\n5\n0\n1\nafter\n1\n'two\\nlines'\n42\n"));
        Assert.That(stderr, Does.StartWith("MiniPy "));
        Assert.That(stderr, Does.Contain(">>> ... ... >>> "));
        Assert.That(stderr, Does.Contain("ZeroDivisionError: division by zero\n>>> "));
    }

    [Test]
    public void ExitLeavesWithItsStatusAndKeepsTheProgramsNamespace()
    {
        var script = Path.Combine(Path.GetTempPath(), "minipy_repl_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(script, "answer = 42\nprint('ran')\n");
        try
        {
            var (code, stdout, stderr) = Piped("answer\nexit(3)\nprint('not reached')\n", "-i", script);
            Assert.That(code, Is.EqualTo(3), stderr);
            Assert.That(stdout, Is.EqualTo("ran\n42\n"));
            Assert.That(stderr, Does.Not.Contain("MiniPy 0"), "no banner after a program, as python -i");
        }
        finally { File.Delete(script); }
    }

    [Test]
    public void SyntaxErrorsAreReportedAndThePromptGoesOn()
    {
        var (code, stdout, stderr) = Piped("print 'hello'\n2 * 21\n", "-i");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Is.EqualTo("42\n"));
        Assert.That(stderr, Does.Contain("SyntaxError"));
    }

    [Test]
    public void OnATerminalLinesAreEditedAndRecalled()
    {
        if (!File.Exists("/usr/bin/script")) Assert.Ignore("needs script(1) for a pseudo-terminal");
        var psi = new ProcessStartInfo("/usr/bin/script")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.ArgumentList.Add("-q");
        psi.ArgumentList.Add("-e");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"dotnet '{typeof(MiniPy.Host.Program).Assembly.Location}'");
        psi.ArgumentList.Add("/dev/null");
        psi.Environment["TERM"] = "xterm";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        void Type(string keys)
        {
            Thread.Sleep(1500); // until the prompt reads the terminal
            p.StandardInput.Write(keys);
            p.StandardInput.Flush();
        }
        Type("67\x1b[D*\r");      // left arrow, then an insertion: 6*7
        Type("\x1b[A\r");        // up arrow recalls it
        Type("\x04");            // Ctrl-D leaves
        Thread.Sleep(1000);
        p.StandardInput.Close();
        Assert.That(p.WaitForExit(30_000), Is.True);
        var text = stdout.Result.Replace("\r", "");
        Assert.That(text, Does.Contain("MiniPy "));
        Assert.That(text.Split('\n').Count(l => l == "42"), Is.EqualTo(2), text);
        Assert.That(p.ExitCode, Is.EqualTo(0), text);
    }
}
