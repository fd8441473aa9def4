// _traceback: an exception's traceback as the interpreter prints it, for traceback.py and
// logging.exception.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class TracebackModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_traceback");
        m.AddFunction("format", (a, k) =>
        {
            ArgParser.Positional("format", a, k, 1, 1);
            if (a[0] is not PyException exc) throw Err.TypeError($"exceptions must derive from BaseException, not {a[0].ObType.Name}");
            return PyStr.New(Tracebacks.Format(exc));
        });
        return m;
    }
}
