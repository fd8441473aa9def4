// os.path (posixpath): joining and splitting paths, and asking the file system about them.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class OsPathModule
{
    static string S(PyObject o, string func) => FsPaths.Of(o);

    static void Unary(PyModule m, string name, Func<string, PyObject> f)
        => m.AddFunction(name, (a, k) =>
        {
            ArgParser.Positional(name, a, k, 1, 1);
            var result = f(S(a[0], name));
            return FsPaths.IsBytesPath(a[0]) ? AsBytes(result) : result;
        });

    /// <summary>A bytes path in gives bytes paths out: the str (or the strs of a pair) a
    /// function made, encoded again (its other results stay as they are).</summary>
    static PyObject AsBytes(PyObject result)
    {
        switch (result)
        {
            case PyStr s:
                var b = PyBytes.New(System.Text.Encoding.UTF8.GetBytes(s.Value));
                Rc.Dec(s);
                return b;
            case PyTuple t:
                var items = new PyObject[t.Items.Length];
                for (int i = 0; i < items.Length; i++) items[i] = AsBytes(Rc.New(t.Items[i]));
                Rc.Dec(t);
                var pair = PyTuple.Of(items);
                foreach (var item in items) Rc.Dec(item);
                return pair;
            default:
                return result;
        }
    }

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
        m.SetSteal("curdir", PyStr.New("."));
        m.SetSteal("pardir", PyStr.New(".."));
        m.SetSteal("extsep", PyStr.New("."));
        m.SetSteal("pathsep", PyStr.New(":"));
        m.SetSteal("defpath", PyStr.New("/bin:/usr/bin"));
        m.SetSteal("devnull", PyStr.New("/dev/null"));
        m.SetSteal("altsep", Rc.New(PyNone.Instance));
        Unary(m, "normpath", p => PyStr.New(NormPath(p)));
        Unary(m, "normcase", p => PyStr.New(p));
        Unary(m, "isabs", p => PyBool.From(p.StartsWith('/')));
        Unary(m, "split", p =>
        {
            var (head, tail) = Split(p);
            return PyTuple.PairSteal(PyStr.New(head), PyStr.New(tail));
        });
        Unary(m, "splitdrive", p => PyTuple.PairSteal(PyStr.New(""), PyStr.New(p)));
        Unary(m, "expanduser", p => PyStr.New(ExpandUser(p)));
        Unary(m, "expandvars", p => PyStr.New(ExpandVars(interp, p)));
        Unary(m, "realpath", p => PyStr.New(RealPath(p)));
        Unary(m, "islink", p => PyBool.From(IsLink(p)));
        Unary(m, "lexists", p => PyBool.From(File.Exists(p) || Directory.Exists(p) || IsLink(p)));
        Unary(m, "ismount", p => PyBool.From(NormPath(RealPath(p)) == "/"));
        Unary(m, "getmtime", p => PyFloat.New(Seconds(Info(p).LastWriteTimeUtc)));
        Unary(m, "getatime", p => PyFloat.New(Seconds(Info(p).LastAccessTimeUtc)));
        Unary(m, "getctime", p => PyFloat.New(Seconds(Info(p).LastWriteTimeUtc)));
        m.AddFunction("samefile", (a, k) =>
        {
            ArgParser.Positional("samefile", a, k, 2, 2);
            Info(S(a[0], "samefile"));
            Info(S(a[1], "samefile"));
            return PyBool.From(RealPath(S(a[0], "samefile")) == RealPath(S(a[1], "samefile")));
        });
        m.AddFunction("relpath", (a, k) =>
        {
            var p = ArgParser.Parse("relpath", a, k, new[] { "path", "start" }, 1);
            var path = S(p[0], "relpath");
            if (path.Length == 0) throw Err.ValueError("no path specified");
            var start = p[1] == null || p[1] is PyNone ? "." : S(p[1], "relpath");
            return PyStr.New(RelPath(path, start));
        });
        m.AddFunction("commonprefix", (a, k) =>
        {
            ArgParser.Positional("commonprefix", a, k, 1, 1);
            var items = Ops.ToList(a[0]);
            try
            {
                if (items.Count == 0) return PyStr.New("");
                var strings = new List<string>();
                for (int i = 0; i < items.Count; i++) strings.Add(S(items.Items[i], "commonprefix"));
                var first = strings.Min(StringComparer.Ordinal);
                var last = strings.Max(StringComparer.Ordinal);
                int n = 0;
                while (n < first.Length && n < last.Length && first[n] == last[n]) n++;
                return PyStr.New(first.Substring(0, n));
            }
            finally { Rc.Dec(items); }
        });
        m.AddFunction("commonpath", (a, k) =>
        {
            ArgParser.Positional("commonpath", a, k, 1, 1);
            var items = Ops.ToList(a[0]);
            try
            {
                if (items.Count == 0) throw Err.ValueError("commonpath() arg is an empty sequence");
                var paths = new List<string>();
                for (int i = 0; i < items.Count; i++) paths.Add(S(items.Items[i], "commonpath"));
                bool absolute = paths[0].StartsWith('/');
                if (paths.Any(p => p.StartsWith('/') != absolute)) throw Err.ValueError("Can't mix absolute and relative paths");
                var split = paths.Select(p => p.Split('/').Where(c => c.Length > 0 && c != ".").ToArray()).ToList();
                var common = new List<string>();
                for (int i = 0; i < split.Min(c => c.Length); i++)
                {
                    if (split.Any(c => c[i] != split[0][i])) break;
                    common.Add(split[0][i]);
                }
                return PyStr.New((absolute ? "/" : "") + string.Join("/", common));
            }
            finally { Rc.Dec(items); }
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
            var joined = PyStr.New(result);
            return FsPaths.IsBytesPath(a[0]) ? AsBytes(joined) : joined;
        });
        return m;
    }

    /// <summary>posixpath.normpath: '.' parts and repeated slashes dropped, '..' applied.</summary>
    public static string NormPath(string path)
    {
        if (path.Length == 0) return ".";
        int initial = path.StartsWith('/') ? (path.StartsWith("//") && !path.StartsWith("///") ? 2 : 1) : 0;
        var parts = new List<string>();
        foreach (var comp in path.Split('/'))
        {
            if (comp.Length == 0 || comp == ".") continue;
            if (comp != ".." || (initial == 0 && parts.Count == 0) || (parts.Count > 0 && parts[^1] == ".."))
                parts.Add(comp);
            else if (parts.Count > 0)
                parts.RemoveAt(parts.Count - 1);
        }
        var result = new string('/', initial) + string.Join("/", parts);
        return result.Length == 0 ? "." : result;
    }

    static (string head, string tail) Split(string p)
    {
        int i = p.LastIndexOf('/') + 1;
        string head = p.Substring(0, i), tail = p.Substring(i);
        if (head.Length > 0 && head.Trim('/').Length > 0) head = head.TrimEnd('/');
        return (head, tail);
    }

    static string ExpandUser(string p)
    {
        if (!p.StartsWith('~')) return p;
        int slash = p.IndexOf('/');
        if (slash < 0) slash = p.Length;
        if (slash != 1) return p; // ~user: only the current user's home is known here
        var home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home)) return p;
        var rest = p.Substring(1);
        return (home.TrimEnd('/') + rest) is var r && r.Length > 0 ? r : "/";
    }

    /// <summary>$NAME and ${NAME} replaced from os.environ (as the program has changed it),
    /// names it does not hold left as they are.</summary>
    static string ExpandVars(Interpreter interp, string p)
    {
        if (!p.Contains('$')) return p;
        var environ = OsModule.Environ(interp);
        return System.Text.RegularExpressions.Regex.Replace(p, @"\$(\w+|\{[^}]*\})", m =>
        {
            var name = m.Groups[1].Value;
            if (name.StartsWith('{')) name = name.Substring(1, name.Length - 2);
            if (environ != null) return environ.GetItemBorrowed(name) is PyStr value ? value.Value : m.Value;
            return Environment.GetEnvironmentVariable(name) ?? m.Value;
        });
    }

    static bool IsLink(string p)
    {
        try { return new FileInfo(p).LinkTarget != null; }
        catch (Exception) { return false; }
    }

    static string RealPath(string p)
    {
        var full = NormPath(Path.GetFullPath(p));
        try
        {
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target == null ? full : NormPath(target.FullName);
        }
        catch (Exception) { return full; }
    }

    static FileSystemInfo Info(string p)
    {
        if (File.Exists(p)) return new FileInfo(p);
        if (Directory.Exists(p)) return new DirectoryInfo(p);
        throw Err.New(ErrorTypes.FileNotFoundError, $"[Errno 2] No such file or directory: '{p}'");
    }

    static double Seconds(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks / 1e7;

    static string RelPath(string path, string start)
    {
        var startParts = NormPath(Path.GetFullPath(start)).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pathParts = NormPath(Path.GetFullPath(path)).Split('/', StringSplitOptions.RemoveEmptyEntries);
        int common = 0;
        while (common < startParts.Length && common < pathParts.Length && startParts[common] == pathParts[common]) common++;
        var parts = Enumerable.Repeat("..", startParts.Length - common).Concat(pathParts.Skip(common)).ToList();
        return parts.Count == 0 ? "." : string.Join("/", parts);
    }
}
