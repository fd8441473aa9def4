// property, staticmethod and classmethod: the descriptors a class body makes with decorators.
namespace MiniPy.Runtime;

public sealed class PyProperty : PyGcObject
{
    public static PyType Type;
    public PyObject Getter, Setter, Deleter, Doc; // owned; may be null
    /// <summary>The name the property was given in its class body, if it was made in one.</summary>
    public string Name;
    /// <summary>For a built-in type's read-only attribute (int.real; a getset descriptor in
    /// CPython), that type's name, for CPython's message when it is set or deleted.</summary>
    internal string BuiltinOwner;
    /// <summary>That attribute is one CPython keeps as a struct member (complex.real), whose
    /// message is "readonly attribute".</summary>
    internal bool BuiltinMember;

    /// <summary>property.__set_name__: a new class tells the property the name it has there.</summary>
    internal static void AddMethods(PyType t)
        => BuiltinTypes.AddMethod(t, "__set_name__", (self, args, kw) =>
        {
            ArgParser.Positional("__set_name__", args, kw, 2, 2);
            if (args[1] is PyStr name) ((PyProperty)self).Name = name.Value;
            return Rc.New(PyNone.Instance);
        });

    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var a = ArgParser.Parse("property", args, kwnames, new[] { "fget", "fset", "fdel", "doc" }, 0);
        return New(NoneToNull(a[0]), NoneToNull(a[1]), NoneToNull(a[2]), NoneToNull(a[3]));
    }

    static PyObject NoneToNull(PyObject o) => o is PyNone ? null : o;

    public static PyProperty New(PyObject get, PyObject set, PyObject del, PyObject doc)
    {
        var p = new PyProperty { ObType = Type };
        Heap.Allocated(Type);
        CycleCollector.Track(p);
        p.Getter = get == null ? null : Rc.New(get);
        p.Setter = set == null ? null : Rc.New(set);
        p.Deleter = del == null ? null : Rc.New(del);
        p.Doc = doc == null ? null : Rc.New(doc);
        return p;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Getter != null) visit(Getter);
        if (Setter != null) visit(Setter);
        if (Deleter != null) visit(Deleter);
        if (Doc != null) visit(Doc);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Getter);
        Rc.Clear(ref Setter);
        Rc.Clear(ref Deleter);
        Rc.Clear(ref Doc);
    }

    public override bool IsDataDescriptor => true;

    public override PyObject DescrGet(PyObject instance, PyType owner)
    {
        if (instance == null) return Rc.New(this);
        if (Getter == null) throw Err.AttributeError("unreadable attribute");
        return Ops.Call(Getter, instance);
    }

    public override void DescrSet(PyObject instance, PyObject value)
    {
        var f = value == null ? Deleter : Setter;
        if (f == null) throw Err.AttributeError(NoAccessorMessage(instance, value == null ? "deleter" : "setter"));
        Rc.Dec(value == null ? Ops.Call(f, instance) : Ops.Call(f, instance, value));
    }

    /// <summary>CPython 3.11's words for setting or deleting what the property cannot.</summary>
    string NoAccessorMessage(PyObject instance, string accessor)
        => BuiltinMember ? "readonly attribute"
           : BuiltinOwner != null ? $"attribute '{Name}' of '{BuiltinOwner}' objects is not writable"
           : Name != null
            ? $"property '{Name}' of '{instance.ObType.Name}' object has no {accessor}"
            : $"property of '{instance.ObType.Name}' object has no {accessor}";

    public override PyObject GetAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "setter": return MakeCopyMethod(1);
            case "getter": return MakeCopyMethod(0);
            case "deleter": return MakeCopyMethod(2);
            case "fget": return Rc.New(Getter ?? PyNone.Instance);
            case "fset": return Rc.New(Setter ?? PyNone.Instance);
            case "__doc__":
                if (Doc != null) return Rc.New(Doc);
                return (Getter != null ? Ops.GetAttrOrNull(Getter, "__doc__") : null) ?? Rc.New<PyObject>(PyNone.Instance); // already a new reference
        }
        return base.GetAttr(name);
    }

    PyObject MakeCopyMethod(int which)
    {
        return PyBuiltinFunction.Bind(which == 1 ? "setter" : which == 0 ? "getter" : "deleter", (self, args, kw) =>
        {
            var p = (PyProperty)self;
            if (args.Length != 1) throw Err.TypeError("expected 1 argument");
            var f = args[0];
            return New(which == 0 ? f : p.Getter, which == 1 ? f : p.Setter, which == 2 ? f : p.Deleter, p.Doc);
        }, this);
    }
}

