// os.path (posixpath): joining and splitting paths, and asking the file system about them.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class OsPathModule
{
    static string S(PyObject o, string func) => o is PyStr s ? s.Value : throw Err.TypeError($"{func}: expected str, not {o.ObType.Name}");

    static void Unary(PyModule m, string name, Func<string, PyObject> f)
        => m.AddFunction(name, (a, k) => { ArgParser.Positional(name, a, k, 1, 1); return f(S(a[0], name)); });

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("posixpath");
        m.SetSteal("sep", PyStr.New("/"));
        Unary(m, "exists", p => PyBool.From(File.Exists(p) || Directory.Exists(p)));
        Unary(m, "isfile", p => PyBool.From(File.Exists(p)));
        Unary(m, "isdir", p => PyBool.From(Directory.Exists(p)));
        Unary(m, "abspath", p => PyStr.New(Path.GetFullPath(p)));
        Unary(m, "basename", p => PyStr.New(p.Substring(p.LastIndexOf('/') + 1)));
        Unary(m, "dirname", p =>
        {
            int i = p.LastIndexOf('/') + 1;
            var head = p.Substring(0, i);
            return PyStr.New(head.Length > 0 && head.Trim('/').Length > 0 ? head.TrimEnd('/') : head);
        });
        Unary(m, "getsize", p =>
        {
            if (!File.Exists(p)) throw Err.New(ErrorTypes.FileNotFoundError, $"[Errno 2] No such file or directory: '{p}'");
            return PyInt.New(new FileInfo(p).Length);
        });
        Unary(m, "splitext", p =>
        {
            int slash = p.LastIndexOf('/');
            int dot = p.LastIndexOf('.');
            bool hasExt = dot > slash + 1 && p.Substring(slash + 1, dot - slash - 1).Trim('.').Length > 0;
            var root = PyStr.New(hasExt ? p.Substring(0, dot) : p);
            var ext = PyStr.New(hasExt ? p.Substring(dot) : "");
            var t = PyTuple.New(2);
            t.Items[0] = root;
            t.Items[1] = ext;
            return t;
        });
        m.AddFunction("join", (a, k) =>
        {
            if (a.Length == 0) throw Err.TypeError("join() missing 1 required positional argument: 'a'");
            var result = S(a[0], "join");
            for (int i = 1; i < a.Length; i++)
            {
                var part = S(a[i], "join");
                if (part.StartsWith('/')) result = part;
                else if (result.Length == 0 || result.EndsWith('/')) result += part;
                else result += "/" + part;
            }
            return PyStr.New(result);
        });
        return m;
    }
}
