// module: a namespace dict with a name. Module teardown clears the dict, which is what
// breaks the cycles between a module's functions and the globals they hold.
namespace MiniPy.Runtime;

public sealed class PyModule : PyGcObject
{
    public static PyType Type;
    public string Name;
    public PyDict Dict;

    public static PyModule New(string name)
    {
        var m = new PyModule { ObType = Type, Name = name, Dict = PyDict.New() };
        Heap.Allocated(Type);
        var n = PyStr.New(name);
        m.Dict.SetItemNew("__name__", n);
        Rc.Dec(n);
        m.Dict.SetItemNew("__doc__", PyNone.Instance);
        CycleCollector.Track(m);
        return m;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Dict != null) visit(Dict);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Dict);
    }

    public override PyDict InstanceDict => Dict;
    public override PyDict EnsureInstanceDict() => Dict;

    static readonly PyStr GetAttrHook = PyStr.Intern("__getattr__");

    /// <summary>Asked for a name a module lacks before AttributeError (the builtins made on
    /// first use, see VM/LazyBuiltins.cs); a new reference or null.</summary>
    public static Func<PyModule, PyStr, PyObject> MissingAttribute;

    public override PyObject GetAttr(PyStr name)
    {
        var v = Dict.GetItemNew(name);
        if (v != null) return v;
        if (name.Value == "__dict__") return Rc.New(Dict);
        if (MissingAttribute?.Invoke(this, name) is { } made) return made;
        // PEP 562: a module-level __getattr__ answers the names the module lacks.
        if (Dict.GetItemBorrowed(GetAttrHook) is { } hook) return Ops.Call(hook, name);
        throw Err.AttributeMissing(this, name);
    }

    public override string Repr()
    {
        var file = Dict.GetItemBorrowed("__file__");
        return file is PyStr f ? $"<module '{Name}' from '{f.Value}'>" : $"<module '{Name}' (built-in)>";
    }

    /// <summary>Sets a module attribute from C#, stealing the value.</summary>
    public void SetSteal(string name, PyObject stolen)
    {
        Dict.SetItemNew(name, stolen);
        Rc.Dec(stolen);
    }

    public void AddFunction(string name, NativeFunction fn)
        => Dict.SetItemNew(name, new PyBuiltinFunction(name, fn) { ModuleName = Name });

    /// <summary>Clears the namespace the way CPython's module teardown does: names starting
    /// with one underscore first, then all but __builtins__, so objects whose finalizers still
    /// look up globals see them as long as possible.</summary>
    public void ClearForTeardown()
    {
        ClearWhere(k => k.Length > 1 && k[0] == '_' && k[1] != '_');
        ClearWhere(k => k != "__builtins__");
        ClearWhere(_ => true);
    }

    void ClearWhere(Func<string, bool> pick)
    {
        var d = Dict;
        for (int i = 0; i < d.EntryCount; i++)
        {
            var k = d.Entries[i].Key;
            if (k is PyStr s && pick(s.Value))
            {
                var v = d.Entries[i].Value;
                if (v is PyNone) continue;
                d.Entries[i].Value = Rc.New(PyNone.Instance);
                Rc.Dec(v);
            }
        }
    }
}
