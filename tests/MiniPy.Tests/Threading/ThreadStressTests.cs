// Threads under load: a lock-protected counter must come out exact every time, no run may
// deadlock (each is bounded by a timeout), and starting and joining threads leaves no
// objects behind.
namespace MiniPy.Tests.Threading;

public class ThreadStressTests
{
    static RunResult RunBounded(string source, int seconds)
    {
        var task = Task.Run(() => MiniPyRun.Source(source, "stress.py"));
        Assert.That(task.Wait(TimeSpan.FromSeconds(seconds)), Is.True, $"the program did not finish within {seconds} s (deadlock?)");
        return task.Result;
    }

    [Test]
    public void ALockProtectedCounterIsExactEveryTime()
    {
        const string program = @"
import threading
totals = []
for round in range(15):
    counter = [0]
    lock = threading.Lock()
    def work():
        for _ in range(700):
            with lock:
                counter[0] += 1
    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    totals.append(counter[0])
print(set(totals))
";
        var r = RunBounded(program, 60);
        Assert.That(r.Stdout, Is.EqualTo("{2800}\n"), r.Stderr);
        Assert.That((r.RefDelta, r.BlockDelta), Is.EqualTo((0L, 0L)));
    }

    [Test]
    public void ProducersAndConsumersNeverDeadlock()
    {
        const string program = @"
import threading, queue
q = queue.Queue(maxsize=3)
out = []
def produce(base):
    for i in range(50):
        q.put(base + i)
def consume():
    while True:
        item = q.get()
        if item is None:
            return
        out.append(item)
ps = [threading.Thread(target=produce, args=(k * 100,)) for k in range(3)]
cs = [threading.Thread(target=consume) for _ in range(2)]
for t in ps + cs: t.start()
for t in ps: t.join()
for _ in cs: q.put(None)
for t in cs: t.join()
print(len(out), len(set(out)))
";
        var r = RunBounded(program, 60);
        Assert.That(r.Stdout, Is.EqualTo("150 150\n"), r.Stderr);
    }

    [Test]
    public void ConditionHandOffsCompleteUnderASmallSwitchInterval()
    {
        const string program = @"
import sys, threading
sys.setswitchinterval(0.0005)
cond = threading.Condition()
turn = [0]
log = []
def player(me):
    for _ in range(30):
        with cond:
            while turn[0] != me:
                cond.wait()
            log.append(me)
            turn[0] = 1 - me
            cond.notify_all()
ts = [threading.Thread(target=player, args=(i,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(log), log[:4])
";
        var r = RunBounded(program, 60);
        Assert.That(r.Stdout, Is.EqualTo("60 [0, 1, 0, 1]\n"), r.Stderr);
    }

    [Test]
    public void StartingAndJoiningThreadsLeavesNothingAlive()
    {
        const string program = @"
import threading
def job(xs):
    xs.append(len(xs))
for _ in range(30):
    data = []
    t = threading.Thread(target=job, args=(data,))
    t.start()
    t.join()
print('ok')
";
        var r = RunBounded(program, 60);
        Assert.That(r.Stdout, Is.EqualTo("ok\n"), r.Stderr);
        Assert.That((r.RefDelta, r.BlockDelta), Is.EqualTo((0L, 0L)), "live references and blocks after thread start/join cycles");
    }
}
