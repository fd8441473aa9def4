// weakref.ref: a reference that does not count. Calling it gives the object while something
// else keeps the object alive, and None once the object has been freed; a callback given
// at creation is called with the weak reference when that happens.
//
// Ownership: a weak reference owns its callback but not its referent — that is the point.
// The referent does not know its weak references either; a table beside the heap maps each
// object that has some to their list, and the object carries one flag (HasWeakRefs) so that
// freeing an object without weak references costs a single test. When an object is freed
// (after its __del__, which may still reach it through a weak reference, as in CPython), its
// weak references are cleared first and then their callbacks run, newest first; an exception
// in a callback is printed as "Exception ignored in:" and the rest still run. A weak
// reference freed before its referent takes itself out of the table.
//
// The objects that accept weak references are CPython's: instances of classes (unless
// __slots__ leave out "__weakref__"), functions, methods, classes, sets, generators and
// coroutines, code objects and modules — never ints, strings, tuples, lists or dicts.
namespace MiniPy.Runtime;

public sealed class PyWeakRef : PyObject
{
    public static PyType Type;

    /// <summary>The object referred to, not owned; null once it has been freed.</summary>
    PyObject referent;
    /// <summary>Called with this weak reference when the referent is freed (owned; may be null).</summary>
    PyObject callback;
    long hash = -1;

    static readonly Dictionary<PyObject, List<PyWeakRef>> Table = new(ReferenceEqualityComparer.Instance);
    static readonly object Gate = new();

    PyWeakRef() { }

    public static bool Accepts(PyObject o) => o switch
    {
        PyInstance => o.ObType.InstancesAllowWeakRefs,
        PyFunction or PyMethod or PyType or PySet or VM.PyGenerator or Compiler.CodeObject or PyModule => true,
        // an instance of a class derived from another built-in type (socket.socket)
        _ => o.ObType.IsHeapType && o.ObType.InstancesAllowWeakRefs,
    };

    /// <summary>weakref.ref(o, callback=None): a reference without a callback is shared, as
    /// CPython shares it (ref(o) is ref(o)).</summary>
    public static PyObject New(PyObject o, PyObject callback)
    {
        if (!Accepts(o)) throw Err.TypeError($"cannot create weak reference to '{o.ObType.MessageName}' object");
        if (callback is PyNone) callback = null;
        lock (Gate)
        {
            if (!Table.TryGetValue(o, out var list))
            {
                list = new List<PyWeakRef>();
                Table[o] = list;
                o.HasWeakRefs = true;
            }
            if (callback == null)
                foreach (var existing in list)
                    if (existing.callback == null && existing.RefCount > 0) return Rc.New(existing);
            var wr = new PyWeakRef { ObType = Type, referent = o, callback = callback == null ? null : Rc.New(callback) };
            Heap.Allocated(Type);
            list.Add(wr);
            return wr;
        }
    }

    /// <summary>The referent as a new reference, or null when it is gone.</summary>
    public PyObject Target()
    {
        // A referent whose count already reached zero is being freed (by another thread, with
        // the GIL off): it is gone.
        lock (Gate) return referent == null || referent.RefCount <= 0 ? null : Rc.New(referent);
    }

    /// <summary>How many weak references o has (weakref.getweakrefcount).</summary>
    public static int CountFor(PyObject o)
    {
        lock (Gate) return Table.TryGetValue(o, out var list) ? list.Count : 0;
    }

    /// <summary>o's weak references as a new list (weakref.getweakrefs).</summary>
    public static PyList ListFor(PyObject o)
    {
        var result = PyList.New();
        lock (Gate)
            if (Table.TryGetValue(o, out var list))
                foreach (var wr in list) result.Append(wr);
        return result;
    }

    /// <summary>Called as o is freed, before its references are released: clears its weak
    /// references, then calls their callbacks.</summary>
    public static void ObjectDying(PyObject o)
    {
        List<PyWeakRef> list;
        lock (Gate)
        {
            if (!Table.Remove(o, out list)) return;
            o.HasWeakRefs = false;
            foreach (var wr in list) wr.referent = null;
        }
        for (int i = list.Count - 1; i >= 0; i--)
        {
            var wr = list[i];
            PyObject cb;
            lock (Gate)
            {
                cb = wr.callback;
                if (cb == null || wr.RefCount <= 0) continue;
                wr.callback = null; // taken: Dealloc will not release it too
            }
            Rc.Inc(wr); // alive for the call, even if the callback drops the last reference
            try { Rc.Dec(Ops.Call(cb, wr)); }
            catch (PyRaise e) { Unraisable.Report(e, cb); }
            finally
            {
                Rc.Dec(cb);
                Rc.Dec(wr);
            }
        }
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        PyObject cb;
        lock (Gate)
        {
            var o = referent;
            if (o != null && Table.TryGetValue(o, out var list))
            {
                list.Remove(this);
                if (list.Count == 0)
                {
                    Table.Remove(o);
                    o.HasWeakRefs = false;
                }
            }
            referent = null;
            cb = callback;
            callback = null;
        }
        Rc.XDec(cb);
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (callback != null) visit(callback);
    }

    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        ArgParser.Positional("weakref", args, kwnames, 0, 0);
        return Target() ?? Rc.New(PyNone.Instance);
    }

    public override long Hash()
    {
        if (hash != -1) return hash;
        var o = Target() ?? throw Err.TypeError("weak object has gone away");
        try { return hash = Ops.Hash(o); } finally { Rc.Dec(o); }
    }

    /// <summary>Two live weak references are equal when their referents are; otherwise only
    /// a weak reference is equal to itself.</summary>
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyWeakRef w || (op != CompareOp.Eq && op != CompareOp.Ne)) return Rc.New(PyNotImplemented.Instance);
        var mine = Target();
        var theirs = w.Target();
        try
        {
            if (mine == null || theirs == null) return PyBool.From(ReferenceEquals(this, w) == (op == CompareOp.Eq));
            return Ops.RichCompare(mine, theirs, op);
        }
        finally { Rc.XDec(mine); Rc.XDec(theirs); }
    }

    public override PyObject GetAttr(PyStr name)
        => name.Value == "__callback__" ? Rc.New(callback ?? PyNone.Instance) : base.GetAttr(name);

    public override string Repr()
    {
        var o = Target();
        if (o == null) return $"<weakref at 0x{Identity.Of(this):x}; dead>";
        try
        {
            var text = $"<weakref at 0x{Identity.Of(this):x}; to '{o.ObType.Name}' at 0x{Identity.Of(o):x}";
            // The name is shown for objects whose type defines __name__ (CPython looks it up
            // on the type): functions, classes, generators.
            if (o is not (PyFunction or PyType or VM.PyGenerator)) return text + ">";
            var name = Ops.GetAttrOrNull(o, "__name__");
            try { return name is PyStr n ? text + $" ({n.Value})>" : text + ">"; }
            finally { Rc.XDec(name); }
        }
        finally { Rc.Dec(o); }
    }
}
