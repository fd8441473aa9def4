// _weakref: the native half of weakref — the reference type itself (Runtime's PyWeakRef)
// and the questions only the runtime's table can answer: how many weak references an
// object has, and which.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class WeakrefModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_weakref");
        m.Dict.SetItemNew("ref", PyWeakRef.Type);
        m.Dict.SetItemNew("ReferenceType", PyWeakRef.Type);
        m.AddFunction("getweakrefcount", (a, k) =>
        {
            ArgParser.Positional("getweakrefcount", a, k, 1, 1);
            return PyInt.New(PyWeakRef.CountFor(a[0]));
        });
        m.AddFunction("getweakrefs", (a, k) =>
        {
            ArgParser.Positional("getweakrefs", a, k, 1, 1);
            return PyWeakRef.ListFor(a[0]);
        });
        return m;
    }
}
