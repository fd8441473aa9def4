// Creates the built-in type objects once per process, wires the singletons to their types,
// and gives each type its dict of methods. Constructors (what calling int, list, ... does)
// are in Constructors.cs; the methods of each type are in Methods/.
using MiniPy.Compiler;
using MiniPy.VM;

namespace MiniPy.Runtime;

public static class BuiltinTypes
{
    public static PyType NoneType, NotImplementedType, EllipsisType, BytesType;
    public static PyObject ObjectInit;
    static readonly List<PyType> all = new();

    static PyType T(string name, PyType baseType = null, TypeConstructor ctor = null)
    {
        var t = PyType.NewStatic(name, baseType ?? PyType.ObjectType, ctor);
        all.Add(t);
        return t;
    }

    internal static void Init() => Heap.AbsorbAsStatic(CreateTypes);

    static void CreateTypes()
    {
        // 'type' and 'object' refer to each other; make both, then fix up.
        PyType.ObjectType = PyType.NewStatic("object", null, PyInstance.Construct);
        PyType.TypeType = PyType.NewStatic("type", PyType.ObjectType);
        PyType.ObjectType.ObType = PyType.TypeType;
        PyType.TypeType.ObType = PyType.TypeType;
        all.Add(PyType.ObjectType);
        all.Add(PyType.TypeType);

        PyStr.Type = T("str", null, Constructors.Str);
        PyStr.InitStatics();
        PyStr.FixInternedTypes();
        PyInt.Type = T("int", null, Constructors.Int);
        PyBool.Type = T("bool", PyInt.Type, Constructors.Bool);
        PyFloat.Type = T("float", null, Constructors.Float);
        PyComplex.Type = T("complex", null, NumberMethods.ConstructComplex);
        PyTuple.Type = T("tuple", null, Constructors.Tuple);
        PyList.Type = T("list", null, Constructors.List);
        PyDict.Type = T("dict", null, Constructors.Dict);
        PySet.SetType = T("set", null, Constructors.Set);
        PySet.FrozenSetType = T("frozenset", null, Constructors.FrozenSet);
        PyDeque.Type = T("deque", null, DequeMethods.Construct);
        PyDeque.Type.Module = "collections";
        PyDeque.IteratorType = T("_deque_iterator");
        PyDeque.IteratorType.Module = "_collections";
        PyDeque.ReverseIteratorType = T("_deque_reverse_iterator");
        PyDeque.ReverseIteratorType.Module = "_collections";
        NoneType = T("NoneType", null, (c, a, k) => Rc.New(PyNone.Instance));
        NotImplementedType = T("NotImplementedType");
        EllipsisType = T("ellipsis");
        BytesType = T("bytes", null, Constructors.Bytes);
        PyBytes.Type = BytesType;
        PyByteArray.Type = T("bytearray", null, PyByteArray.Construct);
        PyMemoryView.Type = T("memoryview", null, PyMemoryView.Construct);
        PyRange.Type = T("range", null, Constructors.Range);
        RangeIterator.Type = T("range_iterator");
        PySlice.Type = T("slice", null, Constructors.Slice);
        PyGenericAlias.Type = T("GenericAlias", null, PyGenericAlias.Construct);
        PyGenericAlias.Type.Module = "types";
        PyUnionType.Type = T("UnionType");
        PyUnionType.Type.Module = "types";
        PyMappingProxy.Type = T("mappingproxy", null, PyMappingProxy.Construct);
        PyWeakRef.Type = T("ReferenceType", null, (cls, args, kw) =>
        {
            var a = ArgParser.Parse("ref", args, kw, new[] { "object", "callback" }, 1);
            return PyWeakRef.New(a[0], a[1]);
        });
        PyWeakRef.Type.Module = "weakref";
        PyFunction.Type = T("function", null, (cls, args, kw) =>
        {
            // types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
            var p = ArgParser.Parse("function", args, kw, new[] { "code", "globals", "name", "argdefs", "closure" }, 2);
            if (p[0] is not Compiler.CodeObject code) throw Err.TypeError($"function() argument 'code' must be code, not {p[0].ObType.Name}");
            if (p[1] is not PyDict globals) throw Err.TypeError($"function() argument 'globals' must be dict, not {p[1].ObType.Name}");
            if (p[2] != null && p[2] is not (PyStr or PyNone)) throw Err.TypeError("arg 3 (name) must be None or string");
            if (p[3] != null && p[3] is not (PyTuple or PyNone)) throw Err.TypeError("arg 4 (defaults) must be None or tuple");
            int freeVars = code.FreeVars.Length;
            var closure = p[4] as PyTuple;
            if ((closure?.Count ?? 0) != freeVars)
                throw Err.ValueError($"{code.Name} requires closure of length {freeVars}, not {closure?.Count ?? 0}");
            var f = PyFunction.New(code, globals);
            if (p[2] is PyStr name) Rc.Set(ref f.Name, Rc.New(name));
            if (p[3] is PyTuple defaults) f.Defaults = Rc.New(defaults);
            if (closure != null && freeVars > 0) f.Closure = Rc.New(closure);
            return f;
        });
        PyCell.Type = T("cell");
        PyMethod.Type = T("method", null, (cls, args, kw) =>
        {
            // types.MethodType(function, instance): binds a callable to an object.
            ArgParser.Positional("method", args, kw, 2, 2);
            if (!Ops.IsCallable(args[0])) throw Err.TypeError("first argument must be callable");
            if (args[1] is PyNone) throw Err.TypeError("instance must not be None");
            return PyMethod.New(args[0], args[1]);
        });
        PyBuiltinFunction.Type = T("builtin_function_or_method");
        PyMethodDescriptor.Type = T("method_descriptor");
        PyModule.Type = T("module", null, PyModule.Construct);
        PyModule.Type.AcceptsSubclasses = true;
        CodeObject.Type = T("code");
        PyGenerator.Type = T("generator");
        PyGenerator.CoroutineType = T("coroutine");
        PyGenerator.AsyncGeneratorType = T("async_generator");
        PyProperty.Type = T("property", null, PyProperty.Construct);
        PyStaticMethod.Type = T("staticmethod", null, PyStaticMethod.Construct);
        PyClassMethod.Type = T("classmethod", null, PyClassMethod.Construct);
        PySuper.Type = T("super", null, Constructors.Super);
        PySlotDescriptor.Type = T("member_descriptor");
        PyTraceback.Type = T("traceback");
        SeqIterator.ListIterType = T("list_iterator");
        ReversedIterator.ListReverseType = T("list_reverseiterator");
        SeqIterator.TupleIterType = T("tuple_iterator");
        StrIterator.Type = T("str_ascii_iterator");
        DictIterator.KeyIterType = T("dict_keyiterator");
        DictIterator.ValueIterType = T("dict_valueiterator");
        DictIterator.ItemIterType = T("dict_itemiterator");
        DictView.KeysType = T("dict_keys");
        DictView.ValuesType = T("dict_values");
        DictView.ItemsType = T("dict_items");
        SetIterator.Type = T("set_iterator");
        SequenceIterator.Type = T("iterator");
        BuiltinIterators.InitTypes(T);

        PyNone.Instance.ObType = NoneType;
        PyNotImplemented.Instance.ObType = NotImplementedType;
        PyEllipsis.Instance.ObType = EllipsisType;
        PyInt.InitSmallInts();
        PyBool.InitSingletons();
        PyTuple.InitStatics();

        ErrorTypes.Init();
        all.AddRange(ErrorTypes.All);

        foreach (var t in all) t.Dict = PyDict.New();
        foreach (var t in all) t.Dict.IsStatic = true;

        ObjectMethods.Add(PyType.ObjectType);
        // What abc.ABCMeta asks a class first; object leaves the decision to the ABC.
        AddClassMethod(PyType.ObjectType, "__subclasshook__", (args, kw) => Rc.New(PyNotImplemented.Instance));
        ExceptionMethods.Add(ErrorTypes.BaseException);
        OsErrorMethods.Add(ErrorTypes.OSError);
        UnicodeErrorMethods.Add(ErrorTypes.UnicodeDecodeError, ErrorTypes.UnicodeEncodeError);
        ObjectInit = PyType.ObjectType.Dict.GetItemBorrowed("__init__");
        // type's own methods, for metaclasses to reach through super().
        AddClassFunction(PyType.TypeType, "__new__", TypeCalls.TypeNew);
        AddMethod(PyType.TypeType, "__call__", (self, args, kw) => TypeCalls.Call((PyType)self, args, kw));
        AddMethod(PyType.TypeType, "__init__", (self, args, kw) => Rc.New(PyNone.Instance));
        AddMethod(PyType.TypeType, "__setattr__", (self, args, kw) =>
        {
            ArgParser.Positional("__setattr__", args, kw, 2, 2);
            ((PyType)self).StoreAttr(args[0] as PyStr ?? throw Err.TypeError("attribute name must be string"), args[1]);
            return Rc.New(PyNone.Instance);
        });
        AddMethod(PyType.TypeType, "__delattr__", (self, args, kw) =>
        {
            ArgParser.Positional("__delattr__", args, kw, 1, 1);
            ((PyType)self).StoreAttr(args[0] as PyStr ?? throw Err.TypeError("attribute name must be string"), null);
            return Rc.New(PyNone.Instance);
        });
        AddMethod(PyType.TypeType, "__instancecheck__", (self, args, kw) =>
        {
            ArgParser.Positional("__instancecheck__", args, kw, 1, 1);
            return PyBool.From(InstanceChecks.RealIsInstance(args[0], (PyType)self));
        });
        AddMethod(PyType.TypeType, "__subclasscheck__", (self, args, kw) =>
        {
            ArgParser.Positional("__subclasscheck__", args, kw, 1, 1);
            return PyBool.From(InstanceChecks.RealIsSubclass(args[0], (PyType)self));
        });
        AddMethod(PyType.TypeType, "__subclasses__", (self, args, kw) =>
        {
            ArgParser.Positional("__subclasses__", args, kw, 0, 0);
            return ((PyType)self).SubclassList();
        });
        PyType.TypeType.Constructor = (cls, args, kw) => TypeCalls.TypeNew(Prepend(cls, args), kw);
        // The built-in generic classes: list[int] is a types.GenericAlias.
        foreach (var generic in new[] { PyList.Type, PyDict.Type, PyTuple.Type, PySet.SetType, PySet.FrozenSetType, PyType.TypeType, PyWeakRef.Type, PyDeque.Type })
            AddClassMethod(generic, "__class_getitem__", PyGenericAlias.ClassGetItem);
        StrMethods.Add(PyStr.Type);
        ListMethods.Add(PyList.Type);
        RangeAndSliceMethods.AddRange(PyRange.Type);
        RangeAndSliceMethods.AddSlice(PySlice.Type);
        DequeMethods.Add(PyDeque.Type);
        TupleMethods.Add(PyTuple.Type);
        DictMethods.Add(PyDict.Type);
        SetMethods.Add(PySet.SetType, false);
        SetMethods.Add(PySet.FrozenSetType, true);
        NumberMethods.AddInt(PyInt.Type);
        NumberMethods.AddFloat(PyFloat.Type);
        NumberMethods.AddComplex(PyComplex.Type);
        foreach (var numeric in new[] { PyInt.Type, PyFloat.Type, PyComplex.Type }) NumberMethods.AddNumericDunders(numeric);
        // A function is a descriptor: f.__get__(obj, cls) is the method bound to obj (the
        // function itself for no instance), as attribute lookup on an instance makes it.
        AddMethod(PyFunction.Type, "__get__", (self, args, kw) =>
        {
            ArgParser.Positional("__get__", args, kw, 1, 2);
            return args[0] is PyNone && (args.Length < 2 || args[1] is not PyNone) ? Rc.New(self) : PyMethod.New((PyFunction)self, args[0]);
        });
        BytesMethods.Add(BytesType);
        BytesMethods.Add(PyByteArray.Type);
        PyByteArray.AddMethods(PyByteArray.Type);
        PyMemoryView.AddMethods(PyMemoryView.Type);
        PyGenerator.AddMethods(PyGenerator.Type);
        PyGenerator.AddMethods(PyGenerator.CoroutineType);
        PyGenerator.AddMethods(PyGenerator.AsyncGeneratorType);
        PyProperty.AddMethods(PyProperty.Type);
        PyMappingProxy.AddMethods(PyMappingProxy.Type);
        BuiltinSubclass.AddMethods();
        SlotWrappers.AddToBuiltinTypes();
    }

