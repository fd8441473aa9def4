// Struct sequences (CPython's structseq): tuples whose items also have names, such as
// sys.version_info and time.struct_time. One holds its items in a tuple, so indexing,
// slicing, iteration, length, comparison and hashing are a tuple's; the names read items,
// and a few extra attributes (tm_zone, say) may follow that are not part of the tuple.
using MiniPy.Runtime;

namespace MiniPy.Stdlib;

public sealed class StructSequenceType
{
    public readonly PyType Type;
    public readonly string[] Fields;
    public readonly string[] Extras;
    readonly string qualifiedName;

    /// <param name="qualifiedName">as repr shows it, e.g. "sys.version_info"</param>
    public StructSequenceType(string qualifiedName, string module, string[] fields, string[] extras = null)
    {
        this.qualifiedName = qualifiedName;
        Fields = fields;
        Extras = extras ?? Array.Empty<string>();
        Type = BuiltinTypes.NewNativeType(qualifiedName.Substring(qualifiedName.LastIndexOf('.') + 1), module, _ => { }, Construct);
    }

    /// <summary>struct_time(sequence): the fields from a sequence, the extra attributes from
    /// what follows them (None when absent), as CPython's structseq_new.</summary>
    PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var p = ArgParser.Parse(qualifiedName, args, kwnames, new[] { "sequence", "dict" }, 1);
        var list = Ops.ToList(p[0]);
        try
        {
            int n = list.Count, min = Fields.Length, max = Fields.Length + Extras.Length;
            if (n < min) throw Err.TypeError($"{qualifiedName}() takes an at least {min}-sequence ({n}-sequence given)");
            if (n > max) throw Err.TypeError($"{qualifiedName}() takes an at most {max}-sequence ({n}-sequence given)");
            var items = new PyObject[min];
            for (int i = 0; i < min; i++) items[i] = Rc.New(list.Items[i]);
            var extras = new PyObject[Extras.Length];
            for (int i = 0; i < extras.Length; i++) extras[i] = Rc.New(min + i < n ? list.Items[min + i] : PyNone.Instance);
            return New(items, extras);
        }
        finally { Rc.Dec(list); }
    }

    /// <summary>A new struct sequence; steals the references in items and extras.</summary>
    public StructSequence New(PyObject[] items, PyObject[] extras = null)
    {
        var t = PyTuple.New(items.Length);
        for (int i = 0; i < items.Length; i++) t.SetItemSteal(i, items[i]);
        var s = new StructSequence(this, t, extras ?? Array.Empty<PyObject>()) { ObType = Type };
        Heap.Allocated(Type);
        return s;
    }

    internal string QualifiedName => qualifiedName;
}

public sealed class StructSequence : PyObject
{
    readonly StructSequenceType kind;
    PyTuple items;
    readonly PyObject[] extras;

    internal StructSequence(StructSequenceType kind, PyTuple items, PyObject[] extras)
    {
        this.kind = kind;
        this.items = items;
        this.extras = extras;
    }

    /// <summary>An extra attribute named as a field answers for it: os.stat_result's items 7
    /// to 9 are whole seconds, its st_atime, st_mtime and st_ctime attributes exact ones.</summary>
    public override PyObject GetAttr(PyStr name)
    {
        int x = Array.IndexOf(kind.Extras, name.Value);
        if (x >= 0 && x < extras.Length) return Rc.New(extras[x]);
        int i = Array.IndexOf(kind.Fields, name.Value);
        if (i >= 0) return Rc.New(items.Items[i]);
        return base.GetAttr(name);
    }

    public override void SetAttr(PyStr name, PyObject value) => throw Err.AttributeError("readonly attribute");

    public override PyObject GetItem(PyObject key) => items.GetItem(key);
    public override long LengthOrMinusOne() => items.Count;
    public override PyObject Iter() => items.Iter();
    public override bool Contains(PyObject item) => items.Contains(item);
    public override long Hash() => items.Hash();

    public override PyObject RichCompare(PyObject other, CompareOp op)
        => items.RichCompare(other is StructSequence s ? s.items : other, op);

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
        => items.BinaryOp(op, other is StructSequence s ? s.items : other, reflected);

    public override string Repr()
    {
        var parts = new string[kind.Fields.Length];
        for (int i = 0; i < parts.Length; i++) parts[i] = kind.Fields[i] + "=" + Ops.Repr(items.Items[i]);
        return kind.QualifiedName + "(" + string.Join(", ", parts) + ")";
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (items != null) visit(items);
        foreach (var e in extras) if (e != null) visit(e);
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref items);
        for (int i = 0; i < extras.Length; i++) Rc.Clear(ref extras[i]);
    }
}
