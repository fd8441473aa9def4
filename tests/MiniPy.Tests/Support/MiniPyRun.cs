// Runs MiniPy source in-process for tests: captures stdout and stderr, the exit status, and
// the change in the heap's live references and blocks across the whole run.
using MiniPy.Host;
using MiniPy.Runtime;

namespace MiniPy.Tests;

public sealed record RunResult(int ExitCode, string Stdout, string Stderr, long RefDelta, long BlockDelta)
{
    public string LastStderrLine
    {
        get
        {
            var lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return lines.Length == 0 ? "" : lines[^1].TrimEnd('\r');
        }
    }
}

public static class MiniPyRun
{
    static readonly object gate = new();

    public static RunResult Source(string source, string fileName = "test.py", string scriptDirectory = null)
    {
        lock (gate)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var runner = new ProgramRunner { Stdout = stdout, Stderr = stderr, Argv = new[] { fileName }, ScriptDirectory = scriptDirectory };
            // Warm the runtime so start-up objects are not counted against the program.
            EnsureRuntime();
            var (refs0, blocks0) = Heap.Totals();
            int code = runner.Run(source, fileName);
            var (refs1, blocks1) = Heap.Totals();
            return new RunResult(code, stdout.ToString(), stderr.ToString(), refs1 - refs0, blocks1 - blocks0);
        }
    }

    static bool warmed;

    static void EnsureRuntime()
    {
        if (warmed) return;
        warmed = true;
        var runner = new ProgramRunner { Stdout = TextWriter.Null, Stderr = TextWriter.Null };
        runner.Run("import sys, math, time, os\n", "warmup.py");
    }
}
