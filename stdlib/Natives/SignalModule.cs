// signal: the signal numbers that os.kill and Process.terminate/kill use (POSIX values).
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class SignalModule
{
    public static readonly (string Name, int Number)[] Signals =
    {
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGKILL", 9), ("SIGUSR1", 10),
        ("SIGUSR2", 12), ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGCHLD", 17),
        ("SIGCONT", 18), ("SIGSTOP", 19),
    };

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("signal");
        foreach (var (name, number) in Signals) m.SetSteal(name, PyInt.New(number));
        m.AddFunction("strsignal", (a, k) =>
        {
            ArgParser.Positional("strsignal", a, k, 1, 1);
            long n = ArgParser.Int(a[0], "strsignal");
            foreach (var (name, number) in Signals) if (number == n) return PyStr.New(name);
            return Rc.New(PyNone.Instance);
        });
        return m;
    }
}
