// os's functions that are calls into the C library, as CPython's posix module makes them:
// stat, lstat and fstat through statx (the real inode, device, link count, owner, times to the
// nanosecond), access, chmod, umask, the process's user and group ids, symbolic and hard
// links, the CPUs the process may run on, the load average, process times, the terminal's
// size, the environment of the process itself (putenv, unsetenv), utime, truncate, and the
// functions on file descriptors (open, read, write, pipe, dup2, lseek ...). A
// failure is CPython's OSError subclass for its errno, with the C library's message.
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

static unsafe class OsPosix
{
    [DllImport("libc", SetLastError = true)] static extern int statx(int dirfd, string path, int flags, uint mask, byte* buffer);
    [DllImport("libc", SetLastError = true)] static extern int access(string path, int mode);
    [DllImport("libc", SetLastError = true)] static extern int chmod(string path, uint mode);
    [DllImport("libc")] static extern uint umask(uint mask);
    [DllImport("libc")] static extern uint getuid();
    [DllImport("libc", SetLastError = true)] static extern int setsid();
    [DllImport("libc", SetLastError = true)] static extern int getsid(int pid);
    [DllImport("libc", SetLastError = true)] static extern int getpgid(int pid);
    [DllImport("libc", SetLastError = true)] static extern int setpgid(int pid, int pgid);
    [DllImport("libc")] static extern uint geteuid();
    [DllImport("libc")] static extern uint getgid();
    [DllImport("libc")] static extern uint getegid();
    [DllImport("libc", SetLastError = true)] static extern int symlink(string target, string linkpath);
    [DllImport("libc", SetLastError = true)] static extern int link(string target, string linkpath);
    [DllImport("libc", SetLastError = true)] static extern nint readlink(string path, byte* buffer, nint size);
    [DllImport("libc", SetLastError = true)] static extern int sched_getaffinity(int pid, nint size, byte* mask);
    [DllImport("libc")] static extern int getloadavg(double* loads, int count);
    [DllImport("libc", SetLastError = true)] static extern long times(long* buffer);
    [DllImport("libc", SetLastError = true)] static extern long sysconf(int name);
    [DllImport("libc", SetLastError = true)] static extern int ioctl(int fd, nuint request, ushort* size);
    [DllImport("libc", SetLastError = true)] static extern int setenv(string name, string value, int overwrite);
    [DllImport("libc", SetLastError = true)] static extern int unsetenv(string name);
    [DllImport("libc", SetLastError = true)] static extern int utimensat(int dirfd, string path, long* times, int flags);
    [DllImport("libc", SetLastError = true)] static extern int truncate(string path, long length);
    [DllImport("libc")] static extern int sched_yield();
    [DllImport("libc", SetLastError = true, EntryPoint = "open")] static extern int open_(string path, int flags, uint mode);
    [DllImport("libc", SetLastError = true)] static extern int close(int fd);
    [DllImport("libc", SetLastError = true)] static extern nint read(int fd, byte* buffer, nint count);
    [DllImport("libc", SetLastError = true)] static extern nint write(int fd, byte* buffer, nint count);
    [DllImport("libc", SetLastError = true)] static extern int pipe2(int* fds, int flags);
    [DllImport("libc", SetLastError = true)] static extern int statvfs(string path, ulong* buffer);
    [DllImport("libc", SetLastError = true)] static extern int nice(int increment);
    [DllImport("libc", SetLastError = true)] static extern int getgroups(int size, uint* list);
    [DllImport("libc")] static extern void sync();
    [DllImport("libc", SetLastError = true)] static extern int chown(string path, int owner, int group);
    [DllImport("libc", SetLastError = true)] static extern int lchown(string path, int owner, int group);
    [DllImport("libc", SetLastError = true)] static extern int mkfifo(string path, uint mode);
    [DllImport("libc", SetLastError = true)] static extern int dup(int fd);
    [DllImport("libc", SetLastError = true)] static extern int dup3(int fd, int fd2, int flags);
    [DllImport("libc", SetLastError = true)] static extern int dup2(int fd, int fd2);
    [DllImport("libc", SetLastError = true)] static extern long lseek(int fd, long offset, int whence);
    [DllImport("libc")] static extern int isatty(int fd);
    [DllImport("libc", SetLastError = true)] static extern int fsync(int fd);
    [DllImport("libc", SetLastError = true)] static extern int ftruncate(int fd, long length);
    [DllImport("libc", SetLastError = true)] static extern int fcntl(int fd, int command, int argument);

