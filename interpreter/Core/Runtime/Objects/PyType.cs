// PyType: type objects, both the built-in ones (int, list, ...) and classes made by a
// program's class statements (heap types). A type holds its name, bases, method resolution
// order, attribute dict and the per-type heap accounting.
namespace MiniPy.Runtime;

/// <summary>Makes an instance of a type when it is called: cls is the type being called
/// (a subclass when a class statement derived from a built-in).</summary>
public delegate PyObject TypeConstructor(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames);

public sealed partial class PyType : PyGcObject
{
    public static PyType TypeType;   // 'type'
    public static PyType ObjectType; // 'object'

    public string Name;
    /// <summary>__qualname__ ("Outer.Inner"): a class statement's comes out of its namespace,
    /// as in CPython; null means the same as Name.</summary>
    public string QualifiedNameInModule;
    public string Module = "builtins";
    /// <summary>The base whose instance layout this type extends (CPython's tp_base; owned),
    /// null only for object. With several bases it is the one whose built-in ancestor is the
    /// most derived (the "best base").</summary>
    public PyType Base;
    /// <summary>The bases as the class statement listed them (__bases__; owned by heap types).</summary>
    public PyType[] Bases = Array.Empty<PyType>();
    /// <summary>This type followed by its ancestors (C3 order). Borrowed: each type owns its Bases.</summary>
    public PyType[] Mro;
    /// <summary>The class attributes (owned).</summary>
    public PyDict Dict;
    /// <summary>True for a class made by a class statement.</summary>
    public bool IsHeapType;
    /// <summary>How calling this type makes an instance; inherited from the nearest built-in base.</summary>
    public TypeConstructor Constructor;
    /// <summary>Live objects of this type and the references to them.</summary>
    public long LiveBlocks, LiveRefs;
    /// <summary>Whether instances carry a __dict__ of their own.</summary>
    public bool InstancesHaveDict;
    /// <summary>Whether weakref.ref accepts instances (a class statement's, unless its
    /// __slots__ leave "__weakref__" out).</summary>
    public bool InstancesAllowWeakRefs;
    /// <summary>Whether a class statement along the MRO defines __getattribute__: attribute
    /// access on instances then calls it instead of the generic lookup.</summary>
    public bool OverridesGetAttribute;
    /// <summary>The most attributes an instance's dict has held so far (up to 42): new
    /// instances' dicts start with room for as many, so filling them never regrows the table.</summary>
    public int ExpectedAttributes;
    /// <summary>How many __slots__ values each instance keeps (this class's and its bases').</summary>
    public int SlotCount;
    /// <summary>True when this is BaseException or derives from it.</summary>
    public bool IsExceptionType;
    /// <summary>A built-in type (other than the value types BuiltinSubclass wraps) whose own
    /// constructor makes instances of classes derived from it (CPython's Py_TPFLAGS_BASETYPE).</summary>
    public bool AcceptsSubclasses;

    /// <summary>Cached lookups of the dunder methods the VM asks for most.</summary>
    internal SpecialMethodCache Specials;
    /// <summary>The live classes that list this one among their bases, in the order they
    /// were made (__subclasses__). Borrowed: a class leaves its bases' lists when freed.</summary>
    List<PyType> subclasses;
    static readonly object SubclassesLock = new();

    PyType() { }

    /// <summary>Creates a built-in type. Built-in types are static: never freed.</summary>
    public static PyType NewStatic(string name, PyType baseType, TypeConstructor ctor = null)
    {
        var t = new PyType { Name = name, IsStatic = true };
        t.ObType = TypeType; // null while 'type' itself is being made; fixed up in BuiltinTypes
        t.Base = baseType;
        t.Bases = baseType == null ? Array.Empty<PyType>() : new[] { baseType };
        baseType?.AddSubclass(t);
        t.Dict = null; // set by BuiltinTypes once dicts exist
        t.Constructor = ctor ?? baseType?.Constructor;
        t.IsExceptionType = baseType != null && baseType.IsExceptionType;
        t.ComputeMro();
        Heap.Register(t);
        return t;
    }

