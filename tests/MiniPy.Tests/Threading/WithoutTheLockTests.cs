// Without the lock: GIL-off mode with plain counts really corrupts, the interpreter survives
// it and says so in words; the GIL and the free-threaded mode are exact. Each program runs
// as its own process, since these switches are fixed when a process starts.
namespace MiniPy.Tests.Threading;

public class WithoutTheLockTests
{
    // Four threads race on a shared global counter, a shared dict and a shared list.
    const string Race = @"
import sys, threading
counter = 0
table = {}
items = []
def work(n):
    global counter
    for i in range(n):
        counter += 1
        table[i % 50] = table.get(i % 50, 0) + 1
        items.append(i)
threads = [threading.Thread(target=work, args=(60000,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print('items', len(items) == 240000)
print('the end')
";

    // Every thread takes and drops references to one shared object, and appends it.
    const string Churn = @"
import sys, threading
class Token: pass
shared = Token()
out = []
def churn(n):
    mine = Token()
    for _ in [mine] * n:
        a = shared
        b = a
        del a, b
        out.append(shared)
threads = [threading.Thread(target=churn, args=(50000,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print('appends', len(out))
print('count', sys.getrefcount(shared) - len(out))
";

    // Objects made by one thread and released by another, both ways: the workers drop what
    // the main thread made (with biased counts those decrements are queued for the main
    // thread to merge), and the main thread drops what the workers made after they exit.
    // Each object counts itself when it is freed.
    const string HandOff = @"
import threading
lock = threading.Lock()
freed = 0
class Token:
    def __del__(self):
        global freed
        with lock:
            freed += 1
shared = [Token() for _ in range(3000)]
made_by_workers = []
def worker():
    while True:
        try:
            t = shared.pop()
        except IndexError:
            break
        del t
    for _ in range(1000):
        made_by_workers.append(Token())
threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
for i in range(100000): pass
print('freed after workers', freed)
made_by_workers.clear()
print('freed at end', freed)
";

    static void NoHostFault(ProcessResult r)
    {
        Assert.That(r.TimedOut, Is.False, "the program hung\n" + r.Stderr);
        foreach (var mark in MiniPyProcess.HostFaultMarks)
            Assert.That(r.Stderr + r.Stdout, Does.Not.Contain(mark), "host text reached the user");
    }

    [Test]
    public void GilOffPlainCountsCorruptAndTheProgramStillEnds()
    {
        if (Environment.ProcessorCount < 2) Assert.Ignore("threads cannot race on one CPU");
        // A race needs two threads at the same instant: a few tries make a miss unlikely.
        bool corrupted = false;
        for (int attempt = 0; attempt < 4 && !corrupted; attempt++)
        {
            var r = MiniPyProcess.Run(Churn, new[] { "--gil", "off" });
            NoHostFault(r);
            Assert.That(r.Stdout, Does.Contain("count"), "the program did not reach its end\n" + r.Stderr);
            Assert.That(r.Stderr, Does.Contain("refcount audit: "), "the audit is automatic with the GIL off");
            corrupted = !r.Stdout.Contains("appends 200000") || !r.Stdout.Contains("count 2")
                        || !r.Stderr.Contains(" 0 counts too high, 0 counts too low");
        }
        Assert.That(corrupted, Is.True, "GIL-off mode with plain counts never corrupted anything in four runs");
    }

    [Test]
    public void GilOffRacesOnSharedContainersReachTheLastLine()
    {
        var r = MiniPyProcess.Run(Race, new[] { "--gil", "off" });
        NoHostFault(r);
        Assert.That(r.Stdout, Does.Contain("the end"), r.Stderr);
        // Reports name Python threads, never a .NET thread number.
        Assert.That(r.Stderr, Does.Not.Match(@"in thread \d"));
    }

    [Test]
    public void FreeThreadedModeIsExactAndAuditsClean()
    {
        var r = MiniPyProcess.Run(Churn, new[] { "--free-threaded", "--audit-refs" });
        NoHostFault(r);
        Assert.That(r.Stdout, Does.Contain("appends 200000"), r.Stderr);
        Assert.That(r.Stdout, Does.Contain("count 2"), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(" 0 counts too high, 0 counts too low"), r.Stderr);
        Assert.That(r.Stderr, Does.Not.Contain("What went wrong"), r.Stderr);
    }

    [TestCase("atomic")]
    [TestCase("biased")]
    public void ThreadSafeCountsWithoutTheGilAreExact(string counts)
    {
        var r = MiniPyProcess.Run(Churn, new[] { "--gil", "off", "--refcount", counts, "--audit-refs" });
        NoHostFault(r);
        Assert.That(r.Stdout, Is.EqualTo("appends 200000\ncount 2\n"), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(" 0 counts too high, 0 counts too low"), r.Stderr);
    }

    [TestCase("--free-threaded")]
    [TestCase("--refcount", "biased")]
    [TestCase("--gil", "off", "--refcount", "atomic")]
    public void ObjectsReleasedByAnotherThreadAreFreed(params string[] mode)
    {
        var r = MiniPyProcess.Run(HandOff, mode.Append("--audit-refs").ToArray());
        NoHostFault(r);
        Assert.That(r.Stdout, Is.EqualTo("freed after workers 3000\nfreed at end 5000\n"), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(" 0 counts too high, 0 counts too low"), r.Stderr);
    }

    // An object the main thread made and a worker released: with biased counts the release
    // is handed back to the main thread, which must free it (and run __del__) as soon as it
    // runs again — here, when join returns — and count it right meanwhile.
    const string HandBackTiming = @"
import threading, sys
class D:
    def __del__(self):
        print('del')
x = D()
holder = [x, D()]
def worker():
    holder.clear()
t = threading.Thread(target=worker)
t.start()
t.join()
print('refs', sys.getrefcount(x))
print('end')
";

    [TestCase("--refcount", "biased")]
    [TestCase("--free-threaded")]
    public void HandedBackObjectsAreFreedWhenTheOwnerRunsAgain(params string[] mode)
    {
        var r = MiniPyProcess.Run(HandBackTiming, mode.Append("--audit-refs").ToArray());
        NoHostFault(r);
        Assert.That(r.Stdout, Is.EqualTo("del\nrefs 2\nend\ndel\n"), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(" 0 counts too high, 0 counts too low"), r.Stderr);
    }

    [Test]
    public void TheSharedRandomGeneratorIsSafeFreeThreaded()
    {
        const string program = @"
import random, threading
random.seed(1)
out = []
def work():
    out.append(all(0.0 <= random.random() < 1.0 for _ in range(20000)))
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
";
        var r = MiniPyProcess.Run(program, new[] { "--free-threaded", "--audit-refs" });
        NoHostFault(r);
        Assert.That(r.Stdout, Is.EqualTo("[True, True, True, True]\n"), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(" 0 counts too high, 0 counts too low"), r.Stderr);
    }

    [Test]
    public void GilOnIsExactAndAuditsClean()
    {
        var r = MiniPyProcess.Run(Churn, new[] { "--audit-refs" });
        Assert.That(r.Stdout, Is.EqualTo("appends 200000\ncount 2\n"), r.Stderr);
        Assert.That(r.Stderr, Does.StartWith("refcount audit: "));
        Assert.That(r.Stderr, Does.Contain(" 0 counts too high, 0 counts too low"));
    }

    [Test]
    public void FreeThreadedModeSaysTheGilIsOff()
    {
        var r = MiniPyProcess.Run("import sys\nprint(sys._is_gil_enabled())\n", new[] { "--free-threaded" });
        Assert.That(r.Stdout, Is.EqualTo("False\n"), r.Stderr);
        Assert.That(r.Stderr, Is.Empty);
    }

    [Test]
    public void UnknownRefcountModeIsAUsageError()
    {
        var r = MiniPyProcess.Run("pass\n", new[] { "--refcount", "sometimes" });
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Stderr, Does.Contain("--refcount needs plain, atomic or biased"));
    }
}