    // Flags with the same value on x86-64 and ARM64 Linux.
    const int OCloexec = 0x80000, FGetfd = 1, FSetfd = 2, FGetfl = 3, FSetfl = 4, FdCloexec = 1, ONonblock = 0x800;
    static readonly (string Name, int Value)[] OpenFlags =
    {
        ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_CREAT", 0x40), ("O_EXCL", 0x80), ("O_NOCTTY", 0x100),
        ("O_TRUNC", 0x200), ("O_APPEND", 0x400), ("O_NONBLOCK", ONonblock), ("O_NDELAY", ONonblock), ("O_DSYNC", 0x1000),
        ("O_SYNC", 0x101000), ("O_CLOEXEC", OCloexec), ("O_ACCMODE", 3),
    };

    const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100, AtEmptyPath = 0x1000;
    const uint StatxBasicStats = 0x7ff;

    static readonly StructSequenceType StatResult = new("os.stat_result", "os",
        new[] { "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime" },
        // The float times come after, under the same names: as in CPython, the items are whole
        // seconds, the attributes exact.
        new[] { "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev" });
    static readonly StructSequenceType TimesResult = new("posix.times_result", "posix",
        new[] { "user", "system", "children_user", "children_system", "elapsed" });
    static readonly StructSequenceType TerminalSize = new("os.terminal_size", "os", new[] { "columns", "lines" });
    static readonly StructSequenceType StatvfsResult = new("os.statvfs_result", "os",
        new[] { "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax" },
        new[] { "f_fsid" });

    /// <summary>The names os.sysconf takes, with the C library's numbers for them (glibc's, as
    /// CPython's os.sysconf_names lists them on Linux).</summary>
    const string SysconfNames = ""
        + "SC_ARG_MAX=0 SC_CHILD_MAX=1 SC_CLK_TCK=2 SC_NGROUPS_MAX=3 SC_OPEN_MAX=4 SC_STREAM_MAX=5 "
        + "SC_TZNAME_MAX=6 SC_JOB_CONTROL=7 SC_SAVED_IDS=8 SC_REALTIME_SIGNALS=9 SC_PRIORITY_SCHEDULING=10 "
        + "SC_TIMERS=11 SC_ASYNCHRONOUS_IO=12 SC_PRIORITIZED_IO=13 SC_SYNCHRONIZED_IO=14 SC_FSYNC=15 "
        + "SC_MAPPED_FILES=16 SC_MEMLOCK=17 SC_MEMLOCK_RANGE=18 SC_MEMORY_PROTECTION=19 "
        + "SC_MESSAGE_PASSING=20 SC_SEMAPHORES=21 SC_SHARED_MEMORY_OBJECTS=22 SC_AIO_LISTIO_MAX=23 "
        + "SC_AIO_MAX=24 SC_AIO_PRIO_DELTA_MAX=25 SC_DELAYTIMER_MAX=26 SC_MQ_OPEN_MAX=27 SC_MQ_PRIO_MAX=28 "
        + "SC_VERSION=29 SC_PAGESIZE=30 SC_PAGE_SIZE=30 SC_RTSIG_MAX=31 SC_SEM_NSEMS_MAX=32 "
        + "SC_SEM_VALUE_MAX=33 SC_SIGQUEUE_MAX=34 SC_TIMER_MAX=35 SC_BC_BASE_MAX=36 SC_BC_DIM_MAX=37 "
        + "SC_BC_SCALE_MAX=38 SC_BC_STRING_MAX=39 SC_COLL_WEIGHTS_MAX=40 SC_EQUIV_CLASS_MAX=41 "
        + "SC_EXPR_NEST_MAX=42 SC_LINE_MAX=43 SC_RE_DUP_MAX=44 SC_CHARCLASS_NAME_MAX=45 SC_2_VERSION=46 "
        + "SC_2_C_BIND=47 SC_2_C_DEV=48 SC_2_FORT_DEV=49 SC_2_FORT_RUN=50 SC_2_SW_DEV=51 SC_2_LOCALEDEF=52 "
        + "SC_PII=53 SC_PII_XTI=54 SC_PII_SOCKET=55 SC_PII_INTERNET=56 SC_PII_OSI=57 SC_POLL=58 "
        + "SC_SELECT=59 SC_IOV_MAX=60 SC_UIO_MAXIOV=60 SC_PII_INTERNET_STREAM=61 SC_PII_INTERNET_DGRAM=62 "
        + "SC_PII_OSI_COTS=63 SC_PII_OSI_CLTS=64 SC_PII_OSI_M=65 SC_T_IOV_MAX=66 SC_THREADS=67 "
        + "SC_THREAD_SAFE_FUNCTIONS=68 SC_GETGR_R_SIZE_MAX=69 SC_GETPW_R_SIZE_MAX=70 SC_LOGIN_NAME_MAX=71 "
        + "SC_TTY_NAME_MAX=72 SC_THREAD_DESTRUCTOR_ITERATIONS=73 SC_THREAD_KEYS_MAX=74 "
        + "SC_THREAD_STACK_MIN=75 SC_THREAD_THREADS_MAX=76 SC_THREAD_ATTR_STACKADDR=77 "
        + "SC_THREAD_ATTR_STACKSIZE=78 SC_THREAD_PRIORITY_SCHEDULING=79 SC_THREAD_PRIO_INHERIT=80 "
        + "SC_THREAD_PRIO_PROTECT=81 SC_THREAD_PROCESS_SHARED=82 SC_NPROCESSORS_CONF=83 "
        + "SC_NPROCESSORS_ONLN=84 SC_PHYS_PAGES=85 SC_AVPHYS_PAGES=86 SC_ATEXIT_MAX=87 SC_PASS_MAX=88 "
        + "SC_XOPEN_VERSION=89 SC_XOPEN_XCU_VERSION=90 SC_XOPEN_UNIX=91 SC_XOPEN_CRYPT=92 "
        + "SC_XOPEN_ENH_I18N=93 SC_XOPEN_SHM=94 SC_2_CHAR_TERM=95 SC_2_C_VERSION=96 SC_2_UPE=97 "
        + "SC_XOPEN_XPG2=98 SC_XOPEN_XPG3=99 SC_XOPEN_XPG4=100 SC_CHAR_BIT=101 SC_CHAR_MAX=102 "
        + "SC_CHAR_MIN=103 SC_INT_MAX=104 SC_INT_MIN=105 SC_LONG_BIT=106 SC_WORD_BIT=107 SC_MB_LEN_MAX=108 "
        + "SC_NZERO=109 SC_SSIZE_MAX=110 SC_SCHAR_MAX=111 SC_SCHAR_MIN=112 SC_SHRT_MAX=113 SC_SHRT_MIN=114 "
        + "SC_UCHAR_MAX=115 SC_UINT_MAX=116 SC_ULONG_MAX=117 SC_USHRT_MAX=118 SC_NL_ARGMAX=119 "
        + "SC_NL_LANGMAX=120 SC_NL_MSGMAX=121 SC_NL_NMAX=122 SC_NL_SETMAX=123 SC_NL_TEXTMAX=124 "
        + "SC_XBS5_ILP32_OFF32=125 SC_XBS5_ILP32_OFFBIG=126 SC_XBS5_LP64_OFF64=127 SC_XBS5_LPBIG_OFFBIG=128 "
        + "SC_XOPEN_LEGACY=129 SC_XOPEN_REALTIME=130 SC_XOPEN_REALTIME_THREADS=131 SC_MINSIGSTKSZ=249 ";


