// os: process identity (getpid, getppid), signals to processes (kill), CPU count, the
// environment, and a few path helpers; the file-system functions are in OsFileSystem.cs.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class OsModule
{
    static readonly StructSequenceType UnameResult = new("posix.uname_result", "posix",
        new[] { "sysname", "nodename", "release", "version", "machine" });

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "uname", SetLastError = true)]
    static extern unsafe int UnameCall(byte* buffer);

    /// <summary>os.uname(): the kernel's struct utsname, five fields of 65 bytes each (then
    /// the domain name, which Python leaves out).</summary>
    static unsafe PyObject Uname()
    {
        const int FieldLength = 65;
        var buffer = new byte[FieldLength * 6 + 64];
        fixed (byte* p = buffer)
            if (UnameCall(p) != 0) throw Err.New(ErrorTypes.OSError, "uname() failed");
        var items = new PyObject[5];
        for (int i = 0; i < 5; i++)
        {
            var field = buffer.AsSpan(i * FieldLength, FieldLength);
            int end = field.IndexOf((byte)0);
            items[i] = PyStr.New(System.Text.Encoding.UTF8.GetString(end < 0 ? field : field[..end]));
        }
        return UnameResult.New(items);
    }

    static readonly PyStr EnvironName = PyStr.Intern("environ");

    /// <summary>os.environ as the program has changed it (a dict here: writes to it do not
    /// reach the process's own environment), or null before os is imported.</summary>
    public static PyDict Environ(Interpreter interp) =>
        (interp.Modules.GetItemBorrowed("os") as PyModule)?.Dict.GetItemBorrowed(EnvironName) as PyDict;

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("os");
        m.AddFunction("getpid", (a, k) => PyInt.New(Environment.ProcessId));
        m.AddFunction("uname", (a, k) =>
        {
            ArgParser.Positional("uname", a, k, 0, 0);
            return Uname();
        });
        m.Dict.SetItemNew("uname_result", UnameResult.Type);
        m.AddFunction("strerror", (a, k) =>
        {
            ArgParser.Positional("strerror", a, k, 1, 1);
            int code = (int)ArgParser.Int(a[0], "code");
            return PyStr.New(System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(code));
        });
        m.SetSteal("curdir", PyStr.New("."));
        m.SetSteal("pardir", PyStr.New(".."));
        m.SetSteal("extsep", PyStr.New("."));
        m.SetSteal("pathsep", PyStr.New(":"));
        m.SetSteal("devnull", PyStr.New("/dev/null"));
        m.SetSteal("altsep", Rc.New(PyNone.Instance));
        m.AddFunction("urandom", (a, k) =>
        {
            ArgParser.Positional("urandom", a, k, 1, 1);
            long n = ArgParser.Int(a[0], "size");
            if (n < 0) throw Err.ValueError("negative argument not allowed");
            return PyBytes.New(System.Security.Cryptography.RandomNumberGenerator.GetBytes((int)Math.Min(n, int.MaxValue)));
        });
        m.AddFunction("fspath", (a, k) =>
        {
            ArgParser.Positional("fspath", a, k, 1, 1);
            if (a[0] is PyStr || a[0] is PyBytes) return Rc.New(a[0]);
            if (a[0].ObType.Lookup("__fspath__") == null)
                throw Err.TypeError($"expected str, bytes or os.PathLike object, not {a[0].ObType.Name}");
            var r = Ops.CallMethod(a[0], "__fspath__");
            if (r is PyStr || r is PyBytes) return r;
            var type = r.ObType.Name;
            Rc.Dec(r);
            throw Err.TypeError($"expected {a[0].ObType.Name}.__fspath__() to return str or bytes, not {type}");
        });
        m.AddFunction("system", (a, k) =>
        {
            // The command through /bin/sh, its output straight to this process's streams; the
            // result is the wait status, as CPython's (the exit code times 256).
            ArgParser.Positional("system", a, k, 1, 1);
            var command = a[0] is PyStr s ? s.Value : throw Err.TypeError($"system() argument 1 must be str, not {a[0].ObType.Name}");
            // stdout is not flushed first, as in CPython (see SubprocessModule.Spawn).
            interp.Stderr.Flush();
            var info = new System.Diagnostics.ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(command);
            // The command's environment is os.environ as the program has changed it, as it is
            // for subprocess (CPython's os.environ writes through to the process's own).
            if (m.Dict.GetItemBorrowed(EnvironName) is PyDict environ) SubprocessModule.SetEnvironment(info, environ);
            using var proc = System.Diagnostics.Process.Start(info);
            if (proc == null) return PyInt.New(127 << 8);
            Blocking.Run(() => proc.WaitForExit());
            return PyInt.New((proc.ExitCode & 0xFF) << 8);
        });
        m.AddFunction("getppid", (a, k) => PyInt.New(ParentPid()));
        m.AddFunction("kill", (a, k) =>
        {
            ArgParser.Positional("kill", a, k, 2, 2);
            long pid = ArgParser.Int(a[0], "kill"), sig = ArgParser.Int(a[1], "kill");
            if (pid == Environment.ProcessId && (sig == 9 || sig == 15))
            {
                // Signalling ourselves: let what we have printed reach the terminal first.
                try { interp.Stdout.Flush(); interp.Stderr.Flush(); } catch { }
            }
            int arrivedBefore = Volatile.Read(ref interp.SignalsArrived);
            if (ChildProcesses.SendSignal((int)pid, (int)sig))
            {
                // A signal to ourselves is handled before kill returns, as in CPython.
                if (pid == Environment.ProcessId && sig > 0 && sig < Interpreter.SignalLimit)
                    SignalModule.AwaitDelivery(interp, (int)sig, arrivedBefore);
            }
            else
            {
                int errno = ChildProcesses.LastErrno;
                if (errno == 3) throw Err.New(ErrorTypes.ProcessLookupError, "[Errno 3] No such process");
                if (errno == 1) throw Err.New(ErrorTypes.PermissionError, "[Errno 1] Operation not permitted");
                throw Err.New(ErrorTypes.OSError, $"[Errno {errno}] kill failed");
            }
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("_exit", (a, k) =>
        {
            ArgParser.Positional("_exit", a, k, 1, 1);
            long code = ArgParser.Int(a[0], "_exit");
            // As CPython's: what stdout still buffers is lost (stderr is written as it goes).
            try { interp.Stderr.Flush(); } catch { }
            Environment.Exit((int)(code & 0xFF));
            return Rc.New(PyNone.Instance);
        });
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
        m.SetSteal("SEEK_SET", PyInt.New(0));
        m.SetSteal("SEEK_CUR", PyInt.New(1));
        m.SetSteal("SEEK_END", PyInt.New(2));
        m.SetSteal("linesep", PyStr.New(Environment.NewLine));
        m.SetSteal("name", PyStr.New(OperatingSystem.IsWindows() ? "nt" : "posix"));
        m.SetSteal("path", Rc.New(interp.ImportModule(ThreadState.Current ?? interp.MainThread, "os.path")));
        OsFileSystem.Add(m);
        OsPosix.Add(m);
        m.AddFunction("__getattr__", (a, k) =>
        {
            // PEP 562: the names written in MiniPy (Lib/_os_extras.py), loaded on first use.
            ArgParser.Positional("__getattr__", a, k, 1, 1);
            var name = a[0] as PyStr ?? throw Err.TypeError("attribute name must be string");
            var extras = interp.ImportModule(ThreadState.Current ?? interp.MainThread, "_os_extras");
            var value = extras.Dict.GetItemNew(name);
            if (value == null || value is PyModule || name.Value.StartsWith("__"))
            {
                Rc.XDec(value);
                throw Err.AttributeError($"module 'os' has no attribute '{name.Value}'");
            }
            return value;
        });
        m.AddFunction("listdir", (a, k) =>
        {
            ArgParser.Positional("listdir", a, k, 0, 1);
            var dir = a.Length == 1 ? FsPaths.Arg(a[0], "listdir", accepted: "string, bytes, os.PathLike, integer or None") : ".";
            OsFileSystem.RequireDirectory(dir);
            string[] entries;
            try { entries = Directory.GetFileSystemEntries(dir); }
            catch (UnauthorizedAccessException) { throw OsFileSystem.Fail(ErrorTypes.PermissionError, 13, "Permission denied", dir); }
            catch (IOException) { throw OsFileSystem.Fail(ErrorTypes.FileNotFoundError, 2, "No such file or directory", dir); }
            var list = PyList.New(entries.Length);
            foreach (var e in entries) list.AppendSteal(PyStr.New(Path.GetFileName(e)));
            return list;
        });
        m.AddFunction("getenv", (a, k) =>
        {
            // os.environ.get(key, default), as CPython's: what the program set there counts.
            ArgParser.Positional("getenv", a, k, 1, 2);
            if (a[0] is not PyStr key) throw Err.TypeError($"str expected, not {a[0].ObType.Name}");
            if (m.Dict.GetItemBorrowed(EnvironName) is PyDict environ)
                return Rc.New(environ.GetItemBorrowed(key) ?? (a.Length > 1 ? a[1] : PyNone.Instance));
            var v = Environment.GetEnvironmentVariable(key.Value);
            return v != null ? PyStr.New(v) : Rc.New(a.Length > 1 ? a[1] : PyNone.Instance);
        });
        return m;
    }

    /// <summary>The parent's process id, from /proc on Linux (0 when unknown).</summary>
    static int ParentPid()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var rest = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            return int.Parse(rest[1]);
        }
        catch { return 0; }
    }
}
