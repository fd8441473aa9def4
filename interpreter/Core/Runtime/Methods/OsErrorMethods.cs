// OSError's arguments: OSError(errno, strerror[, filename[, winerror[, filename2]]]) becomes the
// subclass its errno names (OSError(2, ...) is a FileNotFoundError) and fills the errno,
// strerror, filename and filename2 attributes, as CPython's oserror_new and oserror_init do.
// With a filename the args shrink to (errno, strerror); str() reads the attributes:
// "[Errno 2] No such file: 'x.txt'".
namespace MiniPy.Runtime;

public static class OsErrorMethods
{
    static readonly PyStr ErrnoName = PyStr.Intern("errno"), StrerrorName = PyStr.Intern("strerror"),
        FilenameName = PyStr.Intern("filename"), Filename2Name = PyStr.Intern("filename2");

    public static void Add(PyType osError)
    {
        // Unset attributes read as None, as CPython's member descriptors give.
        foreach (var name in new[] { "errno", "strerror", "filename", "filename2" })
            osError.Dict.SetItemNew(name, PyNone.Instance);
        BuiltinTypes.AddMethod(osError, "__init__", (self, args, kw) =>
        {
            if (self is PyException e)
            {
                int npos = args.Length - (kw?.Count ?? 0);
                var positional = args.Slice(0, npos);
                Rc.Set(ref e.Args, PyTuple.FromSpan(positional));
                Fill(e, positional);
            }
            return Rc.New(PyNone.Instance);
        });
    }

    /// <summary>OSError.__new__: OSError itself picks the subclass for the errno. A class with
    /// its own __init__ reads its arguments there (through OSError.__init__), not here.</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var positional = args.Slice(0, args.Length - (kwnames?.Count ?? 0));
        if (cls == ErrorTypes.OSError && positional.Length is >= 2 and <= 5 && positional[0] is PyInt { IsBig: false } code)
            cls = SubclassFor(code.Value) ?? cls;
        // A class with its own __init__ gets no args here at all (CPython's oserror_use_init):
        // they are what its __init__ gives OSError.__init__, or () if it never calls it.
        bool ownInit = cls.IsHeapType && HeapTypes.LookupUserDefined(cls, PyStr.Intern("__init__")) != null;
        var e = PyException.New(cls, ownInit ? ReadOnlySpan<PyObject>.Empty : positional);
        if (!ownInit) Fill(e, positional);
        return e;
    }

    static void Fill(PyException e, ReadOnlySpan<PyObject> args)
    {
        if (args.Length is < 2 or > 5) return;
        var dict = e.EnsureInstanceDict();
        dict.SetItem(ErrnoName, args[0]);
        dict.SetItem(StrerrorName, args[1]);
        var filename = args.Length >= 3 ? args[2] : null;
        if (filename == null || filename is PyNone) return;
        if (e.ObType.IsSubtypeOf(ErrorTypes.BlockingIOError) && filename is PyInt)
        {
            dict.SetItem(PyStr.Intern("characters_written"), filename);
            return;
        }
        dict.SetItem(FilenameName, filename);
        if (args.Length == 5 && args[4] is not PyNone) dict.SetItem(Filename2Name, args[4]);
        Rc.Set(ref e.Args, PyTuple.FromSpan(args.Slice(0, 2)));
    }

    /// <summary>The OSError (of the errno's subclass) the C library's errno stands for, with
    /// the C library's words for it: what a failed system call raises.</summary>
    public static PyException FromErrno(int errno)
    {
        var code = PyInt.New(errno);
        var text = PyStr.New(System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno));
        var e = PyException.New(SubclassFor(errno) ?? ErrorTypes.OSError, new PyObject[] { code, text });
        Fill(e, e.Args.Items);
        Rc.Dec(code);
        Rc.Dec(text);
        return e;
    }

    /// <summary>The errno a host I/O failure carries: on Linux the runtime gives an error it
    /// has no exception class for the C library's errno as its HResult. 0 when it has none.</summary>
    public static int ErrnoOf(IOException e) => e.HResult is > 0 and < 4096 ? e.HResult : 0;

    /// <summary>The subclass CPython raises for an errno (Linux numbering), or null.</summary>
    public static PyType SubclassFor(long errno) => errno switch
    {
        1 or 13 => ErrorTypes.PermissionError,          // EPERM, EACCES
        2 => ErrorTypes.FileNotFoundError,              // ENOENT
        3 => ErrorTypes.ProcessLookupError,             // ESRCH
        4 => ErrorTypes.InterruptedError,               // EINTR
        10 => ErrorTypes.ChildProcessError,             // ECHILD
        11 or 114 or 115 => ErrorTypes.BlockingIOError, // EAGAIN, EALREADY, EINPROGRESS
        17 => ErrorTypes.FileExistsError,               // EEXIST
        20 => ErrorTypes.NotADirectoryError,            // ENOTDIR
        21 => ErrorTypes.IsADirectoryError,             // EISDIR
        32 or 108 => ErrorTypes.BrokenPipeError,        // EPIPE, ESHUTDOWN
        103 => ErrorTypes.ConnectionAbortedError,       // ECONNABORTED
        104 => ErrorTypes.ConnectionResetError,         // ECONNRESET
        110 => ErrorTypes.TimeoutError,                 // ETIMEDOUT
        111 => ErrorTypes.ConnectionRefusedError,       // ECONNREFUSED
        _ => null,
    };

    /// <summary>str() of an OSError, from its attributes: "[Errno N] text", then ": 'filename'"
    /// and " -> 'filename2'" when set; null when errno or strerror is unset (the args decide).</summary>
    public static string Str(PyException e)
    {
        var dict = e.Dict;
        if (dict == null) return null;
        var errno = dict.GetItemBorrowed(ErrnoName);
        var strerror = dict.GetItemBorrowed(StrerrorName);
        var filename = dict.GetItemBorrowed(FilenameName);
        if (filename != null && filename is not PyNone)
        {
            var filename2 = dict.GetItemBorrowed(Filename2Name);
            var text = $"[Errno {Ops.Str(errno ?? PyNone.Instance)}] {Ops.Str(strerror ?? PyNone.Instance)}: {Ops.Repr(filename)}";
            return filename2 == null || filename2 is PyNone ? text : text + " -> " + Ops.Repr(filename2);
        }
        if (errno == null || strerror == null) return null;
        return $"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}";
    }
}
