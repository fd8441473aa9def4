// NotCopied: what the emulated fork (ForkSnapshot) leaves in a child process in place of a
// parent's object it cannot copy — a generator part-way through, an open file, a socket.
// A real fork would have copied it; the emulation cannot, so the child gets this stand-in
// under the same name. A child that never touches it runs as under a real fork; one that
// does gets a TypeError naming the object and saying why it is missing.
using MiniPy.Runtime;

namespace MiniPy.Stdlib;

public sealed class NotCopied : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("NotCopied", "_multiprocessing", t =>
    {
        // So that next() and iter() reach the stand-in, which says what is missing.
        BuiltinTypes.AddMethod(t, "__next__", (self, a, k) => throw ((NotCopied)self).Missing());
        BuiltinTypes.AddMethod(t, "__iter__", (self, a, k) => throw ((NotCopied)self).Missing());
    });

    /// <summary>"'generator' object <generator object <genexpr> at 0x...>".</summary>
    readonly string description;

    NotCopied(string description) => this.description = description;

    public static NotCopied New(string description)
    {
        var o = new NotCopied(description) { ObType = Type };
        Heap.Allocated(Type);
        return o;
    }

    PyRaise Missing() => Err.TypeError(
        $"{description} was not copied into the child process: the fork start method copies the parent's objects, and this one cannot be copied");

    public override string Repr() => $"<not copied into the child process: {description}>";
    public override PyObject GetAttr(PyStr name) => throw Missing();
    public override void SetAttr(PyStr name, PyObject value) => throw Missing();
    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames) => throw Missing();
    public override PyObject GetItem(PyObject key) => throw Missing();
    public override void SetItem(PyObject key, PyObject value) => throw Missing();
    public override PyObject Iter() => throw Missing();
    public override PyObject Next() => throw Missing();
    public override bool IsTrue() => throw Missing();
    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => throw Missing();
}