    /// <summary>OSError for the errno the last call left, with the file name(s).</summary>
    internal static PyRaise Failure(string path, string path2 = null) => ErrnoFailure(Marshal.GetLastPInvokeError(), path, path2);

    /// <summary>OSError for errno, with the file name(s).</summary>
    internal static PyRaise ErrnoFailure(int errno, string path, string path2 = null)
        => PyFile.OsError(OsErrorMethods.SubclassFor(errno) ?? ErrorTypes.OSError, errno,
            Marshal.GetPInvokeErrorMessage(errno), path, path2);

    const string PathOrFd = "string, bytes, os.PathLike or integer";

    /// <summary>os.stat / os.lstat of a path, or of an open file descriptor: statx's fields as
    /// stat_result.</summary>
    static PyObject Stat(PyObject pathOrFd, string function, bool followSymlinks)
    {
        if (pathOrFd is PyInt fd && pathOrFd is not PyBool)
            return Stat((int)ArgParser.Int(fd, "fd"), "", AtEmptyPath, null);
        var path = FsPaths.Arg(pathOrFd, function, accepted: function == "lstat" ? "string, bytes or os.PathLike" : PathOrFd);
        return Stat(AtFdCwd, path, followSymlinks ? 0 : AtSymlinkNoFollow, path);
    }

