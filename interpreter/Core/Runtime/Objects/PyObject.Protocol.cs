// The object protocol: the operations every MiniPy value may support, as virtual methods
// with the behaviour of 'object' as the default. Built-in types override what they
// implement; instances of classes (PyInstance) override them to call dunder methods.
// All results are new references; all arguments are borrowed.
namespace MiniPy.Runtime;

public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }

public abstract partial class PyObject
{
    public virtual string Repr() => $"<{ObType.QualifiedName} object at 0x{Identity.Of(this):x}>";
    public virtual string Str() => Repr();
    public virtual bool IsTrue()
    {
        long n = LengthOrMinusOne();
        return n != 0;
    }
    public virtual long Hash() => Identity.Of(this) >> 4;
    public virtual bool IsHashable => true;

    /// <summary>Rich comparison; returns NotImplemented (new reference) when it cannot decide.</summary>
    public virtual PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op == CompareOp.Eq) return PyBool.From(ReferenceEquals(this, other));
        if (op == CompareOp.Ne) return PyBool.From(!ReferenceEquals(this, other));
        return Rc.New(PyNotImplemented.Instance);
    }

    public virtual PyObject GetAttr(PyStr name) => Attributes.GenericGetAttr(this, name, true);

    /// <summary>The attribute (a new reference), or null when the object has none: what
    /// hasattr and getattr with a default ask. An AttributeError raised while looking (by a
    /// property or a __getattr__) also means absent.</summary>
    public PyObject GetAttrOrNull(PyStr name)
    {
        try { return FindAttrOrNull(name); }
        catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.AttributeError))
        {
            Rc.Dec(e.TakeException());
            return null;
        }
    }

    /// <summary>The lookup behind GetAttrOrNull. Objects that can tell an absent attribute
    /// without raising return null (a .NET throw and catch costs microseconds); the rest
    /// raise AttributeError as GetAttr does.</summary>
    protected virtual PyObject FindAttrOrNull(PyStr name) => GetAttr(name);
    public virtual void SetAttr(PyStr name, PyObject value) => Attributes.GenericSetAttr(this, name, value);
    /// <summary>The instance dict (borrowed), or null when the object has none yet.</summary>
    public virtual PyDict InstanceDict => null;
    /// <summary>The instance dict, created on first use; null for objects that cannot have one.</summary>
    public virtual PyDict EnsureInstanceDict() => null;
    /// <summary>The values of the __slots__ of a class derived from a built-in type whose
    /// objects keep them (a socket's; see Slots.cs), or null. PyInstance keeps its own.</summary>
    public virtual PyObject[] SlotStorage => null;

    public virtual PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
        => throw Err.TypeError($"'{ObType.MessageName}' object is not callable");
    public virtual bool IsCallable => false;

    public virtual PyObject GetItem(PyObject key)
        => throw Err.TypeError($"'{ObType.MessageName}' object is not subscriptable");
    public virtual void SetItem(PyObject key, PyObject value)
        => throw Err.TypeError($"'{ObType.Name}' object does not support item assignment");
    public virtual void DelItem(PyObject key)
        => throw Err.TypeError($"'{ObType.Name}' object does not support item deletion");

    /// <summary>len(); -1 when the object has no length.</summary>
    public virtual long LengthOrMinusOne() => -1;

    public virtual PyObject Iter() => throw Err.TypeError($"'{ObType.MessageName}' object is not iterable");
    /// <summary>The next item (new reference), or null when the iterator is exhausted.</summary>
    public virtual PyObject Next() => throw Err.TypeError($"'{ObType.Name}' object is not an iterator");

    /// <summary>The 'in' operator; the default iterates.</summary>
    public virtual bool Contains(PyObject item) => Ops.ContainsByIteration(this, item);

    /// <summary>A binary number operator; reflected is true for the __rop__ form (this is the
    /// right operand). Returns NotImplemented when unsupported.</summary>
    public virtual PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => Rc.New(PyNotImplemented.Instance);
    public virtual PyObject InPlaceOp(BinaryOpKind op, PyObject other) => null;
    public virtual PyObject UnaryOp(UnaryOpKind op)
        => throw Err.TypeError($"bad operand type for unary {Ops.UnarySymbol(op)}: '{ObType.Name}'");

    /// <summary>Descriptor protocol: the value of this class attribute seen from instance
    /// (null when looked up on the class itself). Default: the attribute itself.</summary>
    public virtual PyObject DescrGet(PyObject instance, PyType owner) => Rc.New(this);
    public virtual bool IsDataDescriptor => false;
    public virtual void DescrSet(PyObject instance, PyObject value)
        => throw Err.AttributeError("attribute is read-only");
    /// <summary>True for functions and method descriptors: LOAD_METHOD may skip binding.</summary>
    public virtual bool IsMethodLike => false;
    /// <summary>True when attribute lookup is the generic one, so LOAD_METHOD may find a
    /// method on the type and call it unbound.</summary>
    public virtual bool AllowsMethodFastPath => false;

    /// <summary>__index__: the object as an int, for indexing and range().</summary>
    public virtual bool TryIndex(out long value) { value = 0; return false; }
}
