// The cycle collector: garbage cycles are freed (by collections that start on their own, by
// gc.collect() and at exit), what is still reachable is never touched, and with the GIL off
// nothing is tracked.
using MiniPy.Host;
using MiniPy.Runtime;

namespace MiniPy.Tests.Runtime;

public class CycleCollectorTests
{
    // Cycles of every kind the collector clears, made in a loop so that automatic
    // collections run while the program still uses live cycles of the same shapes.
    const string Churn = @"
class Node:
    def __init__(self, n):
        self.n = n
        self.me = self
        self.peer = None

def closure():
    def again(k):
        return again if k else None
    return again

live = []
for i in range(3000):
    a = Node(i)
    b = Node(-i)
    a.peer, b.peer = b, a
    l = [a]; l.append(l)
    d = {'b': b}; d['d'] = d
    f = closure()
    if i % 100 == 0:
        live.append((a, l, d, f))
total = sum(x[0].n + x[0].peer.n for x in live)
print(len(live), total, all(x[1][1] is x[1] and x[2]['d'] is x[2] for x in live))
";

    [Test]
    public void GarbageCyclesAreFreedAndLiveOnesKept()
    {
        var r = MiniPyRun.Source(Churn + "import gc\nprint(gc.get_stats()[0]['collections'] > 0)\n");
        Assert.That(r.Stdout, Is.EqualTo("30 0 True\nTrue\n"), r.Stderr);
        Assert.That((r.RefDelta, r.BlockDelta), Is.EqualTo((0L, 0L)), "cycles left alive after the run");
    }

    [Test]
    public void ShowRefcountIsZeroForAProgramWithCycles()
    {
        var r = MiniPyProcess.Run(Churn, new[] { "--show-refcount" });
        Assert.That(r.Stdout, Is.EqualTo("30 0 True\n"), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("[0 refs, 0 blocks]"));
    }

    [Test]
    public void EveryInstructionBoundaryCanCollect()
    {
        // Threshold 1: a collection is due after every allocation, so one runs at nearly every
        // eval-breaker check, in the middle of comprehensions, calls and generators.
        const string program = @"
import gc
gc.set_threshold(1)
def gen(n):
    for i in range(n):
        yield [i, {i: (i,)}]
class P:
    def __init__(self, v):
        self.v = v
        self.s = self
out = []
for i in range(300):
    p = P(i)
    out.append(sum(x[0] for x in gen(5)) + len({k: P(k) for k in range(3)}) + p.s.v)
print(sum(out), sorted(set(out))[:3])
";
        var r = MiniPyRun.Source(program);
        Assert.That(r.Stdout, Is.EqualTo("48750 [13, 14, 15]\n"), r.Stderr);
        Assert.That((r.RefDelta, r.BlockDelta), Is.EqualTo((0L, 0L)));
    }

    [Test]
    public void NothingIsTrackedWithTheGilOff()
    {
        const string program = "import gc\nl = []\nl.append(l)\ndel l\nprint(gc.collect(), gc.is_tracked([]))\n";
        var off = MiniPyProcess.Run(program, new[] { "--gil", "off" });
        Assert.That(off.Stdout, Is.EqualTo("0 False\n"), off.Stderr);
        var on = MiniPyProcess.Run(program, Array.Empty<string>());
        Assert.That(on.Stdout, Is.EqualTo("1 True\n"), on.Stderr);
    }

    [Test]
    public void FinalizerRunsOnceEvenAfterResurrection()
    {
        const string program = @"
import gc
saved = []
class R:
    def __del__(self):
        print('del')
        saved.append(self)
r = R(); r.me = r
del r
gc.collect()
saved.clear()
gc.collect()
print(len(saved))
";
        var r = MiniPyRun.Source(program);
        Assert.That(r.Stdout, Is.EqualTo("del\n0\n"), r.Stderr);
        Assert.That((r.RefDelta, r.BlockDelta), Is.EqualTo((0L, 0L)));
    }
}
