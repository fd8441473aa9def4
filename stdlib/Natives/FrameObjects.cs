// sys._getframe's frame objects. The VM's own frames are pooled and reused the moment a
// call returns, so a frame object cannot simply point at one; it is a snapshot taken when
// sys._getframe is called: the code, the globals, the line being run and the local variables
// bound at that moment (f_locals, a new dict; a module's is its namespace itself); f_lineno
// follows the frame while its call is still running (the frame's Incarnation tells). f_back is
// made when first asked for, from the caller's frame if that call is still running (the
// frame's Incarnation tells), else None. What programs ask a frame for — the caller's name,
// file, line, module — is all there; changing f_locals changes nothing, as in CPython for a
// function's frame.
using MiniPy.Compiler;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public sealed class PyFrameObject : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("frame", "builtins", _ => { });
    CodeObject code;
    PyDict globals, locals;
    PyObject back; // a PyFrameObject or None, once asked for
    Frame caller;  // the caller's VM frame until then
    int callerIncarnation;
    int line;
    Frame live;    // the VM frame itself, while that call is still running
    int liveIncarnation;

    /// <summary>sys._getframe(depth): the caller's frame (depth 0), its caller's (1), ...</summary>
    public static PyObject Get(long depth)
    {
        var f = ThreadState.Current?.CurrentFrame;
        for (long i = 0; i < depth && f != null; i++) f = f.Back;
        if (f == null || depth < 0) throw Err.ValueError("call stack is not deep enough");
        return Snapshot(f);
    }

    /// <summary>A traceback entry's tb_frame: its code and line, and the locals the entry kept
    /// when the exception left the frame (empty if it kept none); the frame has ended, so
    /// its globals are not known (an empty dict) and f_back is None.</summary>
    public static PyObject ForTraceback(PyTraceback tb)
    {
        var o = new PyFrameObject
        {
            ObType = Type,
            code = Rc.New(tb.Code),
            globals = PyDict.New(),
            locals = tb.Locals == null ? PyDict.New() : LocalsDict(tb.Code, tb.Locals),
            line = tb.Line,
            back = Rc.New(PyNone.Instance),
        };
        Heap.Allocated(Type);
        return o;
    }

    /// <summary>The frame object of a VM frame (a generator's gi_frame, say).</summary>
    public static PyObject Of(Frame f) => Snapshot(f);

    static PyFrameObject Snapshot(Frame f)
    {
        var o = new PyFrameObject
        {
            ObType = Type,
            code = Rc.New(f.Code),
            globals = Rc.New(f.Globals),
            locals = Locals(f),
            line = f.Line,
            live = f,
            liveIncarnation = f.Incarnation,
            caller = f.Back,
            callerIncarnation = f.Back?.Incarnation ?? 0,
        };
        Heap.Allocated(Type);
        return o;
    }

    /// <summary>The line the frame is running now while its call lasts, then its last one.</summary>
    int CurrentLine()
    {
        var f = live;
        if (f != null && f.Incarnation == liveIncarnation && f.Code == code) line = f.Line;
        else live = null;
        return line;
    }

    PyObject Back()
    {
        if (back == null)
        {
            var f = caller;
            caller = null;
            back = f != null && f.Incarnation == callerIncarnation && f.Code != null ? Snapshot(f) : Rc.New(PyNone.Instance);
        }
        return Rc.New(back);
    }

    static PyDict Locals(Frame f) => f.Namespace != null ? Rc.New(f.Namespace) : LocalsDict(f.Code, f.Slots);

    /// <summary>f_locals of a function's frame from its slots: the bound variables, then the
    /// cells' and free variables' contents.</summary>
    static PyDict LocalsDict(CodeObject code, PyObject[] slots)
    {
        var d = PyDict.New();
        for (int i = 0; i < code.VarNames.Length && i < slots.Length; i++)
            if (slots[i] != null) d.SetItemNew(PyStr.Intern(code.VarNames[i]), slots[i]);
        int cells = code.VarNames.Length;
        var cellNames = code.CellVars.Concat(code.FreeVars).ToArray();
        for (int i = 0; i < cellNames.Length && cells + i < slots.Length; i++)
            if (slots[cells + i] is PyCell { Contents: { } value }) d.SetItemNew(PyStr.Intern(cellNames[i]), value);
        return d;
    }

    public override PyObject GetAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "f_code": return Rc.New(code);
            case "f_globals": return Rc.New(globals);
            case "f_locals": return Rc.New(locals);
            case "f_back": return Back();
            case "f_lineno": return PyInt.New(CurrentLine());
            case "f_builtins":
                return Rc.New((PyObject)globals.GetItemBorrowed("__builtins__") ?? PyNone.Instance);
        }
        return base.GetAttr(name);
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (code != null) visit(code);
        if (globals != null) visit(globals);
        if (locals != null) visit(locals);
        if (back != null) visit(back);
    }


    protected override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref code);
        Rc.Clear(ref globals);
        Rc.Clear(ref locals);
        caller = null;
        if (back != null) Rc.Clear(ref back); // a chain at most the recursion limit long
    }

    public override string Repr() => $"<frame at 0x{Identity.Of(this):x}, file '{code.FileName}', line {CurrentLine()}, code {code.Name}>";
}
