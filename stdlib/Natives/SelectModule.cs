// select: waiting for the first of several sockets to be ready (select.select), with the
// GIL released while it waits and Ctrl-C honoured in the main thread. Sockets only (the
// objects _socket makes); CPython also takes files and pipes.
using System.Net.Sockets;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class SelectModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("select");
        m.Dict.SetItemNew("error", ErrorTypes.OSError);
        m.AddFunction("select", (a, k) =>
        {
            ArgParser.Positional("select", a, k, 3, 4);
            var lists = new[] { Ops.ToArray(a[0]), Ops.ToArray(a[1]), Ops.ToArray(a[2]) };
            try
            {
                double? timeout = a.Length > 3 ? SocketModule.TimeoutArg(a[3]) : null;
                var sockets = lists.Select(items => items.Select(SocketOf).ToArray()).ToArray();
                var ready = Wait(sockets, timeout);
                var result = PyTuple.New(3);
                for (int i = 0; i < 3; i++)
                {
                    var list = PyList.New();
                    for (int j = 0; j < lists[i].Length; j++)
                        if (ready[i].Contains(sockets[i][j])) list.Append(lists[i][j]);
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

    static Socket SocketOf(PyObject o)
    {
        if (o is PySocket { Socket: { } s }) return s;
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
        return PySocket.FindByFileno(fd) ?? throw Err.New(ErrorTypes.OSError, "[Errno 9] Bad file descriptor");
    }

    /// <summary>The sockets ready in each of the three sets, waiting at most timeout.</summary>
    static HashSet<Socket>[] Wait(Socket[][] sockets, double? timeout)
    {
        var deadline = timeout is double t && t < 1e9 ? DateTime.UtcNow.AddSeconds(t) : DateTime.MaxValue;
        var ts = ThreadState.Current;
        var token = Interpreter.WaitToken(ts);
        if (ts != null) ts.WaitInterrupted = false;
        HashSet<Socket>[] ready = null;
        Blocking.RunUntil(() =>
        {
            while (true)
            {
                var read = sockets[0].ToList();
                var write = sockets[1].ToList();
                var error = sockets[2].ToList();
                long slice = Math.Max(0, Math.Min(20_000, (long)(deadline - DateTime.UtcNow).TotalMicroseconds));
                try
                {
                    if (read.Count + write.Count + error.Count > 0) Socket.Select(read, write, error, (int)slice);
                    else Thread.Sleep((int)(slice / 1000));
                }
                catch (Exception e) when (e is ObjectDisposedException or SocketException)
                {
                    // A socket closed meanwhile: report every socket ready; its own call says why.
                    ready = new[] { sockets[0].ToHashSet(), sockets[1].ToHashSet(), sockets[2].ToHashSet() };
                    return true;
                }
                if (read.Count + write.Count + error.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    ready = new[] { read.ToHashSet(), write.ToHashSet(), error.ToHashSet() };
                    return true;
                }
                if (token.IsCancellationRequested)
                {
                    if (ts != null) Waits.Cancelled(ts);
                    ready = new[] { new HashSet<Socket>(), new HashSet<Socket>(), new HashSet<Socket>() };
                    return false;
                }
            }
        });
        return ready;
    }
}
