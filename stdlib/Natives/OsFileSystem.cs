// os's file-system functions: making, removing and renaming directories and files, changing
// the working directory and walking a tree (stat is in OsPosix.cs). Failures are CPython's OSError subclasses
// with its errno numbers and messages ("[Errno 17] File exists: 'x'").
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

static class OsFileSystem
{
    public static void Add(PyModule m)
    {
        m.AddFunction("mkdir", (a, k) =>
        {
            ArgParser.Positional("mkdir", a, k, 1, 2);
            var path = FsPaths.Arg(a[0], "mkdir");
            if (Directory.Exists(path) || File.Exists(path)) throw Fail(ErrorTypes.FileExistsError, 17, "File exists", path);
            var parent = Path.GetDirectoryName(Path.GetFullPath(path));
            if (parent != null && !Directory.Exists(parent)) throw Fail(ErrorTypes.FileNotFoundError, 2, "No such file or directory", path);
            Blocking.Run(() => Directory.CreateDirectory(path));
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("makedirs", (a, k) =>
        {
            var (path, existOk) = MakedirsArgs(a, k);
            if (Directory.Exists(path))
            {
                if (!existOk) throw Fail(ErrorTypes.FileExistsError, 17, "File exists", path);
                return Rc.New(PyNone.Instance);
            }
            if (File.Exists(path)) throw Fail(ErrorTypes.FileExistsError, 17, "File exists", path);
            Blocking.Run(() => Directory.CreateDirectory(path));
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("rmdir", (a, k) =>
        {
            ArgParser.Positional("rmdir", a, k, 1, 1);
            var path = FsPaths.Arg(a[0], "rmdir");
            RequireDirectory(path);
            if (Directory.EnumerateFileSystemEntries(path).Any()) throw Fail(ErrorTypes.OSError, 39, "Directory not empty", path);
            Blocking.Run(() => Directory.Delete(path));
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("unlink", (a, k) =>
        {
            ArgParser.Positional("unlink", a, k, 1, 1);
            var path = FsPaths.Arg(a[0], "unlink");
            if (Directory.Exists(path)) throw Fail(ErrorTypes.IsADirectoryError, 21, "Is a directory", path);
            if (!File.Exists(path)) throw Fail(ErrorTypes.FileNotFoundError, 2, "No such file or directory", path);
            Blocking.Run(() => File.Delete(path));
            return Rc.New(PyNone.Instance);
        });
        foreach (var name in new[] { "rename", "replace" })
        {
            m.AddFunction(name, (a, k) =>
            {
                ArgParser.Positional(name, a, k, 2, 2);
                var src = FsPaths.Arg(a[0], name, "src");
                var dst = FsPaths.Arg(a[1], name, "dst");
                if (File.Exists(src)) Blocking.Run(() => File.Move(src, dst, overwrite: true));
                else if (Directory.Exists(src)) Blocking.Run(() => Directory.Move(src, dst));
                else throw PyFile.OsError(ErrorTypes.FileNotFoundError, 2, "No such file or directory", src, dst);
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

    static (string path, bool existOk) MakedirsArgs(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        int nkw = k?.Count ?? 0;
        int npos = a.Length - nkw;
        if (npos < 1 || npos > 3) throw Err.TypeError($"makedirs() takes from 1 to 3 positional arguments but {npos} were given");
        var path = FsPaths.Of(a[0]);
        bool existOk = npos == 3 && Ops.IsTrue(a[2]);
        for (int i = 0; i < nkw; i++)
        {
            var name = ((PyStr)k.Items[i]).Value;
            if (name == "exist_ok") existOk = Ops.IsTrue(a[npos + i]);
            else if (name != "mode") throw Err.TypeError($"makedirs() got an unexpected keyword argument '{name}'");
        }
        return (path, existOk);
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
