// _socket: network sockets over .NET's Socket — TCP and UDP over IPv4 and IPv6, and Unix
// domain sockets. Every call that can wait (accept, connect, recv, send) releases the GIL
// while it waits, as CPython's do, and waits in short slices so that Ctrl-C interrupts the
// main thread; a timeout set with settimeout() ends the wait with TimeoutError('timed out').
// Failures are OSErrors with Linux's errno and message (ConnectionRefusedError and the rest).
//
// The socket type accepts subclasses: socket.socket is a class of socket.py deriving from
// it, as in CPython, and its instances are PySockets with room for the class's __slots__
// and, for classes without them, an attribute dict. A socket can be made from a file
// descriptor (socket(fileno=fd)); a descriptor that detach() hands out is remembered
// with its .NET Socket, so that wrapping it again takes that Socket back. Unix sockets are
// bound and connected, and connections accepted, by the C library's calls, whose errno
// CPython reports (and .NET would not keep).
// The name services (getaddrinfo, gethostbyname...) are in SocketNames.cs.
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public sealed unsafe class PySocket : PyGcObject
{
    public static readonly PyType Type = MakeType();

    public Socket Socket;
    public int Family, SocketType, Protocol;
    /// <summary>settimeout(): null blocks for ever, 0 never blocks.</summary>
    double? timeout;
    /// <summary>For instances of subclasses: the attribute dict (classes without __slots__)
    /// and the values of the class's __slots__ (owned; null elements are unset).</summary>
    PyDict dict;
    PyObject[] slotValues;

    static PyType MakeType()
    {
        var t = BuiltinTypes.NewNativeType("socket", "_socket", AddMethods, Construct);
        t.AcceptsSubclasses = true;
        return t;
    }

    /// <summary>An instance of cls (the socket type or a class derived from it) that has no
    /// socket yet.</summary>
    static PySocket NewInstance(PyType cls)
    {
        var o = new PySocket { ObType = cls };
        Heap.Allocated(cls);
        Rc.Inc(cls);
        if (cls.SlotCount > 0) o.slotValues = new PyObject[cls.SlotCount];
        if (cls.IsHeapType) CycleCollector.Track(o);
        return o;
    }

    /// <summary>A socket object of the _socket type around a .NET socket.</summary>
    public static PySocket Wrap(Socket s, int family, int type, int proto)
    {
        var o = NewInstance(Type);
        o.Attach(s, family, type, proto);
        return o;
    }

    void Attach(Socket s, int family, int type, int proto)
    {
        var old = Socket;
        Socket = s;
        Family = family;
        SocketType = type;
        Protocol = proto;
        timeout = SocketModule.DefaultTimeout;
        if (timeout == 0) s.Blocking = false;
        lock (ByFileno) ByFileno[(long)s.Handle] = new WeakReference<Socket>(s);
        old?.Dispose();
    }

    /// <summary>The open sockets by file descriptor, for select() given objects that only
    /// have a fileno() (a server wrapping a socket, say).</summary>
    static readonly Dictionary<long, WeakReference<Socket>> ByFileno = new();

    public static Socket FindByFileno(long fd)
    {
        lock (ByFileno) return ByFileno.TryGetValue(fd, out var weak) && weak.TryGetTarget(out var s) ? s : null;
    }

    /// <summary>socket(family=-1, type=-1, proto=-1, fileno=None). A class with an __init__
    /// of its own (socket.socket) gets an instance without a socket, which its __init__ opens
    /// through _socket.socket.__init__.</summary>
    static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var s = NewInstance(cls);
        if (cls.IsHeapType && HeapTypes.LookupUserDefined(cls, PyStr.Intern("__init__")) != null) return s;
        try { s.Open(args, kw); }
        catch
        {
            Rc.Dec(s);
            throw;
        }
        return s;
    }

    void Open(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var p = ArgParser.Parse("socket", args, kw, new[] { "family", "type", "proto", "fileno" }, 0);
        int family = IntOr(p[0], -1), type = IntOr(p[1], -1), proto = IntOr(p[2], -1);
        if (p[3] is not (null or PyNone))
        {
            long fd = ArgParser.Int(p[3], "socket");
            if (fd < 0) throw Err.ValueError("negative file descriptor");
            if (fd > int.MaxValue) throw Err.OverflowError("file descriptor out of range");
            var adopted = SocketModule.Adopt((int)fd);
            if (family == -1) family = SocketModule.IntOption(adopted, SocketModule.SOL_SOCKET, SocketModule.SO_DOMAIN);
            if (type == -1) type = SocketModule.IntOption(adopted, SocketModule.SOL_SOCKET, SocketModule.SO_TYPE);
            if (proto == -1) proto = SocketModule.IntOption(adopted, SocketModule.SOL_SOCKET, SocketModule.SO_PROTOCOL);
            Attach(adopted, family, type, proto);
            return;
        }
        if (family == -1) family = SocketModule.AF_INET;
        if (type == -1) type = SocketModule.SOCK_STREAM;
        if (proto == -1) proto = 0;
        bool nonBlocking = (type & SocketModule.SOCK_NONBLOCK) != 0;
        type &= ~(SocketModule.SOCK_NONBLOCK | SocketModule.SOCK_CLOEXEC);
        Attach(Create(family, type, proto), family, type, proto);
        if (nonBlocking) SetTimeout(0);
    }

    static int IntOr(PyObject o, int otherwise) => o is null or PyNone ? otherwise : (int)ArgParser.Int(o, "socket");

    static Socket Create(int family, int type, int proto)
    {
        var addressFamily = family switch
        {
            SocketModule.AF_INET => AddressFamily.InterNetwork,
            SocketModule.AF_INET6 => AddressFamily.InterNetworkV6,
            SocketModule.AF_UNIX => AddressFamily.Unix,
            _ => throw SocketModule.OsError(97, "Address family not supported by protocol"),
        };
        var socketType = type switch
        {
            SocketModule.SOCK_STREAM => System.Net.Sockets.SocketType.Stream,
            SocketModule.SOCK_DGRAM => System.Net.Sockets.SocketType.Dgram,
            SocketModule.SOCK_RAW => System.Net.Sockets.SocketType.Raw,
            SocketModule.SOCK_SEQPACKET => System.Net.Sockets.SocketType.Seqpacket,
            _ => throw SocketModule.OsError(94, "Socket type not supported"),
        };
        var protocol = proto != 0 || family == SocketModule.AF_UNIX ? (ProtocolType)proto
            : type == SocketModule.SOCK_STREAM ? ProtocolType.Tcp
            : type == SocketModule.SOCK_DGRAM ? ProtocolType.Udp
            : ProtocolType.Unspecified;
        Socket s;
        try { s = new Socket(addressFamily, socketType, protocol); }
        catch (SocketException e) { throw SocketModule.Translate(e); }
        SocketModule.Renumbered((int)s.Handle);
        return s;
    }

    Socket Live => Socket ?? throw SocketModule.OsError(9, "Bad file descriptor");

    /// <summary>The file descriptor, or EBADF once closed.</summary>
    int Fd => (int)Live.Handle;

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

    /// <summary>Wait, or for a call given MSG_DONTWAIT, BlockingIOError unless the socket is ready now.</summary>
    void WaitUnless(int flags, SelectMode mode)
    {
        if ((flags & SocketModule.MSG_DONTWAIT) == 0) { Wait(mode); return; }
        if (!Call(() => Live.Poll(0, mode))) throw SocketModule.ErrnoError(11);
    }

    T Call<T>(Func<T> operation)
    {
        try { return operation(); }
        catch (SocketException e) { throw SocketModule.Translate(e); }
        catch (ObjectDisposedException) { throw SocketModule.OsError(9, "Bad file descriptor"); }
    }

    static PySocket Self(PyObject o) => (PySocket)o;

    /// <summary>The flags .NET passes on to the system's send and recv.</summary>
    static SocketFlags Flags(int flags) => (SocketFlags)(flags & (SocketModule.MSG_OOB | SocketModule.MSG_PEEK | SocketModule.MSG_DONTROUTE));

    static int FlagsArg(ReadOnlySpan<PyObject> a, int index, string name) => a.Length > index ? (int)ArgParser.Int(a[index], name) : 0;

    /// <summary>recv(2) into buffer, after waiting (GIL released) for something to read.</summary>
    int Receive(byte[] buffer, int count, int flags)
    {
        WaitUnless(flags, SelectMode.SelectRead);
        return Call(() => Live.Receive(buffer, 0, count, Flags(flags)));
    }

    /// <summary>recvfrom(2) into buffer: the count and the sender's address (None when the
    /// socket is connected and the system gives none).</summary>
    (int Count, PyObject Address) ReceiveFrom(byte[] buffer, int count, int flags)
    {
        var address = stackalloc byte[128];
        while (true)
        {
            WaitUnless(flags, SelectMode.SelectRead);
            uint length = 128;
            long n;
            fixed (byte* b = buffer) n = SocketModule.recvfrom(Fd, b, count, flags | SocketModule.MSG_DONTWAIT, address, &length);
            if (n >= 0)
                return ((int)n, length == 0 ? Rc.New(PyNone.Instance) : SocketNames.Address(new ReadOnlySpan<byte>(address, (int)length), (int)length));
            int errno = Marshal.GetLastPInvokeError();
            // Another reader took what the wait saw, or a signal came: a blocking socket waits again.
            if ((errno == 11 && timeout != 0 && (flags & SocketModule.MSG_DONTWAIT) == 0) || errno == 4) continue;
            throw SocketModule.ErrnoError(errno);
        }
    }

    /// <summary>recv_into and recvfrom_into: the buffer to fill and how much of it.</summary>
    static (PyObject Target, int Count) IntoArgs(PyObject target, PyObject nbytes, string name)
    {
        bool writable = target is PyByteArray || (target is PyMemoryView view && !view.ReadOnly);
        if (!writable)
            throw Err.TypeError($"{name}() argument 1 must be read-write bytes-like object, not {target.ObType.Name}");
        long size = Ops.Length(target);
        long n = nbytes is null or PyNone ? 0 : ArgParser.Int(nbytes, name);
        if (n < 0) throw Err.ValueError($"negative buffersize in {name}");
        if (n == 0) n = size;
        if (n > size) throw Err.ValueError($"buffer too small for requested bytes");
        return (target, (int)n);
    }

    /// <summary>Copies what was received into the start of a bytearray or memoryview.</summary>
    static void Fill(PyObject target, byte[] data, int count)
    {
        if (count == 0) return;
        if (target is PyByteArray array)
        {
            data.AsSpan(0, count).CopyTo(CollectionsMarshal.AsSpan(array.Data));
            return;
        }
        var end = PyInt.New(count);
        var slice = PySlice.New(null, end, null);
        var bytes = PyBytes.New(data.AsSpan(0, count).ToArray());
        try { target.SetItem(slice, bytes); }
        finally
        {
            Rc.Dec(slice);
            Rc.Dec(end);
            Rc.Dec(bytes);
        }
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (dict != null) visit(dict);
        if (slotValues != null)
            foreach (var v in slotValues)
                if (v != null) visit(v);
        visit(ObType);
    }

    public override PyDict InstanceDict => dict;
    public override PyDict EnsureInstanceDict() => ObType.InstancesHaveDict ? dict ??= PyDict.New() : null;
    public override PyObject[] SlotStorage => slotValues;

    protected override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Socket?.Dispose();
        Socket = null;
        Rc.Clear(ref dict);
        if (slotValues != null)
            for (int i = 0; i < slotValues.Length; i++) Rc.Clear(ref slotValues[i]);
        Rc.Dec(ObType);
    }

    /// <summary>The _socket type's own repr; socket.socket has its own __repr__.</summary>
    public override string Repr()
    {
        if (ObType.IsHeapType && HeapTypes.LookupUserDefined(ObType, PyStr.Intern("__repr__")) != null)
            return Ops.CallDunderForString(this, "__repr__");
        int fd = Socket is { } s ? (int)s.Handle : -1;
        return $"<socket object, fd={fd}, family={Family}, type={SocketType}, proto={Protocol}>";
    }

    public override string Str()
        => ObType.IsHeapType && HeapTypes.LookupUserDefined(ObType, PyStr.Intern("__str__")) != null
            ? Ops.CallDunderForString(this, "__str__") : Repr();

    static PyObject None => Rc.New(PyNone.Instance);

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddGetter(t, "family", self => PyInt.New(Self(self).Family));
        BuiltinTypes.AddGetter(t, "type", self => PyInt.New(Self(self).SocketType));
        BuiltinTypes.AddGetter(t, "proto", self => PyInt.New(Self(self).Protocol));
        BuiltinTypes.AddGetter(t, "timeout", self => Self(self).timeout is double to ? PyFloat.New(to) : None);
        BuiltinTypes.AddMethod(t, "__init__", (self, a, k) =>
        {
            Self(self).Open(a, k);
            return None;
        });
        BuiltinTypes.AddMethod(t, "bind", (self, a, k) =>
        {
            ArgParser.Positional("bind", a, k, 1, 1);
            var s = Self(self);
            if (s.Family == SocketModule.AF_UNIX)
            {
                // By the C library: .NET would delete the socket's file when it closes, which
                // CPython leaves (and would lose the errno of a failure).
                int errno = SocketModule.BindUnix(s.Fd, SocketModule.UnixPath(a[0]));
                if (errno != 0) throw SocketModule.ErrnoError(errno);
                return None;
            }
            var endpoint = SocketModule.EndPoint(a[0], s.Family, "bind");
            s.Call(() => { s.Live.Bind(endpoint); return 0; });
            return None;
        });
        BuiltinTypes.AddMethod(t, "listen", (self, a, k) =>
        {
            ArgParser.Positional("listen", a, k, 0, 1);
            var s = Self(self);
            int backlog = a.Length > 0 ? (int)ArgParser.Int(a[0], "listen") : Math.Min(SocketModule.SOMAXCONN, 128);
            s.Call(() => { s.Live.Listen(Math.Max(0, backlog)); return 0; });
            return None;
        });
        BuiltinTypes.AddMethod(t, "_accept", (self, a, k) =>
        {
            // As CPython's: the new connection's descriptor and address, which
            // socket.socket.accept wraps in a socket object.
            ArgParser.Positional("_accept", a, k, 0, 0);
            var s = Self(self);
            while (true)
            {
                s.Wait(SelectMode.SelectRead);
                var (fd, address) = SocketModule.Accept(s.Fd, s.timeout != 0);
                if (fd >= 0) return PyTuple.PairSteal(PyInt.New(fd), address);
            }
        });
        BuiltinTypes.AddMethod(t, "detach", (self, a, k) =>
        {
            // The socket object is closed, the descriptor stays open for whoever wraps it next.
            ArgParser.Positional("detach", a, k, 0, 0);
            var s = Self(self);
            var sock = s.Socket;
            if (sock == null) return PyInt.New(-1);
            s.Socket = null;
            SocketModule.Release(sock);
            return PyInt.New((long)sock.Handle);
        });
        BuiltinTypes.AddMethod(t, "connect", (self, a, k) =>
        {
            ArgParser.Positional("connect", a, k, 1, 1);
            Self(self).Connect(a[0]);
            return None;
        });
        BuiltinTypes.AddMethod(t, "connect_ex", (self, a, k) =>
        {
            ArgParser.Positional("connect_ex", a, k, 1, 1);
            try
            {
                Self(self).Connect(a[0]);
                return PyInt.New(0);
            }
            catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.OSError)
                                    && !e.Exc.ObType.IsSubtypeOf(SocketModule.GaiErrorType))
            {
                var errno = e.Exc.InstanceDict?.GetItemBorrowed("errno") as PyInt;
                long code = errno?.Value ?? 11; // a timeout is EAGAIN, as CPython's
                Rc.Dec(e.TakeException());
                return PyInt.New(code);
            }
        });
        BuiltinTypes.AddMethod(t, "send", (self, a, k) =>
        {
            ArgParser.Positional("send", a, k, 1, 2);
            var s = Self(self);
            var data = SocketModule.Buffer(a[0]);
            int flags = FlagsArg(a, 1, "send");
            s.WaitUnless(flags, SelectMode.SelectWrite);
            var sock = s.Live;
            return PyInt.New(s.Call(() => Blocking.Run(() => sock.Send(data, 0, data.Length, Flags(flags)))));
        });
        BuiltinTypes.AddMethod(t, "sendall", (self, a, k) =>
        {
            ArgParser.Positional("sendall", a, k, 1, 2);
            var s = Self(self);
            var data = SocketModule.Buffer(a[0]);
            int flags = FlagsArg(a, 1, "sendall");
            int sent = 0;
            while (sent < data.Length)
            {
                s.WaitUnless(flags, SelectMode.SelectWrite);
                var sock = s.Live;
                sent += s.Call(() => Blocking.Run(() => sock.Send(data, sent, data.Length - sent, Flags(flags))));
            }
            return None;
        });
        BuiltinTypes.AddMethod(t, "sendto", (self, a, k) =>
        {
            ArgParser.Positional("sendto", a, k, 2, 3);
            var s = Self(self);
            var data = SocketModule.Buffer(a[0]);
            int flags = a.Length == 3 ? (int)ArgParser.Int(a[1], "sendto") : 0;
            var endpoint = SocketModule.EndPoint(a[^1], s.Family, "sendto");
            s.WaitUnless(flags, SelectMode.SelectWrite);
            var sock = s.Live;
            return PyInt.New(s.Call(() => Blocking.Run(() => sock.SendTo(data, 0, data.Length, Flags(flags), endpoint))));
        });
        BuiltinTypes.AddMethod(t, "recv", (self, a, k) =>
        {
            ArgParser.Positional("recv", a, k, 1, 2);
            var s = Self(self);
            int size = BufferSize(a[0], "recv");
            var buffer = new byte[size];
            int n = s.Receive(buffer, size, FlagsArg(a, 1, "recv"));
            Array.Resize(ref buffer, n);
            return PyBytes.New(buffer);
        });
        BuiltinTypes.AddMethod(t, "recv_into", (self, a, k) =>
        {
            var p = ArgParser.Parse("recv_into", a, k, new[] { "buffer", "nbytes", "flags" }, 1);
            var s = Self(self);
            var (target, count) = IntoArgs(p[0], p[1], "recv_into");
            var buffer = new byte[count];
            int n = s.Receive(buffer, count, p[2] is null ? 0 : (int)ArgParser.Int(p[2], "recv_into"));
            Fill(target, buffer, n);
            return PyInt.New(n);
        });
        BuiltinTypes.AddMethod(t, "recvfrom", (self, a, k) =>
        {
            ArgParser.Positional("recvfrom", a, k, 1, 2);
            var s = Self(self);
            int size = BufferSize(a[0], "recvfrom");
            var buffer = new byte[size];
            var (n, address) = s.ReceiveFrom(buffer, size, FlagsArg(a, 1, "recvfrom"));
            Array.Resize(ref buffer, n);
            return PyTuple.PairSteal(PyBytes.New(buffer), address);
        });
        BuiltinTypes.AddMethod(t, "recvfrom_into", (self, a, k) =>
        {
            var p = ArgParser.Parse("recvfrom_into", a, k, new[] { "buffer", "nbytes", "flags" }, 1);
            var s = Self(self);
            var (target, count) = IntoArgs(p[0], p[1], "recvfrom_into");
            var buffer = new byte[count];
            var (n, address) = s.ReceiveFrom(buffer, count, p[2] is null ? 0 : (int)ArgParser.Int(p[2], "recvfrom_into"));
            try { Fill(target, buffer, n); }
            catch
            {
                Rc.Dec(address);
                throw;
            }
            return PyTuple.PairSteal(PyInt.New(n), address);
        });
        BuiltinTypes.AddMethod(t, "close", (self, a, k) =>
        {
            ArgParser.Positional("close", a, k, 0, 0);
            Self(self).Close();
            return None;
        });
        BuiltinTypes.AddMethod(t, "shutdown", (self, a, k) =>
        {
            ArgParser.Positional("shutdown", a, k, 1, 1);
            var s = Self(self);
            var how = ArgParser.Int(a[0], "shutdown") switch
            {
                0 => SocketShutdown.Receive,
                1 => SocketShutdown.Send,
                2 => SocketShutdown.Both,
                _ => throw SocketModule.ErrnoError(22),
            };
            s.Call(() => { s.Live.Shutdown(how); return 0; });
            return None;
        });
        BuiltinTypes.AddMethod(t, "settimeout", (self, a, k) =>
        {
            ArgParser.Positional("settimeout", a, k, 1, 1);
            Self(self).SetTimeout(SocketModule.TimeoutArg(a[0]));
            return None;
        });
        BuiltinTypes.AddMethod(t, "gettimeout", (self, a, k) =>
            Self(self).timeout is double to ? PyFloat.New(to) : None);
        BuiltinTypes.AddMethod(t, "setblocking", (self, a, k) =>
        {
            ArgParser.Positional("setblocking", a, k, 1, 1);
            Self(self).SetTimeout(Ops.IsTrue(a[0]) ? null : 0);
            return None;
        });
        BuiltinTypes.AddMethod(t, "getblocking", (self, a, k) => PyBool.From(Self(self).timeout != 0));
        BuiltinTypes.AddMethod(t, "setsockopt", (self, a, k) =>
        {
            // setsockopt(level, option, value: int | buffer) or setsockopt(level, option, None, optlen)
            ArgParser.Positional("setsockopt", a, k, 3, 4);
            var s = Self(self);
            int level = (int)ArgParser.Int(a[0], "setsockopt"), option = (int)ArgParser.Int(a[1], "setsockopt");
            byte[] value;
            if (a.Length == 4)
            {
                if (a[2] is not PyNone) throw Err.TypeError("setsockopt() takes exactly 3 arguments (4 given)");
                value = new byte[ArgParser.Int(a[3], "setsockopt")];
            }
            else if (BuiltinSubclass.Unwrap(a[2]) is PyInt || a[2].TryIndex(out _))
                value = BitConverter.GetBytes((int)ArgParser.Int(a[2], "setsockopt"));
            else
                value = SocketModule.Buffer(a[2]);
            s.Call(() => { s.Live.SetRawSocketOption(level, option, value); return 0; });
            return None;
        });
        BuiltinTypes.AddMethod(t, "getsockopt", (self, a, k) =>
        {
            ArgParser.Positional("getsockopt", a, k, 2, 3);
            var s = Self(self);
            int level = (int)ArgParser.Int(a[0], "getsockopt"), option = (int)ArgParser.Int(a[1], "getsockopt");
            long length = a.Length > 2 ? ArgParser.Int(a[2], "getsockopt") : 0;
            if (length == 0) return PyInt.New(SocketModule.IntOption(s.Live, level, option));
            if (length < 0 || length > 1024) throw SocketModule.OsError(22, "getsockopt buflen out of range");
            var buffer = new byte[length];
            int n = s.Call(() => s.Live.GetRawSocketOption(level, option, buffer));
            Array.Resize(ref buffer, n);
            return PyBytes.New(buffer);
        });
        BuiltinTypes.AddMethod(t, "getsockname", (self, a, k) =>
        {
            ArgParser.Positional("getsockname", a, k, 0, 0);
            return SocketModule.LocalAddress(Self(self).Fd);
        });
        BuiltinTypes.AddMethod(t, "getpeername", (self, a, k) =>
        {
            ArgParser.Positional("getpeername", a, k, 0, 0);
            return SocketModule.PeerAddress(Self(self).Fd);
        });
        BuiltinTypes.AddMethod(t, "__enter__", (self, a, k) => Rc.New(self));
        BuiltinTypes.AddMethod(t, "__exit__", (self, a, k) =>
        {
            Self(self).Close();
            return None;
        });
        BuiltinTypes.AddMethod(t, "fileno", (self, a, k) =>
        {
            ArgParser.Positional("fileno", a, k, 0, 0);
            return PyInt.New(Self(self).Socket is { } sock ? (long)sock.Handle : -1);
        });
    }

    static int BufferSize(PyObject o, string name)
    {
        long size = ArgParser.Int(o, name);
        if (size < 0) throw Err.ValueError("negative buffersize in " + name);
        if (size > int.MaxValue) throw Err.OverflowError("Python int too large to convert to C ssize_t");
        return (int)size;
    }

    void Close()
    {
        var sock = Socket;
        Socket = null;
        sock?.Dispose();
    }

    /// <summary>connect(), as CPython does it: a non-blocking socket's connect starts the
    /// connection and raises EINPROGRESS (select() says when it is done); otherwise the
    /// connection is started without blocking and waited for like a read or write (GIL
    /// released, in slices, up to the timeout), and SO_ERROR says how it ended. A Unix
    /// socket's connect, which does not wait on the network, is simply made.</summary>
    void Connect(PyObject address)
    {
        var sock = Live;
        if (Family == SocketModule.AF_UNIX)
        {
            // Made by the C library, whose errno .NET would not keep (ENOENT for a missing path).
            var path = SocketModule.UnixPath(address);
            int fd = Fd, errno = 0;
            Blocking.Run(() => errno = SocketModule.ConnectUnix(fd, path));
            if (errno != 0) throw SocketModule.ErrnoError(errno);
            return;
        }
        var endpoint = SocketModule.EndPoint(address, Family, "connect");
        bool started;
        try
        {
            if (timeout != 0) sock.Blocking = false;
            sock.Connect(endpoint);
            started = false;
        }
        catch (SocketException failure) when (failure.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
        {
            started = true;
        }
        catch (SocketException failure)
        {
            RestoreBlocking(sock);
            throw SocketModule.Translate(failure);
        }
        catch (ObjectDisposedException) { throw SocketModule.OsError(9, "Bad file descriptor"); }
        if (!started)
        {
            RestoreBlocking(sock);
            return;
        }
        if (timeout == 0) throw SocketModule.ErrnoError(115); // EINPROGRESS
        try { Wait(SelectMode.SelectWrite); }
        finally { RestoreBlocking(sock); }
        int error = Call(() => SocketModule.IntOption(sock, SocketModule.SOL_SOCKET, SocketModule.SO_ERROR));
        if (error != 0) throw SocketModule.ErrnoError(error);
    }

    void RestoreBlocking(Socket sock)
    {
        if (timeout == 0) return;
        try { sock.Blocking = true; }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
    }
}

