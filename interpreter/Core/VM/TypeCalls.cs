// Calling a type: type(x), making instances (the type's constructor, then __init__), and
// __build_class__, which runs a class body and makes the class.
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class TypeCalls
{
    public static PyObject Call(PyType t, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (t == PyType.TypeType)
        {
            int nkw = kwnames?.Count ?? 0;
            if (args.Length == 1 && nkw == 0) return Rc.New(args[0].ObType);
            if (args.Length - nkw == 3)
            {
                // As CPython: a base's metaclass, when more derived than type, makes the class.
                if (args[1] is PyTuple basesTuple && Array.TrueForAll(basesTuple.Items, b => b is PyType))
                {
                    var winner = MethodResolution.Metaclass(PyType.TypeType, Array.ConvertAll(basesTuple.Items, b => (PyType)b));
                    if (winner != PyType.TypeType) return winner.Call(args, kwnames);
                }
                return MakeClass(t, args, kwnames);
            }
            throw Err.TypeError("type() takes 1 or 3 arguments");
        }
        // A class's own __new__ makes the instance; otherwise its nearest built-in base does.
        var hooks = t.IsHeapType ? t.Hooks : null;
        var userNew = hooks?.UserNew;
        PyObject obj;
        if (userNew != null) obj = CallNew(userNew, t, args, kwnames);
        else if (t.Constructor == null) throw Err.TypeError($"cannot create '{t.QualifiedName}' instances");
        else obj = t.Constructor(t, args, kwnames);
        // As type.__call__: __init__ runs only on an instance of the class called.
        if (hooks == null || !obj.ObType.IsSubtypeOf(t)) return obj;
        // Asked again: a __new__ that ran may have changed the class.
        var init = t.Hooks.Init;
        // A class's own __new__ made the instance: a built-in base's __init__ (list's, dict's)
        // still fills it, as type.__call__ does.
        if (init is PyFunction || (userNew != null && init is PyMethodDescriptor && init != BuiltinTypes.ObjectInit))
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
        else if (init == BuiltinTypes.ObjectInit && args.Length > 0 && userNew == null && t.Constructor == PyInstance.Construct)
        {
            Rc.Dec(obj);
            throw Err.TypeError($"{t.Name}() takes no arguments");
        }
        return obj;
    }

    static readonly PyStr NewName = PyStr.Intern("__new__");

    /// <summary>Calls a class's __new__ (a static method) with the class first.</summary>
    static PyObject CallNew(PyObject newMethod, PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var fn = newMethod is PyStaticMethod sm ? sm.Func : newMethod;
        var full = new PyObject[args.Length + 1];
        full[0] = cls;
        args.CopyTo(full.AsSpan(1));
        return fn.Call(full, kwnames);
    }

    /// <summary>object.__new__(cls, ...): a bare instance made by cls's built-in base.
    /// Arguments beyond cls are for __init__, as CPython allows when __new__ is overridden.</summary>
    public static PyObject ObjectNew(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (args.Length == 0) throw Err.TypeError("object.__new__(): not enough arguments");
        if (args[0] is not PyType cls) throw Err.TypeError($"object.__new__(X): X is not a type object ({args[0].ObType.Name})");
        if (cls.IsMetatype) return TypeNew(args, kwnames);
        if (cls.Constructor == null || (!cls.IsHeapType && cls != PyType.ObjectType))
            throw Err.TypeError($"object.__new__({cls.Name}) is not safe, use {cls.Name}.__new__()");
        int nkw = kwnames?.Count ?? 0;
        if (cls.Constructor == PyInstance.Construct) return cls == PyType.ObjectType ? PyObjectInstance.New() : PyInstance.New(cls);
        return cls.Constructor(cls, args.Slice(1, args.Length - 1 - nkw), null);
    }

    /// <summary>type.__new__(metaclass, name, bases, namespace, **kwds): makes a class whose
    /// type is metaclass.</summary>
    public static PyObject TypeNew(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (args.Length == 0 || args[0] is not PyType meta || !meta.IsMetatype)
            throw Err.TypeError("type.__new__(X): X is not a type object");
        return MakeClass(meta, args.Slice(1), kwnames);
    }

    /// <summary>type.__call__(cls, *args, **kwds): what calling a class does, for a
    /// metaclass's __call__ to reach through super().</summary>
    public static PyObject TypeCall(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (args.Length == 0 || args[0] is not PyType cls) throw Err.TypeError("descriptor '__call__' requires a 'type' object");
        return Call(cls, args.Slice(1), kwnames);
    }

    /// <summary>builtins.__build_class__(body, name, *bases, **keywords).</summary>
    public static PyObject BuildClass(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length - nkw < 2 || args[0] is not PyFunction body || args[1] is not PyStr name)
            throw Err.TypeError("__build_class__: not enough arguments");
        var keepAlive = new List<PyObject>();
        var baseObjects = args.Slice(2, args.Length - 2 - nkw);
        try
        {
            var bases = ResolveBases(baseObjects, keepAlive);
            // As CPython: when __mro_entries__ replaced a base, the class keeps the bases as
            // written in __orig_bases__ (how typing finds a Generic class's parameters).
            bool replaced = bases.Length != baseObjects.Length;
            for (int i = 0; !replaced && i < bases.Length; i++) replaced = !ReferenceEquals(bases[i], baseObjects[i]);
            PyTuple original = replaced ? PyTuple.Of(baseObjects.ToArray()) : null;
            if (original != null) keepAlive.Add(original);
            return BuildClass(body, name, bases, args, kwnames, original);
        }
        finally { foreach (var o in keepAlive) Rc.Dec(o); }
    }

    static PyObject BuildClass(PyFunction body, PyStr name, PyType[] bases, ReadOnlySpan<PyObject> args, PyTuple kwnames, PyTuple originalBases)
    {
        int nkw = kwnames?.Count ?? 0;
        // The keywords: metaclass= chooses the metaclass; the rest go to __init_subclass__.
        PyType declared = null;
        var keywords = new List<(PyStr name, PyObject value)>();
        for (int k = 0; k < nkw; k++)
        {
            var kn = (PyStr)kwnames.Items[k];
            var kv = args[args.Length - nkw + k];
            if (kn.Value == "metaclass")
            {
                declared = kv as PyType ?? throw Err.TypeError("MiniPy supports only classes as metaclasses");
                if (!declared.IsMetatype) throw Err.TypeError($"metaclass '{declared.Name}' is not derived from type");
            }
            else keywords.Add((kn, kv));
        }
        var meta = MethodResolution.Metaclass(declared ?? (bases.Length > 0 ? bases[0].ObType : PyType.TypeType), bases);
        var ts = ThreadState.Current;
        var prepared = Prepare(meta, name, bases, keywords);
        // A dict, or an instance of a dict subclass (enum's namespace), with its dict inside.
        var ns = (PyDict)BuiltinSubclass.Unwrap(prepared);
        try
        {
            var cell = RunClassBody(ts, body, ns, prepared == ns ? null : prepared);
            try
            {
                if (originalBases != null) ns.SetItemNew(PyStr.Intern("__orig_bases__"), originalBases);
                var cls = CallMetaclass(meta, name, bases, ns, prepared, keywords);
                if (cell is PyCell c) Rc.Set(ref c.Contents, Rc.New(cls));
                return cls;
            }
            finally { Rc.Dec(cell); }
        }
        finally { Rc.Dec(prepared); }
    }

    /// <summary>The classes a class statement derives from. A base that is not a class but
    /// has __mro_entries__ (typing's Generic[T], List[int]) is replaced by the classes that
    /// method names, as CPython's PEP 560 does.</summary>
    static PyType[] ResolveBases(ReadOnlySpan<PyObject> baseObjects, List<PyObject> keepAlive)
    {
        var bases = new List<PyType>();
        PyTuple original = null;
        try
        {
            foreach (var b in baseObjects)
            {
                if (b is PyType t) { bases.Add(t); continue; }
                var entries = Ops.GetAttrOrNull(b, "__mro_entries__");
                if (entries == null) throw Err.TypeError("bases must be types");
                try
                {
                    original ??= PyTuple.Of(baseObjects.ToArray());
                    var result = Ops.Call(entries, original);
                    try
                    {
                        if (result is not PyTuple tuple) throw Err.TypeError("__mro_entries__ must return a tuple");
                        foreach (var e in tuple.Items)
                        {
                            var entry = e as PyType ?? throw Err.TypeError("bases must be types");
                            // Kept alive past the tuple: it may hold the only reference.
                            keepAlive.Add(Rc.New(entry));
                            bases.Add(entry);
                        }
                    }
                    finally { Rc.Dec(result); }
                }
                finally { Rc.Dec(entries); }
            }
        }
        finally { Rc.XDec(original); }
        return bases.ToArray();
    }

    /// <summary>The namespace a class body runs in: a new dict, or what the metaclass's
    /// __prepare__ returns (which must be a dict or an instance of a dict subclass).</summary>
    static PyObject Prepare(PyType meta, PyStr name, PyType[] bases, List<(PyStr name, PyObject value)> keywords)
    {
        var prepare = meta.IsHeapType ? HeapTypes.LookupUserDefined(meta, PyStr.Intern("__prepare__")) : null;
        if (prepare == null) return PyDict.New();
        var basesTuple = PyTuple.Of(bases);
        try
        {
            var bound = prepare.DescrGet(null, meta);
            try
            {
                // __prepare__(name, bases, **keywords): the class statement's keywords too
                var callArgs = new PyObject[2 + keywords.Count];
                callArgs[0] = name;
                callArgs[1] = basesTuple;
                PyTuple kwnames = keywords.Count > 0 ? PyTuple.New(keywords.Count) : null;
                for (int i = 0; i < keywords.Count; i++)
                {
                    kwnames.Items[i] = Rc.New(keywords[i].name);
                    callArgs[2 + i] = keywords[i].value;
                }
                PyObject made;
                try { made = bound.Call(callArgs, kwnames); }
                finally { Rc.XDec(kwnames); }
                if (BuiltinSubclass.Unwrap(made) is PyDict) return made;
                Rc.Dec(made);
                throw Err.TypeError($"{meta.Name}.__prepare__() must return a dict or a dict subclass's instance in MiniPy");
            }
            finally { Rc.Dec(bound); }
        }
        finally { Rc.Dec(basesTuple); }
    }

    /// <summary>Makes the class: type's own work directly, or a call of the metaclass.</summary>
    static PyObject CallMetaclass(PyType meta, PyStr name, PyType[] bases, PyDict ns, PyObject prepared, List<(PyStr name, PyObject value)> keywords)
    {
        var module = ns.GetItemBorrowed("__module__") is PyStr m ? m.Value : "__main__";
        if (meta == PyType.TypeType)
        {
            // type.__new__ keeps a plain dict copy of a dict subclass's namespace.
            if (prepared == ns) return CreateClass(meta, name.Value, bases, ns, module, keywords);
            var plain = ns.Copy();
            try { return CreateClass(meta, name.Value, bases, plain, module, keywords); }
            finally { Rc.Dec(plain); }
        }
        var basesTuple = PyTuple.Of(bases);
        try
        {
            var callArgs = new PyObject[3 + keywords.Count];
            callArgs[0] = name;
            callArgs[1] = basesTuple;
            callArgs[2] = prepared; // what __prepare__ made, as the metaclass expects
            PyTuple kwnames = null;
            if (keywords.Count > 0)
            {
                kwnames = PyTuple.New(keywords.Count);
                for (int i = 0; i < keywords.Count; i++)
                {
                    kwnames.Items[i] = Rc.New(keywords[i].name);
                    callArgs[3 + i] = keywords[i].value;
                }
            }
            try { return meta.Call(callArgs, kwnames); }
            finally { Rc.XDec(kwnames); }
        }
        finally { Rc.Dec(basesTuple); }
    }

    static PyObject RunClassBody(ThreadState ts, PyFunction body, PyDict ns, PyObject mapping)
    {
        var code = body.Code;
        var frame = ts.Frames.Rent(code);
        frame.Function = body;
        frame.Globals = body.Globals;
        frame.Builtins = ts.Interp.Builtins;
        frame.Namespace = Rc.New(ns);
        // A dict subclass's instance from __prepare__ (enum's, say) sees each name the body binds.
        frame.NamespaceMapping = mapping == null ? null : Rc.New(mapping);
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

    /// <summary>What type() says of a base that is not a class: its metaclass (the base's own
    /// type) and type do not derive one from the other.</summary>
    const string MetaclassConflict = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";

    /// <summary>type(name, bases, dict, **kwds) or type.__new__(meta, name, bases, dict, **kwds).</summary>
    static PyObject MakeClass(PyType meta, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length - nkw != 3) throw Err.TypeError("type.__new__() takes exactly 3 arguments");
        if (args[0] is not PyStr name || args[1] is not PyTuple basesTuple || BuiltinSubclass.Unwrap(args[2]) is not PyDict dict)
            throw Err.TypeError("type() argument types are (str, tuple, dict)");
        var bases = new PyType[basesTuple.Count];
        for (int i = 0; i < bases.Length; i++)
            bases[i] = basesTuple.Items[i] as PyType ?? throw Err.TypeError(MetaclassConflict);
        var keywords = new List<(PyStr name, PyObject value)>();
        for (int k = 0; k < nkw; k++) keywords.Add(((PyStr)kwnames.Items[k], args[args.Length - nkw + k]));
        var ns = dict.Copy();
        try
        {
            // As CPython: without __module__, the module of the code calling type().
            var module = ns.GetItemBorrowed("__module__") is PyStr m ? m.Value
                : ThreadState.Current?.CurrentFrame?.Globals?.GetItemBorrowed("__name__") is PyStr caller ? caller.Value : "__main__";
            if (ns.GetItemBorrowed("__module__") == null)
            {
                var moduleName = PyStr.New(module);
                ns.SetItemNew("__module__", moduleName);
                Rc.Dec(moduleName);
            }
            return CreateClass(meta, name.Value, bases, ns, module, keywords);
        }
        finally { Rc.Dec(ns); }
    }

    static readonly string[] ImplicitClassMethods = { "__init_subclass__", "__class_getitem__" };

    /// <summary>type.__new__'s work: checks the bases, orders them (C3), makes the class,
    /// tells descriptors their names and the parent class about its new subclass.</summary>
    static PyType CreateClass(PyType meta, string name, PyType[] bases, PyDict ns, string module, List<(PyStr name, PyObject value)> keywords)
    {
        if (bases.Length == 0) bases = new[] { PyType.ObjectType };
        for (int i = 0; i < bases.Length; i++)
        {
            if (!BuiltinTypes.IsSubclassable(bases[i])) throw Err.TypeError($"type '{bases[i].Name}' is not an acceptable base type");
            for (int j = 0; j < i; j++)
                if (bases[j] == bases[i]) throw Err.TypeError($"duplicate base class {bases[i].Name}");
        }
        var best = MethodResolution.BestBase(bases);
        var mro = MethodResolution.Linearize(bases);
        // As type.__new__: a plain function named __new__ is a static method, and
        // __init_subclass__ and __class_getitem__ are class methods.
        if (ns.GetItemBorrowed(NewName) is PyFunction newFn)
        {
            var wrapped = PyStaticMethod.Construct(PyStaticMethod.Type, new PyObject[] { newFn }, null);
            ns.SetItemNew(NewName, wrapped);
            Rc.Dec(wrapped);
        }
        foreach (var implicitName in ImplicitClassMethods)
        {
            if (ns.GetItemBorrowed(implicitName) is PyFunction fn)
            {
                var wrapped = PyClassMethod.Construct(PyClassMethod.Type, new PyObject[] { fn }, null);
                ns.SetItemNew(PyStr.Intern(implicitName), wrapped);
                Rc.Dec(wrapped);
            }
        }
        var slots = ns.GetItemBorrowed("__slots__");
        var (slotNames, wantsDict, wantsWeakRefs) = slots != null ? PySlotDescriptor.ReadNames(slots, ns, name) : (null, true, true);
        // As type.__new__: a class without a docstring (nor a __doc__ slot) has __doc__ None
        // of its own, rather than inheriting its base's.
        if (ns.GetItemBorrowed("__doc__") == null && (slotNames == null || !slotNames.Contains("__doc__")))
            ns.SetItemNew("__doc__", PyNone.Instance);
        foreach (var b in bases)
            if (b != best && b.SlotCount > 0 && !best.IsSubtypeOf(b)) throw Err.TypeError("multiple bases have instance lay-out conflict");
        var cls = PyType.NewHeapType(name, bases, best, mro, ns, module, meta);
        try
        {
            // A class without __slots__ gives its instances a dict; one with them only if it
            // asks for "__dict__" or a base already has one.
            if (BuiltinSubclass.ValueBase(cls) != null) cls.Constructor = BuiltinSubclass.Construct;
            cls.SlotCount = best.SlotCount + (slotNames?.Count ?? 0);
            cls.InstancesHaveDict = slots == null || wantsDict || Array.Exists(bases, b => b.InstancesHaveDict);
            // Likewise weak references: __slots__ without "__weakref__" leaves them out.
            cls.InstancesAllowWeakRefs = slots == null || wantsWeakRefs || Array.Exists(bases, b => b.InstancesAllowWeakRefs);
            cls.OverridesGetAttribute = HeapTypes.LookupUserDefined(cls, PyStr.Intern("__getattribute__")) != null;
            if (slotNames != null) PySlotDescriptor.Install(cls, slotNames, best.SlotCount);
            SetNames(cls, ns);
            InitSubclass(cls, keywords);
        }
        catch
        {
            Rc.Dec(cls);
            throw;
        }
        return cls;
    }

    /// <summary>A class made again from its parts, without running its creation hooks
    /// (__set_name__, __init_subclass__): the fork emulation rebuilding a parent's class in
    /// the child. ns is its namespace (filled by the caller afterwards).</summary>
    public static PyType RebuildClass(PyType meta, string name, PyType[] bases, PyDict ns, string module, int slotCount, bool instancesHaveDict)
    {
        if (bases.Length == 0) bases = new[] { PyType.ObjectType };
        var cls = PyType.NewHeapType(name, bases, MethodResolution.BestBase(bases), MethodResolution.Linearize(bases), ns, module, meta);
        if (BuiltinSubclass.ValueBase(cls) != null) cls.Constructor = BuiltinSubclass.Construct;
        cls.SlotCount = slotCount;
        cls.InstancesHaveDict = instancesHaveDict;
        cls.InstancesAllowWeakRefs = true;
        cls.OverridesGetAttribute = HeapTypes.LookupUserDefined(cls, PyStr.Intern("__getattribute__")) != null;
        return cls;
    }

    /// <summary>Calls __init_subclass__ of the new class's parent (the first along its MRO
    /// after the class itself), with the class statement's keywords.</summary>
    static void InitSubclass(PyType cls, List<(PyStr name, PyObject value)> keywords)
    {
        var initName = PyStr.Intern("__init_subclass__");
        PyObject hook = null;
        for (int i = 1; i < cls.Mro.Length && hook == null; i++)
            if (cls.Mro[i].IsHeapType) hook = cls.Mro[i].Dict.GetItemBorrowed(initName);
        if (hook == null)
        {
            if (keywords.Count > 0) throw Err.TypeError($"{cls.Name}.__init_subclass__() takes no keyword arguments");
            return;
        }
        var bound = hook.DescrGet(null, cls);
        try
        {
            var callArgs = new PyObject[keywords.Count];
            PyTuple kwnames = null;
            if (keywords.Count > 0)
            {
                kwnames = PyTuple.New(keywords.Count);
                for (int i = 0; i < keywords.Count; i++)
                {
                    kwnames.Items[i] = Rc.New(keywords[i].name);
                    callArgs[i] = keywords[i].value;
                }
            }
            try { Rc.Dec(bound.Call(callArgs, kwnames)); }
            finally { Rc.XDec(kwnames); }
        }
        finally { Rc.Dec(bound); }
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