    /// <summary>Makes a built-in type for a native module (its dict is static, like the
    /// built-in types' dicts).</summary>
    public static PyType NewNativeType(string name, string module, Action<PyType> addMethods, TypeConstructor ctor = null)
    {
        PyType t = null;
        Heap.AbsorbAsStatic(() =>
        {
            t = PyType.NewStatic(name, PyType.ObjectType, ctor);
            t.Module = module;
            t.Dict = PyDict.New();
            t.Dict.IsStatic = true;
            addMethods(t);
        });
        return t;
    }

    public static bool IsSubclassable(PyType t)
        => t.IsHeapType || t == PyType.ObjectType || t.IsExceptionType || t == PyType.TypeType || t.AcceptsSubclasses || BuiltinSubclass.WrapsValuesOf(t);

    static PyObject[] Prepend(PyObject first, ReadOnlySpan<PyObject> rest)
    {
        var all = new PyObject[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all.AsSpan(1));
        return all;
    }

    /// <summary>Adds a method to a built-in type's dict. Called only during type set-up,
    /// inside Heap.AbsorbAsStatic, so the references it takes are not counted.</summary>
    public static void AddMethod(PyType t, string name, NativeMethod m)
        => t.Dict.SetItemNew(name, new PyMethodDescriptor(t, name, m));

