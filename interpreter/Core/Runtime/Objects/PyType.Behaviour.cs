// What a type does as an object: attribute lookup through its MRO (class attributes,
// descriptors seen from the class), setting class attributes, calling it, its repr.
using MiniPy.VM;

namespace MiniPy.Runtime;

public sealed partial class PyType
{
    public override PyObject GetAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "__name__": return PyStr.New(Name);
            case "__qualname__":
                return Dict?.GetItemBorrowed("__qualname__") is PyStr q ? Rc.New(q) : PyStr.New(Name);
            case "__module__": return PyStr.New(Module);
            case "__dict__": return Rc.New((PyObject)Dict ?? PyNone.Instance);
            case "__mro__":
            {
                var t = PyTuple.New(Mro.Length);
                for (int i = 0; i < Mro.Length; i++) t.Items[i] = Rc.New(Mro[i]);
                return t;
            }
            case "__bases__": return Base == null ? Rc.New(PyTuple.EmptyTuple) : PyTuple.Of(Base);
            case "__base__": return Rc.New((PyObject)Base ?? PyNone.Instance);
            case "__class__": return Rc.New(ObType);
            case "__doc__":
                return Rc.New(Dict?.GetItemBorrowed("__doc__") ?? PyNone.Instance);
        }
        var v = Lookup(name);
        if (v != null) return v.DescrGet(null, this);
        if (name.Value == "mro") return PyBuiltinFunction.Bind("mro", (self, a, k) => ((PyType)self).GetAttr(PyStr.Intern("__mro__")) is PyTuple mt ? PyList.FromSpanSteal(mt) : null, this);
        throw Err.AttributeMissing(this, name);
    }

    public override void SetAttr(PyStr name, PyObject value)
    {
        if (!IsHeapType) throw Err.TypeError($"cannot set '{name.Value}' attribute of immutable type '{Name}'");
        if (value == null)
        {
            var old = Dict.Pop(name);
            if (old == null) throw Err.AttributeMissing(this, name);
            Rc.Dec(old);
            return;
        }
        if (name.Value == "__name__" && value is PyStr n) { Name = n.Value; return; }
        Dict.SetItemNew(name, value);
    }

    public override PyDict InstanceDict => Dict;
    public override bool IsCallable => true;
    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames) => TypeCalls.Call(this, args, kwnames);
    public override string Repr() => $"<class '{QualifiedName}'>";

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => Rc.New(PyNotImplemented.Instance);
}
