// select: waiting for the first of several descriptors to be ready (select.select) — sockets,
// pipes, files, terminals, a process's sentinel: anything with a file descriptor. The wait is
// the C library's poll(), in slices of at most 20 ms with the GIL released, so Ctrl-C (and
// any interruption of a waiting thread) is honoured in between.
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static unsafe class SelectModule
{
    [StructLayout(LayoutKind.Sequential)]
    struct PollFd
    {
        public int Fd;
        public short Events;
        public short Returned;
    }

    [DllImport("libc", SetLastError = true)] static extern int poll(PollFd* fds, nuint count, int timeoutMs);

    const short PollIn = 0x1, PollPri = 0x2, PollOut = 0x4, PollErr = 0x8, PollHup = 0x10, PollNval = 0x20;
    const int EINTR = 4;

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("select");
        m.Dict.SetItemNew("error", ErrorTypes.OSError);
        foreach (var (name, value) in new[] { ("POLLIN", 0x1), ("POLLPRI", 0x2), ("POLLOUT", 0x4), ("POLLERR", 0x8),
                     ("POLLHUP", 0x10), ("POLLNVAL", 0x20), ("POLLRDNORM", 0x40), ("POLLRDBAND", 0x80),
                     ("POLLWRNORM", 0x100), ("POLLWRBAND", 0x200), ("POLLMSG", 0x400), ("POLLRDHUP", 0x2000), ("PIPE_BUF", 4096) })
            m.SetSteal(name, PyInt.New(value));
        m.AddFunction("poll", (a, k) =>
        {
            ArgParser.Positional("poll", a, k, 0, 0);
            var p = new PollObject { ObType = PollObject.Type };
            Heap.Allocated(PollObject.Type);
            return p;
        });
        m.AddFunction("select", (a, k) =>
        {
            ArgParser.Positional("select", a, k, 3, 4);
            var lists = new[] { Ops.ToArray(a[0]), Ops.ToArray(a[1]), Ops.ToArray(a[2]) };
            try
            {
                double? timeout = a.Length > 3 ? SocketModule.TimeoutArg(a[3]) : null;
                var fds = lists.Select(items => items.Select(FdOf).ToArray()).ToArray();
                var ready = Wait(fds, timeout);
                var result = PyTuple.New(3);
                for (int i = 0; i < 3; i++)
                {
                    var list = PyList.New();
                    for (int j = 0; j < lists[i].Length; j++)
                        if (ready[i][j]) list.Append(lists[i][j]);
                    result.Items[i] = list;
                }
                return result;
            }
            finally
            {
                foreach (var items in lists) foreach (var o in items) Rc.Dec(o);
            }
        });
        return m;
    }

    /// <summary>select.poll(): descriptors registered with the events wanted of each, and
    /// poll(timeout in milliseconds) giving the (fd, events) pairs that happened.</summary>
    sealed class PollObject : PyObject
    {
        public static readonly PyType Type = BuiltinTypes.NewNativeType("poll", "select", AddMethods);
        readonly Dictionary<int, short> registered = new();
        bool polling;

        static PollObject Self(PyObject o) => (PollObject)o;

        static short Mask(ReadOnlySpan<PyObject> a, int at, string name)
        {
            if (a.Length <= at) return (short)(PollIn | PollPri | PollOut);
            long mask = ArgParser.Int(a[at], name);
            if (mask is < 0 or > ushort.MaxValue) throw Err.OverflowError(mask < 0 ? "can't convert negative int to unsigned" : "Python int too large for C unsigned short");
            return (short)(ushort)mask;
        }

        static void AddMethods(PyType t)
        {
            BuiltinTypes.AddMethod(t, "register", (self, a, k) =>
            {
                ArgParser.Positional("register", a, k, 1, 2);
                var p = Self(self);
                lock (p.registered) p.registered[FdOf(a[0])] = Mask(a, 1, "register");
                return Rc.New(PyNone.Instance);
            });
            BuiltinTypes.AddMethod(t, "modify", (self, a, k) =>
            {
                ArgParser.Positional("modify", a, k, 2, 2);
                var p = Self(self);
                int fd = FdOf(a[0]);
                lock (p.registered)
                {
                    if (!p.registered.ContainsKey(fd)) throw SocketModule.OsError(2, "No such file or directory");
                    p.registered[fd] = Mask(a, 1, "modify");
                }
                return Rc.New(PyNone.Instance);
            });
            BuiltinTypes.AddMethod(t, "unregister", (self, a, k) =>
            {
                ArgParser.Positional("unregister", a, k, 1, 1);
                var p = Self(self);
                int fd = FdOf(a[0]);
                lock (p.registered)
                    if (!p.registered.Remove(fd)) throw new PyRaise(PyException.New(ErrorTypes.KeyError, new[] { a[0] }));
                return Rc.New(PyNone.Instance);
            });
            BuiltinTypes.AddMethod(t, "poll", (self, a, k) =>
            {
                ArgParser.Positional("poll", a, k, 0, 1);
                var p = Self(self);
                double? timeout = null;
                if (a.Length == 1 && a[0] is not PyNone)
                {
                    double ms = PyFloat.ToDouble(a[0]);
                    if (double.IsNaN(ms)) throw Err.ValueError("Invalid value NaN (not a number)");
                    if (ms >= 0) timeout = ms / 1000;
                }
                PollFd[] entries;
                lock (p.registered)
                {
                    if (p.polling) throw Err.RuntimeError("concurrent poll() invocation");
                    p.polling = true;
                    entries = p.registered.Select(e => new PollFd { Fd = e.Key, Events = e.Value }).ToArray();
                }
                try
                {
                    if (!PollUntil(entries, timeout)) entries = Array.Empty<PollFd>();
                }
                finally { lock (p.registered) p.polling = false; }
                var result = PyList.New();
                foreach (var e in entries)
                {
                    if (e.Returned == 0) continue;
                    var fd = PyInt.New(e.Fd);
                    var ev = PyInt.New((ushort)e.Returned);
                    result.AppendSteal(PyTuple.PairSteal(fd, ev));
                }
                return result;
            });
        }
    }

    /// <summary>The descriptor an item of select's lists stands for: an int, a socket, or
    /// whatever its fileno() returns.</summary>
    static int FdOf(PyObject o)
    {
        if (o is PySocket { Socket: { } s }) return (int)s.Handle;
        if (o is PySocket) throw Err.ValueError("file descriptor cannot be a negative integer (-1)");
        long fd;
        if (o is PyInt i) fd = i.Value;
        else
        {
            var fileno = Ops.GetAttrOrNull(o, "fileno") ?? throw Err.TypeError("argument must be an int, or have a fileno() method.");
            try
            {
                var r = Ops.Call(fileno);
                try { fd = ArgParser.Int(r, "fileno"); } finally { Rc.Dec(r); }
            }
            finally { Rc.Dec(fileno); }
        }
        if (fd < 0) throw Err.ValueError($"file descriptor cannot be a negative integer ({fd})");
        if (fd > int.MaxValue) throw Err.OverflowError("file descriptor out of range");
        return (int)fd;
    }

    /// <summary>Polls the entries (their Returned fields filled in) until one is ready or
    /// timeout seconds pass (null: no limit), in slices of at most 20 ms with the GIL
    /// released; false if the wait was interrupted (Ctrl-C, an interrupted thread).</summary>
    static bool PollUntil(PollFd[] polled, double? timeout)
    {
        var deadline = timeout is double t && t < 1e9 ? DateTime.UtcNow.AddSeconds(t) : DateTime.MaxValue;
        var ts = ThreadState.Current;
        var token = Interpreter.WaitToken(ts);
        if (ts != null) ts.WaitInterrupted = false;
        int found = 0, errno = 0;
        bool completed = Blocking.RunUntil(() =>
        {
            while (true)
            {
                int slice = (int)Math.Max(0, Math.Min(20, Math.Ceiling((deadline - DateTime.UtcNow).TotalMilliseconds)));
                fixed (PollFd* p = polled) found = poll(p, (nuint)polled.Length, slice);
                if (found < 0)
                {
                    errno = Marshal.GetLastPInvokeError();
                    if (errno != EINTR) return true;
                    found = 0;
                }
                if (found > 0 || DateTime.UtcNow >= deadline) return true;
                if (token.IsCancellationRequested)
                {
                    if (ts != null) Waits.Cancelled(ts);
                    return false;
                }
            }
        });
        if (found < 0) throw SocketModule.OsError(errno, Marshal.GetPInvokeErrorMessage(errno));
        return completed;
    }

    /// <summary>Which descriptors of each of the three sets (read, write, exceptional) are
    /// ready, waiting at most timeout seconds (null: for ever) for the first.</summary>
    static bool[][] Wait(int[][] sets, double? timeout)
    {
        // One poll entry per descriptor, asking for everything any set wants of it.
        var index = new Dictionary<int, int>();
        var entries = new List<PollFd>();
        short[] wanted = { PollIn, PollOut, PollPri };
        for (int set = 0; set < 3; set++)
            foreach (var fd in sets[set])
            {
                if (!index.TryGetValue(fd, out int at)) { at = entries.Count; index[fd] = at; entries.Add(new PollFd { Fd = fd }); }
                var e = entries[at];
                e.Events |= wanted[set];
                entries[at] = e;
            }
        var polled = entries.ToArray();
        bool completed = PollUntil(polled, timeout);
        foreach (var e in polled)
            if ((e.Returned & PollNval) != 0) throw SocketModule.OsError(9, "Bad file descriptor");
        var ready = new bool[3][];
        for (int set = 0; set < 3; set++)
        {
            ready[set] = new bool[sets[set].Length];
            if (!completed) continue;
            for (int j = 0; j < sets[set].Length; j++)
            {
                short got = polled[index[sets[set][j]]].Returned;
                ready[set][j] = set switch
                {
                    // As select(2) reports them: a hang-up or an error is readable (a read
                    // then says what happened), and writable.
                    0 => (got & (PollIn | PollHup | PollErr)) != 0,
                    1 => (got & (PollOut | PollErr | PollHup)) != 0,
                    _ => (got & PollPri) != 0,
                };
            }
        }
        return ready;
    }
}
