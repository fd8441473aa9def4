// os's file-system functions: making, removing and renaming directories and files, changing
// the working directory and walking a tree (stat is in OsPosix.cs). Failures are CPython's OSError subclasses
// with its errno numbers and messages ("[Errno 17] File exists: 'x'").
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

static class OsFileSystem
{
    public static void Add(PyModule m)
    {
        m.AddFunction("mkdir", (a, k) =>
        {
            var p = ArgParser.Parse("mkdir", a, k, new[] { "path", "mode", "dir_fd" }, 1);
            var path = FsPaths.Arg(p[0], "mkdir");
            uint mode = p[1] == null ? 0x1FF : (uint)ArgParser.Int(p[1], "mkdir");
            MakeDirectory(path, mode);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("makedirs", (a, k) =>
        {
            var (path, mode, existOk) = MakedirsArgs(a, k);
            MakeDirectories(path, mode, existOk);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("rmdir", (a, k) =>
        {
            ArgParser.Positional("rmdir", a, k, 1, 1);
            var path = FsPaths.Arg(a[0], "rmdir");
            Call(() => rmdir(path), path);
            return Rc.New(PyNone.Instance);
        });
        foreach (var name in new[] { "unlink", "remove" })
        {
            m.AddFunction(name, (a, k) =>
            {
                ArgParser.Positional(name, a, k, 1, 1);
                var path = FsPaths.Arg(a[0], name);
                Call(() => unlink(path), path);
                return Rc.New(PyNone.Instance);
            });
        }
        foreach (var name in new[] { "rename", "replace" })
        {
            m.AddFunction(name, (a, k) =>
            {
                ArgParser.Positional(name, a, k, 2, 2);
                var src = FsPaths.Arg(a[0], name, "src");
                var dst = FsPaths.Arg(a[1], name, "dst");
                Call(() => rename(src, dst), src, dst);
                return Rc.New(PyNone.Instance);
            });
        }
        m.AddFunction("chdir", (a, k) =>
        {
            ArgParser.Positional("chdir", a, k, 1, 1);
            var path = FsPaths.Arg(a[0], "chdir", accepted: "string, bytes, os.PathLike or integer");
            RequireDirectory(path);
            Directory.SetCurrentDirectory(path);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("walk", (a, k) =>
        {
            var p = ArgParser.Parse("walk", a, k, new[] { "top", "topdown", "onerror", "followlinks" }, 1);
            var top = FsPaths.Of(p[0]);
            bool topdown = p[1] == null || Ops.IsTrue(p[1]);
            var onerror = p[2] == null || p[2] is PyNone ? null : p[2];
            bool followlinks = p[3] != null && Ops.IsTrue(p[3]);
            return new WalkIterator(top, topdown, onerror, followlinks);
        });
    }

    static (string path, uint mode, bool existOk) MakedirsArgs(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        var p = ArgParser.Parse("makedirs", a, k, new[] { "name", "mode", "exist_ok" }, 1);
        return (FsPaths.Of(p[0]), p[1] == null ? 0x1FFu : (uint)ArgParser.Int(p[1], "makedirs"), p[2] != null && Ops.IsTrue(p[2]));
    }

    [DllImport("libc", SetLastError = true)] static extern int mkdir(string path, uint mode);
    [DllImport("libc", SetLastError = true)] static extern int rmdir(string path);
    [DllImport("libc", SetLastError = true)] static extern int unlink(string path);
    [DllImport("libc", SetLastError = true)] static extern int rename(string src, string dst);

    const int EExist = 17;

    /// <summary>Runs a C library call with the GIL released; its failure is the OSError
    /// subclass of its errno, naming the path(s), as CPython reports it.</summary>
    static void Call(Func<int> call, string path, string path2 = null)
    {
        int result = 0, errno = 0;
        Blocking.Run(() =>
        {
            result = call();
            if (result != 0) errno = Marshal.GetLastPInvokeError();
        });
        if (result != 0) throw OsPosix.ErrnoFailure(errno, path, path2);
    }

    static void MakeDirectory(string path, uint mode) => Call(() => mkdir(path, mode), path);

    /// <summary>os.makedirs as CPython's: the missing parents first (one made meanwhile by
    /// another process is fine), then the leaf, whose existing directory exist_ok forgives.</summary>
    static void MakeDirectories(string path, uint mode, bool existOk)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        var head = Path.GetDirectoryName(trimmed);
        var tail = Path.GetFileName(trimmed);
        if (!string.IsNullOrEmpty(head) && !string.IsNullOrEmpty(tail) && !Directory.Exists(head) && !File.Exists(head))
        {
            try { MakeDirectories(head, 0x1FF, true); }
            catch (PyRaise e) when (e.Exc is { } exc && exc.ObType.IsSubtypeOf(ErrorTypes.FileExistsError)) { Rc.Dec(e.TakeException()); }
            if (tail == ".") return;
        }
        try { MakeDirectory(path, mode); }
        catch (PyRaise e) when (existOk && Directory.Exists(path) && e.Exc is { } exc && exc.ObType.IsSubtypeOf(ErrorTypes.OSError)) { Rc.Dec(e.TakeException()); }
    }

    /// <summary>os.walk: (dirpath, dirnames, filenames) for each directory, made as the loop
    /// asks for them. Top-down, the directories descended into are those left in the
    /// dirnames list the loop was given (it may prune or reorder them in place, as CPython
    /// allows); bottom-up, a directory comes after everything under it. A directory that cannot
    /// be listed is skipped, after onerror (if given) is called with the OSError.</summary>
    sealed class WalkIterator : PyObject
    {
        static readonly PyType Type = BuiltinTypes.NewNativeType("generator", "os", t =>
        {
            BuiltinTypes.AddMethod(t, "__iter__", (self, a, k) => self.Iter());
            BuiltinTypes.AddMethod(t, "__next__", (self, a, k) => self.Next() ?? throw Err.StopIteration(null));
        });
        readonly bool topdown, followlinks;
        readonly PyObject onerror;
        readonly Stack<string> pending = new();
        /// <summary>Top-down: the last step given out, whose dirnames say where to go next.</summary>
        string lastTop;
        PyList lastDirs;
        /// <summary>Bottom-up: the steps, made whole before the first is given out.</summary>
        Queue<PyTuple> ordered;

        public WalkIterator(string top, bool topdown, PyObject onerror, bool followlinks)
        {
            ObType = Type;
            Heap.Allocated(Type);
            this.topdown = topdown;
            this.followlinks = followlinks;
            this.onerror = onerror == null ? null : Rc.New(onerror);
            pending.Push(top);
        }

        public override PyObject Iter() => Rc.New(this);

        public override PyObject Next()
        {
            if (!topdown)
            {
                if (ordered == null)
                {
                    ordered = new Queue<PyTuple>();
                    while (pending.Count > 0) BottomUp(pending.Pop());
                }
                return ordered.Count > 0 ? ordered.Dequeue() : null;
            }
            if (lastDirs != null)
            {
                var names = Ops.ToArray(lastDirs);
                for (int i = names.Length - 1; i >= 0; i--)
                {
                    var path = Path.Combine(lastTop, Ops.Str(names[i]));
                    if (followlinks || !IsLink(path)) pending.Push(path);
                }
                foreach (var n in names) Rc.Dec(n);
                Rc.Clear(ref lastDirs);
            }
            while (pending.Count > 0)
            {
                var top = pending.Pop();
                var step = Scan(top, out var dirs);
                if (step == null) continue;
                lastTop = top;
                lastDirs = Rc.New(dirs);
                return step;
            }
            return null;
        }

        void BottomUp(string top)
        {
            var step = Scan(top, out var dirs);
            if (step == null) return;
            foreach (var name in Ops.ToArray(dirs))
            {
                var path = Path.Combine(top, Ops.Str(name));
                Rc.Dec(name);
                if (followlinks || !IsLink(path)) BottomUp(path);
            }
            ordered.Enqueue(step);
        }

        static bool IsLink(string path)
        {
            try { return new DirectoryInfo(path).LinkTarget != null; }
            catch (IOException) { return false; }
        }

        /// <summary>One directory's step (dirs borrowed from it), or null if it cannot be listed.</summary>
        PyTuple Scan(string top, out PyList dirs)
        {
            dirs = null;
            string[] entries;
            try { entries = Directory.GetFileSystemEntries(top); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (onerror != null)
                {
                    var error = e is UnauthorizedAccessException
                        ? Fail(ErrorTypes.PermissionError, 13, "Permission denied", top)
                        : e is DirectoryNotFoundException ? Fail(ErrorTypes.FileNotFoundError, 2, "No such file or directory", top)
                        : Fail(ErrorTypes.NotADirectoryError, 20, "Not a directory", top);
                    var exc = error.TakeException();
                    try { Rc.Dec(Ops.Call(onerror, exc)); }
                    finally { Rc.Dec(exc); }
                }
                return null;
            }
            dirs = PyList.New();
            var files = PyList.New();
            foreach (var e in entries)
            {
                var name = PyStr.New(Path.GetFileName(e));
                if (Directory.Exists(e)) dirs.AppendSteal(name);
                else files.AppendSteal(name);
            }
            var step = PyTuple.New(3);
            step.SetItemSteal(0, PyStr.New(top));
            step.SetItemSteal(1, dirs);
            step.SetItemSteal(2, files);
            return step;
        }

        protected override void Dealloc()
        {
            Heap.Freed(this);
            Rc.Clear(ref lastDirs);
            if (onerror != null) Rc.Dec(onerror);
            if (ordered != null) while (ordered.Count > 0) Rc.Dec(ordered.Dequeue());
        }

        public override string Repr() => $"<generator object walk at 0x{Identity.Of(this):x}>";
    }

    /// <summary>CPython's error for a path that is not an existing directory.</summary>
    internal static void RequireDirectory(string path)
    {
        if (Directory.Exists(path)) return;
        if (File.Exists(path)) throw Fail(ErrorTypes.NotADirectoryError, 20, "Not a directory", path);
        throw Fail(ErrorTypes.FileNotFoundError, 2, "No such file or directory", path);
    }

    internal static PyRaise Fail(PyType type, int errno, string message, string path) => PyFile.OsError(type, errno, message, path);
}
