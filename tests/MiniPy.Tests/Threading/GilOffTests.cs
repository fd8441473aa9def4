// With the GIL off, threads run truly in parallel and reference counts race by design. The
// host must survive it: the program ends with MiniPy's own reports, never a .NET stack trace.
// Runs the interpreter as a separate process, since the GIL mode is fixed at start-up.
using System.Diagnostics;

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
        var script = Path.Combine(Path.GetTempPath(), "minipy_giloff_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(script, Program);
        try
        {
            var psi = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add(typeof(MiniPy.Host.Program).Assembly.Location);
            psi.ArgumentList.Add("--gil");
            psi.ArgumentList.Add("off");
            psi.ArgumentList.Add(script);
            using var p = System.Diagnostics.Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            Assert.That(p.WaitForExit(60_000), Is.True, "the GIL-off program did not finish");
            Assert.That(stdout.Result, Does.StartWith("False\n"), stderr.Result);
            Assert.That(stdout.Result, Does.Contain("finished True"), stderr.Result);
            Assert.That(stderr.Result, Does.Not.Contain("   at "), "a .NET stack trace reached the user");
            Assert.That(stderr.Result, Does.Not.Contain("Unhandled exception"), "the host crashed");
        }
        finally { File.Delete(script); }
    }
}
