// The reference audit on hand-built heaps whose counts are known to be wrong.
using MiniPy.Runtime;

namespace MiniPy.Tests.Runtime;

public class RefAuditTests
{
    [SetUp]
    public void Boot() => MiniPyRun.Source("pass\n"); // the runtime's types exist

    [Test]
    public void ExactCountsAuditClean()
    {
        var list = PyList.New();
        var value = PyInt.New(123456);
        list.AppendSteal(value);
        var audit = new RefAudit();
        audit.AddRootReference(list);
        audit.Run();
        Assert.That((audit.TooHigh, audit.TooLow), Is.EqualTo((0, 0)));
        Assert.That(audit.Checked, Is.EqualTo(2));
        Assert.That(audit.Report(), Does.StartWith("refcount audit: 2 objects checked, 0 counts too high, 0 counts too low\n"));
        Rc.Dec(list);
    }

    [Test]
    public void CountsTooHighAndTooLowAreFoundAndRanked()
    {
        var list = PyList.New();
        var leaked = PyInt.New(777777);
        var shared = PyFloat.New(2.5);
        list.AppendSteal(leaked);
        list.AppendSteal(shared);
        list.Append(shared);          // shared is in the list twice: really 2
        leaked.RefCount += 3;         // three decrements "lost"
        shared.RefCount -= 1;         // one increment "lost"
        try
        {
            var audit = new RefAudit();
            audit.AddRootReference(list);
            audit.Run();
            Assert.That(audit.TooHigh, Is.EqualTo(1));
            Assert.That(audit.TooLow, Is.EqualTo(1));
            var report = audit.Report();
            Assert.That(report, Does.StartWith("refcount audit: 3 objects checked, 1 counts too high, 1 counts too low\n"));
            var lines = report.Split('\n');
            Assert.That(lines[1], Does.Contain("int 777777: stored 4, really 1 (too high"));
            Assert.That(lines[2], Does.Contain("float 2.5: stored 1, really 2 (too low"));
        }
        finally
        {
            leaked.RefCount -= 3;
            shared.RefCount += 1;
            Rc.Dec(list);
        }
    }

    [Test]
    public void CyclesAndSharedReferencesAreCountedOnce()
    {
        var outer = PyList.New();
        var inner = PyDict.New();
        outer.Append(inner);
        outer.Append(inner);
        inner.SetItemNew(PyStr.Intern("self"), outer); // a cycle back to the root
        Rc.Dec(inner);
        var audit = new RefAudit();
        audit.AddRootReference(outer);
        audit.Run();
        Assert.That((audit.Checked, audit.TooHigh, audit.TooLow), Is.EqualTo((2, 0, 0)));
        inner.Clear();
        Rc.Dec(outer);
    }
}
