// _socket: network sockets over .NET's Socket — TCP and UDP over IPv4 and IPv6, and Unix
// domain sockets. Every call that can wait (accept, connect, recv, send) releases the GIL
// while it waits, as CPython's do, and waits in short slices so that Ctrl-C interrupts the
// main thread; a timeout set with settimeout() ends the wait with TimeoutError('timed out').
// Failures are OSErrors with Linux's errno and message (ConnectionRefusedError and the rest).
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public sealed class PySocket : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("socket", "_socket", AddMethods, Construct);

    public Socket Socket;
    public int Family, SocketType, Protocol;
    /// <summary>settimeout(): null blocks for ever, 0 never blocks.</summary>
    double? timeout;

    public static PySocket Wrap(Socket s, int family, int type, int proto)
    {
        var o = new PySocket { ObType = Type, Socket = s, Family = family, SocketType = type, Protocol = proto };
        o.timeout = SocketModule.DefaultTimeout;
        if (o.timeout == 0) s.Blocking = false;
        Heap.Allocated(Type);
        lock (ByFileno) ByFileno[(long)s.Handle] = new WeakReference<Socket>(s);
        return o;
    }

    /// <summary>The open sockets by file descriptor, for select() given objects that only
    /// have a fileno() (a server wrapping a socket, say).</summary>
    static readonly Dictionary<long, WeakReference<Socket>> ByFileno = new();

    public static Socket FindByFileno(long fd)
    {
        lock (ByFileno) return ByFileno.TryGetValue(fd, out var weak) && weak.TryGetTarget(out var s) ? s : null;
    }

    static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var p = ArgParser.Parse("socket", args, kw, new[] { "family", "type", "proto", "fileno" }, 0);
        int family = p[0] == null || p[0] is PyNone ? SocketModule.AF_INET : (int)ArgParser.Int(p[0], "socket");
        int type = p[1] == null || p[1] is PyNone ? SocketModule.SOCK_STREAM : (int)ArgParser.Int(p[1], "socket");
        int proto = p[2] == null || p[2] is PyNone ? 0 : (int)ArgParser.Int(p[2], "socket");
        var addressFamily = family switch
        {
            SocketModule.AF_INET => AddressFamily.InterNetwork,
            SocketModule.AF_INET6 => AddressFamily.InterNetworkV6,
            SocketModule.AF_UNIX => AddressFamily.Unix,
            _ => throw SocketModule.OsError(97, "Address family not supported by protocol"),
        };
        var (socketType, protocol) = type switch
        {
            SocketModule.SOCK_STREAM => (System.Net.Sockets.SocketType.Stream, family == SocketModule.AF_UNIX ? ProtocolType.Unspecified : ProtocolType.Tcp),
            SocketModule.SOCK_DGRAM => (System.Net.Sockets.SocketType.Dgram, family == SocketModule.AF_UNIX ? ProtocolType.Unspecified : ProtocolType.Udp),
            _ => throw SocketModule.OsError(94, "Socket type not supported"),
        };
        try { return Wrap(new Socket(addressFamily, socketType, protocol), family, type, proto); }
        catch (SocketException e) { throw SocketModule.Translate(e); }
    }

    Socket Live => Socket ?? throw SocketModule.OsError(9, "Bad file descriptor");

    /// <summary>A timeout of 0 makes the socket non-blocking: a call that would wait raises
    /// BlockingIOError instead.</summary>
    void SetTimeout(double? value)
    {
        timeout = value;
        Call(() => { Live.Blocking = value != 0; return 0; });
    }

    /// <summary>Waits until the socket can read (or write), honouring the timeout; a signal
    /// whose handler returns lets the wait go on (PEP 475), one that raises ends it.</summary>
    void Wait(SelectMode mode)
    {
        if (timeout == 0) return; // non-blocking: the call itself says EAGAIN
        var sock = Live;
        double seconds = timeout is double t && t < 1e9 ? t : -1;
        bool ready = Blocking.RunRestarting(seconds, left =>
        {
            var ts = ThreadState.Current;
            var token = Interpreter.WaitToken(ts);
            var deadline = left < 0 ? DateTime.MaxValue : DateTime.UtcNow.AddSeconds(left);
            while (true)
            {
                try { if (sock.Poll(20_000, mode)) return true; }
                catch (Exception e) when (e is ObjectDisposedException or SocketException) { return true; } // the call reports it
                if (token.IsCancellationRequested) { if (ts != null) Waits.Cancelled(ts); return false; }
                if (DateTime.UtcNow >= deadline) return false;
            }
        });
        if (!ready) throw SocketModule.Timeout();
    }

    T Call<T>(Func<T> operation)
    {
        try { return operation(); }
        catch (SocketException e) { throw SocketModule.Translate(e); }
        catch (ObjectDisposedException) { throw SocketModule.OsError(9, "Bad file descriptor"); }
    }

    static PySocket Self(PyObject o) => (PySocket)o;

    /// <summary>recv and recvfrom: checks the buffer size, waits (GIL released) until there is
    /// something to read, and returns a buffer of that size to receive into.</summary>
    static byte[] ReceiveBuffer(PySocket s, PyObject sizeArg, string name)
    {
        int size = (int)ArgParser.Int(sizeArg, name);
        if (size < 0) throw Err.ValueError("negative buffersize in " + name);
        s.Wait(SelectMode.SelectRead);
        return new byte[size];
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        Socket?.Dispose();
        Socket = null;
    }

    public override string Repr()
    {
        if (Socket == null) return $"<socket.socket [closed] fd=-1, family={Family}, type={SocketType}, proto={Protocol}>";
        var text = $"<socket.socket fd={(int)Socket.Handle}, family={Family}, type={SocketType}, proto={Protocol}";
        try { if (Socket.LocalEndPoint is IPEndPoint local) text += $", laddr={SocketModule.AddressRepr(local)}"; } catch (SocketException) { }
        try { if (Socket.Connected && Socket.RemoteEndPoint is IPEndPoint remote) text += $", raddr={SocketModule.AddressRepr(remote)}"; } catch (SocketException) { }
        return text + ">";
    }

    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "family" => PyInt.New(Family),
        "type" => PyInt.New(SocketType),
        "proto" => PyInt.New(Protocol),
        "timeout" => timeout is double t ? PyFloat.New(t) : Rc.New(PyNone.Instance),
        _ => base.GetAttr(name),
    };

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "bind", (self, a, k) =>
        {
            ArgParser.Positional("bind", a, k, 1, 1);
            var s = Self(self);
            var endpoint = SocketModule.EndPoint(a[0], s.Family, forBind: true);
            s.Call(() => { s.Live.Bind(endpoint); return 0; });
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "listen", (self, a, k) =>
        {
            ArgParser.Positional("listen", a, k, 0, 1);
            var s = Self(self);
            int backlog = a.Length > 0 ? (int)ArgParser.Int(a[0], "listen") : 128;
            s.Call(() => { s.Live.Listen(Math.Max(0, backlog)); return 0; });
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "accept", (self, a, k) =>
        {
            ArgParser.Positional("accept", a, k, 0, 0);
            var s = Self(self);
            s.Wait(SelectMode.SelectRead);
            var conn = s.Call(() => s.Live.Accept());
            conn.Blocking = true;
            var wrapped = Wrap(conn, s.Family, s.SocketType, s.Protocol);
            var result = PyTuple.New(2);
            result.Items[0] = wrapped;
            result.Items[1] = SocketModule.Address(conn.RemoteEndPoint);
            return result;
        });
        BuiltinTypes.AddMethod(t, "connect", (self, a, k) =>
        {
            ArgParser.Positional("connect", a, k, 1, 1);
            Self(self).Connect(a[0]);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "connect_ex", (self, a, k) =>
        {
            ArgParser.Positional("connect_ex", a, k, 1, 1);
            try
            {
                Self(self).Connect(a[0]);
                return PyInt.New(0);
            }
            catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.OSError))
            {
                var errno = e.Exc.InstanceDict?.GetItemBorrowed("errno") as PyInt;
                long code = errno?.Value ?? 111;
                Rc.Dec(e.TakeException());
                return PyInt.New(code);
            }
        });
        BuiltinTypes.AddMethod(t, "send", (self, a, k) =>
        {
            ArgParser.Positional("send", a, k, 1, 2);
            var s = Self(self);
            var data = SocketModule.Buffer(a[0]);
            s.Wait(SelectMode.SelectWrite);
            var sock = s.Live;
            return PyInt.New(s.Call(() => Blocking.Run(() => sock.Send(data))));
        });
        BuiltinTypes.AddMethod(t, "sendall", (self, a, k) =>
        {
            ArgParser.Positional("sendall", a, k, 1, 2);
            var s = Self(self);
            var data = SocketModule.Buffer(a[0]);
            int sent = 0;
            while (sent < data.Length)
            {
                s.Wait(SelectMode.SelectWrite);
                var sock = s.Live;
                sent += s.Call(() => Blocking.Run(() => sock.Send(data, sent, data.Length - sent, SocketFlags.None)));
            }
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "sendto", (self, a, k) =>
        {
            ArgParser.Positional("sendto", a, k, 2, 2);
            var s = Self(self);
            var data = SocketModule.Buffer(a[0]);
            var endpoint = SocketModule.EndPoint(a[1], s.Family, forBind: false);
            var sock = s.Live;
            return PyInt.New(s.Call(() => Blocking.Run(() => sock.SendTo(data, endpoint))));
        });
        BuiltinTypes.AddMethod(t, "recv", (self, a, k) =>
        {
            ArgParser.Positional("recv", a, k, 1, 2);
            var s = Self(self);
            var buffer = ReceiveBuffer(s, a[0], "recv");
            int n = s.Call(() => s.Live.Receive(buffer));
            Array.Resize(ref buffer, n);
            return PyBytes.New(buffer);
        });
        BuiltinTypes.AddMethod(t, "recvfrom", (self, a, k) =>
        {
            ArgParser.Positional("recvfrom", a, k, 1, 2);
            var s = Self(self);
            var buffer = ReceiveBuffer(s, a[0], "recvfrom");
            EndPoint from = s.Family == SocketModule.AF_INET6 ? new IPEndPoint(IPAddress.IPv6Any, 0) : new IPEndPoint(IPAddress.Any, 0);
            int n = s.Call(() => s.Live.ReceiveFrom(buffer, ref from));
            Array.Resize(ref buffer, n);
            var result = PyTuple.New(2);
            result.Items[0] = PyBytes.New(buffer);
            result.Items[1] = SocketModule.Address(from);
            return result;
        });
        BuiltinTypes.AddMethod(t, "close", (self, a, k) =>
        {
            var s = Self(self);
            s.Socket?.Dispose();
            s.Socket = null;
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "shutdown", (self, a, k) =>
        {
            ArgParser.Positional("shutdown", a, k, 1, 1);
            var s = Self(self);
            var how = ArgParser.Int(a[0], "shutdown") switch { 0 => SocketShutdown.Receive, 1 => SocketShutdown.Send, _ => SocketShutdown.Both };
            s.Call(() => { s.Live.Shutdown(how); return 0; });
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "settimeout", (self, a, k) =>
        {
            ArgParser.Positional("settimeout", a, k, 1, 1);
            Self(self).SetTimeout(SocketModule.TimeoutArg(a[0]));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "gettimeout", (self, a, k) =>
            Self(self).timeout is double to ? PyFloat.New(to) : Rc.New(PyNone.Instance));
        BuiltinTypes.AddMethod(t, "setblocking", (self, a, k) =>
        {
            ArgParser.Positional("setblocking", a, k, 1, 1);
            Self(self).SetTimeout(Ops.IsTrue(a[0]) ? null : 0);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "getblocking", (self, a, k) => PyBool.From(Self(self).timeout != 0));
        BuiltinTypes.AddMethod(t, "setsockopt", (self, a, k) =>
        {
            ArgParser.Positional("setsockopt", a, k, 3, 3);
            var s = Self(self);
            long level = ArgParser.Int(a[0], "setsockopt"), option = ArgParser.Int(a[1], "setsockopt");
            int value = a[2] is PyInt ? (int)ArgParser.Int(a[2], "setsockopt") : 1;
            s.Call(() =>
            {
                if (level == SocketModule.SOL_SOCKET && option == SocketModule.SO_REUSEADDR)
                    s.Live.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, value != 0);
                else if (level == SocketModule.SOL_SOCKET && option == SocketModule.SO_KEEPALIVE)
                    s.Live.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, value != 0);
                else if (level == SocketModule.SOL_SOCKET && option == SocketModule.SO_BROADCAST)
                    s.Live.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Broadcast, value != 0);
                else if (level == SocketModule.IPPROTO_TCP && option == SocketModule.TCP_NODELAY)
                    s.Live.NoDelay = value != 0;
                return 0;
            });
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "getsockopt", (self, a, k) =>
        {
            ArgParser.Positional("getsockopt", a, k, 2, 3);
            var s = Self(self);
            long level = ArgParser.Int(a[0], "getsockopt"), option = ArgParser.Int(a[1], "getsockopt");
            if (level == SocketModule.SOL_SOCKET && option == SocketModule.SO_REUSEADDR)
                return PyInt.New(s.Call(() => (bool)s.Live.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress)!) ? 1 : 0);
            if (level == SocketModule.SOL_SOCKET && option == SocketModule.SO_TYPE) return PyInt.New(s.SocketType);
            return PyInt.New(0);
        });
        BuiltinTypes.AddMethod(t, "getsockname", (self, a, k) =>
        {
            var s = Self(self);
            return SocketModule.Address(s.Call(() => s.Live.LocalEndPoint));
        });
        BuiltinTypes.AddMethod(t, "getpeername", (self, a, k) =>
        {
            var s = Self(self);
            return SocketModule.Address(s.Call(() => s.Live.RemoteEndPoint ?? throw new SocketException((int)SocketError.NotConnected)));
        });
        BuiltinTypes.AddMethod(t, "__enter__", (self, a, k) => Rc.New(self));
        BuiltinTypes.AddMethod(t, "__exit__", (self, a, k) =>
        {
            var s = Self(self);
            s.Socket?.Dispose();
            s.Socket = null;
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "makefile", (self, a, k) =>
        {
            // The file object is written in Python (socket._SocketFile).
            var ts = ThreadState.Current;
            var module = ts.Interp.ImportModule(ts, "socket");
            var fileType = module.GetAttr(PyStr.Intern("_SocketFile"));
            try
            {
                var args = new PyObject[a.Length + 1];
                args[0] = self;
                a.CopyTo(args.AsSpan(1));
                return Ops.Call(fileType, args, k);
            }
            finally { Rc.Dec(fileType); }
        });
        BuiltinTypes.AddMethod(t, "fileno", (self, a, k) =>
            PyInt.New(Self(self).Socket is { } sock ? (long)sock.Handle : -1));
    }

    void Connect(PyObject address)
    {
        var endpoint = SocketModule.EndPoint(address, Family, forBind: false);
        if (timeout == 0)
        {
            Call(() => { Live.Blocking = false; try { Live.Connect(endpoint); } finally { Live.Blocking = true; } return 0; });
            return;
        }
        var task = Call(() => Live.ConnectAsync(endpoint));
        var deadline = timeout is double t && t < 1e9 ? TimeSpan.FromSeconds(t) : Timeout.InfiniteTimeSpan;
        bool done = Blocking.RunUntil(() =>
        {
            try { return task.Wait(deadline); }
            catch (AggregateException) { return true; }
        });
        if (!done) throw SocketModule.Timeout();
        if (task.Exception?.InnerException is SocketException e) throw SocketModule.Translate(e);
    }
}

public static class SocketModule
{
    public const int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, SOCK_STREAM = 1, SOCK_DGRAM = 2;
    public const int SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_TYPE = 3, SO_BROADCAST = 6, SO_KEEPALIVE = 9;
    public const int IPPROTO_TCP = 6, IPPROTO_UDP = 17, TCP_NODELAY = 1;

    /// <summary>setdefaulttimeout(): the timeout new sockets start with, for the whole
    /// process (negative: none).</summary>
    static double defaultTimeout = -1;
    public static double? DefaultTimeout => Volatile.Read(ref defaultTimeout) is var t && t >= 0 ? t : null;

    static PyModule module;

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_socket");
        module = m;
        m.Dict.SetItemNew("socket", PySocket.Type);
        m.Dict.SetItemNew("SocketType", PySocket.Type);
        m.Dict.SetItemNew("error", ErrorTypes.OSError);
        m.Dict.SetItemNew("timeout", ErrorTypes.TimeoutError);
        m.SetSteal("gaierror", BinasciiModule.NewExceptionClass("socket", "gaierror", ErrorTypes.OSError));
        m.SetSteal("herror", BinasciiModule.NewExceptionClass("socket", "herror", ErrorTypes.OSError));
        foreach (var (name, value) in new (string, long)[]
        {
            ("AF_UNIX", AF_UNIX), ("AF_INET", AF_INET), ("AF_INET6", AF_INET6), ("AF_UNSPEC", 0),
            ("SOCK_STREAM", SOCK_STREAM), ("SOCK_DGRAM", SOCK_DGRAM), ("SOCK_RAW", 3),
            ("SOL_SOCKET", SOL_SOCKET), ("SO_REUSEADDR", SO_REUSEADDR), ("SO_TYPE", SO_TYPE), ("SO_BROADCAST", SO_BROADCAST),
            ("SO_KEEPALIVE", SO_KEEPALIVE), ("SO_REUSEPORT", 15), ("SO_RCVBUF", 8), ("SO_SNDBUF", 7),
            ("IPPROTO_TCP", IPPROTO_TCP), ("IPPROTO_UDP", IPPROTO_UDP), ("IPPROTO_IP", 0), ("TCP_NODELAY", TCP_NODELAY),
            ("SHUT_RD", 0), ("SHUT_WR", 1), ("SHUT_RDWR", 2), ("SOMAXCONN", 4096), ("AI_PASSIVE", 1),
        })
            m.SetSteal(name, PyInt.New(value));
        m.AddFunction("gethostname", (a, k) => PyStr.New(Dns.GetHostName()));
        m.AddFunction("gethostbyname", (a, k) =>
        {
            ArgParser.Positional("gethostbyname", a, k, 1, 1);
            return PyStr.New(Resolve(ArgParser.Str(a[0], "gethostbyname", 1), AF_INET).ToString());
        });
        m.AddFunction("getaddrinfo", (a, k) =>
        {
            var p = ArgParser.Parse("getaddrinfo", a, k, new[] { "host", "port", "family", "type", "proto", "flags" }, 2);
            string host = p[0] is PyStr h ? h.Value : "localhost";
            int port = p[1] is PyInt pi ? (int)pi.Value : p[1] is PyStr ps && int.TryParse(ps.Value, out var n) ? n : 0;
            int family = p[2] is PyInt fi && fi.Value != 0 ? (int)fi.Value : AF_INET;
            int type = p[3] is PyInt ti && ti.Value != 0 ? (int)ti.Value : SOCK_STREAM;
            var address = Resolve(host, family);
            var entry = PyTuple.New(5);
            entry.Items[0] = PyInt.New(family);
            entry.Items[1] = PyInt.New(type);
            entry.Items[2] = PyInt.New(type == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP);
            entry.Items[3] = PyStr.New("");
            entry.Items[4] = Address(new IPEndPoint(address, port));
            var list = PyList.New();
            list.AppendSteal(entry);
            return list;
        });
        m.AddFunction("getdefaulttimeout", (a, k) => DefaultTimeout is double t ? PyFloat.New(t) : Rc.New(PyNone.Instance));
        m.AddFunction("setdefaulttimeout", (a, k) =>
        {
            ArgParser.Positional("setdefaulttimeout", a, k, 1, 1);
            Volatile.Write(ref defaultTimeout, TimeoutArg(a[0]) ?? -1);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("htons", (a, k) => PyInt.New((ushort)IPAddress.HostToNetworkOrder((short)ArgParser.Int(a[0], "htons"))));
        m.AddFunction("ntohs", (a, k) => PyInt.New((ushort)IPAddress.NetworkToHostOrder((short)ArgParser.Int(a[0], "ntohs"))));
        m.AddFunction("inet_aton", (a, k) =>
        {
            if (!IPAddress.TryParse(ArgParser.Str(a[0], "inet_aton", 1), out var ip) || ip.AddressFamily != AddressFamily.InterNetwork)
                throw Err.New(ErrorTypes.OSError, "illegal IP address string passed to inet_aton");
            return PyBytes.New(ip.GetAddressBytes());
        });
        m.AddFunction("inet_ntoa", (a, k) =>
        {
            var b = Buffer(a[0]);
            if (b.Length != 4) throw Err.New(ErrorTypes.OSError, "packed IP wrong length for inet_ntoa");
            return PyStr.New(new IPAddress(b).ToString());
        });
        return m;
    }

    public static double? TimeoutArg(PyObject o)
    {
        if (o is PyNone) return null;
        double t = PyFloat.ToDouble(o);
        if (t < 0) throw Err.ValueError("Timeout value out of range");
        return t;
    }

    public static byte[] Buffer(PyObject o)
        => PyByteArray.BytesOf(o) ?? throw Err.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'");

    static IPAddress Resolve(string host, int family)
    {
        if (host is "" or "0.0.0.0") return family == AF_INET6 ? IPAddress.IPv6Any : IPAddress.Any;
        if (host == "<broadcast>") return IPAddress.Broadcast;
        if (IPAddress.TryParse(host, out var ip)) return ip;
        if (host == "localhost") return family == AF_INET6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
        try
        {
            var wanted = family == AF_INET6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
            var found = Blocking.Run(() => Dns.GetHostAddresses(host));
            foreach (var address in found) if (address.AddressFamily == wanted) return address;
        }
        catch (SocketException) { }
        var gaierror = (PyType)module.Dict.GetItemBorrowed("gaierror");
        throw OsErrorOf(gaierror, -2, "Name or service not known");
    }

    /// <summary>The .NET endpoint of a Python address: (host, port) or a path.</summary>
    public static EndPoint EndPoint(PyObject address, int family, bool forBind)
    {
        if (family == AF_UNIX)
        {
            var path = address is PyStr s ? s.Value : throw Err.TypeError($"a bytes-like object is required, not '{address.ObType.Name}'");
            return new UnixDomainSocketEndPoint(path);
        }
        if (address is not PyTuple t || t.Count < 2)
            throw Err.TypeError($"{(family == AF_INET6 ? "AF_INET6" : "AF_INET")} address must be tuple, not {address.ObType.Name}");
        if (t.Items[0] is not PyStr host) throw Err.TypeError($"str, bytes or bytearray expected, not {t.Items[0].ObType.Name}");
        long port = ArgParser.Int(t.Items[1], "port");
        if (port < 0 || port > 65535) throw Err.New(ErrorTypes.OverflowError, "bind(): port must be 0-65535.");
        return new IPEndPoint(Resolve(host.Value, family), (int)port);
    }

    /// <summary>A .NET endpoint as Python gives addresses: (host, port) or a path.</summary>
    public static PyObject Address(EndPoint endpoint)
    {
        if (endpoint is IPEndPoint ip)
        {
            var t = PyTuple.New(ip.AddressFamily == AddressFamily.InterNetworkV6 ? 4 : 2);
            t.Items[0] = PyStr.New(ip.Address.ToString());
            t.Items[1] = PyInt.New(ip.Port);
            if (t.Count == 4)
            {
                t.Items[2] = PyInt.New(0);
                t.Items[3] = PyInt.New(ip.Address.ScopeId);
            }
            return t;
        }
        return PyStr.New(endpoint?.ToString() ?? "");
    }

    public static string AddressRepr(IPEndPoint ip) => $"('{ip.Address}', {ip.Port})";

    public static PyRaise OsError(int errno, string message) => OsErrorOf(ErrorTypes.OSError, errno, message);

    static PyRaise OsErrorOf(PyType type, int errno, string message) => PyFile.OsError(type, errno, message, null);

    public static PyRaise Timeout() => Err.New(ErrorTypes.TimeoutError, "timed out");

    /// <summary>A .NET socket failure as the OSError CPython raises for the same errno.</summary>
    public static PyRaise Translate(SocketException e)
    {
        (PyType type, int errno) = e.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => (ErrorTypes.ConnectionRefusedError, 111),
            SocketError.ConnectionReset => (ErrorTypes.ConnectionResetError, 104),
            SocketError.ConnectionAborted => (ErrorTypes.ConnectionAbortedError, 103),
            SocketError.Shutdown => (ErrorTypes.BrokenPipeError, 32),
            SocketError.AddressAlreadyInUse => (ErrorTypes.OSError, 98),
            SocketError.AddressNotAvailable => (ErrorTypes.OSError, 99),
            SocketError.NotConnected => (ErrorTypes.OSError, 107),
            SocketError.IsConnected => (ErrorTypes.OSError, 106),
            SocketError.WouldBlock => (ErrorTypes.BlockingIOError, 11),
            SocketError.TimedOut => (ErrorTypes.TimeoutError, 110),
            SocketError.NetworkUnreachable => (ErrorTypes.OSError, 101),
            SocketError.HostUnreachable => (ErrorTypes.OSError, 113),
            SocketError.InvalidArgument => (ErrorTypes.OSError, 22),
            SocketError.AccessDenied => (ErrorTypes.PermissionError, 13),
            _ => (ErrorTypes.OSError, e.NativeErrorCode),
        };
        if (type == null) type = ErrorTypes.OSError;
        return OsErrorOf(type, errno, Marshal.GetPInvokeErrorMessage(errno));
    }
}
