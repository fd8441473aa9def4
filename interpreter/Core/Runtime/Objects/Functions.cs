// Callables: functions made by def and lambda, the cells of their closures, bound methods,
// and natives (built-in functions and the methods of built-in types).
using MiniPy.Compiler;
using MiniPy.VM;

namespace MiniPy.Runtime;

/// <summary>A function made by def or lambda. Owns its code, globals, defaults and closure.</summary>
public sealed class PyFunction : PyGcObject
{
    public static PyType Type;
    public CodeObject Code;
    public PyDict Globals;
    public PyTuple Defaults;     // may be null
    public PyDict KwDefaults;    // may be null
    public PyTuple Closure;      // cells, may be null
    public PyTuple AnnotationPairs; // (name, value, ...) as MAKE_FUNCTION got them, until __annotations__ is read
    public PyDict Annotations;   // made from AnnotationPairs on first read; may be null
    public PyObject Name, QualName, Module, Doc;
    public PyDict Dict;

    public static PyFunction New(CodeObject code, PyDict globals)
    {
        var f = new PyFunction { ObType = Type };
        Heap.Allocated(Type);
        f.Code = Rc.New(code);
        f.Globals = Rc.New(globals);
        f.Name = Rc.New(code.NameObject);
        f.QualName = Rc.New(code.QualNameObject);
        var mod = globals.GetItemBorrowed("__name__");
        f.Module = Rc.New(mod ?? PyNone.Instance);
        f.Doc = Rc.New(code.Consts.Length > 0 && code.HasDocString ? code.Consts[0] : PyNone.Instance);
        CycleCollector.Track(f);
        return f;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Code != null) visit(Code);
        if (Globals != null) visit(Globals);
        if (Defaults != null) visit(Defaults);
        if (KwDefaults != null) visit(KwDefaults);
        if (Closure != null) visit(Closure);
        if (AnnotationPairs != null) visit(AnnotationPairs);
        if (Annotations != null) visit(Annotations);
        if (Name != null) visit(Name);
        if (QualName != null) visit(QualName);
        if (Module != null) visit(Module);
        if (Doc != null) visit(Doc);
        if (Dict != null) visit(Dict);
    }

    /// <summary>Drops what a program can point back at the function through: defaults,
    /// annotations and attributes. (Its globals and closure cells are dicts and cells,
    /// cleared themselves when they are part of the cycle.)</summary>
    internal override void ClearReferences()
    {
        Rc.Clear(ref Defaults);
        Rc.Clear(ref KwDefaults);
        Rc.Clear(ref AnnotationPairs);
        Rc.Clear(ref Annotations);
        Rc.Clear(ref Dict);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Code);
        Rc.Clear(ref Globals);
        Rc.Clear(ref Defaults);
        Rc.Clear(ref KwDefaults);
        Rc.Clear(ref Closure);
        Rc.Clear(ref AnnotationPairs);
        Rc.Clear(ref Annotations);
        Rc.Clear(ref Name);
        Rc.Clear(ref QualName);
        Rc.Clear(ref Module);
        Rc.Clear(ref Doc);
        Rc.Clear(ref Dict);
    }

    public override string Repr() => $"<function {Ops.Str(QualName)} at 0x{Identity.Of(this):x}>";
    public override bool IsCallable => true;
    public override bool IsMethodLike => true;
    public override PyDict InstanceDict => Dict;
    public override PyDict EnsureInstanceDict() => Dict ??= PyDict.New();

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
        => Interpreter.CallFunction(ThreadState.Current, this, null, args, kwnames);

    public override PyObject DescrGet(PyObject instance, PyType owner)
        => instance == null ? Rc.New(this) : PyMethod.New(this, instance);

    public override PyObject GetAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "__name__": return Rc.New(Name);
            case "__qualname__": return Rc.New(QualName);
            case "__module__": return Rc.New(Module);
            case "__doc__": return Rc.New(Doc);
            case "__code__": return Rc.New(Code);
            case "__globals__": return Rc.New(Globals);
            case "__defaults__": return Rc.New((PyObject)Defaults ?? PyNone.Instance);
            case "__closure__": return Rc.New((PyObject)Closure ?? PyNone.Instance);
            case "__kwdefaults__": return Rc.New((PyObject)KwDefaults ?? PyNone.Instance);
            case "__annotations__": return Rc.New(AnnotationsDict());
            case "__dict__": return Rc.New(EnsureInstanceDict());
        }
        return base.GetAttr(name);
    }

    /// <summary>__annotations__: a dict made on first read (empty when nothing is annotated),
    /// the same dict on every later read.</summary>
    PyDict AnnotationsDict()
    {
        if (Annotations != null) return Annotations;
        var d = PyDict.New();
        if (AnnotationPairs != null)
        {
            var items = AnnotationPairs.Items;
            for (int i = 0; i + 1 < AnnotationPairs.Count; i += 2) d.SetItemNew(items[i], items[i + 1]);
            Rc.Clear(ref AnnotationPairs);
        }
        Annotations = d;
        return d;
    }

    public override void SetAttr(PyStr name, PyObject value)
    {
        switch (name.Value)
        {
            case "__name__": Rc.Set(ref Name, Rc.New(value)); return;
            case "__qualname__": Rc.Set(ref QualName, Rc.New(value)); return;
            case "__doc__": Rc.Set(ref Doc, Rc.New(value)); return;
            case "__module__": Rc.Set(ref Module, Rc.New(value)); return;
            case "__annotations__":
                if (value is PyNone) Rc.Clear(ref Annotations);
                else if (value is PyDict d) Rc.Set(ref Annotations, Rc.New(d));
                else throw Err.TypeError("__annotations__ must be set to a dict object");
                Rc.Clear(ref AnnotationPairs);
                return;
        }
        base.SetAttr(name, value);
    }
}