    /// <summary>Creates a class for a class statement. Steals nothing: takes its own
    /// references to the metatype, the bases and the namespace dict. bestBase is one of
    /// bases (see Base); mro is the C3 linearization starting with null for the new type
    /// (see MethodResolution).</summary>
    public static PyType NewHeapType(string name, PyType[] bases, PyType bestBase, PyType[] mro, PyDict ns, string module, PyType metatype)
    {
        // As CPython's type_new: __qualname__ leaves the class dict for the type itself.
        string qualified = null;
        if (ns.GetItemBorrowed("__qualname__") is { } qual)
        {
            if (qual is not PyStr qs) throw Err.TypeError($"type __qualname__ must be a str, not {qual.ObType.Name}");
            qualified = qs.Value;
            Rc.XDec(ns.Pop(PyStr.Intern("__qualname__")));
        }
        // As CPython's type_new: a class that defines __eq__ and not __hash__ is unhashable,
        // by a __hash__ of None in its dict, which its subclasses inherit.
        if (ns.GetItemBorrowed("__eq__") != null && ns.GetItemBorrowed("__hash__") == null)
            ns.SetItem(PyStr.Intern("__hash__"), PyNone.Instance);
        var t = new PyType { Name = name, IsHeapType = true, Module = module, QualifiedNameInModule = qualified };
        t.ObType = metatype;
        if (metatype.IsHeapType) Rc.Inc(metatype); // an instance of a class holds its class
        Heap.Register(t);
        Heap.Allocated(metatype);
        t.Base = Rc.New(bestBase);
        t.Bases = new PyType[bases.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            t.Bases[i] = Rc.New(bases[i]);
            bases[i].AddSubclass(t);
        }
        t.Dict = Rc.New(ns);
        ns.IsTypeDict = true;
        t.Constructor = bestBase.Constructor;
        t.IsExceptionType = bestBase.IsExceptionType;
        t.InstancesHaveDict = true;
        mro[0] = t;
        t.Mro = mro;
        t.Specials = new SpecialMethodCache();
        CycleCollector.Track(t);
        return t;
    }

    /// <summary>A built-in type's MRO: itself, then its base's.</summary>
    void ComputeMro()
    {
        int depth = 0;
        for (var b = this; b != null; b = b.Base) depth++;
        Mro = new PyType[depth];
        int i = 0;
        for (var b = this; b != null; b = b.Base) Mro[i++] = b;
        Specials = new SpecialMethodCache();
        sharedSpecials = null;
    }

    /// <summary>True when this is type or a metaclass derived from it: its instances are classes.</summary>
    public bool IsMetatype => IsSubtypeOf(TypeType);

    /// <summary>Finds an attribute along the MRO; a borrowed reference or null (_PyType_Lookup).
    /// Results for interned names are cached per type until any class dict changes.</summary>
    public PyObject Lookup(PyStr name)
    {
        if (!name.IsStatic) return LookupUncached(name);
        if (!Heap.CachesTypeLookups) return LookupShared(name);
        var cache = Specials;
        if (cache.Version != PyDict.TypeDictVersion)
        {
            cache.Entries.Clear();
            cache.Version = PyDict.TypeDictVersion;
        }
        if (cache.Entries.TryGetValue(name, out var hit)) return hit;
        var found = LookupUncached(name);
        cache.Entries[name] = found;
        return found;
    }

    /// <summary>The lookup cache when threads run without the GIL: a map per type that is
    /// never changed once published. A miss publishes a copy with one more entry (a copy
    /// that loses a race with another thread's only costs a later miss), and a change to any
    /// class dict makes the published map out of date as a whole. A result computed while a
    /// class dict changes is filed under the old version, which the next lookup ignores.</summary>
    PyObject LookupShared(PyStr name)
    {
        int version = Volatile.Read(ref PyDict.TypeDictVersion);
        var cache = sharedSpecials;
        bool current = cache != null && cache.Version == version;
        if (current && cache.Entries.TryGetValue(name, out var hit)) return hit;
        var found = LookupUncached(name);
        var entries = current
            ? new Dictionary<PyStr, PyObject>(cache.Entries, ReferenceEqualityComparer.Instance)
            : new Dictionary<PyStr, PyObject>(ReferenceEqualityComparer.Instance);
        entries[name] = found;
        sharedSpecials = new SharedLookupCache(version, entries);
        return found;
    }