    static PyObject Stat(int dirfd, string path, int flags, string shownPath)
    {
        var buffer = stackalloc byte[256];
        if (statx(dirfd, path, flags, StatxBasicStats, buffer) != 0) throw Failure(shownPath);
        uint U32(int at) => *(uint*)(buffer + at);
        long I64(int at) => *(long*)(buffer + at);
        // A struct statx_timestamp: seconds (64 bits), then nanoseconds (32).
        long Nanos(int at) => I64(at) * 1_000_000_000L + U32(at + 8);
        double Seconds(int at) => I64(at) + U32(at + 8) * 1e-9;
        ulong Device(uint major, uint minor)
            => ((ulong)(major & 0xfffff000) << 32) | ((ulong)(major & 0xfff) << 8) | ((ulong)(minor & 0xffffff00) << 12) | (minor & 0xff);
        const int ATime = 64, CTime = 96, MTime = 112;
        var items = new PyObject[]
        {
            PyInt.New(*(ushort*)(buffer + 28)), PyInt.New((long)(ulong)I64(32)), PyInt.New((long)Device(U32(136), U32(140))),
            PyInt.New(U32(16)), PyInt.New(U32(20)), PyInt.New(U32(24)), PyInt.New(I64(40)),
            PyInt.New(I64(ATime)), PyInt.New(I64(MTime)), PyInt.New(I64(CTime)),
        };
        var extras = new PyObject[]
        {
            PyFloat.New(Seconds(ATime)), PyFloat.New(Seconds(MTime)), PyFloat.New(Seconds(CTime)),
            PyInt.New(Nanos(ATime)), PyInt.New(Nanos(MTime)), PyInt.New(Nanos(CTime)),
            PyInt.New(U32(4)), PyInt.New(I64(48)), PyInt.New((long)Device(U32(128), U32(132))),
        };
        return StatResult.New(items, extras);
    }

    static PyObject None => Rc.New(PyNone.Instance);

    static int Fd(PyObject o) => (int)ArgParser.Int(o, "fd");

    /// <summary>os's functions on file descriptors: the C library's own, the descriptors the
    /// real ones (a file opened with open(fd) wraps one). Those that may wait (read and
    /// write on a pipe) release the GIL while they do. Descriptors MiniPy makes are not
    /// inherited by child processes, as CPython's (PEP 446).</summary>
    static void AddDescriptorFunctions(PyModule m)
    {
        foreach (var (name, value) in OpenFlags) m.SetSteal(name, PyInt.New(value));
        m.AddFunction("open", (a, k) =>
        {
            var p = ArgParser.Parse("open", a, k, new[] { "path", "flags", "mode", "dir_fd" }, 2);
            var path = FsPaths.Arg(p[0], "open");
            int flags = (int)ArgParser.Int(p[1], "flags") | OCloexec;
            uint mode = p[2] == null ? 0x1ff : (uint)ArgParser.Int(p[2], "mode");
            int fd = -1;
            Blocking.Run(() => fd = open_(path, flags, mode));
            if (fd < 0) throw Failure(path);
            Opened(fd);
            return PyInt.New(fd);
        });
        m.AddFunction("close", (a, k) =>
        {
            ArgParser.Positional("close", a, k, 1, 1);
            int fd = Fd(a[0]);
            if (close(fd) != 0) throw Failure(null);
            Closed(fd);
            return None;
        });
        m.AddFunction("closerange", (a, k) =>
        {
            ArgParser.Positional("closerange", a, k, 2, 2);
            for (int fd = Fd(a[0]), end = Fd(a[1]); fd < end; fd++)
                if (close(fd) == 0) Closed(fd);
            return None;
        });
        m.AddFunction("read", (a, k) =>
        {
            ArgParser.Positional("read", a, k, 2, 2);
            int fd = Fd(a[0]);
            long n = ArgParser.Int(a[1], "length");
            if (n < 0) throw PyFile.OsError(ErrorTypes.OSError, 22, "Invalid argument", null);
            var buffer = new byte[Math.Min(n, 1 << 30)];
            nint got = 0;
            fixed (byte* b = buffer)
            {
                var start = b;
                Blocking.Run(() => got = read(fd, start, buffer.Length));
            }
            if (got < 0) throw Failure(null);
            return PyBytes.New(buffer.AsSpan(0, (int)got).ToArray());
        });
        m.AddFunction("write", (a, k) =>
        {
            ArgParser.Positional("write", a, k, 2, 2);
            int fd = Fd(a[0]);
            var data = PyByteArray.BytesOf(a[1]) ?? throw Err.TypeError($"a bytes-like object is required, not '{a[1].ObType.Name}'");
            nint put = 0;
            fixed (byte* b = data)
            {
                var start = b;
                Blocking.Run(() => put = write(fd, start, data.Length));
            }
            if (put < 0) throw Failure(null);
            return PyInt.New(put);
        });
        m.AddFunction("pipe", (a, k) =>
        {
            ArgParser.Positional("pipe", a, k, 0, 0);
            var fds = stackalloc int[2];
            if (pipe2(fds, OCloexec) != 0) throw Failure(null);
            Opened(fds[0]);
            Opened(fds[1]);
            var result = PyTuple.New(2);
            result.SetItemSteal(0, PyInt.New(fds[0]));
            result.SetItemSteal(1, PyInt.New(fds[1]));
            return result;
        });
        m.AddFunction("dup", (a, k) =>
        {
            ArgParser.Positional("dup", a, k, 1, 1);
            int fd = fcntl(Fd(a[0]), 1030, 0); // F_DUPFD_CLOEXEC: a new, non-inheritable descriptor
            if (fd < 0) throw Failure(null);
            Opened(fd);
            return PyInt.New(fd);
        });
        m.AddFunction("dup2", (a, k) =>
        {
            var p = ArgParser.Parse("dup2", a, k, new[] { "fd", "fd2", "inheritable" }, 2);
            int fd = Fd(p[0]), fd2 = Fd(p[1]);
            bool inheritable = p[2] == null || Ops.IsTrue(p[2]);
            int r = inheritable || fd == fd2 ? dup2(fd, fd2) : dup3(fd, fd2, OCloexec);
            if (r < 0) throw Failure(null);
            Opened(r);
            return PyInt.New(r);
        });
        m.AddFunction("lseek", (a, k) =>
        {
            ArgParser.Positional("lseek", a, k, 3, 3);
            long r = lseek(Fd(a[0]), ArgParser.Int(a[1], "position"), (int)ArgParser.Int(a[2], "whence"));
            if (r < 0) throw Failure(null);
            return PyInt.New(r);
        });
        m.AddFunction("isatty", (a, k) =>
        {
            ArgParser.Positional("isatty", a, k, 1, 1);
            return PyBool.From(isatty(Fd(a[0])) == 1);
        });
        m.AddFunction("fsync", (a, k) =>
        {
            ArgParser.Positional("fsync", a, k, 1, 1);
            int fd = a[0] is PyInt ? Fd(a[0]) : (int)ArgParser.Int(Ops.CallMethod(a[0], "fileno"), "fd");
            if (fsync(fd) != 0) throw Failure(null);
            return None;
        });
        m.AddFunction("ftruncate", (a, k) =>
        {
            ArgParser.Positional("ftruncate", a, k, 2, 2);
            if (ftruncate(Fd(a[0]), ArgParser.Int(a[1], "length")) != 0) throw Failure(null);
            return None;
        });
        // A descriptor's inheritance is FD_CLOEXEC of its descriptor flags; blocking is
        // O_NONBLOCK of its status flags. Each is a flag whose bit set means false.
        void FlagPair(string name, int getCommand, int setCommand, int bit)
        {
            m.AddFunction("get_" + name, (a, k) =>
            {
                ArgParser.Positional("get_" + name, a, k, 1, 1);
                int flags = fcntl(Fd(a[0]), getCommand, 0);
                if (flags < 0) throw Failure(null);
                return PyBool.From((flags & bit) == 0);
            });
            m.AddFunction("set_" + name, (a, k) =>
            {
                ArgParser.Positional("set_" + name, a, k, 2, 2);
                int fd = Fd(a[0]);
                int flags = fcntl(fd, getCommand, 0);
                if (flags < 0 || fcntl(fd, setCommand, Ops.IsTrue(a[1]) ? flags & ~bit : flags | bit) < 0) throw Failure(null);
                return None;
            });
        }
        FlagPair("inheritable", FGetfd, FSetfd, FdCloexec);
        FlagPair("blocking", FGetfl, FSetfl, ONonblock);
    }