/// <summary>A closure cell: one variable shared between a function and the functions nested in it.</summary>
public sealed class PyCell : PyGcObject
{
    public static PyType Type;
    static readonly FreeList<PyCell> free = new(256);
    public PyObject Contents; // owned, null when empty

    public static PyCell New(PyObject contents) => New(contents, Heap.BiasedCounts ? BiasedCounts.CurrentThreadId : 0);

    /// <summary>New for a caller that knows its thread's id (see Rc.Inc(o, thread); 0: look it up).</summary>
    public static PyCell New(PyObject contents, int thread)
    {
        var c = free.Pop(thread) ?? new PyCell();
        c.ObType = Type;
        c.Contents = contents == null ? null : Rc.New(contents, thread);
        Heap.Allocated(Type);
        CycleCollector.Track(c);
        return c;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Contents != null) visit(Contents);
    }

    internal override void ClearReferences() => Rc.Clear(ref Contents);

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Contents);
        if (!Heap.PoisonFreed) free.Push(this);
    }

    public override PyObject GetAttr(PyStr name)
    {
        if (name.Value == "cell_contents")
            return Rc.New(Contents ?? throw Err.ValueError("Cell is empty"));
        return base.GetAttr(name);
    }

    public override void SetAttr(PyStr name, PyObject value)
    {
        if (name.Value != "cell_contents") { base.SetAttr(name, value); return; }
        var old = Contents;
        Contents = value == null ? null : Rc.New(value); // null: del cell.cell_contents
        Rc.XDec(old);
    }

    public override string Repr() => Contents == null
        ? $"<cell at 0x{Identity.Of(this):x}: empty>"
        : $"<cell at 0x{Identity.Of(this):x}: {Contents.ObType.Name} object at 0x{Identity.Of(Contents):x}>";
}

/// <summary>A function bound to an instance (or, for classmethods, to a class).</summary>
public sealed class PyMethod : PyGcObject
{
    public static PyType Type;
    static readonly FreeList<PyMethod> free = new(128);
    public PyObject Func, Self;

    public static PyMethod New(PyObject func, PyObject self)
    {
        var m = free.Pop();
        m ??= new PyMethod();
        m.ObType = Type;
        m.Func = Rc.New(func);
        m.Self = Rc.New(self);
        Heap.Allocated(Type);
        CycleCollector.Track(m);
        return m;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Func != null) visit(Func);
        if (Self != null) visit(Self);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Func);
        Rc.Clear(ref Self);
        if (!Heap.PoisonFreed) free.Push(this);
    }

    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames) => Ops.CallWithSelf(Func, Self, args, kwnames);

    public override string Repr()
    {
        string name = Func is PyFunction f ? Ops.Str(f.QualName) : Ops.Str(Ops.GetAttr(Func, PyStr.Intern("__name__")));
        return $"<bound method {name} of {Ops.Repr(Self)}>";
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyMethod m && (op == CompareOp.Eq || op == CompareOp.Ne))
        {
            bool eq = ReferenceEquals(Func, m.Func) && ReferenceEquals(Self, m.Self);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        }
        return base.RichCompare(other, op);
    }

    public override long Hash() => Ops.Hash(Self) ^ Ops.Hash(Func);

    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "__self__" => Rc.New(Self),
        "__func__" => Rc.New(Func),
        _ => Ops.GetAttr(Func, name),
    };
}

