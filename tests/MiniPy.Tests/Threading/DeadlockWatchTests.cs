// The deadlock watch (VM/DeadlockWatch.cs): with the GIL off, a program whose every thread
// waits for ever on a threading lock is ended with a report instead of hanging; one that
// still has a thread doing something else is left alone.
namespace MiniPy.Tests.Threading;

public class DeadlockWatchTests
{
    [Test]
    public void GilOffProgramWhoseThreadsAllWaitForEverEndsWithAReport()
    {
        const string program = @"
import threading
lock = threading.Lock()
lock.acquire()
def worker():
    lock.acquire()
t = threading.Thread(target=worker)
t.start()
print('waiting')
t.join()
print('never printed')
";
        var r = MiniPyProcess.Run(program, new[] { "--gil", "off" }, timeoutMs: 30_000);
        Assert.That(r.TimedOut, Is.False, "the program hung\n" + r.Stderr);
        Assert.That(r.ExitCode, Is.EqualTo(1), r.Stderr);
        Assert.That(r.Stdout, Is.EqualTo("waiting\n"));
        Assert.That(r.Stderr, Does.Contain("MiniPy: the program cannot go on"));
        Assert.That(r.Stderr, Does.Match(@"MainThread: waiting in join\(\) \(threading\.py line \d+\), called from the module body \(\S+ line 10\)"));
        Assert.That(r.Stderr, Does.Match(@"Thread-1 \(worker\): waiting in worker\(\) \(\S+ line 6\)"));
    }

    [Test]
    public void GilOffThreadWaitingWhileAnotherSleepsIsLeftToFinish()
    {
        // The main thread sleeps longer than the watch's quiet period, then releases the
        // lock the worker waits on: a sleeping thread is not waiting for ever.
        const string program = @"
import threading, time
lock = threading.Lock()
lock.acquire()
def worker():
    with lock:
        print('worker got the lock')
t = threading.Thread(target=worker)
t.start()
time.sleep(2.5)
lock.release()
t.join()
print('done')
";
        var r = MiniPyProcess.Run(program, new[] { "--gil", "off" }, timeoutMs: 30_000);
        Assert.That(r.TimedOut, Is.False, "the program hung\n" + r.Stderr);
        Assert.That(r.Stdout, Is.EqualTo("worker got the lock\ndone\n"), r.Stderr);
        Assert.That(r.Stderr, Does.Not.Contain("cannot go on"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
    }
}
