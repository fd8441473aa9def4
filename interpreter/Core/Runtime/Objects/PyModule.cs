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

    /// <summary>types.ModuleType(name, doc=None): a module made by a program, not imported.</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        PyObject name = npos > 0 ? args[0] : null, doc = npos > 1 ? args[1] : null;
        if (npos > 2) throw Err.TypeError($"module() takes at most 2 arguments ({npos} given)");
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyStr)kwnames.Items[k]).Value;
            var value = args[npos + k];
            if (key == "name" && name == null) name = value;
            else if (key == "doc" && doc == null) doc = value;
            else throw Err.TypeError($"module() got an unexpected keyword argument '{key}'");
        }
        if (name == null) throw Err.TypeError("module() missing required argument 'name' (pos 1)");
        if (name is not PyStr s) throw Err.TypeError($"module() argument 'name' must be str, not {name.ObType.Name}");
        var m = New(s.Value);
        m.MadeByProgram = true;
        if (cls != Type)
        {
            // A class derived from ModuleType: the module refers to it as an instance does.
            Heap.ChangesType(m, cls);
            m.ObType = Rc.New(cls);
        }
        if (doc != null) m.Dict.SetItemNew("__doc__", doc);
        foreach (var attr in new[] { "__package__", "__loader__", "__spec__" }) m.Dict.SetItemNew(attr, PyNone.Instance);
        return m;
    }

    /// <summary>Made by calling types.ModuleType rather than by an import: its repr says
    /// nothing about where it came from.</summary>
    public bool MadeByProgram;

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Dict != null) visit(Dict);
        if (ObType != Type) visit(ObType);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Dict);
        if (ObType != Type) Rc.Dec(ObType);
    }

    public override PyDict InstanceDict => Dict;
    public override PyDict EnsureInstanceDict() => Dict;

    static readonly PyStr GetAttrHook = PyStr.Intern("__getattr__");

    /// <summary>Asked for a name a module lacks before AttributeError (the builtins made on
    /// first use, see VM/LazyBuiltins.cs); a new reference or null.</summary>
    public static Func<PyModule, PyStr, PyObject> MissingAttribute;

    public override PyObject GetAttr(PyStr name) => FindAttrOrNull(name) ?? throw Err.AttributeMissing(this, name);

    protected override PyObject FindAttrOrNull(PyStr name)
    {
        // A module of a class derived from ModuleType has that class's attributes too.
        var v = ObType != Type ? Attributes.GenericGetAttr(this, name, false) : Dict.GetItemNew(name);
        if (v != null) return v;
        if (name.Value == "__dict__") return Rc.New(Dict);
        if (MissingAttribute?.Invoke(this, name) is { } made) return made;
        // PEP 562: a module-level __getattr__ answers the names the module lacks.
        if (Dict.GetItemBorrowed(GetAttrHook) is { } hook) return Ops.Call(hook, name);
        return null;
    }

    public override string Repr()
    {
        var file = Dict.GetItemBorrowed("__file__");
        return file is PyStr f ? $"<module '{Name}' from '{f.Value}'>" : MadeByProgram ? $"<module '{Name}'>" : $"<module '{Name}' (built-in)>";
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
    public void ClearForTeardown() => ClearForTeardown(Dict);

    /// <summary>ClearForTeardown for a module's namespace (the module may be gone).</summary>
    public static void ClearForTeardown(PyDict d)
    {
        ClearWhere(d, k => k.Length > 1 && k[0] == '_' && k[1] != '_');
        ClearWhere(d, k => k != "__builtins__");
        ClearWhere(d, _ => true);
    }

    /// <summary>Without a cycle collector to let a namespace go whole (the GIL off): first
    /// the names bound to data, then the rest — the nearest a finalizer of that data can come
    /// to finding the program's classes and functions still bound, as it would under CPython.</summary>
    public static void ClearDataFirst(PyDict d)
    {
        ClearWhere(d, k => k != "__builtins__", v => v is not (PyType or PyFunction or PyModule or PyBuiltinFunction));
        ClearForTeardown(d);
    }

    static void ClearWhere(PyDict d, Func<string, bool> pick, Func<PyObject, bool> pickValue = null)
    {
        for (int i = 0; i < d.EntryCount; i++)
        {
            var k = d.Entries[i].Key;
            if (k is PyStr s && pick(s.Value) && (pickValue == null || pickValue(d.Entries[i].Value)))
            {
                var v = d.Entries[i].Value;
                if (v is PyNone) continue;
                d.Entries[i].Value = Rc.New(PyNone.Instance);
                Rc.Dec(v);
            }
        }
    }
}
