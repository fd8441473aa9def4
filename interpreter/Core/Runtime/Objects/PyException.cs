// Exception objects: BaseException and every class derived from it, built-in or user
// defined. An exception owns its args tuple, its cause and context, its traceback and, for
// attributes a program sets (self.key = ...), an instance dict.
using System.Text;
using MiniPy.Compiler;

namespace MiniPy.Runtime;

public sealed class PyException : PyGcObject
{
    public PyTuple Args;
    public PyException Cause, Context;
    public bool SuppressContext;
    public PyTraceback Traceback;
    public PyDict Dict;
    /// <summary>For a NameError the interpreter raised: the name the program most likely
    /// meant, found among its frame's names when it was raised (VM/Suggestions.cs).</summary>
    public string NameSuggestion;

    PyException() { }

    /// <summary>A new exception of type t with the given args (new references taken).</summary>
    public static PyException New(PyType t, ReadOnlySpan<PyObject> args)
    {
        var e = new PyException { ObType = t };
        Heap.Allocated(t);
        Rc.Inc(t);
        e.Args = PyTuple.FromSpan(args);
        CycleCollector.Track(e);
        return e;
    }

    public static PyException WithMessage(PyType t, string message)
    {
        var s = PyStr.New(message);
        try { return New(t, new PyObject[] { s }); } finally { Rc.Dec(s); }
    }

    /// <summary>The constructor of every exception type (BaseException.__new__ + __init__).</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        var e = New(cls, args.Slice(0, npos));
        bool ownInit = cls.IsHeapType && HeapTypes.LookupUserDefined(cls, PyStr.Intern("__init__")) != null;
        if (!ownInit && cls.IsSubtypeOf(ErrorTypes.SyntaxError))
        {
            try { SyntaxErrorFields.Fill(e); }
            catch { Rc.Dec(e); throw; }
        }
        // The built-in __init__'s work is done here: AttributeError(name=...), also for a
        // subclass without an __init__ of its own (one with gets the keywords itself).
        if (npos != args.Length && !ownInit)
        {
            try { ExceptionMethods.SetKeywordAttributes(e, args, kwnames); }
            catch { Rc.Dec(e); throw; }
        }
        return e;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Args != null) visit(Args);
        if (Cause != null) visit(Cause);
        if (Context != null) visit(Context);
        if (Traceback != null) visit(Traceback);
        if (Dict != null) visit(Dict);
        visit(ObType);
    }

    /// <summary>Drops what a cycle can run through (an exception stored in its own context,
    /// say); the args become empty, as an exception's str() still needs them.</summary>
    internal override void ClearReferences()
    {
        Rc.Set(ref Args, Rc.New(PyTuple.EmptyTuple));
        Rc.Clear(ref Cause);
        Rc.Clear(ref Context);
        Rc.Clear(ref Traceback);
        Rc.Clear(ref Dict);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Args);
        Rc.Clear(ref Cause);
        Rc.Clear(ref Context);
        Rc.Clear(ref Traceback);
        Rc.Clear(ref Dict);
        var t = ObType;
        Rc.Dec(t);
    }

    public override PyDict InstanceDict => Dict;
    public override PyDict EnsureInstanceDict() => Dict ??= PyDict.New();

    public override string Str()
    {
        if (ObType.IsHeapType && HeapTypes.LookupUserDefined(ObType, PyStr.Intern("__str__")) != null) return Ops.CallDunderForString(this, "__str__");
        return DefaultStr();
    }

    public string DefaultStr()
    {
        var items = Args.Items;
        if (ObType.IsSubtypeOf(ErrorTypes.KeyError) && items.Length == 1) return Ops.Repr(items[0]);
        if (ObType.IsSubtypeOf(ErrorTypes.OSError) && OsErrorMethods.Str(this) is { } osText) return osText;
        if (ObType.IsSubtypeOf(ErrorTypes.UnicodeError) && UnicodeErrorMethods.Str(this) is { } unicodeText) return unicodeText;
        if (ObType.IsSubtypeOf(ErrorTypes.SyntaxError) && SyntaxErrorFields.Str(this) is { } syntaxText) return syntaxText;
        return items.Length switch
        {
            0 => "",
            1 => Ops.Str(items[0]),
            _ => Args.Repr(),
        };
    }

    public override string Repr()
    {
        if (ObType.IsHeapType && HeapTypes.LookupUserDefined(ObType, PyStr.Intern("__repr__")) != null) return Ops.CallDunderForString(this, "__repr__");
        var items = Args.Items;
        if (items.Length == 1) return ObType.Name + "(" + Ops.Repr(items[0]) + ")";
        return ObType.Name + Args.Repr();
    }

    public override PyObject GetAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "args": return Rc.New(Args);
            case "__cause__": return Rc.New((PyObject)Cause ?? PyNone.Instance);
            case "__context__": return Rc.New((PyObject)Context ?? PyNone.Instance);
            case "__traceback__": return Rc.New((PyObject)Traceback ?? PyNone.Instance);
            case "__suppress_context__": return PyBool.From(SuppressContext);
        }
        if (Dict != null)
        {
            var v = Dict.GetItemBorrowed(name);
            if (v != null) return Rc.New(v);
        }
        switch (name.Value)
        {
            case "value" when ObType.IsSubtypeOf(ErrorTypes.StopIteration):
            case "code" when ObType.IsSubtypeOf(ErrorTypes.SystemExit):
                return Rc.New(Args.Items.Length > 0 ? Args.Items[0] : PyNone.Instance);
        }
        return Attributes.GenericGetAttr(this, name, true);
    }

    public override void SetAttr(PyStr name, PyObject value)
    {
        switch (name.Value)
        {
            case "args":
                var t = Ops.ToTuple(value);
                Rc.Set(ref Args, t);
                return;
            case "__cause__":
                Rc.Set(ref Cause, value is PyException c ? Rc.New(c) : null);
                SuppressContext = true;
                return;
            case "__context__":
                Rc.Set(ref Context, value is PyException x ? Rc.New(x) : null);
                return;
            case "__traceback__":
                Rc.Set(ref Traceback, value is PyTraceback tb ? Rc.New(tb) : null);
                return;
        }
        Attributes.GenericSetAttr(this, name, value);
    }

    /// <summary>Adds a traceback entry for a frame the exception is leaving (PyTraceBack_Here).</summary>
    public void AddTraceback(CodeObject code, int line, int pc = -1)
    {
        var tb = PyTraceback.New(code, line, Traceback);
        tb.Pc = pc;
        Rc.Set(ref Traceback, tb);
    }
}

