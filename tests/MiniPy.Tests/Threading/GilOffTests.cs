// With the GIL off, threads run truly in parallel and reference counts race by design. The
// host must survive it: the program ends with MiniPy's own reports, never a .NET stack trace.
// Runs the interpreter as a separate process, since the GIL mode is fixed at start-up.

namespace MiniPy.Tests.Threading;

public class GilOffTests
{
    const string Program = @"
import sys, threading
print(sys._is_gil_enabled())
shared = object()
out = []
def churn():
    for _ in range(20000):
        x = shared
        out.append(x)
        del x
ts = [threading.Thread(target=churn) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('finished', len(out) <= 80000)
";

    [Test]
    public void RacingThreadsNeverCrashTheHost()
    {
        var r = MiniPyProcess.Run(Program, new[] { "--gil", "off" }, timeoutMs: 60_000);
        Assert.That(r.TimedOut, Is.False, "the GIL-off program did not finish");
        Assert.That(r.Stdout, Does.StartWith("False\n"), r.Stderr);
        Assert.That(r.Stdout, Does.Contain("finished True"), r.Stderr);
        Assert.That(r.Stderr, Does.Not.Contain("   at "), "a .NET stack trace reached the user");
        // .NET's words for a crash; "Unhandled exception in thread started by" is CPython's.
        Assert.That(r.Stderr, Does.Not.Contain("Unhandled exception. "), "the host crashed");
    }
}
