// The name and address services of _socket, asked of the C library as CPython asks them:
// getaddrinfo and getnameinfo, gethostbyname (and _ex) and gethostbyaddr (which read
// /etc/hosts and the resolver as configured), getservbyname/getservbyport/getprotobyname,
// the interface names (if_nameindex), inet_pton/inet_ntop/inet_aton/inet_ntoa, and the
// conversion of C socket addresses (struct sockaddr) into Python's address tuples. Every
// look-up that may wait on the network releases the GIL while it waits.
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static unsafe class SocketNames
{
    [StructLayout(LayoutKind.Sequential)]
    struct AddrInfo
    {
        public int Flags, Family, SocketType, Protocol;
        public uint AddressLength;
        public IntPtr Address;
        public IntPtr CanonicalName;
        public IntPtr Next;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct HostEnt
    {
        public IntPtr Name;
        public IntPtr Aliases;
        public int AddressType, AddressLength;
        public IntPtr Addresses;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct ServEnt
    {
        public IntPtr Name;
        public IntPtr Aliases;
        public int Port;
        public IntPtr Protocol;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct ProtoEnt
    {
        public IntPtr Name;
        public IntPtr Aliases;
        public int Number;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct NameIndex
    {
        public uint Index;
        public IntPtr Name;
    }

    [DllImport("libc", SetLastError = true)] static extern int getaddrinfo(string node, string service, AddrInfo* hints, AddrInfo** result);
    [DllImport("libc")] static extern void freeaddrinfo(AddrInfo* list);
    [DllImport("libc")] static extern IntPtr gai_strerror(int code);
    [DllImport("libc", SetLastError = true)] static extern int getnameinfo(byte* address, uint length, byte* host, uint hostLength, byte* service, uint serviceLength, int flags);
    [DllImport("libc")] static extern int gethostbyname_r(string name, HostEnt* entry, byte* buffer, nint length, HostEnt** result, int* herrno);
    [DllImport("libc")] static extern int gethostbyaddr_r(byte* address, uint length, int family, HostEnt* entry, byte* buffer, nint bufferLength, HostEnt** result, int* herrno);
    [DllImport("libc")] static extern IntPtr hstrerror(int code);
    [DllImport("libc")] static extern int getservbyname_r(string name, string protocol, ServEnt* entry, byte* buffer, nint length, ServEnt** result);
    [DllImport("libc")] static extern int getservbyport_r(int port, string protocol, ServEnt* entry, byte* buffer, nint length, ServEnt** result);
    [DllImport("libc")] static extern int getprotobyname_r(string name, ProtoEnt* entry, byte* buffer, nint length, ProtoEnt** result);
    [DllImport("libc", SetLastError = true)] static extern NameIndex* if_nameindex();
    [DllImport("libc")] static extern void if_freenameindex(NameIndex* list);
    [DllImport("libc", SetLastError = true)] static extern uint if_nametoindex(string name);
    [DllImport("libc", SetLastError = true)] static extern IntPtr if_indextoname(uint index, byte* name);
    [DllImport("libc", SetLastError = true)] static extern int inet_pton(int family, string text, byte* address);
    [DllImport("libc", SetLastError = true)] static extern IntPtr inet_ntop(int family, byte* address, byte* text, uint length);
    [DllImport("libc")] static extern int inet_aton(string text, byte* address);

    const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    const int AI_PASSIVE = 1, AI_NUMERICHOST = 4, EAI_SYSTEM = -11, ERANGE = 34;
    const int SOCK_DGRAM = 2;

    public static void AddFunctions(PyModule m)
    {
        m.AddFunction("getaddrinfo", GetAddrInfo);
        m.AddFunction("getnameinfo", GetNameInfo);
        m.AddFunction("gethostbyname", (a, k) =>
        {
            ArgParser.Positional("gethostbyname", a, k, 1, 1);
            var (address, family) = HostAddress(HostText(a[0], "gethostbyname"), AF_INET);
            return PyStr.New(NumericText(family, address));
        });
        m.AddFunction("gethostbyname_ex", (a, k) =>
        {
            ArgParser.Positional("gethostbyname_ex", a, k, 1, 1);
            var name = HostText(a[0], "gethostbyname_ex");
            HostAddress(name, AF_INET); // a name that does not resolve is a gaierror, as in CPython
            return HostEntry((HostEnt* entry, byte* buffer, nint length, HostEnt** result, int* herrno)
                => gethostbyname_r(name, entry, buffer, length, result, herrno));
        });
        m.AddFunction("gethostbyaddr", (a, k) =>
        {
            ArgParser.Positional("gethostbyaddr", a, k, 1, 1);
            var (address, family) = HostAddress(HostText(a[0], "gethostbyaddr"), AF_UNSPEC);
            return HostEntry((HostEnt* entry, byte* buffer, nint length, HostEnt** result, int* herrno) =>
            {
                fixed (byte* p = address) return gethostbyaddr_r(p, (uint)address.Length, family, entry, buffer, length, result, herrno);
            });
        });
        m.AddFunction("getservbyname", (a, k) =>
        {
            ArgParser.Positional("getservbyname", a, k, 1, 2);
            var name = ArgParser.Str(a[0], "getservbyname", 1);
            var protocol = a.Length > 1 ? ArgParser.Str(a[1], "getservbyname", 2) : null;
            int port = -1;
            WithBuffer(buffer =>
            {
                ServEnt entry;
                ServEnt* result;
                fixed (byte* b = buffer)
                {
                    int rc = getservbyname_r(name, protocol, &entry, b, buffer.Length, &result);
                    if (rc == ERANGE) return false;
                    if (result != null) port = (ushort)System.Net.IPAddress.NetworkToHostOrder((short)entry.Port);
                }
                return true;
            });
            if (port < 0) throw Err.New(ErrorTypes.OSError, "service/proto not found");
            return PyInt.New(port);
        });
        m.AddFunction("getservbyport", (a, k) =>
        {
            ArgParser.Positional("getservbyport", a, k, 1, 2);
            long port = ArgParser.Int(a[0], "getservbyport");
            if (port < 0 || port > 65535) throw Err.OverflowError("getservbyport: port must be 0-65535.");
            var protocol = a.Length > 1 ? ArgParser.Str(a[1], "getservbyport", 2) : null;
            string name = null;
            WithBuffer(buffer =>
            {
                ServEnt entry;
                ServEnt* result;
                fixed (byte* b = buffer)
                {
                    int rc = getservbyport_r(System.Net.IPAddress.HostToNetworkOrder((short)port) & 0xFFFF, protocol, &entry, b, buffer.Length, &result);
                    if (rc == ERANGE) return false;
                    if (result != null) name = Marshal.PtrToStringUTF8(entry.Name);
                }
                return true;
            });
            if (name == null) throw Err.New(ErrorTypes.OSError, "port/proto not found");
            return PyStr.New(name);
        });
        m.AddFunction("getprotobyname", (a, k) =>
        {
            ArgParser.Positional("getprotobyname", a, k, 1, 1);
            var name = ArgParser.Str(a[0], "getprotobyname", 1);
            int number = -1;
            WithBuffer(buffer =>
            {
                ProtoEnt entry;
                ProtoEnt* result;
                fixed (byte* b = buffer)
                {
                    int rc = getprotobyname_r(name, &entry, b, buffer.Length, &result);
                    if (rc == ERANGE) return false;
                    if (result != null) number = entry.Number;
                }
                return true;
            });
            if (number < 0) throw Err.New(ErrorTypes.OSError, "protocol not found");
            return PyInt.New(number);
        });
        m.AddFunction("if_nameindex", (a, k) =>
        {
            ArgParser.Positional("if_nameindex", a, k, 0, 0);
            var list = if_nameindex();
            if (list == null) throw SocketModule.ErrnoError(Marshal.GetLastPInvokeError());
            var result = PyList.New();
            try
            {
                for (var item = list; item->Index != 0 || item->Name != IntPtr.Zero; item++)
                    result.AppendSteal(PyTuple.PairSteal(PyInt.New(item->Index), PyStr.New(Marshal.PtrToStringUTF8(item->Name))));
            }
            finally { if_freenameindex(list); }
            return result;
        });
        m.AddFunction("if_nametoindex", (a, k) =>
        {
            ArgParser.Positional("if_nametoindex", a, k, 1, 1);
            uint index = if_nametoindex(a[0] is PyBytes b ? Encoding.UTF8.GetString(b.Value) : ArgParser.Str(a[0], "if_nametoindex", 1));
            if (index == 0) throw Err.New(ErrorTypes.OSError, "no interface with this name");
            return PyInt.New(index);
        });
        m.AddFunction("if_indextoname", (a, k) =>
        {
            ArgParser.Positional("if_indextoname", a, k, 1, 1);
            long index = ArgParser.Int(a[0], "if_indextoname");
            if (index < 0 || index > uint.MaxValue) throw Err.OverflowError("index is too large");
            var name = stackalloc byte[64];
            if (if_indextoname((uint)index, name) == IntPtr.Zero) throw SocketModule.ErrnoError(Marshal.GetLastPInvokeError());
            return PyStr.New(Marshal.PtrToStringUTF8((IntPtr)name));
        });
        m.AddFunction("inet_pton", (a, k) =>
        {
            ArgParser.Positional("inet_pton", a, k, 2, 2);
            int family = (int)ArgParser.Int(a[0], "inet_pton");
            var text = ArgParser.Str(a[1], "inet_pton", 2);
            var packed = new byte[16];
            int rc;
            fixed (byte* p = packed) rc = inet_pton(family, text, p);
            if (rc < 0) throw SocketModule.ErrnoError(Marshal.GetLastPInvokeError());
            if (rc == 0) throw Err.New(ErrorTypes.OSError, "illegal IP address string passed to inet_pton");
            return PyBytes.New(packed.AsSpan(0, family == AF_INET ? 4 : 16).ToArray());
        });
        m.AddFunction("inet_ntop", (a, k) =>
        {
            ArgParser.Positional("inet_ntop", a, k, 2, 2);
            int family = (int)ArgParser.Int(a[0], "inet_ntop");
            var packed = SocketModule.Buffer(a[1]);
            if (family != AF_INET && family != AF_INET6) throw Err.ValueError($"unknown address family {family}");
            if (packed.Length != (family == AF_INET ? 4 : 16)) throw Err.ValueError("invalid length of packed IP address string");
            return PyStr.New(NumericText(family, packed));
        });
        m.AddFunction("inet_aton", (a, k) =>
        {
            ArgParser.Positional("inet_aton", a, k, 1, 1);
            var text = ArgParser.Str(a[0], "inet_aton", 1);
            var packed = new byte[4];
            int ok;
            fixed (byte* p = packed) ok = inet_aton(text, p);
            if (ok == 0) throw Err.New(ErrorTypes.OSError, "illegal IP address string passed to inet_aton");
            return PyBytes.New(packed);
        });
        m.AddFunction("inet_ntoa", (a, k) =>
        {
            ArgParser.Positional("inet_ntoa", a, k, 1, 1);
            var packed = SocketModule.Buffer(a[0]);
            if (packed.Length != 4) throw Err.New(ErrorTypes.OSError, "packed IP wrong length for inet_ntoa");
            return PyStr.New(NumericText(AF_INET, packed));
        });
    }

    /// <summary>getaddrinfo(host, port, family=0, type=0, proto=0, flags=0): a list of
    /// (family, type, proto, canonname, sockaddr), in the C library's order.</summary>
    static PyObject GetAddrInfo(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var p = ArgParser.Parse("getaddrinfo", args, kw, new[] { "host", "port", "family", "type", "proto", "flags" }, 2);
        string host = p[0] is null or PyNone ? null : HostText(p[0], "getaddrinfo");
        string port = p[1] switch
        {
            null or PyNone => null,
            PyBytes b => Encoding.UTF8.GetString(b.Value),
            _ when BuiltinSubclass.Unwrap(p[1]) is PyStr s => s.Value,
            _ when BuiltinSubclass.Unwrap(p[1]) is PyInt i => ArgParser.Int(i, "getaddrinfo").ToString(CultureInfo.InvariantCulture),
            _ => throw Err.New(ErrorTypes.OSError, "Int or String expected"),
        };
        var hints = new AddrInfo
        {
            Family = IntArg(p[2], "getaddrinfo"),
            SocketType = IntArg(p[3], "getaddrinfo"),
            Protocol = IntArg(p[4], "getaddrinfo"),
            Flags = IntArg(p[5], "getaddrinfo"),
        };
        var found = Lookup(host, port, hints);
        var list = PyList.New();
        try
        {
            foreach (var (family, type, protocol, canonical, address) in found)
            {
                var entry = PyTuple.New(5);
                entry.Items[0] = PyInt.New(family);
                entry.Items[1] = PyInt.New(type);
                entry.Items[2] = PyInt.New(protocol);
                entry.Items[3] = PyStr.New(canonical ?? "");
                entry.Items[4] = Address(address, address.Length);
                list.AppendSteal(entry);
            }
        }
        catch
        {
            Rc.Dec(list);
            throw;
        }
        return list;
    }

    /// <summary>The C library's getaddrinfo, the GIL released while it waits; its failure is
    /// socket.gaierror (or the OSError of errno for EAI_SYSTEM).</summary>
    static List<(int Family, int Type, int Protocol, string Canonical, byte[] Address)> Lookup(string host, string port, AddrInfo hints)
    {
        var found = new List<(int, int, int, string, byte[])>();
        int rc = 0, errno = 0;
        Blocking.Run(() =>
        {
            AddrInfo* list = null;
            var h = hints;
            rc = getaddrinfo(host, port, &h, &list);
            if (rc == EAI_SYSTEM) errno = Marshal.GetLastPInvokeError();
            if (rc != 0) return;
            try
            {
                for (var item = list; item != null; item = (AddrInfo*)item->Next)
                {
                    var address = new ReadOnlySpan<byte>((void*)item->Address, (int)item->AddressLength).ToArray();
                    var canonical = item->CanonicalName == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(item->CanonicalName);
                    found.Add((item->Family, item->SocketType, item->Protocol, canonical, address));
                }
            }
            finally { freeaddrinfo(list); }
        });
        if (rc == EAI_SYSTEM) throw SocketModule.ErrnoError(errno);
        if (rc != 0) throw GaiError(rc);
        return found;
    }

    public static PyRaise GaiError(int code)
        => SocketModule.OsErrorOf(SocketModule.GaiErrorType, code, Marshal.PtrToStringUTF8(gai_strerror(code)) ?? "Unknown error");

    /// <summary>getnameinfo((host, port[, flowinfo, scope_id]), flags): (host, port) as names.</summary>
    static PyObject GetNameInfo(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("getnameinfo", args, kw, 2, 2);
        if (args[0] is not PyTuple t) throw Err.TypeError("getnameinfo() argument 1 must be a tuple");
        if (t.Count < 2 || t.Count > 4) throw Err.TypeError($"getnameinfo(): illegal sockaddr argument");
        var host = HostText(t.Items[0], "getnameinfo");
        long port = ArgParser.Int(t.Items[1], "getnameinfo");
        long flowinfo = t.Count > 2 ? ArgParser.Int(t.Items[2], "getnameinfo") : 0;
        long scope = t.Count > 3 ? ArgParser.Int(t.Items[3], "getnameinfo") : 0;
        if (flowinfo < 0 || flowinfo > 0xfffff) throw Err.OverflowError("getnameinfo(): flowinfo must be 0-1048575.");
        int flags = (int)ArgParser.Int(args[1], "getnameinfo");
        var found = Lookup(host, port.ToString(CultureInfo.InvariantCulture), new AddrInfo { SocketType = SOCK_DGRAM, Flags = AI_NUMERICHOST });
        if (found.Count != 1) throw Err.New(ErrorTypes.OSError, "sockaddr resolved to multiple addresses");
        var (family, _, _, _, address) = found[0];
        if (family == AF_INET && t.Count != 2) throw Err.New(ErrorTypes.OSError, "IPv4 sockaddr must be 2 tuple");
        if (family == AF_INET6)
        {
            BitConverter.TryWriteBytes(address.AsSpan(4, 4), System.Net.IPAddress.HostToNetworkOrder((int)flowinfo));
            BitConverter.TryWriteBytes(address.AsSpan(24, 4), (uint)scope);
        }
        var hostBuffer = new byte[1025];
        var serviceBuffer = new byte[32];
        int rc = 0, errno = 0;
        Blocking.Run(() =>
        {
            fixed (byte* a = address)
            fixed (byte* h = hostBuffer)
            fixed (byte* s = serviceBuffer)
            {
                rc = getnameinfo(a, (uint)address.Length, h, (uint)hostBuffer.Length, s, (uint)serviceBuffer.Length, flags);
                if (rc == EAI_SYSTEM) errno = Marshal.GetLastPInvokeError();
            }
        });
        if (rc == EAI_SYSTEM) throw SocketModule.ErrnoError(errno);
        if (rc != 0) throw GaiError(rc);
        return PyTuple.PairSteal(PyStr.New(CString(hostBuffer)), PyStr.New(CString(serviceBuffer)));
    }

    static string CString(byte[] buffer)
    {
        int end = Array.IndexOf(buffer, (byte)0);
        return Encoding.UTF8.GetString(buffer, 0, end < 0 ? buffer.Length : end);
    }

    static int IntArg(PyObject o, string function) => o is null or PyNone ? 0 : (int)ArgParser.Int(o, function);

    /// <summary>A host name argument: str (IDNA-encoded when not ASCII, as CPython encodes
    /// it), bytes or bytearray.</summary>
    public static string HostText(PyObject o, string function)
    {
        switch (BuiltinSubclass.Unwrap(o))
        {
            case PyStr s:
                foreach (var c in s.Value)
                    if (c > 127)
                    {
                        try { return new IdnMapping().GetAscii(s.Value); }
                        catch (ArgumentException) { throw Err.New(ErrorTypes.UnicodeError, "encoding with 'idna' codec failed (UnicodeError: label empty or too long)"); }
                    }
                return s.Value;
            case PyBytes b: return Encoding.UTF8.GetString(b.Value);
            case PyByteArray ba: return Encoding.UTF8.GetString(ba.ToArray());
            default: throw Err.TypeError($"str, bytes or bytearray expected, not {o.ObType.Name}");
        }
    }

    /// <summary>CPython's setipaddr: the address a host name stands for, for family (AF_INET,
    /// AF_INET6 or AF_UNSPEC for the first the resolver gives): '' is the wildcard address,
    /// '&lt;broadcast&gt;' the broadcast one, a numeric address itself; anything else is looked
    /// up. Returns the address's bytes (4 or 16) and its family.</summary>
    public static (byte[] Address, int Family) HostAddress(string name, int family)
    {
        if (name.Length == 0)
        {
            var any = Lookup(null, "0", new AddrInfo { Family = family, SocketType = SOCK_DGRAM, Flags = AI_PASSIVE });
            var first = any[0];
            return (RawFromSockaddr(first.Address, first.Family), first.Family);
        }
        if (name == "<broadcast>" || name == "255.255.255.255")
        {
            if (family != AF_INET && family != AF_UNSPEC) throw Err.New(ErrorTypes.OSError, "address family mismatched");
            return (new byte[] { 255, 255, 255, 255 }, AF_INET);
        }
        if ((family is AF_INET or AF_UNSPEC) && Numeric(AF_INET, name) is { } v4) return (v4, AF_INET);
        if ((family is AF_INET6 or AF_UNSPEC) && Numeric(AF_INET6, name) is { } v6) return (v6, AF_INET6);
        var found = Lookup(name, null, new AddrInfo { Family = family });
        var (f, _, _, _, address) = found[0];
        return (RawFromSockaddr(address, f), f);
    }

    static byte[] Numeric(int family, string text)
    {
        var packed = new byte[16];
        fixed (byte* p = packed)
            if (inet_pton(family, text, p) != 1) return null;
        return packed.AsSpan(0, family == AF_INET ? 4 : 16).ToArray();
    }

    static byte[] RawFromSockaddr(byte[] sockaddr, int family)
        => family == AF_INET6 ? sockaddr.AsSpan(8, 16).ToArray() : sockaddr.AsSpan(4, 4).ToArray();

    /// <summary>An address's usual text (inet_ntop's: '127.0.0.1', '::1').</summary>
    public static string NumericText(int family, ReadOnlySpan<byte> packed)
    {
        var text = stackalloc byte[64];
        fixed (byte* p = packed)
            if (inet_ntop(family, p, text, 64) == IntPtr.Zero) throw SocketModule.ErrnoError(Marshal.GetLastPInvokeError());
        return Marshal.PtrToStringUTF8((IntPtr)text);
    }

    delegate int HostCall(HostEnt* entry, byte* buffer, nint length, HostEnt** result, int* herrno);

    /// <summary>Calls a gethostby*_r function (a larger buffer while it asks for one) and gives
    /// its answer as CPython does: (name, aliases, addresses); socket.herror when it found nothing.</summary>
    static PyObject HostEntry(HostCall call)
    {
        int herrno = 0;
        bool found = false;
        string name = null;
        var aliases = new List<string>();
        var addresses = new List<string>();
        for (int size = 16384; ; size *= 2)
        {
            int rc = 0;
            var buffer = new byte[size];
            Blocking.Run(() =>
            {
                HostEnt entry;
                HostEnt* result = null;
                int h = 0;
                fixed (byte* b = buffer)
                {
                    rc = call(&entry, b, buffer.Length, &result, &h);
                    herrno = h;
                    if (rc != 0 || result == null) return;
                    found = true;
                    name = Marshal.PtrToStringUTF8(entry.Name);
                    for (var alias = (IntPtr*)entry.Aliases; alias != null && *alias != IntPtr.Zero; alias++)
                        aliases.Add(Marshal.PtrToStringUTF8(*alias));
                    for (var address = (byte**)entry.Addresses; address != null && *address != null; address++)
                        addresses.Add(NumericText(entry.AddressType, new ReadOnlySpan<byte>(*address, entry.AddressLength)));
                }
            });
            if (rc == ERANGE && size < (1 << 24)) continue;
            break;
        }
        if (!found)
        {
            if (herrno == 0) herrno = 1; // HOST_NOT_FOUND
            throw SocketModule.OsErrorOf(SocketModule.HErrorType, herrno, Marshal.PtrToStringUTF8(hstrerror(herrno)) ?? "Unknown host");
        }
        var aliasList = PyList.New();
        foreach (var alias in aliases) aliasList.AppendSteal(PyStr.New(alias));
        var addressList = PyList.New();
        foreach (var address in addresses) addressList.AppendSteal(PyStr.New(address));
        var t = PyTuple.New(3);
        t.Items[0] = PyStr.New(name ?? "");
        t.Items[1] = aliasList;
        t.Items[2] = addressList;
        return t;
    }

    /// <summary>Runs a get*_r call with a buffer, larger each time it answers ERANGE.</summary>
    static void WithBuffer(Func<byte[], bool> call)
    {
        for (int size = 4096; size <= (1 << 24); size *= 2)
            if (call(new byte[size])) return;
    }

    /// <summary>A C socket address (struct sockaddr, length bytes of it) as Python gives
    /// addresses: (host, port) for IPv4, (host, port, flowinfo, scope_id) for IPv6, the path
    /// for a Unix socket ('' unnamed, bytes for the abstract namespace).</summary>
    public static PyObject Address(ReadOnlySpan<byte> sockaddr, int length)
    {
        if (length < 2) return PyStr.New("");
        int family = sockaddr[0] | sockaddr[1] << 8;
        switch (family)
        {
            case AF_INET:
            {
                var t = PyTuple.New(2);
                t.Items[0] = PyStr.New(NumericText(AF_INET, sockaddr.Slice(4, 4)));
                t.Items[1] = PyInt.New(sockaddr[2] << 8 | sockaddr[3]);
                return t;
            }
            case AF_INET6:
            {
                var t = PyTuple.New(4);
                t.Items[0] = PyStr.New(NumericText(AF_INET6, sockaddr.Slice(8, 16)));
                t.Items[1] = PyInt.New(sockaddr[2] << 8 | sockaddr[3]);
                t.Items[2] = PyInt.New((uint)System.Net.IPAddress.NetworkToHostOrder(BitConverter.ToInt32(sockaddr.Slice(4, 4))));
                t.Items[3] = PyInt.New(BitConverter.ToUInt32(sockaddr.Slice(24, 4)));
                return t;
            }
            case AF_UNIX:
            {
                var path = sockaddr.Slice(2, length - 2);
                if (path.Length > 0 && path[0] == 0) return PyBytes.New(path.ToArray()); // the abstract namespace
                int end = path.IndexOf((byte)0);
                return PyStr.New(Encoding.UTF8.GetString(end < 0 ? path : path.Slice(0, end)));
            }
            default:
                return PyTuple.PairSteal(PyInt.New(family), PyBytes.New(sockaddr.Slice(2, length - 2).ToArray()));
        }
    }
}
