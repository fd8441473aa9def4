// The ownership rules, checked on the objects themselves: counts start at one, containers
// own their items, deallocation releases children and returns storage to the free list,
// and getrefcount agrees with CPython's conventions.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Tests.Runtime;

public class RefCountRuleTests
{
    [OneTimeSetUp]
    public void Runtime() => _ = new Interpreter();

    [Test]
    public void ANewObjectStartsWithOneReference()
    {
        var l = PyList.New();
        Assert.That(l.RefCount, Is.EqualTo(1));
        Rc.Dec(l);
    }

    [Test]
    public void ContainersOwnTheirItems()
    {
        var item = PyFloat.New(1.5);
        var list = PyList.New();
        list.Append(item);
        Assert.That(item.RefCount, Is.EqualTo(2));
        Rc.Dec(list);
        Assert.That(item.RefCount, Is.EqualTo(1), "freeing the list releases its items");
        Rc.Dec(item);
    }

    [Test]
    public void FreedStorageIsReusedByTheNextAllocation()
    {
        var f = PyFloat.New(2.5);
        Rc.Dec(f);
        var g = PyFloat.New(7.0);
        Assert.That(ReferenceEquals(f, g), Is.True, "the float free list hands back the same storage");
        Assert.That(g.Value, Is.EqualTo(7.0));
        Rc.Dec(g);
    }

    [Test]
    public void LiveBlocksFollowAllocationAndRelease()
    {
        var before = PyTuple.Type.LiveBlocks;
        var t = PyTuple.New(3);
        for (int i = 0; i < 3; i++) t.Items[i] = PyInt.New(i);
        Assert.That(PyTuple.Type.LiveBlocks, Is.EqualTo(before + 1));
        Rc.Dec(t);
        Assert.That(PyTuple.Type.LiveBlocks, Is.EqualTo(before));
    }

    [Test]
    public void SmallIntsAreSharedSingletons()
    {
        var a = PyInt.New(100);
        var b = PyInt.New(100);
        Assert.That(ReferenceEquals(a, b), Is.True);
        var big1 = PyInt.New(1000);
        var big2 = PyInt.New(1000);
        Assert.That(ReferenceEquals(big1, big2), Is.False);
        Rc.Dec(a); Rc.Dec(b); Rc.Dec(big1); Rc.Dec(big2);
    }

    [Test]
    public void GetrefcountCountsTheArgumentsOwnReference()
    {
        var r = MiniPyRun.Source("import sys\nx = [1]\nprint(sys.getrefcount(x))\ny = x\nprint(sys.getrefcount(x))\n");
        Assert.That(r.Stdout, Is.EqualTo("2\n3\n"), r.Stderr);
    }

    [Test]
    public void ATooLowCountFreesAnObjectThatIsStillInUse()
    {
        // Releasing a reference nobody owned frees the float while the list still holds it;
        // the next float allocated reuses the storage and the list's element changes.
        var list = PyList.New();
        var f = PyFloat.New(1.25);
        list.AppendSteal(f);
        Rc.Dec(f); // wrong on purpose
        var g = PyFloat.New(9.75);
        Assert.That(((PyFloat)list.Items[0]).Value, Is.EqualTo(9.75));
        list.Items[0] = null;
        list.Count = 0;
        Rc.Dec(list);
        Rc.Dec(g);
    }
}
