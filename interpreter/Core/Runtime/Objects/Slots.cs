// __slots__: a class that lists its attributes' names in __slots__ keeps their values in a
// fixed array inside each instance instead of a per-instance dict. Each name becomes a
// member descriptor on the class (CPython's member_descriptor) that reads and writes one
// element of that array; an instance of a class whose every class-statement ancestor has
// __slots__ (and none lists "__dict__") has no __dict__, so other names cannot be set.
namespace MiniPy.Runtime;

public sealed class PySlotDescriptor : PyObject
{
    public static PyType Type;
    public readonly string Name;
    public readonly int Index;
    /// <summary>The class whose __slots__ listed the name (borrowed: the class's dict owns this descriptor).</summary>
    readonly PyType owner;

    PySlotDescriptor(string name, int index, PyType ownerType)
    {
        Name = name;
        Index = index;
        owner = ownerType;
        ObType = Type;
        Heap.Allocated(Type);
    }

    /// <summary>A descriptor for the slot at index of owner's instances (the fork emulation
    /// rebuilding a class; class statements use Install).</summary>
    public static PySlotDescriptor New(string name, int index, PyType ownerType) => new(name, index, ownerType);

    /// <summary>The class whose __slots__ listed the name.</summary>
    public PyType Owner => owner;

    public override bool IsDataDescriptor => true;

    public override PyObject DescrGet(PyObject instance, PyType ownerType)
    {
        if (instance == null) return Rc.New(this);
        var values = Values(instance);
        var v = values[Index];
        if (v == null) throw Err.AttributeError($"'{instance.ObType.Name}' object has no attribute '{Name}'");
        return Rc.New(v);
    }

    public override void DescrSet(PyObject instance, PyObject value)
    {
        var values = Values(instance);
        if (value == null)
        {
            if (values[Index] == null) throw Err.AttributeError($"'{instance.ObType.Name}' object has no attribute '{Name}'");
            Rc.Clear(ref values[Index]);
            return;
        }
        Rc.Set(ref values[Index], Rc.New(value));
    }

    PyObject[] Values(PyObject instance)
    {
        var values = instance is PyInstance i ? i.SlotValues : instance.SlotStorage;
        if (values != null && Index < values.Length && instance.ObType.IsSubtypeOf(owner))
            return values;
        throw Err.TypeError($"descriptor '{Name}' for '{owner.Name}' objects doesn't apply to a '{instance.ObType.Name}' object");
    }

    public override string Repr() => $"<member '{Name}' of '{owner.Name}' objects>";

    /// <summary>Reads a class statement's __slots__ (a string or an iterable of strings):
    /// the names that become slots (private ones mangled with the class's name, as CPython
    /// does), and whether "__dict__" and "__weakref__" were among them.</summary>
    public static (List<string> names, bool wantsDict, bool wantsWeakRefs) ReadNames(PyObject slots, PyDict ns, string className)
    {
        var listed = new List<string>();
        if (slots is PyStr single) listed.Add(single.Value);
        else
        {
            var it = Ops.GetIter(slots);
            try
            {
                PyObject item;
                while ((item = Ops.Next(it)) != null)
                {
                    try
                    {
                        if (item is not PyStr s) throw Err.TypeError($"__slots__ items must be strings, not '{item.ObType.Name}'");
                        listed.Add(s.Value);
                    }
                    finally { Rc.Dec(item); }
                }
            }
            finally { Rc.Dec(it); }
        }
        var names = new List<string>();
        bool wantsDict = false, wantsWeakRefs = false;
        foreach (var name in listed)
        {
            if (name == "__dict__") { wantsDict = true; continue; }
            if (name == "__weakref__") { wantsWeakRefs = true; continue; }
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
                throw Err.TypeError("__slots__ must be identifiers");
            var slot = PrivateName.Mangle(className, name);
            if (ns.GetItemBorrowed(slot) != null) throw Err.ValueError($"'{name}' in __slots__ conflicts with class variable");
            names.Add(slot);
        }
        return (names, wantsDict, wantsWeakRefs);
    }

    /// <summary>Puts a descriptor for each name into the new class's dict, numbered after
    /// the slots its base already has.</summary>
    public static void Install(PyType cls, List<string> names, int firstIndex)
    {
        int index = firstIndex;
        foreach (var name in names)
        {
            var d = new PySlotDescriptor(name, index++, cls);
            cls.Dict.SetItemNew(PyStr.Intern(name), d);
            Rc.Dec(d);
        }
    }
}
