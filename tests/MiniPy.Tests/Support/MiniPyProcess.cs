// Runs the minipy command as a separate process, for tests of switches that are fixed when
// a process starts (the GIL, the kind of reference counts, per-object locks).
using System.Diagnostics;

namespace MiniPy.Tests;

public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, bool TimedOut);

public static class MiniPyProcess
{
    /// <summary>Runs source with the given interpreter options; waits at most timeoutMs.</summary>
    public static ProcessResult Run(string source, IEnumerable<string> options, IEnumerable<string> programArgs = null, int timeoutMs = 120_000)
    {
        var script = Path.Combine(Path.GetTempPath(), "minipy_test_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(script, source);
        try { return Start(options.Append(script).Concat(programArgs ?? Array.Empty<string>()), timeoutMs: timeoutMs); }
        finally { File.Delete(script); }
    }

    /// <summary>Runs `minipy ARGUMENTS...` (in workingDirectory, with input on its stdin when
    /// given); waits at most timeoutMs, then kills it.</summary>
    public static ProcessResult Start(IEnumerable<string> arguments, string workingDirectory = null, string input = null, int timeoutMs = 120_000)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = input != null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory != null) psi.WorkingDirectory = workingDirectory;
        psi.ArgumentList.Add(typeof(MiniPy.Host.Program).Assembly.Location);
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        psi.Environment.Remove("MINIPY_GIL");
        using var p = Process.Start(psi)!;
        if (input != null)
        {
            p.StandardInput.Write(input);
            p.StandardInput.Close();
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            try { p.Kill(true); } catch { }
            return new ProcessResult(-1, stdout.Result, stderr.Result, true);
        }
        return new ProcessResult(p.ExitCode, stdout.Result, stderr.Result, false);
    }

    /// <summary>Text that only a .NET fault reaching the user would print ("Unhandled
    /// exception. System.…" is .NET's; CPython's "Unhandled exception in thread" is not).</summary>
    public static readonly string[] HostFaultMarks =
    {
        "   at ", "Unhandled exception. ", "Exception:", "IndexOutOfRange", "NullReference", "InvalidCast",
        "ArgumentOutOfRange", "Fatal Python error", "System.",
    };
}