public sealed class PyStaticMethod : PyGcObject
{
    public static PyType Type;
    public PyObject Func;

    public override string Repr() => Func == null ? base.Repr() : $"<{ObType.Name}({Ops.Repr(Func)})>";

    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (args.Length != 1) throw Err.TypeError($"staticmethod expected 1 argument, got {args.Length}");
        var s = new PyStaticMethod { ObType = Type, Func = Rc.New(args[0]) };
        Heap.Allocated(Type);
        CycleCollector.Track(s);
        return s;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Func != null) visit(Func);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Func);
    }

    public override PyObject DescrGet(PyObject instance, PyType owner) => Rc.New(Func);
    public override bool IsCallable => true;
    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames) => Func.Call(args, kwnames);
    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "__func__" => Rc.New(Func),
        "__class__" => Rc.New(ObType),
        // Other attributes are the wrapped function's (__name__, __doc__, __wrapped__ ...).
        _ => Ops.GetAttr(Func, name),
    };
}

public sealed class PyClassMethod : PyGcObject
{
    public static PyType Type;
    public PyObject Func;

    public override string Repr() => Func == null ? base.Repr() : $"<{ObType.Name}({Ops.Repr(Func)})>";

    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (args.Length != 1) throw Err.TypeError($"classmethod expected 1 argument, got {args.Length}");
        var s = new PyClassMethod { ObType = Type, Func = Rc.New(args[0]) };
        Heap.Allocated(Type);
        CycleCollector.Track(s);
        return s;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Func != null) visit(Func);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Func);
    }

    public override PyObject DescrGet(PyObject instance, PyType owner)
        => PyMethod.New(Func, owner ?? instance.ObType);
    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "__func__" => Rc.New(Func),
        "__class__" => Rc.New(ObType),
        // Other attributes are the wrapped function's (__name__, __doc__, __wrapped__ ...).
        _ => Ops.GetAttr(Func, name),
    };
}

/// <summary>super(): attribute lookup that starts after a given class in the instance's MRO.</summary>
public sealed class PySuper : PyObject
{
    public static PyType Type;
    public PyType StartAfter;
    public PyObject Self;

    public static PySuper New(PyType startAfter, PyObject self)
    {
        var s = new PySuper { ObType = Type, StartAfter = Rc.New(startAfter), Self = Rc.New(self) };
        Heap.Allocated(Type);
        return s;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (StartAfter != null) visit(StartAfter);
        if (Self != null) visit(Self);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref StartAfter);
        Rc.Clear(ref Self);
    }

    /// <summary>Finds name in the MRO after StartAfter; a borrowed reference or null.</summary>
    public PyObject LookupBorrowed(PyStr name)
    {
        var selfType = BindsToClass ? (PyType)Self : Self.ObType;
        var mro = selfType.Mro;
        int i = 0;
        while (i < mro.Length && mro[i] != StartAfter) i++;
        for (i++; i < mro.Length; i++)
        {
            var v = mro[i].Dict?.GetItemBorrowed(name);
            if (v != null) return v;
        }
        return null;
    }

    public bool BindsToClass => Self is PyType t && !Self.ObType.IsSubtypeOf(StartAfter) && t.IsSubtypeOf(StartAfter);

    public override PyObject GetAttr(PyStr name)
    {
        var v = LookupBorrowed(name);
        if (v == null)
        {
            if (name.Value == "__class__") return Rc.New(ObType);
            throw Err.AttributeError($"'super' object has no attribute '{name.Value}'");
        }
        if (BindsToClass) return v.DescrGet(null, (PyType)Self);
        return v.DescrGet(Self, Self.ObType);
    }

    public override string Repr() => $"<super: <class '{StartAfter.Name}'>, <{Self.ObType.Name} object>>";
}
