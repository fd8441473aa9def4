// sys.stdin.readline(size): at most size characters, the rest of the line left for the next
// read, as CPython's text stdin gives them; None is not a size.
namespace MiniPy.Tests.Host;

public class StdinReadlineTests
{
    static (string stdout, string stderr) Run(string program, string input)
    {
        var r = MiniPyProcess.Start(new[] { "-c", program }, input: input, timeoutMs: 60_000);
        Assert.That(r.TimedOut, Is.False, "the program did not finish");
        return (r.Stdout, r.Stderr);
    }

    [Test]
    public void ASizeLimitsTheLine()
    {
        var (stdout, _) = Run(
            "import sys\nr = sys.stdin.readline\nprint(repr(r(2)), repr(r()), repr(r(0)), repr(r(-1)), repr(r(3)), repr(r(3)))",
            "abcdef\nxy\nlast");
        Assert.That(stdout, Is.EqualTo("'ab' 'cdef\\n' '' 'xy\\n' 'las' 't'\n"));
    }

    [Test]
    public void NoneIsNotASize()
    {
        var (_, stderr) = Run("import sys\nsys.stdin.readline(None)", "x\n");
        Assert.That(stderr.TrimEnd().Split('\n')[^1], Is.EqualTo("TypeError: 'NoneType' object cannot be interpreted as an integer"));
    }
}
