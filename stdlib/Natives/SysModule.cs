// sys: argv, exit, the recursion limit, reference counts, the standard streams and the
// interpreter's identity.
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class SysModule
{
    static readonly StructSequenceType FloatInfo = new("sys.float_info", "sys",
        new[] { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" });
    static readonly StructSequenceType IntInfo = new("sys.int_info", "sys",
        new[] { "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" });
    static readonly StructSequenceType HashInfo = new("sys.hash_info", "sys",
        new[] { "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff" });
    /// <summary>sys.implementation (a namespace in CPython; named fields here).</summary>
    static readonly StructSequenceType Implementation = new("sys.implementation", "sys",
        new[] { "name", "cache_tag", "version", "hexversion" });

    /// <summary>sys.flags: the command-line flags CPython has, each with its default (MiniPy's
    /// command line has none of them); dont_write_bytecode follows PYTHONDONTWRITEBYTECODE.</summary>
    static readonly StructSequenceType Flags = new("sys.flags", "sys",
        new[] { "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
                "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits" });

    /// <summary>sys.thread_info: POSIX threads, with the C library's version.</summary>
    static readonly StructSequenceType ThreadInfo = new("sys.thread_info", "sys", new[] { "name", "lock", "version" });

    [DllImport("libc", EntryPoint = "gnu_get_libc_version")] static extern IntPtr GnuLibcVersion();

    /// <summary>sys.version_info: a named tuple of the language version MiniPy follows.</summary>
    static readonly StructSequenceType VersionInfo = new("sys.version_info", "sys",
        new[] { "major", "minor", "micro", "releaselevel", "serial" });

    /// <summary>CPython 3.11's sys.stdlib_module_names.</summary>
    const string StdlibModuleNames = ""
        + "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs "
        + "_codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections "
        + "_collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses "
        + "_curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external "
        + "_functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi "
        + "_multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem "
        + "_posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 "
        + "_signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct "
        + "_symtable _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings "
        + "_weakref _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio "
        + "asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb "
        + "chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser "
        + "contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal "
        + "difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp "
        + "fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib "
        + "grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress "
        + "itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math "
        + "mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path "
        + "numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil "
        + "platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc "
        + "pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched "
        + "secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket "
        + "socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string "
        + "stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib "
        + "tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace "
        + "traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid "
        + "venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile "
        + "zipimport zlib zoneinfo ";

    static PyObject NameSet(string spaced)
    {
        var set = PySet.New(frozen: true);
        foreach (var name in spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var s = PyStr.New(name);
            set.Add(s);
            Rc.Dec(s);
        }
        return set;
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("sys");
        var argv = PyList.New();
        foreach (var a in interp.Argv) argv.AppendSteal(PyStr.New(a));
        m.SetSteal("argv", argv);
        m.SetSteal("stdout", new TextStream(interp.Stdout, "<stdout>"));
        interp.OriginalSysStdout = m.Dict.GetItemBorrowed("stdout");
        m.SetSteal("stderr", new TextStream(interp.Stderr, "<stderr>"));
        m.SetSteal("__stdout__", Rc.New(m.Dict.GetItemBorrowed("stdout")));
        m.SetSteal("__stderr__", Rc.New(m.Dict.GetItemBorrowed("stderr")));
        m.Dict.SetItemNew("modules", interp.Modules);
        // What a program asks of the import system, as CPython has it: the names of the
        // standard library's modules (CPython 3.11's list), the modules built into the
        // interpreter, the command line as it was, and the import hooks (none here).
        m.SetSteal("stdlib_module_names", NameSet(StdlibModuleNames));
        var builtinNames = interp.NativeModules.Keys.Append("builtins").Append("sys").Distinct().OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => (PyObject)PyStr.New(n)).ToArray();
        m.SetSteal("builtin_module_names", PyTuple.FromSpan(builtinNames));
        foreach (var n in builtinNames) Rc.Dec(n);
        var origArgv = PyList.New();
        origArgv.AppendSteal(PyStr.New(Executable()));
        foreach (var arg in interp.Argv) origArgv.AppendSteal(PyStr.New(arg));
        m.SetSteal("orig_argv", origArgv);
        m.SetSteal("meta_path", PyList.New());
        m.SetSteal("path_hooks", PyList.New());
        m.SetSteal("path_importer_cache", PyDict.New());
        m.Dict.SetItemNew("dont_write_bytecode", string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONDONTWRITEBYTECODE")) ? PyBool.False : PyBool.True);
        m.SetSteal("stdin", new StdinStream(Console.In));
        m.SetSteal("__stdin__", Rc.New(m.Dict.GetItemBorrowed("stdin")));
        m.SetSteal("float_info", FloatInfo.New(new PyObject[]
        {
            PyFloat.New(double.MaxValue), PyInt.New(1024), PyInt.New(308), PyFloat.New(2.2250738585072014e-308),
            PyInt.New(-1021), PyInt.New(-307), PyInt.New(15), PyInt.New(53), PyFloat.New(2.220446049250313e-16),
            PyInt.New(2), PyInt.New(1),
        }));
        // The parameters of numeric hashing (hash(x) of a number is x modulo 2**61 - 1), which
        // fractions and decimal use to hash as ints and floats do.
        var flags = new PyObject[18];
        for (int i = 0; i < flags.Length; i++)
            flags[i] = i switch
            {
                4 => PyInt.New(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONDONTWRITEBYTECODE")) ? 0 : 1),
                11 => PyInt.New(1),                 // hash_randomization
                13 or 16 => PyBool.From(false),     // dev_mode, safe_path
                17 => PyInt.New(-1),                // int_max_str_digits: the default
                _ => PyInt.New(0),
            };
        m.SetSteal("flags", Flags.New(flags));
        m.SetSteal("hash_info", HashInfo.New(new PyObject[]
        {
            PyInt.New(64), PyInt.New((1L << 61) - 1), PyInt.New(314159), PyInt.New(0), PyInt.New(1000003),
            PyStr.New("siphash13"), PyInt.New(64), PyInt.New(128), PyInt.New(0),
        }));
        m.SetSteal("int_info", IntInfo.New(new PyObject[] { PyInt.New(30), PyInt.New(4), PyInt.New(4300), PyInt.New(640) }));
        m.SetSteal("hexversion", PyInt.New(0x030B00F0));
        m.SetSteal("maxunicode", PyInt.New(0x10FFFF));
        m.SetSteal("float_repr_style", PyStr.New("short"));
        m.SetSteal("api_version", PyInt.New(1013));
        m.SetSteal("warnoptions", PyList.New());
        m.AddFunction("getdefaultencoding", (a, k) => PyStr.New("utf-8"));
        m.AddFunction("getfilesystemencoding", (a, k) => PyStr.New("utf-8"));
        m.SetSteal("platform", PyStr.New(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        m.SetSteal("byteorder", PyStr.New(BitConverter.IsLittleEndian ? "little" : "big"));
        m.SetSteal("maxsize", PyInt.New(long.MaxValue));
        m.SetSteal("version", PyStr.New("3.11.0 (MiniPy " + typeof(SysModule).Assembly.GetName().Version?.ToString(3) + ")"));
        m.SetSteal("version_info", VersionInfo.New(new PyObject[]
        {
            PyInt.New(3), PyInt.New(11), PyInt.New(0), PyStr.New("final"), PyInt.New(0),
        }));
        m.SetSteal("implementation", Implementation.New(new PyObject[]
        {
            PyStr.New("minipy"), PyStr.New("minipy-311"), Rc.New(m.Dict.GetItemBorrowed("version_info") ?? PyNone.Instance), PyInt.New(0x030B00F0),
        }));
        m.SetSteal("implementation_name", PyStr.New("minipy"));
        m.SetSteal("executable", PyStr.New(Executable()));
        // Where the interpreter is installed: the folder of its assembly (and of Lib/).
        var prefix = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        foreach (var name in new[] { "prefix", "exec_prefix", "base_prefix", "base_exec_prefix" })
            m.SetSteal(name, PyStr.New(prefix));
        m.SetSteal("platlibdir", PyStr.New("lib"));
        m.SetSteal("abiflags", PyStr.New(""));
        var path = PyList.New();
        foreach (var p in interp.ModulePath) path.AppendSteal(PyStr.New(p));
        m.SetSteal("path", path);

        m.AddFunction("exit", (a, k) =>
        {
            ArgParser.Positional("exit", a, k, 0, 1);
            throw new PyRaise(PyException.New(ErrorTypes.SystemExit, a.Length == 1 ? a.Slice(0, 1) : ReadOnlySpan<PyObject>.Empty));
        });
        m.AddFunction("getrefcount", (a, k) =>
        {
            ArgParser.Positional("getrefcount", a, k, 1, 1);
            // The argument sits on the caller's value stack, so its count already includes
            // the reference the call holds, as CPython's does.
            return PyInt.New(Rc.CountOf(a[0]));
        });
        m.AddFunction("getrecursionlimit", (a, k) => PyInt.New(interp.RecursionLimit));
        m.AddFunction("setrecursionlimit", (a, k) =>
        {
            ArgParser.Positional("setrecursionlimit", a, k, 1, 1);
            long n = ArgParser.Int(a[0], "setrecursionlimit");
            if (n < 1) throw Err.ValueError("recursion limit must be greater or equal than 1");
            var ts = ThreadState.Current;
            if (ts != null && n <= ts.Depth)
                throw Err.New(ErrorTypes.RecursionError, $"cannot set the recursion limit to {n} at the recursion depth {ts.Depth}: the limit is too low");
            interp.RecursionLimit = (int)Math.Min(n, int.MaxValue);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("_getframe", (a, k) =>
        {
            ArgParser.Positional("_getframe", a, k, 0, 1);
            return PyFrameObject.Get(a.Length > 0 ? ArgParser.Int(a[0], "_getframe") : 0);
        });
        m.AddFunction("_current_frames", (a, k) =>
        {
            // Each running thread's innermost frame, by thread id (for stack dumps of a hung
            // program). Another thread's frame is read as it stands: with the GIL on, that
            // thread is waiting for the lock, so its stack holds still.
            ArgParser.Positional("_current_frames", a, k, 0, 0);
            var frames = PyDict.New();
            foreach (var state in interp.LiveThreadStates())
            {
                var top = state.CurrentFrame;
                if (top == null) continue;
                var ident = PyInt.New(state.Ident);
                var frame = PyFrameObject.Of(top);
                frames.SetItemNew(ident, frame);
                Rc.Dec(ident);
                Rc.Dec(frame);
            }
            return frames;
        });
        m.AddFunction("is_finalizing", (a, k) =>
        {
            ArgParser.Positional("is_finalizing", a, k, 0, 0);
            return PyBool.From(interp.Finalizing);
        });
        m.SetSteal("thread_info", ThreadInfo.New(new PyObject[]
        {
            PyStr.New("pthread"), PyStr.New("semaphore"), PyStr.New("NPTL " + Marshal.PtrToStringUTF8(GnuLibcVersion())),
        }));
        m.AddFunction("settrace", (a, k) =>
        {
            ArgParser.Positional("settrace", a, k, 1, 1);
            if (a[0] is not PyNone && !Ops.IsCallable(a[0])) throw Err.TypeError("settrace() argument must be callable or None");
            Tracing.SetTrace(ThreadState.Current, a[0]);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("setprofile", (a, k) =>
        {
            ArgParser.Positional("setprofile", a, k, 1, 1);
            // As CPython: anything is accepted (a call of it fails at the next event).
            Tracing.SetProfile(ThreadState.Current, a[0]);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("getprofile", (a, k) =>
        {
            ArgParser.Positional("getprofile", a, k, 0, 0);
            return Rc.New(ThreadState.Current.ProfileFunc ?? PyNone.Instance);
        });
        m.AddFunction("gettrace", (a, k) =>
        {
            ArgParser.Positional("gettrace", a, k, 0, 0);
            return Rc.New(ThreadState.Current.TraceFunc ?? PyNone.Instance);
        });
        m.AddFunction("get_int_max_str_digits", (a, k) =>
        {
            ArgParser.Positional("get_int_max_str_digits", a, k, 0, 0);
            return PyInt.New(interp.IntMaxStrDigits);
        });
        m.AddFunction("set_int_max_str_digits", (a, k) =>
        {
            var p = ArgParser.Parse("set_int_max_str_digits", a, k, new[] { "maxdigits" }, 1);
            long n = ArgParser.Int(p[0], "set_int_max_str_digits");
            if (n != 0 && (n < 640 || n > int.MaxValue)) throw Err.ValueError("maxdigits must be 0 or larger than 640");
            interp.IntMaxStrDigits = (int)n;
            return Rc.New(PyNone.Instance);
        });
        // sys.displayhook: what the interactive prompt (and code compiled in "single" mode)
        // does with an expression statement's value. The eval loop calls whatever is in
        // sys.displayhook at the time, so a program (doctest, say) may replace it.
        var displayhook = new PyBuiltinFunction("displayhook", (a, k) =>
        {
            ArgParser.Positional("displayhook", a, k, 1, 1);
            var value = a[0];
            if (value is PyNone) return Rc.New(PyNone.Instance);
            var underscore = PyStr.Intern("_");
            interp.Builtins.SetItemNew(underscore, PyNone.Instance); // while repr runs, as CPython
            var stdout = m.Dict.GetItemBorrowed("stdout");
            if (stdout == null || stdout is PyNone) throw Err.New(ErrorTypes.RuntimeError, "lost sys.stdout");
            var text = Ops.ReprObj(value);
            try
            {
                Rc.Dec(Ops.CallMethod(stdout, "write", text));
                var newline = PyStr.New("\n");
                try { Rc.Dec(Ops.CallMethod(stdout, "write", newline)); }
                finally { Rc.Dec(newline); }
            }
            finally { Rc.Dec(text); }
            interp.Builtins.SetItemNew(underscore, value);
            return Rc.New(PyNone.Instance);
        });
        m.Dict.SetItemNew("displayhook", displayhook);
        m.Dict.SetItemNew("__displayhook__", displayhook);
        // sys.excepthook: what prints an exception nothing caught (Tracebacks.Print calls
        // whatever is in sys.excepthook at the time); this one writes the traceback to
        // sys.stderr as it is then.
        var excepthook = new PyBuiltinFunction("excepthook", (a, k) =>
        {
            ArgParser.Positional("excepthook", a, k, 3, 3);
            if (a[1] is not PyException exc) throw Err.TypeError("excepthook: the exception value must be an exception");
            var stderr = m.Dict.GetItemBorrowed("stderr");
            if (stderr == null || stderr is PyNone)
            {
                // As CPython: with no sys.stderr, say so where the process's stderr goes.
                interp.Stderr.Write("lost sys.stderr\n");
                return Rc.New(PyNone.Instance);
            }
            var text = PyStr.New(Tracebacks.Format(exc, withSuggestions: true));
            try { Rc.Dec(Ops.CallMethod(stderr, "write", text)); }
            finally { Rc.Dec(text); }
            var flush = Ops.GetAttrOrNull(stderr, "flush");
            if (flush != null)
            {
                try { Rc.Dec(Ops.Call(flush)); }
                finally { Rc.Dec(flush); }
            }
            return Rc.New(PyNone.Instance);
        });
        m.Dict.SetItemNew("excepthook", excepthook);
        m.Dict.SetItemNew("__excepthook__", excepthook);
        m.AddFunction("exc_info", (a, k) =>
        {
            var e = ThreadState.Current?.TopmostHandledExc;
            if (e == null) return PyTuple.Of(PyNone.Instance, PyNone.Instance, PyNone.Instance);
            return PyTuple.Of(e.ObType, e, (PyObject)e.Traceback ?? PyNone.Instance);
        });
        m.AddFunction("exception", (a, k) =>
        {
            ArgParser.Positional("exception", a, k, 0, 0);
            return Rc.New((PyObject)ThreadState.Current?.TopmostHandledExc ?? PyNone.Instance);
        });
        // Audit hooks (PEP 578): addaudithook adds one; sys.audit(event, *args) calls each
        // with (event, args). The interpreter raises no events of its own.
        var auditHooks = new List<PyObject>();
        interp.TeardownActions.Add(() =>
        {
            lock (auditHooks)
            {
                foreach (var hook in auditHooks) Rc.Dec(hook);
                auditHooks.Clear();
            }
        });
        m.AddFunction("addaudithook", (a, k) =>
        {
            ArgParser.Positional("addaudithook", a, k, 1, 1);
            lock (auditHooks) auditHooks.Add(Rc.New(a[0]));
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("audit", (a, k) =>
        {
            if (a.Length - (k?.Count ?? 0) < 1) throw Err.TypeError("audit() missing 1 required positional argument: 'event'");
            if (k != null && k.Count > 0) throw Err.TypeError("audit() takes no keyword arguments");
            if (a[0] is not PyStr) throw Err.TypeError($"expected str for argument 'event', not {a[0].ObType.Name}");
            PyObject[] hooks;
            lock (auditHooks) hooks = auditHooks.ToArray();
            if (hooks.Length == 0) return Rc.New(PyNone.Instance);
            var args = PyTuple.FromSpan(a[1..]);
            try
            {
                foreach (var hook in hooks) Rc.Dec(Ops.Call(hook, a[0], args));
            }
            finally { Rc.Dec(args); }
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("intern", (a, k) =>
        {
            ArgParser.Positional("intern", a, k, 1, 1);
            return Rc.New(PyStr.Intern(ArgParser.Str(a[0], "intern", 1)));
        });
        m.AddFunction("getswitchinterval", (a, k) => PyFloat.New(interp.Lock?.SwitchIntervalSeconds ?? interp.SwitchInterval));
        m.AddFunction("setswitchinterval", (a, k) =>
        {
            ArgParser.Positional("setswitchinterval", a, k, 1, 1);
            double v = PyFloat.ToDouble(a[0]);
            if (v <= 0) throw Err.ValueError("switch interval must be strictly positive");
            interp.SwitchInterval = v;
            if (interp.Lock != null) interp.Lock.SwitchIntervalSeconds = v;
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("_is_gil_enabled", (a, k) => PyBool.From(interp.Lock != null));
        m.AddFunction("_gil_stats", (a, k) => GilStatistics.AsDict(interp));
        m.AddFunction("getsizeof", (a, k) =>
        {
            ArgParser.Positional("getsizeof", a, k, 1, 2);
            try { return PyInt.New(SizeOf(a[0])); }
            catch (PyRaise e) when (a.Length == 2 && e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.TypeError))
            {
                Rc.Dec(e.TakeException());
                return Rc.New(a[1]);
            }
        });
        return m;
    }

    /// <summary>sys.getsizeof: what the object's __sizeof__ says, plus the cycle collector's
    /// header for an object it tracks (see Runtime/ObjectSizes.cs).</summary>
    static long SizeOf(PyObject o)
    {
        var method = o.ObType.Lookup("__sizeof__");
        if (method == null || method is PyMethodDescriptor) return ObjectSizes.GetSizeOf(o);
        var result = Ops.CallMethod(o, "__sizeof__");
        long size;
        try
        {
            if (result is not PyInt n) throw Err.TypeError("an integer is required");
            if (n.IsBig) throw Err.OverflowError("Python int too large to convert to C ssize_t");
            size = n.Value;
        }
        finally { Rc.Dec(result); }
        if (size < 0) throw Err.ValueError("__sizeof__() should return >= 0");
        return size + ObjectSizes.PreHeader(o);
    }

    /// <summary>What sys.executable names: a program that runs MiniPy, as `python` does —
    /// the interpreter's own launcher beside its assembly when the process was started as
    /// `dotnet minipy.dll`, else the process's program.</summary>
    static string Executable()
    {
        var self = Environment.ProcessPath;
        if (self != null && Path.GetFileNameWithoutExtension(self) != "dotnet") return self;
        var launcher = Path.Combine(AppContext.BaseDirectory, "minipy");
        return File.Exists(launcher) ? launcher : self ?? "minipy";
    }
}