/// <summary>The C# shape of a built-in: positional arguments followed by the values of the
/// keyword arguments named in kwnames (null when there are none). Arguments are borrowed;
/// the result is a new reference.</summary>
public delegate PyObject NativeFunction(ReadOnlySpan<PyObject> args, PyTuple kwnames);

/// <summary>A method of a built-in type: like NativeFunction with the receiver first.</summary>
public delegate PyObject NativeMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple kwnames);

/// <summary>A built-in function (len, print, math.sqrt), or a built-in method bound to its receiver.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public static PyType Type;
    public readonly string Name;
    public readonly NativeFunction Fn;
    public readonly NativeMethod Method;
    public PyObject Self; // owned; set for bound built-in methods
    public string ModuleName;

    public PyBuiltinFunction(string name, NativeFunction fn)
    {
        Name = name; Fn = fn; ObType = Type; IsStatic = true;
    }

    PyBuiltinFunction(string name, NativeMethod m, PyObject self)
    {
        Name = name; Method = m; ObType = Type;
        Self = Rc.New(self);
        Heap.Allocated(Type);
    }

    public static PyBuiltinFunction Bind(string name, NativeMethod m, PyObject self) => new(name, m, self);

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Self != null) visit(Self);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref Self);
    }

    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
        => Method != null ? Method(Self, args, kwnames) : Fn(args, kwnames);

    public override string Repr() => Self == null
        ? $"<built-in function {Name}>"
        : $"<built-in method {Name} of {Self.ObType.MessageName} object at 0x{Identity.Of(Self):x}>";

    PyObject ModuleOf() => ModuleName != null ? MiniPy.VM.ThreadState.Current?.Interp.Modules?.GetItemBorrowed(ModuleName) as PyModule : null;

    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "__name__" => PyStr.New(Name),
        "__qualname__" => PyStr.New(Self != null && Self is not PyModule ? Self.ObType.Name + "." + Name : Name),
        // A module's function has the module as its __self__, as in CPython.
        "__self__" => Rc.New(Self ?? ModuleOf() ?? (PyObject)PyNone.Instance),
        "__module__" => ModuleName == null ? Rc.New(PyNone.Instance) : PyStr.New(ModuleName),
        // Built-ins carry no docstrings here: None, as for a function without one.
        "__doc__" or "__text_signature__" => Rc.New(PyNone.Instance),
        _ => base.GetAttr(name),
    };
}

/// <summary>A method of a built-in type as it sits in the type's dict (str.upper): binds to
/// an instance on attribute access; LOAD_METHOD calls it without binding.</summary>
public sealed class PyMethodDescriptor : PyObject
{
    public static PyType Type;
    public readonly string Name;
    public readonly PyType Owner;
    public readonly NativeMethod Method;

    public PyMethodDescriptor(PyType owner, string name, NativeMethod m)
    {
        Owner = owner; Name = name; Method = m; ObType = Type; IsStatic = true;
    }

    public override bool IsCallable => true;
    public override bool IsMethodLike => true;

    public PyObject CallBound(PyObject self, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (!self.ObType.IsSubtypeOf(Owner))
            throw Err.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.ObType.Name}' object");
        return Method(Receiver(self), args, kwnames);
    }

    /// <summary>What a built-in type's method works on: for an instance of a class derived
    /// from that type, the value it extends (see BuiltinSubclass.cs); object's own methods
    /// keep the instance.</summary>
    PyObject Receiver(PyObject self)
        => self is PyInstance { BaseValue: { } value } && Owner != PyType.ObjectType && value.ObType.IsSubtypeOf(Owner) ? value : self;

    /// <summary>Called through the class: str.upper("x") passes the receiver first.</summary>
    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (args.Length == 0) throw Err.TypeError($"unbound method {Owner.Name}.{Name}() needs an argument");
        return CallBound(args[0], args.Slice(1), kwnames);
    }

    public override PyObject DescrGet(PyObject instance, PyType owner)
        => instance == null ? Rc.New(this) : PyBuiltinFunction.Bind(Name, Method, Receiver(instance));

    public override string Repr() => $"<method '{Name}' of '{Owner.Name}' objects>";

    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "__name__" => PyStr.New(Name),
        "__qualname__" => PyStr.New(Owner.Name + "." + Name),
        "__objclass__" => Rc.New(Owner),
        "__doc__" or "__text_signature__" => Rc.New(PyNone.Instance),
        _ => base.GetAttr(name),
    };
}
