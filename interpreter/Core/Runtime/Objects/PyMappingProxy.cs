// types.MappingProxyType, "mappingproxy": a read-only view of a mapping, as CPython's
// Objects/descrobject.c makes it. A class's __dict__ is one over the class's dict, so a
// program reads a class's namespace through it but changes it only by setting attributes
// (which keeps the class's caches right). Every read goes to the mapping as it is now.
namespace MiniPy.Runtime;

public sealed class PyMappingProxy : PyObject
{
    public static PyType Type;
    /// <summary>The mapping viewed (owned).</summary>
    PyObject mapping;

    PyMappingProxy() { }

    /// <summary>A new proxy over mapping (borrowed).</summary>
    public static PyMappingProxy New(PyObject mapping)
    {
        var proxy = new PyMappingProxy { ObType = Type, mapping = Rc.New(mapping) };
        Heap.Allocated(Type);
        return proxy;
    }

    /// <summary>mappingproxy(mapping): anything with keys and items, not a list or tuple.</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var p = ArgParser.Parse("mappingproxy", args, kw, new[] { "mapping" }, 1);
        var m = p[0];
        if (m is PyList || m is PyTuple || m.ObType.Lookup("__getitem__") == null || m.ObType.Lookup("keys") == null)
            throw Err.TypeError($"mappingproxy() argument must be a mapping, not {m.ObType.Name}");
        return New(m);
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (mapping != null) visit(mapping);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref mapping);
    }

    public override PyObject GetItem(PyObject key) => mapping.GetItem(key);
    public override long LengthOrMinusOne() => Ops.Length(mapping);
    public override PyObject Iter() => Ops.GetIter(mapping);
    public override bool Contains(PyObject item) => mapping.Contains(item);
    public override string Repr() => "mappingproxy(" + Ops.Repr(mapping) + ")";
    public override string Str() => Ops.Str(mapping);
    public override PyObject RichCompare(PyObject other, CompareOp op) => Ops.RichCompare(mapping, other, op);

    /// <summary>proxy | other: a new dict (the proxy's mapping's |).</summary>
    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op != BinaryOpKind.Or) return Rc.New(PyNotImplemented.Instance);
        if (other is PyMappingProxy o) other = o.mapping;
        return reflected ? Ops.BinaryOp(other, mapping, op) : Ops.BinaryOp(mapping, other, op);
    }

    public static void AddMethods(PyType t)
    {
        // Each read-only method is the mapping's own, called on the mapping.
        foreach (var name in new[] { "get", "keys", "values", "items", "copy", "__reversed__" })
        {
            var methodName = name;
            var key = PyStr.Intern(methodName);
            BuiltinTypes.AddMethod(t, methodName, (self, a, k) =>
            {
                var bound = ((PyMappingProxy)self).mapping.GetAttr(key);
                try { return bound.Call(a, k); } finally { Rc.Dec(bound); }
            });
        }
    }
}
