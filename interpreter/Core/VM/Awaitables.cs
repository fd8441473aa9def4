// What `await x` runs (GET_AWAITABLE): a coroutine drives itself; any other object must have
// an __await__ method returning an iterator (asyncio's Future yields itself from one), and
// YIELD_FROM then runs that iterator to its end, handing each value it yields up the chain
// of awaiting coroutines to whoever called send() on the outermost one — the event loop.
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class Awaitables
{
    /// <summary>The iterator `await v` drives (a new reference).</summary>
    public static PyObject IteratorFor(PyObject v)
    {
        if (v is PyGenerator { IsCoroutine: true }) return Rc.New(v);
        if (v.ObType.Lookup("__await__") == null)
            throw Err.TypeError($"object {v.ObType.Name} can't be used in 'await' expression");
        var it = Ops.CallMethod(v, "__await__");
        if (it is PyGenerator g)
        {
            if (!g.IsCoroutine) return it;
            Rc.Dec(it);
            throw Err.TypeError("__await__() returned a coroutine");
        }
        if (it.ObType.Lookup("__next__") != null) return it;
        var type = it.ObType.Name;
        Rc.Dec(it);
        throw Err.TypeError($"__await__() returned non-iterator of type '{type}'");
    }
}
