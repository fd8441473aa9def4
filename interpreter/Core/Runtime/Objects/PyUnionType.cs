// types.UnionType: `int | str`, `list[int] | None` (PEP 604), as CPython's
// Objects/unionobject.c makes it. `|` between classes, None, aliases and unions flattens
// them into one union of distinct members (None stands as NoneType); a union of one member
// is that member. isinstance() and issubclass() accept a union as they accept a tuple.
namespace MiniPy.Runtime;

public sealed class PyUnionType : PyObject
{
    public static PyType Type;
    /// <summary>The members, in order, without repeats (owned).</summary>
    public PyTuple Args;

    PyUnionType() { }

    /// <summary>What may stand on either side of `|` to make a union.</summary>
    static bool IsUnionable(PyObject o) => o is PyNone or PyType or PyGenericAlias or PyUnionType;

    /// <summary>left | right for classes, None, aliases and unions: a new reference, or
    /// NotImplemented when either side is something else.</summary>
    public static PyObject Or(PyObject left, PyObject right)
    {
        if (!IsUnionable(left) || !IsUnionable(right)) return Rc.New(PyNotImplemented.Instance);
        var members = new List<PyObject>();
        AddMembers(members, left);
        AddMembers(members, right);
        if (members.Count == 1) return Rc.New(members[0]);
        var union = new PyUnionType { ObType = Type };
        Heap.Allocated(Type);
        union.Args = PyTuple.FromSpan(members.ToArray());
        return union;
    }

    static void AddMembers(List<PyObject> members, PyObject o)
    {
        if (o is PyUnionType u)
        {
            foreach (var m in u.Args.Items) AddMember(members, m);
            return;
        }
        AddMember(members, o is PyNone ? BuiltinTypes.NoneType : o);
    }

    /// <summary>Adds a member unless it is there already: the same object, or an equal alias.</summary>
    static void AddMember(List<PyObject> members, PyObject o)
    {
        foreach (var m in members)
        {
            if (ReferenceEquals(m, o)) return;
            if (m is PyGenericAlias && o is PyGenericAlias && Ops.EqualsBool(m, o)) return;
        }
        members.Add(o);
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Args != null) visit(Args);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref Args);
    }

    public override string Repr()
    {
        var parts = new string[Args.Count];
        for (int i = 0; i < parts.Length; i++)
            parts[i] = Args.Items[i] == BuiltinTypes.NoneType ? "None" : PyGenericAlias.ItemRepr(Args.Items[i]);
        return string.Join(" | ", parts);
    }

    /// <summary>Unions are equal when they have the same members in any order.</summary>
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyUnionType o || (op != CompareOp.Eq && op != CompareOp.Ne)) return Rc.New(PyNotImplemented.Instance);
        var mine = PySet.FromIterable(Args, frozen: true);
        PySet theirs = null;
        try
        {
            theirs = PySet.FromIterable(o.Args, frozen: true);
            return PyBool.From(Ops.EqualsBool(mine, theirs) == (op == CompareOp.Eq));
        }
        finally { Rc.Dec(mine); Rc.XDec(theirs); }
    }

    public override long Hash()
    {
        var members = PySet.FromIterable(Args, frozen: true);
        try { return Ops.Hash(members); } finally { Rc.Dec(members); }
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
        => op == BinaryOpKind.Or ? Or(reflected ? other : this, reflected ? this : other) : Rc.New(PyNotImplemented.Instance);

    public override PyObject GetAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "__args__": return Rc.New(Args);
            case "__parameters__": return PyTuple.New(0);
        }
        return base.GetAttr(name);
    }
}
