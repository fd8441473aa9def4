// What making and freeing an instance asks of its class: a class statement's own __new__,
// the __init__ to run, and a __del__ to call. CPython keeps these in a type's tp_new,
// tp_init and tp_finalize slots and updates them when a class dict is written; MiniPy
// finds them along the MRO once and keeps them until any class dict changes (the version
// the lookup caches also follow), so a call like Point(1, 2) and the free of its result
// look nothing up by name.
namespace MiniPy.Runtime;

public sealed partial class PyType
{
    static readonly PyStr NewName = PyStr.Intern("__new__");
    static readonly PyStr InitName = PyStr.Intern("__init__");
    static readonly PyStr DelName = PyStr.Intern("__del__");

    /// <summary>The lifecycle methods as found for one version of the class dicts. Never
    /// changed once made, so any thread may read one another thread published.</summary>
    public sealed class LifecycleMethods
    {
        public readonly int Version;
        /// <summary>The first __new__ a class statement defines along the MRO, or null when
        /// only a built-in base's applies (borrowed).</summary>
        public readonly PyObject UserNew;
        /// <summary>__init__ along the MRO (borrowed; object's when no class defines one).</summary>
        public readonly PyObject Init;
        /// <summary>__del__ along the MRO, or null (borrowed).</summary>
        public readonly PyObject Del;

        public LifecycleMethods(int version, PyObject userNew, PyObject init, PyObject del)
        {
            Version = version;
            UserNew = userNew;
            Init = init;
            Del = del;
        }
    }

    volatile LifecycleMethods lifecycle;

    /// <summary>This type's lifecycle methods for the current class dicts.</summary>
    public LifecycleMethods Lifecycle
    {
        get
        {
            int version = Volatile.Read(ref PyDict.TypeDictVersion);
            var known = lifecycle;
            if (known != null && known.Version == version) return known;
            // Filed under the version read before the lookups: a class dict that changes
            // meanwhile makes this out of date at once, and the next use looks again.
            var found = new LifecycleMethods(version,
                IsHeapType ? HeapTypes.LookupUserDefined(this, NewName) : null,
                Lookup(InitName),
                Lookup(DelName));
            lifecycle = found;
            return found;
        }
    }
}
