// The methods Python calls implicitly on a class's instances: a class statement's own
// __new__, the __init__ to run, a __del__ to call when one is freed, and a class's own
// __setattr__ and __delattr__. CPython keeps these in a type's tp_new, tp_init,
// tp_finalize and tp_setattro slots and updates them when a class dict is written; MiniPy
// finds them along the MRO once and keeps them until any class dict changes (the version
// the lookup caches also follow), so a call like Point(1, 2), each `self.x = ...` and the
// free of the instance look nothing up by name.
namespace MiniPy.Runtime;

public sealed partial class PyType
{
    /// <summary>The hooks as found for one version of the class dicts. Never changed once
    /// made, so any thread may read one another thread published. All borrowed.</summary>
    public sealed class InstanceHooks
    {
        public readonly int Version;
        /// <summary>The first __new__ a class statement defines along the MRO, or null when
        /// only a built-in base's applies.</summary>
        public readonly PyObject UserNew;
        /// <summary>__init__ along the MRO (object's when no class defines one).</summary>
        public readonly PyObject Init;
        /// <summary>__del__ along the MRO, or null.</summary>
        public readonly PyObject Del;
        /// <summary>A class statement's own __setattr__ and __delattr__ along the MRO, or null
        /// when object's generic ones apply.</summary>
        public readonly PyObject UserSetAttr, UserDelAttr;

        public InstanceHooks(PyType type, int version)
        {
            Version = version;
            UserNew = type.IsHeapType ? HeapTypes.LookupUserDefined(type, Dunders.New) : null;
            Init = type.Lookup(Dunders.Init);
            Del = type.Lookup(Dunders.Del);
            UserSetAttr = type.IsHeapType ? HeapTypes.LookupUserDefined(type, Dunders.Setattr) : null;
            UserDelAttr = type.IsHeapType ? HeapTypes.LookupUserDefined(type, Dunders.Delattr) : null;
        }
    }

    volatile InstanceHooks hooks;

    /// <summary>This type's instance hooks for the current class dicts.</summary>
    public InstanceHooks Hooks
    {
        get
        {
            int version = Volatile.Read(ref PyDict.TypeDictVersion);
            var known = hooks;
            if (known != null && known.Version == version) return known;
            // Filed under the version read before the lookups: a class dict that changes
            // meanwhile makes this out of date at once, and the next use looks again.
            var found = new InstanceHooks(this, version);
            hooks = found;
            return found;
        }
    }
}
