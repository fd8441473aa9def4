// --log-level: a known level or a usage error; one line per event in MiniPy's own format.
namespace MiniPy.Tests.Host;

public class LoggingTests
{
    [Test]
    public void UnknownLevelIsAUsageError()
    {
        var r = MiniPyProcess.Run("print('ran')\n", new[] { "--log-level", "loud" });
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Stdout, Is.Empty);
        Assert.That(r.Stderr, Does.StartWith("minipy: --log-level: unknown level 'loud'"));
    }

    [Test]
    public void TheNextOptionIsNotTakenForALevel()
    {
        var r = MiniPyProcess.Run("pass\n", new[] { "--log-level", "--gil-stats" });
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Stderr, Does.Contain("--log-level needs a level"));
    }

    [Test]
    public void InformationShowsThreadsOneLineEachWithoutTheConsoleHeader()
    {
        var r = MiniPyProcess.Run("import threading\nt = threading.Thread(target=print, args=('hi',))\nt.start()\nt.join()\n", new[] { "--log-level", "information" });
        Assert.That(r.Stdout, Is.EqualTo("hi\n"));
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Some.Match(@"^minipy \d\d:\d\d:\d\d\.\d{3} threads +thread Thread-1 \(print\) started$"));
        Assert.That(lines, Has.None.Contain("info:").And.None.Contain("[0]"));
        Assert.That(lines, Has.None.Contain("GIL"), "GIL hand-offs are debug");
    }
}
