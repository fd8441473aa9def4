// Generic attribute access (PyObject_GenericGetAttr / GenericSetAttr): data descriptors on
// the type first, then the instance dict, then other class attributes, then __getattr__.
namespace MiniPy.Runtime;

public static class Attributes
{
    static readonly PyStr GetAttrName = PyStr.Intern("__getattr__");

    /// <summary>Returns a new reference, or null when absent and raise is false.</summary>
    public static PyObject GenericGetAttr(PyObject obj, PyStr name, bool raise) => GenericGetAttr(obj, name, raise, 0);

    /// <summary>GenericGetAttr for a caller that knows its thread's id (see Rc.Inc(o, thread); 0: look it up).</summary>
    public static PyObject GenericGetAttr(PyObject obj, PyStr name, bool raise, int thread) => GenericGetAttr(obj, name, raise, thread, true);

    /// <summary>object.__getattribute__: the lookup without the __getattr__ fallback (which
    /// the attribute access around it applies).</summary>
    public static PyObject ObjectGetAttribute(PyObject obj, PyStr name) => GenericGetAttr(obj, name, true, 0, false);

    static PyObject GenericGetAttr(PyObject obj, PyStr name, bool raise, int thread, bool withGetattrHook)
        => GenericGetAttr(obj, name, obj.ObType.Lookup(name), raise, thread, withGetattrHook, false);

    /// <summary>GenericGetAttr for a caller that has already looked name up on the type
    /// (descr: borrowed, null when absent; an instruction's inline cache), and perhaps
    /// already found name absent from the instance's dict. Null when absent.</summary>
    public static PyObject GenericGetAttrFound(PyObject obj, PyStr name, PyObject descr, int thread, bool notInDict)
        => GenericGetAttr(obj, name, descr, false, thread, true, notInDict);

    static PyObject GenericGetAttr(PyObject obj, PyStr name, PyObject descr, bool raise, int thread, bool withGetattrHook, bool notInDict)
    {
        var type = obj.ObType;
        if (descr != null && descr.IsDataDescriptor) return descr.DescrGet(obj, type);
        var dict = obj.InstanceDict;
        if (dict != null && !notInDict)
        {
            var v = thread != 0 ? dict.GetItemNew(name, thread) : dict.GetItemNew(name);
            if (v != null) return v;
        }
        if (descr != null) return descr.DescrGet(obj, type);
        if (name.Value == "__class__") return Rc.New(type);
        if (name.Value == "__dict__" && dict == null)
        {
            var d = obj.EnsureInstanceDict();
            if (d != null)
            {
                d.Exposed();
                return Rc.New(d);
            }
        }
        if (name.Value == "__dict__" && dict != null)
        {
            dict.Exposed();
            return Rc.New(dict);
        }
        if (withGetattrHook && type.IsHeapType)
        {
            var getattr = type.Lookup(GetAttrName);
            if (getattr != null) return Ops.CallMethod(obj, "__getattr__", name);
        }
        if (!raise) return null;
        throw Err.AttributeMissing(obj, name);
    }

    public static void GenericSetAttr(PyObject obj, PyStr name, PyObject value) => GenericSetAttr(obj, name, value, 0);

    /// <summary>"__class__": assigning it changes an instance's class (PyInstance.AssignClass)
    /// instead of storing into its dict.</summary>
    public static bool IsClassName(PyStr name) => name.Value.Length == 9 && name.Value == "__class__";

    /// <summary>"__dict__", interned: the names instructions carry are the same object.</summary>
    public static readonly PyStr DictName = PyStr.Intern("__dict__");

    /// <summary>GenericSetAttr for a caller that knows its thread's id (see Rc.Inc(o, thread); 0: look it up).</summary>
    public static void GenericSetAttr(PyObject obj, PyStr name, PyObject value, int thread)
        => GenericSetAttrFound(obj, name, obj.ObType.Lookup(name), value, thread);

    /// <summary>GenericSetAttr for a caller that has already looked name up on the type
    /// (descr: borrowed, null when absent; an instruction's inline cache).</summary>
    public static void GenericSetAttrFound(PyObject obj, PyStr name, PyObject descr, PyObject value, int thread)
    {
        var type = obj.ObType;
        if (descr != null && descr.IsDataDescriptor)
        {
            descr.DescrSet(obj, value);
            return;
        }
        if (obj is PyInstance instance && IsClassName(name))
        {
            instance.AssignClass(value);
            return;
        }
        if (obj is PyInstance withDict && withDict.ObType.InstancesHaveDict && name.Value == "__dict__")
        {
            withDict.AssignDict(value);
            return;
        }
        var dict = obj.EnsureInstanceDict();
        if (dict == null)
        {
            if (descr != null) throw Err.AttributeError($"'{type.MessageName}' object attribute '{name.Value}' is read-only");
            throw Err.AttributeError($"'{type.MessageName}' object has no attribute '{name.Value}'");
        }
        if (value == null)
        {
            var old = dict.Pop(name);
            if (old == null) throw Err.AttributeMissing(obj, name);
            Rc.Dec(old);
        }
        else
        {
            dict.SetItemNew(name, value, thread);
            // A racy update with the GIL off costs at most a regrown table.
            if (dict.Count > type.ExpectedAttributes && dict.Count <= 42 && obj is PyInstance) type.ExpectedAttributes = dict.Count;
        }
    }
}
