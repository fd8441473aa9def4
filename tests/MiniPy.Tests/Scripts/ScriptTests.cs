// One NUnit case per MiniPy program under tests/scripts. A program states what it must print
// with inline comments, in the manner of Wren's test suite:
//   print(1 + 1)  # expect: 2                 one line of stdout, in order
//   # expect-error: ZeroDivisionError: division by zero     the last stderr line; exit status 1
//   # expect-exit: 3                          the exit status (default 0, or 1 with an error)
//   # expect-stderr: TEXT                     a line of stderr (any order; stderr may hold more)
// Every program must also free everything it made: the heap's live references and blocks
// are the same after the run as before it.
using System.Text.RegularExpressions;

namespace MiniPy.Tests.Scripts;

public class ScriptTests
{
    public static string ScriptsRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "scripts"))) dir = dir.Parent;
            if (dir == null) throw new DirectoryNotFoundException("tests/scripts not found above " + AppContext.BaseDirectory);
            return Path.Combine(dir.FullName, "tests", "scripts");
        }
    }

    public static IEnumerable<TestCaseData> Scripts()
    {
        var root = ScriptsRoot;
        foreach (var file in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            yield return new TestCaseData(rel).SetName("script " + rel);
        }
    }

    static readonly Regex Expect = new(@"# expect: ?(.*)$");
    static readonly Regex ExpectError = new(@"# expect-error: (.*)$");
    static readonly Regex ExpectExit = new(@"# expect-exit: (\d+)");
    static readonly Regex ExpectStderr = new(@"# expect-stderr: (.*)$");

    [TestCaseSource(nameof(Scripts))]
    public void Script(string relativePath)
    {
        var path = Path.Combine(ScriptsRoot, relativePath);
        var source = File.ReadAllText(path);
        var expected = new List<string>();
        string expectedError = null;
        int? expectedExit = null;
        var expectedStderr = new List<string>();
        foreach (var line in source.Split('\n'))
        {
            var l = line.TrimEnd('\r');
            var e = ExpectError.Match(l);
            if (e.Success) { expectedError = e.Groups[1].Value; continue; }
            var se = ExpectStderr.Match(l);
            if (se.Success) { expectedStderr.Add(se.Groups[1].Value); continue; }
            var x = ExpectExit.Match(l);
            if (x.Success) { expectedExit = int.Parse(x.Groups[1].Value); continue; }
            var m = Expect.Match(l);
            if (m.Success) expected.Add(m.Groups[1].Value);
        }
        var result = MiniPyRun.Source(source, relativePath, Path.GetDirectoryName(path));
        var actual = result.Stdout.Replace("\r\n", "\n").Split('\n').ToList();
        if (actual.Count > 0 && actual[^1] == "") actual.RemoveAt(actual.Count - 1);
        Assert.That(actual, Is.EqualTo(expected), "stdout of " + relativePath + "\nstderr:\n" + result.Stderr);
        int exit = expectedExit ?? (expectedError != null ? 1 : 0);
        Assert.That(result.ExitCode, Is.EqualTo(exit), "exit status; stderr:\n" + result.Stderr);
        if (expectedError != null) Assert.That(result.LastStderrLine, Is.EqualTo(expectedError), "last line of stderr");
        else if (exit == 0 && expectedStderr.Count == 0) Assert.That(result.Stderr, Is.Empty, "stderr");
        var stderrLines = result.Stderr.Replace("\r\n", "\n").Split('\n');
        foreach (var line in expectedStderr) Assert.That(stderrLines, Does.Contain(line), "stderr lines");
        Assert.That((result.RefDelta, result.BlockDelta), Is.EqualTo((0L, 0L)), "references and blocks left alive after the run");
    }
}
