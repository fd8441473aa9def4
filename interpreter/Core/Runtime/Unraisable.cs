// Exceptions that have nowhere to go — raised by a __del__, or by a generator closed as it is
// freed — are reported and dropped, as CPython's default sys.unraisablehook does:
//
//     Exception ignored in: <function Faulty.__del__ at 0x7f...>
//     Traceback (most recent call last):
//       ...
//     RuntimeError: ignored
namespace MiniPy.Runtime;

public static class Unraisable
{
    /// <summary>Writes the report (installed by the interpreter, which owns stderr and
    /// knows how to format a traceback); null: reports are dropped.</summary>
    public static Action<PyException, PyObject> Hook;

    /// <summary>Reports the exception r carries, raised while running `where` (a __del__
    /// method, a generator), and releases it.</summary>
    public static void Report(PyRaise r, PyObject where)
    {
        var exc = r.TakeException();
        try { Hook?.Invoke(exc, where); }
        catch (PyRaise nested) { Rc.Dec(nested.TakeException()); }
        finally { Rc.Dec(exc); }
    }
}
