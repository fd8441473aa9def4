// Guards repr() of containers against recursion ([...] for a list that contains itself),
// as CPython's Py_ReprEnter/Py_ReprLeave do, per thread.
namespace MiniPy.Runtime;

public readonly struct ReprGuard : IDisposable
{
    [ThreadStatic] static HashSet<PyObject> active;
    readonly PyObject obj;

    ReprGuard(PyObject o) { obj = o; }

    public static ReprGuard Enter(PyObject o, out bool recursive)
    {
        active ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        recursive = !active.Add(o);
        return recursive ? default : new ReprGuard(o);
    }

    public void Dispose()
    {
        if (obj != null) active.Remove(obj);
    }
}
