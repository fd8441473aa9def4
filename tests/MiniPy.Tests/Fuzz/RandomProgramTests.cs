// Feeds random and mutated programs to the parser, compiler and VM and asserts that every
// outcome is output or a MiniPy error — never a host exception, an internal SystemError or
// a hang. CI runs a sample; MINIPY_FUZZ_COUNT=10000 dotnet test --filter RandomProgramTests
// runs the long version. The program being run is in $TMPDIR/minipy-fuzz-current.py, for a
// run that hangs regardless.
using System.Diagnostics;
using MiniPy.Host;
using MiniPy.VM;

namespace MiniPy.Tests.Fuzz;

public class RandomProgramTests
{
    static readonly string[] BlockingWords =
    {
        "threading", "queue", "multiprocessing", "time", "input(", "_thread", "sys.stdin",
        // Event loops and child processes wait on the system, where the time limit does not
        // reach: a mutated callback that never completes a future waits for ever, in CPython too.
        "asyncio", "subprocess", "socket", "select",
    };

    static int Count => int.TryParse(Environment.GetEnvironmentVariable("MINIPY_FUZZ_COUNT"), out var n) ? n : 400;

    [Test]
    public void RandomAndMutatedProgramsNeverFaultTheHost()
    {
        // Programs that wait on threads, processes, clocks or stdin can block where the time
        // limit cannot reach them once mutated; the rest of the script corpus is fair game.
        var corpus = Directory.EnumerateFiles(Scripts.ScriptTests.ScriptsRoot, "*.py", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Where(text => !BlockingWords.Any(text.Contains))
            .ToList();
        int ran = 0, errors = 0;
        var failures = new List<string>();
        for (int seed = 0; seed < Count; seed++)
        {
            var gen = new ProgramGenerator(seed);
            string program = gen.Generate();
            if (seed % 2 == 1) program = gen.Mutate(seed % 4 == 1 || corpus.Count == 0 ? program : corpus[seed % corpus.Count]);
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "minipy-fuzz-current.py"), $"# seed {seed}\n{program}");
            var (code, stderr, fault) = Run(program);
            ran++;
            if (code != 0) errors++;
            if (fault != null) failures.Add($"seed {seed}: host fault {fault}\n{program}");
            else if (stderr.Contains("SystemError")) failures.Add($"seed {seed}: {stderr.Trim().Split('\n').Last()}\n{program}");
            if (failures.Count >= 5) break;
        }
        TestContext.Out.WriteLine($"{ran} programs, {errors} ended in a MiniPy error");
        Assert.That(failures, Is.Empty, string.Join("\n\n", failures));
        Assert.That(ran, Is.EqualTo(Count));
    }

    static (int code, string stderr, Exception fault) Run(string program)
    {
        var stderr = new StringWriter();
        var runner = new ProgramRunner
        {
            Stdout = TextWriter.Null,
            Stderr = stderr,
            Configure = interp =>
            {
                interp.Deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 2;
                Interpreter.EvalBreaker = 1;
            },
        };
        // A mutated program may change directory into a temporary one it then deletes; the
        // working directory is the whole test process's, so it is put back.
        var cwd = Directory.GetCurrentDirectory();
        try { return (runner.Run(program, "fuzz.py"), stderr.ToString(), null); }
        catch (Exception e) { return (-1, stderr.ToString(), e); }
        finally
        {
            Interpreter.EvalBreaker = 0;
            Directory.SetCurrentDirectory(cwd);
        }
    }
}
