// resource: what the process has used and may use, from the C library — getrusage (CPU
// times, the peak resident set in kilobytes, page faults, context switches), getrlimit and
// setrlimit with the RLIMIT_* constants, and the page size.
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static unsafe class ResourceModule
{
    [DllImport("libc", SetLastError = true)] static extern int getrusage(int who, long* usage);
    [DllImport("libc", SetLastError = true)] static extern int getrlimit(int resource, ulong* limits);
    [DllImport("libc", SetLastError = true)] static extern int setrlimit(int resource, ulong* limits);
    [DllImport("libc")] static extern int getpagesize();

    static readonly StructSequenceType Rusage = new("resource.struct_rusage", "resource", new[]
    {
        "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
        "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
    });

    // Linux's numbering.
    static readonly (string Name, int Value)[] Limits =
    {
        ("RLIMIT_CPU", 0), ("RLIMIT_FSIZE", 1), ("RLIMIT_DATA", 2), ("RLIMIT_STACK", 3), ("RLIMIT_CORE", 4),
        ("RLIMIT_RSS", 5), ("RLIMIT_NPROC", 6), ("RLIMIT_NOFILE", 7), ("RLIMIT_MEMLOCK", 8), ("RLIMIT_AS", 9),
        ("RLIMIT_LOCKS", 10), ("RLIMIT_SIGPENDING", 11), ("RLIMIT_MSGQUEUE", 12), ("RLIMIT_NICE", 13),
        ("RLIMIT_RTPRIO", 14), ("RLIMIT_RTTIME", 15),
    };

    const ulong Infinity = ulong.MaxValue;

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("resource");
        m.SetSteal("RUSAGE_SELF", PyInt.New(0));
        m.SetSteal("RUSAGE_CHILDREN", PyInt.New(-1));
        m.SetSteal("RUSAGE_THREAD", PyInt.New(1));
        m.SetSteal("RLIM_INFINITY", PyInt.New(-1));
        m.SetSteal("RLIM_NLIMITS", PyInt.New(Limits.Length));
        foreach (var (name, value) in Limits) m.SetSteal(name, PyInt.New(value));
        m.SetSteal("error", Rc.New(ErrorTypes.OSError));
        m.Dict.SetItemNew("struct_rusage", Rusage.Type);
        m.AddFunction("getrusage", (a, k) =>
        {
            ArgParser.Positional("getrusage", a, k, 1, 1);
            long who = ArgParser.Int(a[0], "who");
            // struct rusage: two struct timevals (seconds, microseconds), then 14 longs.
            var usage = stackalloc long[18];
            if (who < int.MinValue || who > int.MaxValue || getrusage((int)who, usage) != 0)
                throw Err.ValueError("invalid who parameter");
            var items = new PyObject[16];
            items[0] = PyFloat.New(usage[0] + usage[1] * 1e-6);
            items[1] = PyFloat.New(usage[2] + usage[3] * 1e-6);
            for (int i = 2; i < 16; i++) items[i] = PyInt.New(usage[i + 2]);
            return Rusage.New(items);
        });
        m.AddFunction("getrlimit", (a, k) =>
        {
            ArgParser.Positional("getrlimit", a, k, 1, 1);
            var limits = stackalloc ulong[2];
            if (getrlimit(Resource(a[0]), limits) != 0) throw Err.ValueError("invalid resource specified");
            var result = PyTuple.New(2);
            for (int i = 0; i < 2; i++) result.SetItemSteal(i, PyInt.New(limits[i] == Infinity ? -1 : (long)limits[i]));
            return result;
        });
        m.AddFunction("setrlimit", (a, k) =>
        {
            ArgParser.Positional("setrlimit", a, k, 2, 2);
            int resource = Resource(a[0]);
            if (a[1] is not PyTuple { Count: 2 } pair) throw Err.ValueError("expected a tuple of 2 integers");
            var limits = stackalloc ulong[2];
            for (int i = 0; i < 2; i++)
            {
                long value = ArgParser.Int(pair.Items[i], "limit");
                limits[i] = value == -1 ? Infinity : (ulong)value;
            }
            if (setrlimit(resource, limits) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == 22) throw Err.ValueError("current limit exceeds maximum limit");
                if (errno == 1) throw Err.ValueError("not allowed to raise maximum limit");
                throw OsPosix.Failure(null);
            }
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("getpagesize", (a, k) => PyInt.New(getpagesize()));
        return m;
    }

    static int Resource(PyObject o)
    {
        long r = ArgParser.Int(o, "resource");
        if (r < 0 || r >= Limits.Length) throw Err.ValueError("invalid resource specified");
        return (int)r;
    }
}
