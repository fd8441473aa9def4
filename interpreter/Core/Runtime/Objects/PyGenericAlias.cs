// types.GenericAlias: what subscripting a generic class gives (`list[int]`, `dict[str, int]`,
// `tuple[int, ...]`), as CPython's Objects/genericaliasobject.c makes it. Annotations are
// evaluated when a def runs, so `def f(xs: list[int])` needs this to exist at all. The alias
// remembers the class and its arguments, prints as written, is called as the class is,
// stands for the class in a class statement's bases (__mro_entries__), and forwards other
// attributes to the class; isinstance() refuses it, as CPython does.
namespace MiniPy.Runtime;

public sealed class PyGenericAlias : PyObject
{
    public static PyType Type;
    /// <summary>The class subscripted (owned).</summary>
    public PyObject Origin;
    /// <summary>The arguments, always a tuple (owned).</summary>
    public PyTuple Args;

    PyGenericAlias() { }

    /// <summary>origin[args]: a new alias taking its own references; args that is not a
    /// tuple stands for a one-item tuple.</summary>
    public static PyGenericAlias New(PyObject origin, PyObject args)
    {
        var alias = new PyGenericAlias { ObType = Type };
        Heap.Allocated(Type);
        alias.Origin = Rc.New(origin);
        alias.Args = args is PyTuple t ? Rc.New(t) : PyTuple.Of(args);
        return alias;
    }

    /// <summary>types.GenericAlias(origin, args).</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) throw Err.TypeError("GenericAlias() takes no keyword arguments");
        if (args.Length != 2) throw Err.TypeError($"GenericAlias expected 2 arguments, got {args.Length}");
        return New(args[0], args[1]);
    }

    /// <summary>A class's __class_getitem__ for the built-in generic classes.</summary>
    public static PyObject ClassGetItem(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        ArgParser.Positional("__class_getitem__", args, kwnames, 2, 2);
        return New(args[0], args[1]);
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Origin != null) visit(Origin);
        if (Args != null) visit(Args);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref Origin);
        Rc.Clear(ref Args);
    }

    public override string Repr()
    {
        var text = new System.Text.StringBuilder(ItemRepr(Origin)).Append('[');
        if (Args.Count == 0) text.Append("()");
        for (int i = 0; i < Args.Count; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(ItemRepr(Args.Items[i]));
        }
        return text.Append(']').ToString();
    }

    /// <summary>How an alias or a union prints one of its parts: a class by its qualified
    /// name (without "builtins."), an alias as itself, anything else by its repr.</summary>
    internal static string ItemRepr(PyObject p)
    {
        if (p is PyEllipsis) return "...";
        if (p is PyGenericAlias or PyUnionType) return p.Repr();
        if (p is PyType t) return t.Module == "builtins" ? t.QualifiedNameInModule ?? t.Name : t.Module + "." + (t.QualifiedNameInModule ?? t.Name);
        var origin = Ops.GetAttrOrNull(p, "__origin__");
        var args = origin != null ? Ops.GetAttrOrNull(p, "__args__") : null;
        Rc.XDec(origin);
        Rc.XDec(args);
        if (origin != null && args != null) return Ops.Repr(p);
        var qualname = Ops.GetAttrOrNull(p, "__qualname__");
        var module = qualname != null ? Ops.GetAttrOrNull(p, "__module__") : null;
        try
        {
            if (qualname is PyStr q && module is PyStr m) return m.Value == "builtins" ? q.Value : m.Value + "." + q.Value;
            return Ops.Repr(p);
        }
        finally { Rc.XDec(qualname); Rc.XDec(module); }
    }

    public override long Hash() => Ops.Hash(Origin) ^ Ops.Hash(Args);

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyGenericAlias o || (op != CompareOp.Eq && op != CompareOp.Ne)) return Rc.New(PyNotImplemented.Instance);
        bool equal = Ops.EqualsBool(Origin, o.Origin) && Ops.EqualsBool(Args, o.Args);
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    public override bool IsCallable => true;

    /// <summary>Calling list[int] calls list; the result remembers the alias in
    /// __orig_class__ when it can hold attributes.</summary>
    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var result = Origin.Call(args, kwnames);
        try { result.SetAttr(PyStr.Intern("__orig_class__"), this); }
        catch (PyRaise e) when (e.Exc != null && (e.Exc.ObType.IsSubtypeOf(ErrorTypes.AttributeError) || e.Exc.ObType.IsSubtypeOf(ErrorTypes.TypeError)))
        {
            Rc.Dec(e.TakeException());
        }
        catch
        {
            Rc.Dec(result);
            throw;
        }
        return result;
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
        => op == BinaryOpKind.Or ? PyUnionType.Or(reflected ? other : this, reflected ? this : other) : Rc.New(PyNotImplemented.Instance);

    /// <summary>Attributes the alias answers itself; every other one is the class's.</summary>
    static readonly HashSet<string> OwnAttributes = new()
    {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__",
    };

    public override PyObject GetAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "__origin__": return Rc.New(Origin);
            case "__args__": return Rc.New(Args);
            case "__parameters__": return PyTuple.New(0);
            case "__unpacked__": return PyBool.From(false);
            case "__mro_entries__":
                return PyBuiltinFunction.Bind("__mro_entries__", (self, a, k) =>
                {
                    ArgParser.Positional("__mro_entries__", a, k, 1, 1);
                    return PyTuple.Of(((PyGenericAlias)self).Origin);
                }, this);
            case "__instancecheck__":
                return PyBuiltinFunction.Bind("__instancecheck__", (self, a, k) => throw Err.TypeError("isinstance() argument 2 cannot be a parameterized generic"), this);
            case "__subclasscheck__":
                return PyBuiltinFunction.Bind("__subclasscheck__", (self, a, k) => throw Err.TypeError("issubclass() argument 2 cannot be a parameterized generic"), this);
        }
        if (!OwnAttributes.Contains(name.Value)) return Origin.GetAttr(name);
        return base.GetAttr(name);
    }

    public override PyObject GetItem(PyObject key)
        => throw Err.TypeError($"{Repr()} is not a generic class");
}
