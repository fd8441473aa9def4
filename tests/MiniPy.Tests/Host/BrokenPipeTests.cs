// Output to a pipe whose reader has gone (`minipy prog.py | head -1`): the write raises
// BrokenPipeError in the program and the process ends with status 1, as CPython's does,
// rather than running on silently; output still buffered at exit is reported as CPython
// reports it (status 120). And code given with -c shows no source lines in its
// traceback, as CPython's "<string>" frames show none.
using System.Diagnostics;

namespace MiniPy.Tests.Host;

public class BrokenPipeTests
{
    static Process Start(params string[] arguments)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment.Remove("PYTHONUNBUFFERED"); // stdout block-buffered, as by default
        psi.ArgumentList.Add(typeof(MiniPy.Host.Program).Assembly.Location);
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    [Test]
    public void WritingToAClosedPipeRaisesBrokenPipeError()
    {
        using var p = Start("-c", "for i in range(10_000_000):\n    print(i)\n");
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.That(p.StandardOutput.ReadLine(), Is.EqualTo("0"));
        p.StandardOutput.Close();
        Assert.That(p.WaitForExit(60_000), Is.True, "the program went on writing to a closed pipe");
        Assert.That(p.ExitCode, Is.EqualTo(1), stderr.Result);
        var lines = stderr.Result.TrimEnd('\n').Split('\n');
        Assert.That(lines[^1], Is.EqualTo("BrokenPipeError: [Errno 32] Broken pipe"));
        foreach (var mark in MiniPyProcess.HostFaultMarks) Assert.That(stderr.Result, Does.Not.Contain(mark));
    }

    [Test]
    public void OutputLeftAtExitForAGoneReaderIsReportedAsCPythonDoes()
    {
        using var p = Start("-c", "import time\nprint('hi')\ntime.sleep(0.5)\n");
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.Close();
        Assert.That(p.WaitForExit(60_000), Is.True);
        Assert.That(p.ExitCode, Is.EqualTo(120), stderr.Result);
        Assert.That(stderr.Result.Replace("\r\n", "\n"), Is.EqualTo(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n"));
    }

    [Test]
    public void CommandLineCodeShowsNoSourceLines()
    {
        using var p = Start("-c", "x = 1\n1/0\n");
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.That(p.WaitForExit(60_000), Is.True);
        Assert.That(stderr.Result.Replace("\r\n", "\n"), Is.EqualTo(
            "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"));
    }
}