    volatile SharedLookupCache sharedSpecials;

    PyObject LookupUncached(PyStr name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var d = mro[i].Dict;
            if (d != null)
            {
                var v = d.GetItemBorrowed(name);
                if (v != null) return v;
            }
        }
        return null;
    }

    public PyObject Lookup(string name) => Lookup(PyStr.Intern(name));

    public bool IsSubtypeOf(PyType other)
    {
        if (this == other) return true;
        var mro = Mro;
        for (int i = 1; i < mro.Length; i++)
            if (mro[i] == other) return true;
        return false;
    }

    /// <summary>The qualified name used in reprs and messages: 'module.Name' for classes
    /// outside builtins.</summary>
    public string QualifiedName => Module == "builtins" ? Name : Module + "." + (QualifiedNameInModule ?? Name);

    /// <summary>The name CPython's messages give a type (its tp_name): a class's own name, but
    /// a built-in type of another module with its module, '_thread.lock'.</summary>
    public string MessageName => IsHeapType && !StandsForBuiltin ? Name : QualifiedName;

    /// <summary>A class of a library module written in MiniPy where CPython's is written in C
    /// (datetime.date, decimal.Decimal): messages name it with its module, as CPython's do.</summary>
    public bool StandsForBuiltin;

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Dict != null) visit(Dict);
        if (Base != null) visit(Base);
        if (IsHeapType)
        {
            foreach (var b in Bases) visit(b);
            if (ObType.IsHeapType) visit(ObType);
        }
    }

    /// <summary>Empties the class's dict: a class and the methods that use super() (their
    /// __class__ cell) refer to each other.</summary>
    internal override void ClearReferences() => Dict?.Clear();

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Heap.Unregister(this);
        if (Dict != null) Dict.IsTypeDict = false;
        Rc.Clear(ref Dict);
        Rc.Clear(ref Base);
        var bases = Bases;
        Bases = Array.Empty<PyType>();
        foreach (var b in bases)
        {
            b.RemoveSubclass(this);
            Rc.Dec(b);
        }
        Mro = Array.Empty<PyType>();
        if (ObType.IsHeapType) Rc.Dec(ObType);
    }

    void AddSubclass(PyType t)
    {
        lock (SubclassesLock) (subclasses ??= new List<PyType>()).Add(t);
    }

    void RemoveSubclass(PyType t)
    {
        lock (SubclassesLock) subclasses?.Remove(t);
    }

    /// <summary>type.__subclasses__(): a new list of the live direct subclasses.</summary>
    public PyList SubclassList()
    {
        PyType[] live;
        lock (SubclassesLock) live = subclasses?.ToArray() ?? Array.Empty<PyType>();
        var list = PyList.New(0);
        foreach (var t in live) list.Append(t);
        return list;
    }

    public override string ToString() => $"<class '{QualifiedName}'>";
}

/// <summary>The same, safe for threads that run at once (the GIL off).</summary>
internal sealed class SharedLookupCache
{
    public readonly int Version;
    /// <summary>Read by any thread, written by none once published.</summary>
    public readonly Dictionary<PyStr, PyObject> Entries;

    public SharedLookupCache(int version, Dictionary<PyStr, PyObject> entries)
    {
        Version = version;
        Entries = entries;
    }
}

/// <summary>Per-type cache of attribute lookups, invalidated whenever any class dict changes.</summary>
internal sealed class SpecialMethodCache
{
    public int Version = -1;
    public readonly Dictionary<PyStr, PyObject> Entries = new(ReferenceEqualityComparer.Instance);
}
