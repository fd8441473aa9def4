// os: process identity, CPU count, the environment, and a few path helpers.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class OsModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("os");
        m.AddFunction("getpid", (a, k) => PyInt.New(Environment.ProcessId));
        m.AddFunction("cpu_count", (a, k) => PyInt.New(Environment.ProcessorCount));
        m.AddFunction("getcwd", (a, k) => PyStr.New(Directory.GetCurrentDirectory()));
        var env = PyDict.New();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            var key = PyStr.New((string)e.Key);
            var val = PyStr.New((string)e.Value ?? "");
            env.SetItemNew(key, val);
            Rc.Dec(key);
            Rc.Dec(val);
        }
        m.SetSteal("environ", env);
        m.SetSteal("sep", PyStr.New(Path.DirectorySeparatorChar.ToString()));
        m.SetSteal("linesep", PyStr.New(Environment.NewLine));
        m.SetSteal("name", PyStr.New(OperatingSystem.IsWindows() ? "nt" : "posix"));
        m.AddFunction("getenv", (a, k) =>
        {
            ArgParser.Positional("getenv", a, k, 1, 2);
            var v = Environment.GetEnvironmentVariable(ArgParser.Str(a[0], "getenv", 1));
            return v != null ? PyStr.New(v) : Rc.New(a.Length > 1 ? a[1] : PyNone.Instance);
        });
        return m;
    }
}