    /// <summary>Adds a read-only attribute computed from the instance (like int.real) to a
    /// built-in type's dict: a property whose getter is a native function of self. A member
    /// (CPython keeps complex.real in a struct member, not a getter) says so when set:
    /// "readonly attribute".</summary>
    public static void AddGetter(PyType t, string name, Func<PyObject, PyObject> getter, bool member = false)
    {
        var fn = new PyBuiltinFunction(name, (args, kw) => getter(args[0]));
        var property = PyProperty.New(fn, null, null, null);
        property.IsStatic = true;
        property.Name = name;
        property.BuiltinOwner = t.Name;
        property.BuiltinMember = member;
        t.Dict.SetItemNew(name, property);
    }

    /// <summary>Adds a class-level callable (like dict.fromkeys) to a built-in type's dict.</summary>
    /// <summary>Adds a class method (the class comes first among the arguments) to a
    /// built-in type's dict.</summary>
    public static void AddClassMethod(PyType t, string name, NativeFunction f)
    {
        var fn = new PyBuiltinFunction(name, f);
        var cm = PyClassMethod.Construct(PyClassMethod.Type, new PyObject[] { fn }, null);
        cm.IsStatic = true;
        t.Dict.SetItemNew(name, cm);
    }

    public static void AddClassFunction(PyType t, string name, NativeFunction f)
    {
        var fn = new PyBuiltinFunction(name, f);
        var sm = PyStaticMethod.Construct(PyStaticMethod.Type, new PyObject[] { fn }, null);
        sm.IsStatic = true;
        t.Dict.SetItemNew(name, sm);
    }
}
