// Ctrl-C in the main thread ends every kind of wait within a second: SIGINT raises
// KeyboardInterrupt, and uncaught it ends the program with status 130, as in CPython.
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace MiniPy.Tests.Host;

public class InterruptTests
{
    [DllImport("libc", SetLastError = true)]
    static extern int kill(int pid, int sig);

    const int SIGINT = 2;

    static readonly Dictionary<string, string> Waits = new()
    {
        ["sleep"] = "import time\nprint('ready', flush=True)\ntime.sleep(30)\n",
        ["join"] = "import threading, time\nt = threading.Thread(target=time.sleep, args=(30,), daemon=True)\nt.start()\nprint('ready', flush=True)\nt.join()\n",
        ["queue get"] = "import queue\nq = queue.Queue()\nprint('ready', flush=True)\nq.get()\n",
        ["lock acquire"] = "import threading\nl = threading.Lock()\nl.acquire()\nprint('ready', flush=True)\nl.acquire()\n",
        ["event wait"] = "import threading\ne = threading.Event()\nprint('ready', flush=True)\ne.wait()\n",
        ["caught"] = "import time\nprint('ready', flush=True)\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('caught')\n",
    };

    public static IEnumerable<string> WaitKinds() => Waits.Keys;

    [TestCaseSource(nameof(WaitKinds))]
    public void SigintEndsTheWaitWithin1Second(string kind)
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("SIGINT is sent with kill(2)");
        var script = Path.Combine(Path.GetTempPath(), "minipy_sigint_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(script, Waits[kind]);
        try
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add(typeof(MiniPy.Host.Program).Assembly.Location);
            psi.ArgumentList.Add(script);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            Assert.That(p.StandardOutput.ReadLine(), Is.EqualTo("ready"));
            Thread.Sleep(200); // into the wait
            var sent = Stopwatch.StartNew();
            Assert.That(kill(p.Id, SIGINT), Is.EqualTo(0));
            bool ended = p.WaitForExit(1000);
            if (!ended) p.Kill(true);
            Assert.That(ended, Is.True, $"{kind}: still waiting 1 s after SIGINT");
            if (kind == "caught")
            {
                Assert.That(p.StandardOutput.ReadToEnd(), Is.EqualTo("caught\n"));
                Assert.That(p.ExitCode, Is.EqualTo(0));
            }
            else
            {
                Assert.That(p.ExitCode, Is.EqualTo(130), stderr.Result);
                Assert.That(stderr.Result.TrimEnd(), Does.EndWith("KeyboardInterrupt"));
            }
        }
        finally { File.Delete(script); }
    }
}