public static unsafe class SocketModule
{
    public const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    public const int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_SEQPACKET = 5, SOCK_NONBLOCK = 2048, SOCK_CLOEXEC = 524288;
    public const int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_PROTOCOL = 38, SO_DOMAIN = 39, SOMAXCONN = 4096;
    public const int MSG_OOB = 1, MSG_PEEK = 2, MSG_DONTROUTE = 4, MSG_DONTWAIT = 64;
    const int F_GETFL = 3, F_DUPFD_CLOEXEC = 1030, O_NONBLOCK = 0x800;

    [DllImport("libc", SetLastError = true)] internal static extern nint recvfrom(int fd, byte* buffer, nint length, int flags, byte* address, uint* addressLength);
    [DllImport("libc", SetLastError = true)] static extern int getsockname(int fd, byte* address, uint* length);
    [DllImport("libc", SetLastError = true)] static extern int getpeername(int fd, byte* address, uint* length);
    [DllImport("libc", SetLastError = true)] static extern int getsockopt(int fd, int level, int option, byte* value, uint* length);
    [DllImport("libc", SetLastError = true)] static extern int socketpair(int family, int type, int protocol, int* fds);
    [DllImport("libc", SetLastError = true)] static extern int fcntl(int fd, int command, int argument);
    [DllImport("libc", SetLastError = true)] static extern int close(int fd);
    [DllImport("libc", SetLastError = true)] static extern int connect(int fd, byte* address, uint length);
    [DllImport("libc", SetLastError = true)] static extern int bind(int fd, byte* address, uint length);
    [DllImport("libc", SetLastError = true)] static extern int accept4(int fd, byte* address, uint* length, int flags);