/// <summary>One entry of a traceback: the code and line of a frame the exception passed
/// through and, for a function's frame the exception left, the frame's local variables,
/// which the entry then keeps alive (as CPython's traceback keeps its frame): tb_frame's
/// f_locals shows them, and what they refer to is freed when the traceback is, not when the
/// exception leaves the frame. Through them an entry can be part of a cycle (an exception
/// stored in a local of a frame it left), so entries are tracked by the cycle collector.</summary>
public sealed class PyTraceback : PyGcObject
{
    public static PyType Type;
    public CodeObject Code;
    public int Line;
    /// <summary>The instruction that was running (tb_lasti / 2), or -1.</summary>
    public int Pc = -1;
    public PyTraceback NextTb;
    /// <summary>The local variables and cells of the frame, in its slot order (owned; null
    /// entries are unbound), once the exception has left it; null before, or for a frame whose
    /// variables live elsewhere (a module or class body's namespace).</summary>
    public PyObject[] Locals;

    /// <summary>Makes tb_frame: a frame object showing the entry's code, line and locals
    /// (installed by the standard library, whose frame objects these are).</summary>
    public static Func<PyTraceback, PyObject> FrameOf;

    public static PyTraceback New(CodeObject code, int line, PyTraceback next)
    {
        var tb = new PyTraceback { ObType = Type, Code = Rc.New(code), Line = line };
        Heap.Allocated(Type);
        tb.NextTb = next == null ? null : Rc.New(next);
        CycleCollector.Track(tb);
        return tb;
    }

    /// <summary>Moves the first count slots of a frame that the exception is leaving into
    /// this entry: the references change owner, no count moves, and the slots are left empty.</summary>
    public void TakeLocals(PyObject[] slots, int count)
    {
        if (Locals != null || count == 0) return;
        var locals = new PyObject[count];
        for (int i = 0; i < count; i++)
        {
            locals[i] = slots[i];
            slots[i] = null;
        }
        Locals = locals;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Code != null) visit(Code);
        if (NextTb != null) visit(NextTb);
        if (Locals != null) foreach (var o in Locals) if (o != null) visit(o);
    }

    internal override void ClearReferences() => ReleaseLocals();

    void ReleaseLocals()
    {
        var locals = Locals;
        Locals = null;
        if (locals != null) foreach (var o in locals) Rc.XDec(o);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Code);
        Rc.Clear(ref NextTb);
        ReleaseLocals();
    }

    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "tb_lineno" => PyInt.New(Line),
        "tb_lasti" => PyInt.New(Pc < 0 ? -1 : Pc * 2),
        "tb_next" => Rc.New((PyObject)NextTb ?? PyNone.Instance),
        "tb_frame" => FrameOf?.Invoke(this) ?? Rc.New(PyNone.Instance),
        _ => base.GetAttr(name),
    };
}

/// <summary>A Python exception travelling through C# code. It owns one reference to the
/// exception object until someone takes it with TakeException.</summary>
public sealed class PyRaise : Exception
{
    public PyException Exc;

    public PyRaise(PyException stolen) : base(null) { Exc = stolen; }

    public override string Message => Exc == null ? "(taken)" : Exc.ObType.Name + ": " + SafeStr();

    string SafeStr()
    {
        try { return Exc.Str(); } catch { return "<unprintable>"; }
    }

    public PyException TakeException()
    {
        var e = Exc;
        Exc = null;
        return e;
    }
}