    // The descriptors the program opened through os (open, pipe, dup, dup2): os.fork's child
    // inherits them (OsFork), and no others of this process's.
    static readonly HashSet<int> programDescriptors = new();

    static void Opened(int fd)
    {
        lock (programDescriptors) programDescriptors.Add(fd);
    }

    static void Closed(int fd)
    {
        lock (programDescriptors) programDescriptors.Remove(fd);
    }

    /// <summary>The descriptors the program opened through os and has not closed.</summary>
    public static int[] ProgramDescriptors()
    {
        lock (programDescriptors) return programDescriptors.ToArray();
    }

    public static void Add(PyModule m)
    {
        // Sessions and process groups (a daemon's setsid() after its fork).
        m.AddFunction("setsid", (a, k) =>
        {
            ArgParser.Positional("setsid", a, k, 0, 0);
            if (setsid() < 0) throw Failure(null);
            return None;
        });
        m.AddFunction("getsid", (a, k) =>
        {
            ArgParser.Positional("getsid", a, k, 1, 1);
            int sid = getsid((int)ArgParser.Int(a[0], "pid"));
            return sid < 0 ? throw Failure(null) : PyInt.New(sid);
        });
        m.AddFunction("getpgid", (a, k) =>
        {
            ArgParser.Positional("getpgid", a, k, 1, 1);
            int pgid = getpgid((int)ArgParser.Int(a[0], "pid"));
            return pgid < 0 ? throw Failure(null) : PyInt.New(pgid);
        });
        m.AddFunction("getpgrp", (a, k) =>
        {
            ArgParser.Positional("getpgrp", a, k, 0, 0);
            return PyInt.New(getpgid(0));
        });
        m.AddFunction("setpgid", (a, k) =>
        {
            ArgParser.Positional("setpgid", a, k, 2, 2);
            if (setpgid((int)ArgParser.Int(a[0], "pid"), (int)ArgParser.Int(a[1], "pgrp")) < 0) throw Failure(null);
            return None;
        });
        m.AddFunction("stat", (a, k) =>
        {
            var p = ArgParser.Parse("stat", a, k, new[] { "path", "dir_fd", "follow_symlinks" }, 1);
            return Stat(p[0], "stat", p[2] == null || Ops.IsTrue(p[2]));
        });
        m.AddFunction("lstat", (a, k) =>
        {
            var p = ArgParser.Parse("lstat", a, k, new[] { "path", "dir_fd" }, 1);
            return Stat(p[0], "lstat", false);
        });
        m.AddFunction("fstat", (a, k) =>
        {
            var p = ArgParser.Parse("fstat", a, k, new[] { "fd" }, 1);
            return Stat((int)ArgParser.Int(p[0], "fd"), "", AtEmptyPath, null);
        });
        m.Dict.SetItemNew("stat_result", StatResult.Type);
        m.AddFunction("access", (a, k) =>
        {
            var p = ArgParser.Parse("access", a, k, new[] { "path", "mode", "dir_fd", "effective_ids", "follow_symlinks" }, 2);
            return PyBool.From(access(FsPaths.Arg(p[0], "access"), (int)ArgParser.Int(p[1], "mode")) == 0);
        });
        foreach (var (name, value) in new[] { ("F_OK", 0), ("X_OK", 1), ("W_OK", 2), ("R_OK", 4), ("EX_OK", 0) })
            m.SetSteal(name, PyInt.New(value));
        m.AddFunction("chmod", (a, k) =>
        {
            var p = ArgParser.Parse("chmod", a, k, new[] { "path", "mode", "dir_fd", "follow_symlinks" }, 2);
            var path = FsPaths.Arg(p[0], "chmod", accepted: PathOrFd);
            if (chmod(path, (uint)ArgParser.Int(p[1], "mode")) != 0) throw Failure(path);
            return None;
        });
        m.AddFunction("umask", (a, k) =>
        {
            ArgParser.Positional("umask", a, k, 1, 1);
            return PyInt.New(umask((uint)ArgParser.Int(a[0], "mask")));
        });
        m.AddFunction("getuid", (a, k) => PyInt.New(getuid()));
        m.AddFunction("geteuid", (a, k) => PyInt.New(geteuid()));
        m.AddFunction("getgid", (a, k) => PyInt.New(getgid()));
        m.AddFunction("getegid", (a, k) => PyInt.New(getegid()));
        m.AddFunction("getlogin", (a, k) => PyStr.New(Environment.UserName));
        m.AddFunction("symlink", (a, k) =>
        {
            var p = ArgParser.Parse("symlink", a, k, new[] { "src", "dst", "target_is_directory", "dir_fd" }, 2);
            string src = FsPaths.Arg(p[0], "symlink", "src"), dst = FsPaths.Arg(p[1], "symlink", "dst");
            if (symlink(src, dst) != 0) throw Failure(src, dst);
            return None;
        });
        m.AddFunction("link", (a, k) =>
        {
            var p = ArgParser.Parse("link", a, k, new[] { "src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks" }, 2);
            string src = FsPaths.Arg(p[0], "link", "src"), dst = FsPaths.Arg(p[1], "link", "dst");
            if (link(src, dst) != 0) throw Failure(src, dst);
            return None;
        });
        m.AddFunction("readlink", (a, k) =>
        {
            var p = ArgParser.Parse("readlink", a, k, new[] { "path", "dir_fd" }, 1);
            var path = FsPaths.Arg(p[0], "readlink");
            var buffer = new byte[4096];
            nint n;
            fixed (byte* b = buffer) n = readlink(path, b, buffer.Length);
            if (n < 0) throw Failure(path);
            var target = buffer.AsSpan(0, (int)n);
            return p[0] is PyBytes ? PyBytes.New(target.ToArray()) : PyStr.New(System.Text.Encoding.UTF8.GetString(target));
        });
        m.AddFunction("sched_getaffinity", (a, k) =>
        {
            ArgParser.Positional("sched_getaffinity", a, k, 1, 1);
            var mask = stackalloc byte[128];
            if (sched_getaffinity((int)ArgParser.Int(a[0], "pid"), 128, mask) != 0) throw Failure(null);
            var cpus = PySet.New();
            for (int cpu = 0; cpu < 128 * 8; cpu++)
                if ((mask[cpu / 8] & (1 << (cpu % 8))) != 0)
                {
                    var number = PyInt.New(cpu);
                    cpus.Add(number);
                    Rc.Dec(number);
                }
            return cpus;
        });
        m.AddFunction("getloadavg", (a, k) =>
        {
            var loads = stackalloc double[3];
            if (getloadavg(loads, 3) != 3) throw Err.New(ErrorTypes.OSError, "Load averages are unobtainable");
            var result = PyTuple.New(3);
            for (int i = 0; i < 3; i++) result.SetItemSteal(i, PyFloat.New(loads[i]));
            return result;
        });
        m.AddFunction("times", (a, k) =>
        {
            var buffer = stackalloc long[4];
            long elapsed = times(buffer);
            double ticks = sysconf(2); // _SC_CLK_TCK
            return TimesResult.New(new PyObject[]
            {
                PyFloat.New(buffer[0] / ticks), PyFloat.New(buffer[1] / ticks), PyFloat.New(buffer[2] / ticks),
                PyFloat.New(buffer[3] / ticks), PyFloat.New(elapsed / ticks),
            });
        });
        m.Dict.SetItemNew("times_result", TimesResult.Type);
        m.AddFunction("get_terminal_size", (a, k) =>
        {
            ArgParser.Positional("get_terminal_size", a, k, 0, 1);
            int fd = a.Length > 0 ? (int)ArgParser.Int(a[0], "fd") : 1;
            var size = stackalloc ushort[4];
            if (ioctl(fd, 0x5413, size) != 0) throw Failure(null); // TIOCGWINSZ: rows, columns, ...
            return TerminalSize.New(new PyObject[] { PyInt.New(size[1]), PyInt.New(size[0]) });
        });
        m.Dict.SetItemNew("terminal_size", TerminalSize.Type);
        var sysconfNames = PyDict.New();
        foreach (var pair in SysconfNames.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            var key = PyStr.New(pair[..eq]);
            var number = PyInt.New(int.Parse(pair[(eq + 1)..]));
            sysconfNames.SetItemNew(key, number);
            Rc.Dec(key);
            Rc.Dec(number);
        }
        m.SetSteal("sysconf_names", sysconfNames);
        m.AddFunction("sysconf", (a, k) =>
        {
            // A name from sysconf_names, or the number itself; -1 for a limit the system does
            // not have (as CPython returns it).
            ArgParser.Positional("sysconf", a, k, 1, 1);
            long name;
            if (a[0] is PyStr text)
                name = sysconfNames.GetItemBorrowed(text) is PyInt known ? known.Value : throw Err.ValueError("unrecognized configuration name");
            else if (a[0] is PyInt number)
                name = number.IsBig || number.Value is < int.MinValue or > int.MaxValue ? throw Err.OverflowError("signed integer is greater than maximum") : number.Value;
            else throw Err.TypeError($"configuration names must be strings or integers, not {a[0].ObType.Name}");
            Marshal.SetLastPInvokeError(0);
            long value = sysconf((int)name);
            if (value == -1 && Marshal.GetLastPInvokeError() != 0) throw Failure(null);
            return PyInt.New(value);
        });
        m.AddFunction("statvfs", (a, k) =>
        {
            ArgParser.Positional("statvfs", a, k, 1, 1);
            var path = FsPaths.Arg(a[0], "statvfs");
            var buffer = stackalloc ulong[14]; // struct statvfs: eleven 8-byte fields and spare room
            if (statvfs(path, buffer) != 0) throw Failure(path);
            // The fields in struct statvfs's order, but f_fsid (its 9th) is an attribute only.
            var items = new PyObject[10];
            int[] order = { 0, 1, 2, 3, 4, 5, 6, 7, 9, 10 };
            for (int i = 0; i < 10; i++) items[i] = PyInt.New((long)buffer[order[i]]);
            return StatvfsResult.New(items, new PyObject[] { PyInt.New((long)buffer[8]) });
        });
        m.Dict.SetItemNew("statvfs_result", StatvfsResult.Type);
        m.AddFunction("nice", (a, k) =>
        {
            ArgParser.Positional("nice", a, k, 1, 1);
            Marshal.SetLastPInvokeError(0);
            int value = nice((int)ArgParser.Int(a[0], "nice"));
            if (value == -1 && Marshal.GetLastPInvokeError() != 0) throw Failure(null);
            return PyInt.New(value);
        });
        m.AddFunction("getgroups", (a, k) =>
        {
            ArgParser.Positional("getgroups", a, k, 0, 0);
            int n = getgroups(0, null);
            if (n < 0) throw Failure(null);
            var groups = new uint[Math.Max(n, 1)];
            fixed (uint* g = groups) n = getgroups(groups.Length, g);
            if (n < 0) throw Failure(null);
            var list = PyList.New();
            for (int i = 0; i < n; i++) list.AppendSteal(PyInt.New(groups[i]));
            return list;
        });
        m.AddFunction("sync", (a, k) => { ArgParser.Positional("sync", a, k, 0, 0); sync(); return Rc.New(PyNone.Instance); });
        m.AddFunction("chown", (a, k) =>
        {
            var p = ArgParser.Parse("chown", a, k, new[] { "path", "uid", "gid", "dir_fd", "follow_symlinks" }, 3);
            if (p[3] != null && p[3] is not PyNone) throw Err.New(ErrorTypes.NotImplementedError, "dir_fd unavailable on this platform");
            var path = FsPaths.Arg(p[0], "chown");
            int uid = (int)ArgParser.Int(p[1], "uid"), gid = (int)ArgParser.Int(p[2], "gid");
            bool follow = p[4] == null || Ops.IsTrue(p[4]);
            if ((follow ? chown(path, uid, gid) : lchown(path, uid, gid)) != 0) throw Failure(path);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("mkfifo", (a, k) =>
        {
            var p = ArgParser.Parse("mkfifo", a, k, new[] { "path", "mode", "dir_fd" }, 1);
            if (p[2] != null && p[2] is not PyNone) throw Err.New(ErrorTypes.NotImplementedError, "dir_fd unavailable on this platform");
            var path = FsPaths.Arg(p[0], "mkfifo");
            uint mode = p[1] == null ? 0x1b6u : (uint)ArgParser.Int(p[1], "mode"); // 0o666
            if (mkfifo(path, mode) != 0) throw Failure(path);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("putenv", (a, k) =>
        {
            ArgParser.Positional("putenv", a, k, 2, 2);
            string name = ArgParser.Str(a[0], "putenv", 1), value = ArgParser.Str(a[1], "putenv", 2);
            if (name.Length == 0 || name.Contains('=')) throw Err.ValueError("illegal environment variable name");
            if (setenv(name, value, 1) != 0) throw Failure(null);
            return None;
        });
        m.AddFunction("unsetenv", (a, k) =>
        {
            ArgParser.Positional("unsetenv", a, k, 1, 1);
            string name = ArgParser.Str(a[0], "unsetenv", 1);
            if (name.Length == 0 || name.Contains('=')) throw Err.ValueError("illegal environment variable name");
            if (unsetenv(name) != 0) throw Failure(null);
            return None;
        });
        m.AddFunction("utime", (a, k) =>
        {
            var p = ArgParser.Parse("utime", a, k, new[] { "path", "times", "ns", "dir_fd", "follow_symlinks" }, 1);
            var path = FsPaths.Arg(p[0], "utime", accepted: PathOrFd);
            var spec = stackalloc long[4];
            long* given = null;
            if (p[1] != null && p[1] is not PyNone)
            {
                if (p[1] is not PyTuple { Count: 2 } t) throw Err.TypeError("utime: 'times' must be either a tuple of two ints or None");
                for (int i = 0; i < 2; i++)
                {
                    double seconds = PyFloat.ToDouble(t.Items[i]);
                    spec[2 * i] = (long)Math.Floor(seconds);
                    spec[2 * i + 1] = (long)Math.Round((seconds - Math.Floor(seconds)) * 1e9);
                }
                given = spec;
            }
            else if (p[2] != null)
            {
                if (p[2] is not PyTuple { Count: 2 } t) throw Err.TypeError("utime: 'ns' must be a tuple of two ints");
                for (int i = 0; i < 2; i++)
                {
                    long ns = ArgParser.Int(t.Items[i], "ns");
                    spec[2 * i] = Math.DivRem(ns, 1_000_000_000L, out long rest);
                    spec[2 * i + 1] = rest;
                }
                given = spec;
            }
            bool follow = p[4] == null || Ops.IsTrue(p[4]);
            if (utimensat(AtFdCwd, path, given, follow ? 0 : AtSymlinkNoFollow) != 0) throw Failure(path);
            return None;
        });
        m.AddFunction("truncate", (a, k) =>
        {
            ArgParser.Positional("truncate", a, k, 2, 2);
            var path = FsPaths.Arg(a[0], "truncate", accepted: PathOrFd);
            if (truncate(path, ArgParser.Int(a[1], "length")) != 0) throw Failure(path);
            return None;
        });
        AddDescriptorFunctions(m);
        m.AddFunction("sched_yield", (a, k) =>
        {
            sched_yield();
            return None;
        });
    }
}