    /// <summary>setdefaulttimeout(): the timeout new sockets start with, for the whole
    /// process (negative: none).</summary>
    static double defaultTimeout = -1;
    public static double? DefaultTimeout => Volatile.Read(ref defaultTimeout) is var t && t >= 0 ? t : null;

    static PyModule module;
    public static PyType GaiErrorType => (PyType)module.Dict.GetItemBorrowed("gaierror");
    public static PyType HErrorType => (PyType)module.Dict.GetItemBorrowed("herror");

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
        m.SetSteal("has_ipv6", PyBool.From(true));
        foreach (var (name, value) in Constants) m.SetSteal(name, PyInt.New(value));
        m.AddFunction("gethostname", (a, k) =>
        {
            ArgParser.Positional("gethostname", a, k, 0, 0);
            return PyStr.New(Dns.GetHostName());
        });
        m.AddFunction("getdefaulttimeout", (a, k) => DefaultTimeout is double t ? PyFloat.New(t) : Rc.New(PyNone.Instance));
        m.AddFunction("setdefaulttimeout", (a, k) =>
        {
            ArgParser.Positional("setdefaulttimeout", a, k, 1, 1);
            Volatile.Write(ref defaultTimeout, TimeoutArg(a[0]) ?? -1);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("htons", (a, k) => PyInt.New(Swap16(a, k, "htons")));
        m.AddFunction("ntohs", (a, k) => PyInt.New(Swap16(a, k, "ntohs")));
        m.AddFunction("htonl", (a, k) => PyInt.New(Swap32(a, k, "htonl")));
        m.AddFunction("ntohl", (a, k) => PyInt.New(Swap32(a, k, "ntohl")));
        m.AddFunction("socketpair", (a, k) =>
        {
            var p = ArgParser.Parse("socketpair", a, k, new[] { "family", "type", "proto" }, 0);
            int family = p[0] is null or PyNone ? AF_UNIX : (int)ArgParser.Int(p[0], "socketpair");
            int type = p[1] is null or PyNone ? SOCK_STREAM : (int)ArgParser.Int(p[1], "socketpair");
            int proto = p[2] is null or PyNone ? 0 : (int)ArgParser.Int(p[2], "socketpair");
            var fds = stackalloc int[2];
            if (socketpair(family, type | SOCK_CLOEXEC, proto, fds) != 0) throw ErrnoError(Marshal.GetLastPInvokeError());
            type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
            Renumbered(fds[0]);
            Renumbered(fds[1]);
            var first = PySocket.Wrap(Adopt(fds[0]), family, type, proto);
            var second = PySocket.Wrap(Adopt(fds[1]), family, type, proto);
            return PyTuple.PairSteal(first, second);
        });
        m.AddFunction("dup", (a, k) =>
        {
            // A new descriptor for the same socket, not inherited by child processes.
            ArgParser.Positional("dup", a, k, 1, 1);
            int fd = fcntl((int)ArgParser.Int(a[0], "dup"), F_DUPFD_CLOEXEC, 0);
            if (fd < 0) throw ErrnoError(Marshal.GetLastPInvokeError());
            Renumbered(fd);
            return PyInt.New(fd);
        });
        m.AddFunction("close", (a, k) =>
        {
            ArgParser.Positional("close", a, k, 1, 1);
            int fd = (int)ArgParser.Int(a[0], "close");
            Socket kept;
            lock (Released) Released.Remove(fd, out kept);
            if (kept != null) kept.Dispose();
            else if (close(fd) != 0 && Marshal.GetLastPInvokeError() is var errno && errno != 104) throw ErrnoError(errno);
            return Rc.New(PyNone.Instance);
        });
        SocketNames.AddFunctions(m);
        return m;
    }

    /// <summary>Linux's values of the constants CPython's _socket gives.</summary>
    static readonly (string, long)[] Constants =
    {
            ("AF_UNSPEC", 0), ("AF_UNIX", 1), ("AF_INET", 2), ("AF_AX25", 3), ("AF_IPX", 4), ("AF_APPLETALK", 5),
            ("AF_NETROM", 6), ("AF_BRIDGE", 7), ("AF_ATMPVC", 8), ("AF_X25", 9), ("AF_INET6", 10), ("AF_ROSE", 11),
            ("AF_NETBEUI", 13), ("AF_SECURITY", 14), ("AF_KEY", 15), ("AF_NETLINK", 16), ("AF_ROUTE", 16),
            ("AF_PACKET", 17), ("AF_ASH", 18), ("AF_ECONET", 19), ("AF_ATMSVC", 20), ("AF_RDS", 21), ("AF_SNA", 22),
            ("AF_IRDA", 23), ("AF_PPPOX", 24), ("AF_WANPIPE", 25), ("AF_LLC", 26), ("AF_CAN", 29), ("AF_TIPC", 30),
            ("AF_ALG", 38), ("AF_VSOCK", 40), ("AF_QIPCRTR", 42), ("SOCK_STREAM", 1), ("SOCK_DGRAM", 2),
            ("SOCK_RAW", 3), ("SOCK_RDM", 4), ("SOCK_SEQPACKET", 5), ("SOCK_NONBLOCK", 2048), ("SOCK_CLOEXEC", 524288),
            ("MSG_OOB", 1), ("MSG_PEEK", 2), ("MSG_DONTROUTE", 4), ("MSG_CTRUNC", 8), ("MSG_TRUNC", 32),
            ("MSG_DONTWAIT", 64), ("MSG_EOR", 128), ("MSG_WAITALL", 256), ("MSG_CONFIRM", 2048),
            ("MSG_ERRQUEUE", 8192), ("MSG_NOSIGNAL", 16384), ("MSG_MORE", 32768), ("MSG_FASTOPEN", 536870912),
            ("MSG_CMSG_CLOEXEC", 1073741824), ("AI_PASSIVE", 1), ("AI_CANONNAME", 2), ("AI_NUMERICHOST", 4),
            ("AI_V4MAPPED", 8), ("AI_ALL", 16), ("AI_ADDRCONFIG", 32), ("AI_NUMERICSERV", 1024), ("NI_NUMERICHOST", 1),
            ("NI_NUMERICSERV", 2), ("NI_NOFQDN", 4), ("NI_NAMEREQD", 8), ("NI_DGRAM", 16), ("NI_MAXSERV", 32),
            ("NI_MAXHOST", 1025), ("EAI_OVERFLOW", -12), ("EAI_SYSTEM", -11), ("EAI_MEMORY", -10),
            ("EAI_ADDRFAMILY", -9), ("EAI_SERVICE", -8), ("EAI_SOCKTYPE", -7), ("EAI_FAMILY", -6), ("EAI_NODATA", -5),
            ("EAI_FAIL", -4), ("EAI_AGAIN", -3), ("EAI_NONAME", -2), ("EAI_BADFLAGS", -1), ("SHUT_RD", 0),
            ("SHUT_WR", 1), ("SHUT_RDWR", 2), ("SOL_IP", 0), ("SOL_SOCKET", 1), ("SOL_TCP", 6), ("SOL_UDP", 17),
            ("SOMAXCONN", 4096), ("SO_DEBUG", 1), ("SO_REUSEADDR", 2), ("SO_TYPE", 3), ("SO_ERROR", 4),
            ("SO_DONTROUTE", 5), ("SO_BROADCAST", 6), ("SO_SNDBUF", 7), ("SO_RCVBUF", 8), ("SO_KEEPALIVE", 9),
            ("SO_OOBINLINE", 10), ("SO_PRIORITY", 12), ("SO_LINGER", 13), ("SO_REUSEPORT", 15), ("SO_PASSCRED", 16),
            ("SO_PEERCRED", 17), ("SO_RCVLOWAT", 18), ("SO_SNDLOWAT", 19), ("SO_RCVTIMEO", 20), ("SO_SNDTIMEO", 21),
            ("SO_BINDTODEVICE", 25), ("SO_ACCEPTCONN", 30), ("SO_PEERSEC", 31), ("SO_PASSSEC", 34), ("SO_MARK", 36),
            ("SO_PROTOCOL", 38), ("SO_DOMAIN", 39), ("SO_INCOMING_CPU", 49), ("IPPROTO_HOPOPTS", 0), ("IPPROTO_IP", 0),
            ("IPPROTO_ICMP", 1), ("IPPROTO_IGMP", 2), ("IPPROTO_IPIP", 4), ("IPPROTO_TCP", 6), ("IPPROTO_EGP", 8),
            ("IPPROTO_PUP", 12), ("IPPROTO_UDP", 17), ("IPPROTO_IDP", 22), ("IPPROTO_TP", 29), ("IPPROTO_IPV6", 41),
            ("IPPROTO_ROUTING", 43), ("IPPROTO_FRAGMENT", 44), ("IPPROTO_RSVP", 46), ("IPPROTO_GRE", 47),
            ("IPPROTO_ESP", 50), ("IPPROTO_AH", 51), ("IPPROTO_ICMPV6", 58), ("IPPROTO_NONE", 59),
            ("IPPROTO_DSTOPTS", 60), ("IPPROTO_PIM", 103), ("IPPROTO_SCTP", 132), ("IPPROTO_UDPLITE", 136),
            ("IPPROTO_RAW", 255), ("IPPROTO_MPTCP", 262), ("IP_DEFAULT_MULTICAST_LOOP", 1),
            ("IP_DEFAULT_MULTICAST_TTL", 1), ("IP_TOS", 1), ("IP_TTL", 2), ("IP_HDRINCL", 3), ("IP_OPTIONS", 4),
            ("IP_RECVOPTS", 6), ("IP_RECVRETOPTS", 7), ("IP_RETOPTS", 7), ("IP_RECVTOS", 13), ("IP_TRANSPARENT", 19),
            ("IP_MAX_MEMBERSHIPS", 20), ("IP_BIND_ADDRESS_NO_PORT", 24), ("IP_MULTICAST_IF", 32),
            ("IP_MULTICAST_TTL", 33), ("IP_MULTICAST_LOOP", 34), ("IP_ADD_MEMBERSHIP", 35), ("IP_DROP_MEMBERSHIP", 36),
            ("IPV6_RTHDR_TYPE_0", 0), ("IPV6_CHECKSUM", 7), ("IPV6_NEXTHOP", 9), ("IPV6_UNICAST_HOPS", 16),
            ("IPV6_MULTICAST_IF", 17), ("IPV6_MULTICAST_HOPS", 18), ("IPV6_MULTICAST_LOOP", 19),
            ("IPV6_JOIN_GROUP", 20), ("IPV6_LEAVE_GROUP", 21), ("IPV6_V6ONLY", 26), ("IPV6_RECVPKTINFO", 49),
            ("IPV6_PKTINFO", 50), ("IPV6_RECVHOPLIMIT", 51), ("IPV6_HOPLIMIT", 52), ("IPV6_RECVHOPOPTS", 53),
            ("IPV6_HOPOPTS", 54), ("IPV6_RTHDRDSTOPTS", 55), ("IPV6_RECVRTHDR", 56), ("IPV6_RTHDR", 57),
            ("IPV6_RECVDSTOPTS", 58), ("IPV6_DSTOPTS", 59), ("IPV6_RECVPATHMTU", 60), ("IPV6_PATHMTU", 61),
            ("IPV6_DONTFRAG", 62), ("IPV6_RECVTCLASS", 66), ("IPV6_TCLASS", 67), ("TCP_NODELAY", 1), ("TCP_MAXSEG", 2),
            ("TCP_CORK", 3), ("TCP_KEEPIDLE", 4), ("TCP_KEEPINTVL", 5), ("TCP_KEEPCNT", 6), ("TCP_SYNCNT", 7),
            ("TCP_LINGER2", 8), ("TCP_DEFER_ACCEPT", 9), ("TCP_WINDOW_CLAMP", 10), ("TCP_INFO", 11),
            ("TCP_QUICKACK", 12), ("TCP_CONGESTION", 13), ("TCP_USER_TIMEOUT", 18), ("TCP_FASTOPEN", 23),
            ("TCP_NOTSENT_LOWAT", 25), ("INADDR_ANY", 0), ("INADDR_LOOPBACK", 2130706433),
            ("INADDR_UNSPEC_GROUP", 3758096384), ("INADDR_ALLHOSTS_GROUP", 3758096385),
            ("INADDR_MAX_LOCAL_GROUP", 3758096639), ("INADDR_BROADCAST", 4294967295), ("INADDR_NONE", 4294967295),
            ("SCM_RIGHTS", 1), ("SCM_CREDENTIALS", 2), ("IPPORT_RESERVED", 1024), ("IPPORT_USERRESERVED", 5000),
    };

    static long Swap16(ReadOnlySpan<PyObject> a, PyTuple k, string name)
    {
        ArgParser.Positional(name, a, k, 1, 1);
        if (BuiltinSubclass.Unwrap(a[0]) is PyInt { IsBig: true } big)
            throw Err.OverflowError(big.Big.Sign < 0 ? $"{name}: can't convert negative Python int to C 16-bit unsigned integer"
                : $"{name}: Python int too large to convert to C 16-bit unsigned integer");
        long v = ArgParser.Int(a[0], name);
        if (v < 0) throw Err.OverflowError($"{name}: can't convert negative Python int to C 16-bit unsigned integer");
        if (v > 0xFFFF) throw Err.OverflowError($"{name}: Python int too large to convert to C 16-bit unsigned integer");
        return (v >> 8) | ((v & 0xFF) << 8);
    }

    static long Swap32(ReadOnlySpan<PyObject> a, PyTuple k, string name)
    {
        ArgParser.Positional(name, a, k, 1, 1);
        if (BuiltinSubclass.Unwrap(a[0]) is not PyInt i) throw Err.TypeError($"expected int, {a[0].ObType.Name} found");
        if (i.IsBig ? i.Big.Sign < 0 : i.Value < 0) throw Err.OverflowError("can't convert negative value to unsigned int");
        if (i.IsBig || i.Value > uint.MaxValue) throw Err.OverflowError("int larger than 32 bits");
        return (uint)IPAddress.HostToNetworkOrder((int)(uint)i.Value);
    }

    /// <summary>Descriptors that detach() handed out, with the .NET Socket that still holds
    /// each: socket(fileno=fd) takes it back.</summary>
    static readonly Dictionary<int, Socket> Released = new();

    public static void Release(Socket s)
    {
        lock (Released) Released[(int)s.Handle] = s;
    }

    /// <summary>Called with a descriptor the system has just made (accept, dup,
    /// socketpair): a detached one of the same number was closed meanwhile (os.close), so
    /// its .NET Socket is dropped, told first that it no longer owns the number (its
    /// finalizer would otherwise close the new descriptor).</summary>
    public static void Renumbered(int fd)
    {
        Socket stale;
        lock (Released) Released.Remove(fd, out stale);
        stale?.SafeHandle.SetHandleAsInvalid();
    }

    /// <summary>The .NET Socket for a descriptor that socket(fileno=fd) wraps: the one that
    /// detach() let go of, or else a new one over the descriptor (which it then owns). The
    /// descriptor must be a socket (ENOTSOCK, EBADF otherwise).</summary>
    public static Socket Adopt(int fd)
    {
        lock (Released)
            if (Released.Remove(fd, out var kept) && !kept.SafeHandle.IsClosed) return kept;
        int type = 0;
        uint length = 4;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, (byte*)&type, &length) != 0) throw ErrnoError(Marshal.GetLastPInvokeError());
        Socket s;
        try { s = new Socket(new SafeSocketHandle(fd, ownsHandle: true)); }
        catch (SocketException e) { throw Translate(e); }
        // .NET refuses blocking calls on a descriptor it finds non-blocking (one that another
        // socket left so) until told which it is.
        if ((fcntl(fd, F_GETFL, 0) & O_NONBLOCK) != 0) s.Blocking = false;
        return s;
    }

    /// <summary>getsockopt(2) of an int option.</summary>
    public static int IntOption(Socket s, int level, int option)
    {
        int value = 0;
        uint length = 4;
        if (getsockopt((int)s.Handle, level, option, (byte*)&value, &length) != 0) throw ErrnoError(Marshal.GetLastPInvokeError());
        return value;
    }

    /// <summary>connect(2) of a Unix socket to a path ('\0' first: the abstract namespace),
    /// going on after a signal; 0 or the errno.</summary>
    public static int ConnectUnix(int fd, string path)
    {
        var address = stackalloc byte[2 + 108];
        uint length = UnixAddress(path, address);
        while (true)
        {
            if (connect(fd, address, length) == 0) return 0;
            int errno = Marshal.GetLastPInvokeError();
            if (errno != 4) return errno; // EINTR: again
        }
    }

    /// <summary>bind(2) of a Unix socket to a path; 0 or the errno.</summary>
    public static int BindUnix(int fd, string path)
    {
        var address = stackalloc byte[2 + 108];
        uint length = UnixAddress(path, address);
        return bind(fd, address, length) == 0 ? 0 : Marshal.GetLastPInvokeError();
    }

    /// <summary>Fills a struct sockaddr_un with path; its length.</summary>
    static uint UnixAddress(string path, byte* address)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(path);
        int n = Math.Min(bytes.Length, 108);
        address[0] = AF_UNIX;
        address[1] = 0;
        var sunPath = new Span<byte>(address + 2, 108);
        sunPath.Clear();
        bytes.AsSpan(0, n).CopyTo(sunPath);
        return (uint)(2 + n);
    }

    /// <summary>accept4(2) on a listening descriptor (the caller waited until it was ready):
    /// the new connection's descriptor (not inherited by child processes) and the peer's
    /// address, or -1 when a blocking socket's descriptor said EAGAIN (another thread took
    /// the connection first) and the caller should wait again. A blocking socket's accept
    /// runs with the GIL released.</summary>
    public static (int Fd, PyObject Address) Accept(int fd, bool blocking)
    {
        var address = new byte[128];
        while (true)
        {
            int conn = -1, errno = 0, length = 0;
            if (blocking) Blocking.Run(() => conn = AcceptOnce(fd, address, out length, out errno));
            else conn = AcceptOnce(fd, address, out length, out errno);
            if (conn >= 0)
            {
                Renumbered(conn);
                return (conn, SocketNames.Address(address, length));
            }
            if (errno == 4) continue; // EINTR
            if (errno == 11 && blocking) return (-1, null);
            throw ErrnoError(errno);
        }
    }

    static int AcceptOnce(int fd, byte[] address, out int length, out int errno)
    {
        uint size = (uint)address.Length;
        int conn;
        fixed (byte* p = address) conn = accept4(fd, p, &size, SOCK_CLOEXEC);
        errno = conn < 0 ? Marshal.GetLastPInvokeError() : 0;
        length = (int)size;
        return conn;
    }

    public static PyObject LocalAddress(int fd) => SocketAddress(fd, peer: false);

    public static PyObject PeerAddress(int fd) => SocketAddress(fd, peer: true);

    static PyObject SocketAddress(int fd, bool peer)
    {
        var buffer = stackalloc byte[128];
        uint length = 128;
        int rc = peer ? getpeername(fd, buffer, &length) : getsockname(fd, buffer, &length);
        if (rc != 0) throw ErrnoError(Marshal.GetLastPInvokeError());
        return SocketNames.Address(new ReadOnlySpan<byte>(buffer, (int)length), (int)length);
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

    /// <summary>A Unix socket's address: a path, str or bytes (a first '\0' names one in
    /// the abstract namespace).</summary>
    public static string UnixPath(PyObject address)
    {
        var path = BuiltinSubclass.Unwrap(address) switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
            PyByteArray ba => System.Text.Encoding.UTF8.GetString(ba.ToArray()),
            _ => throw Err.TypeError($"a bytes-like object is required, not '{address.ObType.Name}'"),
        };
        if (System.Text.Encoding.UTF8.GetByteCount(path) > 108) throw Err.New(ErrorTypes.OSError, "AF_UNIX path too long");
        return path;
    }

    /// <summary>The .NET endpoint of a Python address: (host, port) for IPv4, (host, port[,
    /// flowinfo, scope_id]) for IPv6, a path (str or bytes) for a Unix socket. what names
    /// the call in CPython's messages ("connect", "bind"...).</summary>
    public static EndPoint EndPoint(PyObject address, int family, string what)
    {
        if (family == AF_UNIX)
        {
            var path = UnixPath(address);
            try { return new UnixDomainSocketEndPoint(path); }
            catch (ArgumentException) { throw Err.New(ErrorTypes.OSError, "AF_UNIX path too long"); }
        }
        string name = family == AF_INET6 ? "AF_INET6" : "AF_INET";
        if (address is not PyTuple t) throw Err.TypeError($"{what}(): {name} address must be tuple, not {address.ObType.Name}");
        if (family == AF_INET6 ? t.Count < 2 || t.Count > 4 : t.Count != 2)
            throw Err.TypeError(family == AF_INET6 ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                : "AF_INET address must be a pair (host, port)");
        var host = SocketNames.HostText(t.Items[0], what);
        long port = ArgParser.Int(t.Items[1], what);
        if (port < 0 || port > 65535) throw Err.OverflowError($"{what}(): port must be 0-65535.");
        var (raw, _) = SocketNames.HostAddress(host, family == AF_INET6 ? AF_INET6 : AF_INET);
        var ip = new IPAddress(raw);
        if (t.Count == 4) ip.ScopeId = ArgParser.Int(t.Items[3], what);
        return new IPEndPoint(ip, (int)port);
    }

    public static PyRaise OsError(int errno, string message) => OsErrorOf(ErrorTypes.OSError, errno, message);

    public static PyRaise OsErrorOf(PyType type, int errno, string message) => PyFile.OsError(type, errno, message, null);

    /// <summary>The OSError CPython raises for errno (ConnectionRefusedError for ECONNREFUSED...).</summary>
    public static PyRaise ErrnoError(int errno)
        => OsErrorOf(OsErrorMethods.SubclassFor(errno) ?? ErrorTypes.OSError, errno, Marshal.GetPInvokeErrorMessage(errno));

    public static PyRaise Timeout() => Err.New(ErrorTypes.TimeoutError, "timed out");

    /// <summary>A .NET socket failure as the OSError CPython raises for the same errno.</summary>
    public static PyRaise Translate(SocketException e)
    {
        int errno = e.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => 111,
            SocketError.ConnectionReset => 104,
            SocketError.ConnectionAborted => 103,
            SocketError.Shutdown => 32,
            SocketError.AddressAlreadyInUse => 98,
            SocketError.AddressNotAvailable => 99,
            SocketError.AddressFamilyNotSupported => 97,
            SocketError.ProtocolNotSupported => 93,
            SocketError.SocketNotSupported => 94,
            SocketError.OperationNotSupported => 95,
            SocketError.ProtocolType => 91,
            SocketError.ProtocolOption => 92,
            SocketError.NotSocket => 88,
            SocketError.DestinationAddressRequired => 89,
            SocketError.MessageSize => 90,
            SocketError.NotConnected => 107,
            SocketError.IsConnected => 106,
            SocketError.WouldBlock => 11,
            SocketError.InProgress => 115,
            SocketError.AlreadyInProgress => 114,
            SocketError.TimedOut => 110,
            SocketError.NetworkDown => 100,
            SocketError.NetworkUnreachable => 101,
            SocketError.NetworkReset => 102,
            SocketError.HostDown => 112,
            SocketError.HostUnreachable => 113,
            SocketError.NoBufferSpaceAvailable => 105,
            SocketError.TooManyOpenSockets => 24,
            SocketError.Interrupted => 4,
            SocketError.Fault => 14,
            SocketError.InvalidArgument => 22,
            SocketError.AccessDenied => 13,
            SocketError.OperationAborted => 125,
            _ => e.NativeErrorCode is > 0 and < 200 ? e.NativeErrorCode : 5,
        };
        return ErrnoError(errno);
    }
}
