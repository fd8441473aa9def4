// fcntl: file locks between processes and descriptor flags, from the C library — flock
// (whole-file advisory locks), lockf (POSIX record locks over a byte range, through fcntl's
// F_SETLK/F_SETLKW), and fcntl with an integer argument (F_GETFD/F_SETFD, F_GETFL/F_SETFL,
// F_DUPFD ...). A file is a descriptor or anything with fileno(). A lock that must wait
// releases the GIL while it does, so other threads run meanwhile.
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class FcntlModule
{
    [DllImport("libc", EntryPoint = "flock", SetLastError = true)] static extern int Flock(int fd, int operation);
    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] static extern int FcntlInt(int fd, int command, long argument);
    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] static extern int FcntlLock(int fd, int command, ref FileLock argument);

    /// <summary>struct flock, as x86-64 and arm64 Linux lay it out.</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct FileLock
    {
        public short Type, Whence;
        public long Start, Length;
        public int Pid;
    }

    const int LockSh = 1, LockEx = 2, LockNb = 4, LockUn = 8;
    const int SetLock = 6, SetLockWait = 7;
    const short ReadLock = 0, WriteLock = 1, Unlock = 2;

    static readonly (string Name, int Value)[] Constants =
    {
        ("LOCK_SH", LockSh), ("LOCK_EX", LockEx), ("LOCK_NB", LockNb), ("LOCK_UN", LockUn),
        ("F_DUPFD", 0), ("F_GETFD", 1), ("F_SETFD", 2), ("F_GETFL", 3), ("F_SETFL", 4),
        ("F_GETLK", 5), ("F_SETLK", SetLock), ("F_SETLKW", SetLockWait), ("F_DUPFD_CLOEXEC", 1030),
        ("FD_CLOEXEC", 1), ("F_RDLCK", ReadLock), ("F_WRLCK", WriteLock), ("F_UNLCK", Unlock),
        ("F_GETOWN", 9), ("F_SETOWN", 8), ("F_GETPIPE_SZ", 1032), ("F_SETPIPE_SZ", 1031),
    };

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("fcntl");
        foreach (var (name, value) in Constants) m.SetSteal(name, PyInt.New(value));
        m.AddFunction("flock", (a, k) =>
        {
            ArgParser.Positional("flock", a, k, 2, 2);
            int fd = Descriptor(a[0]);
            int operation = (int)ArgParser.Int(a[1], "operation");
            int result = 0;
            Blocking.Run(() => result = Flock(fd, operation));
            if (result != 0) throw OsPosix.Failure(null);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("lockf", (a, k) =>
        {
            var p = ArgParser.Parse("lockf", a, k, new[] { "fd", "cmd", "len", "start", "whence" }, 2);
            int fd = Descriptor(p[0]);
            int cmd = (int)ArgParser.Int(p[1], "cmd");
            var lk = new FileLock
            {
                Type = (cmd & LockUn) != 0 ? Unlock : (cmd & LockEx) != 0 ? WriteLock : (cmd & LockSh) != 0 ? ReadLock
                    : throw Err.ValueError("unrecognized lockf argument"),
                Length = p[2] == null ? 0 : ArgParser.Int(p[2], "len"),
                Start = p[3] == null ? 0 : ArgParser.Int(p[3], "start"),
                Whence = (short)(p[4] == null ? 0 : ArgParser.Int(p[4], "whence")),
            };
            int command = (cmd & LockNb) != 0 || lk.Type == Unlock ? SetLock : SetLockWait;
            int result = 0;
            Blocking.Run(() => result = FcntlLock(fd, command, ref lk));
            if (result != 0) throw OsPosix.Failure(null);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("fcntl", (a, k) =>
        {
            ArgParser.Positional("fcntl", a, k, 2, 3);
            int fd = Descriptor(a[0]);
            int command = (int)ArgParser.Int(a[1], "cmd");
            if (a.Length > 2 && a[2] is not PyInt)
                throw Err.TypeError("fcntl() with a buffer argument is not supported by MiniPy; pass an int");
            long argument = a.Length > 2 ? ArgParser.Int(a[2], "arg") : 0;
            int result = FcntlInt(fd, command, argument);
            if (result < 0) throw OsPosix.Failure(null);
            return PyInt.New(result);
        });
        return m;
    }

    /// <summary>A descriptor from an int or an object's fileno(), as CPython's fcntl takes.</summary>
    static int Descriptor(PyObject o)
    {
        if (o is PyInt i && o is not PyBool) return Check(ArgParser.Int(i, "fd"));
        var fileno = Ops.GetAttrOrNull(o, "fileno")
            ?? throw Err.TypeError("argument must be an int, or have a fileno() method.");
        try
        {
            var r = Ops.Call(fileno);
            try { return r is PyInt fd ? Check(ArgParser.Int(fd, "fd")) : throw Err.TypeError("fileno() returned a non-integer"); }
            finally { Rc.Dec(r); }
        }
        finally { Rc.Dec(fileno); }
    }

    static int Check(long fd) => fd < 0
        ? throw Err.ValueError($"file descriptor cannot be a negative integer ({fd})")
        : fd > int.MaxValue ? throw Err.New(ErrorTypes.OverflowError, "fd is greater than maximum") : (int)fd;
}
