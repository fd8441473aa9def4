// Calling a type: type(x), making instances (the type's constructor, then __init__), and
// __build_class__, which runs a class body and makes the class.
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class TypeCalls
{
    static readonly PyStr InitName = PyStr.Intern("__init__");

    public static PyObject Call(PyType t, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (t == PyType.TypeType)
        {
            int nkw = kwnames?.Count ?? 0;
            if (args.Length == 1 && nkw == 0) return Rc.New(args[0].ObType);
            if (args.Length == 3 && nkw == 0) return MakeClass(args[0], args[1], args[2]);
            throw Err.TypeError("type() takes 1 or 3 arguments");
        }
        if (t.Constructor == null) throw Err.TypeError($"cannot create '{t.QualifiedName}' instances");
        var obj = t.Constructor(t, args, kwnames);
        if (!t.IsHeapType || !obj.ObType.IsSubtypeOf(t)) return obj;
        var init = t.Lookup(InitName);
        if (init is PyFunction)
        {
            try
            {
                var r = Ops.CallWithSelf(init, obj, args, kwnames);
                if (r is not PyNone)
                {
                    var name = r.ObType.Name;
                    Rc.Dec(r);
                    throw Err.TypeError($"__init__() should return None, not '{name}'");
                }
                Rc.Dec(r);
            }
            catch
            {
                Rc.Dec(obj);
                throw;
            }
        }
        else if (init == BuiltinTypes.ObjectInit && args.Length > 0 && t.Constructor == PyInstance.Construct)
        {
            Rc.Dec(obj);
            throw Err.TypeError($"{t.Name}() takes no arguments");
        }
        return obj;
    }

    static PyObject MakeClass(PyObject nameObj, PyObject basesObj, PyObject dictObj)
    {
        if (nameObj is not PyStr name || basesObj is not PyTuple bases || dictObj is not PyDict dict)
            throw Err.TypeError("type() argument types are (str, tuple, dict)");
        var ns = dict.Copy();
        try { return CreateClass(name.Value, bases.Items, ns, "__main__"); }
        finally { Rc.Dec(ns); }
    }

    /// <summary>builtins.__build_class__(body, name, *bases, **keywords).</summary>
    public static PyObject BuildClass(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length - nkw < 2 || args[0] is not PyFunction body || args[1] is not PyStr name)
            throw Err.TypeError("__build_class__: not enough arguments");
        var bases = args.Slice(2, args.Length - 2 - nkw);
        for (int k = 0; k < nkw; k++)
        {
            var kn = ((PyStr)kwnames.Items[k]).Value;
            if (kn != "metaclass") throw Err.TypeError($"{name.Value}.__init_subclass__() takes no keyword arguments");
        }
        var ts = ThreadState.Current;
        var ns = PyDict.New();
        try
        {
            var cell = RunClassBody(ts, body, ns);
            try
            {
                var module = body.Globals.GetItemBorrowed("__name__") is PyStr m ? m.Value : "__main__";
                var cls = CreateClass(name.Value, bases.ToArray(), ns, module);
                if (cell is PyCell c) Rc.Set(ref c.Contents, Rc.New(cls));
                return cls;
            }
            finally { Rc.Dec(cell); }
        }
        finally { Rc.Dec(ns); }
    }

    static PyObject RunClassBody(ThreadState ts, PyFunction body, PyDict ns)
    {
        var code = body.Code;
        var frame = ts.Frames.Rent(code);
        frame.Function = body;
        frame.Globals = body.Globals;
        frame.Builtins = ts.Interp.Builtins;
        frame.Namespace = Rc.New(ns);
        try
        {
            var s = frame.Slots;
            int cellBase = code.NLocals;
            for (int i = 0; i < code.CellVars.Length; i++) s[cellBase + i] = PyCell.New(null);
            var closure = body.Closure?.Items;
            if (closure != null)
                for (int i = 0; i < closure.Length; i++) s[cellBase + code.CellVars.Length + i] = Rc.New(closure[i]);
            return Eval.Run(ts, frame);
        }
        finally { ts.Frames.Return(frame); }
    }

    static PyType CreateClass(string name, PyObject[] bases, PyDict ns, string module)
    {
        PyType baseType = PyType.ObjectType;
        if (bases.Length > 1)
        {
            // Mixins that add nothing but 'object' are fine; real multiple inheritance is not.
            throw Err.TypeError("multiple inheritance is not supported by MiniPy");
        }
        if (bases.Length == 1)
        {
            if (bases[0] is not PyType bt) throw Err.TypeError("bases must be types");
            if (!BuiltinTypes.IsSubclassable(bt)) throw Err.TypeError($"type '{bt.Name}' is not an acceptable base type");
            baseType = bt;
        }
        // Instances are made by the nearest built-in base; a class's own __new__ would be
        // silently ignored, so it is refused instead of giving a wrong answer.
        if (ns.ContainsKey(PyStr.Intern("__new__")))
            throw Err.TypeError($"{name}: defining __new__ is not supported by MiniPy");
        var cls = PyType.NewHeapType(name, baseType, ns, module);
        try { SetNames(cls, ns); }
        catch
        {
            Rc.Dec(cls);
            throw;
        }
        return cls;
    }

    /// <summary>As type.__new__ does: calls __set_name__(owner, name) on each attribute of the
    /// new class whose type defines it (a property learns its name this way). A failure is
    /// CPython 3.11's RuntimeError, caused by the original error.</summary>
    static void SetNames(PyType cls, PyDict ns)
    {
        // A snapshot: __set_name__ may change the class's namespace.
        var pairs = new List<(PyObject key, PyObject value)>();
        for (int i = 0; i < ns.EntryCount; i++)
        {
            var key = ns.Entries[i].Key;
            if (key == null) continue;
            var value = ns.Entries[i].Value;
            if (value.ObType.Lookup("__set_name__") != null) pairs.Add((Rc.New(key), Rc.New(value)));
        }
        try
        {
            foreach (var (key, value) in pairs)
            {
                var setName = value.ObType.Lookup("__set_name__");
                try { Rc.Dec(Ops.CallWithSelf(setName, value, new[] { cls, key }, null)); }
                catch (PyRaise e)
                {
                    var inner = e.TakeException();
                    var err = PyException.WithMessage(ErrorTypes.RuntimeError,
                        $"Error calling __set_name__ on '{value.ObType.Name}' instance {Ops.Repr(key)} in '{cls.Name}'");
                    err.Cause = inner;
                    err.Context = Rc.New(inner);
                    throw new PyRaise(err);
                }
            }
        }
        finally
        {
            foreach (var (key, value) in pairs)
            {
                Rc.Dec(key);
                Rc.Dec(value);
            }
        }
    }
}
