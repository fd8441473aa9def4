// Broker: where the state of multiprocessing's queues and the two directions of each Pipe
// lives (locks and semaphores are in shared memory: SemLock.cs), kept in the root process
// (the one the user started) and operated on by every process in the tree.
//
// The broker never touches a MiniPy object: items are byte arrays already in the wire
// format, so it runs on plain .NET threads with .NET locks and needs no GIL. The root calls
// it directly; children reach it over a Unix domain socket whose path they receive when they
// are spawned, one connection per interpreter thread (so blocking calls of different threads
// do not queue behind each other). A request is a frame [int32 length][op][arguments]; the
// reply is a frame [int32 length][status][payload]. A peer that sends a malformed frame is
// disconnected; a peer that dies while a blocking call of its is being granted gets nothing:
// the grant is undone (the item put back at the head).
using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace MiniPy.Stdlib;

public enum BrokerOp : byte
{
    Hello = 1,
    QueueNew, QueuePut, QueueGet, QueueSize,
    PipeNew, EndRef, EndAdopt, EndSend, EndRecv, EndPoll,
}

public enum BrokerStatus : byte { Ok = 0, No = 1, Eof = 2, ValueError = 3, RuntimeError = 4, BrokenPipe = 5, Closed = 6 }

/// <summary>A request or reply under construction: little-endian fields appended in order.</summary>
public sealed class FrameWriter
{
    readonly MemoryStream ms = new();
    public FrameWriter Byte(byte b) { ms.WriteByte(b); return this; }
    public FrameWriter Long(long v) { Span<byte> s = stackalloc byte[8]; BinaryPrimitives.WriteInt64LittleEndian(s, v); ms.Write(s); return this; }
    public FrameWriter Double(double v) { Span<byte> s = stackalloc byte[8]; BinaryPrimitives.WriteDoubleLittleEndian(s, v); ms.Write(s); return this; }
    public FrameWriter Bytes(byte[] b) { Long(b.Length); ms.Write(b); return this; }
    public FrameWriter Str(string s) => Bytes(Encoding.UTF8.GetBytes(s));
    public byte[] ToArray() => ms.ToArray();
}

/// <summary>Reads the fields of a frame, checking every length; faults are FormatException.</summary>
public sealed class FrameReader
{
    readonly byte[] data;
    int pos;
    public FrameReader(byte[] data) { this.data = data; }
    ReadOnlySpan<byte> Take(int n)
    {
        if (n < 0 || n > data.Length - pos) throw new FormatException("truncated frame");
        var s = data.AsSpan(pos, n);
        pos += n;
        return s;
    }
    public byte Byte() => Take(1)[0];
    public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));
    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));
    public byte[] Bytes()
    {
        long n = Long();
        if (n < 0 || n > data.Length - pos) throw new FormatException("bad length");
        return Take((int)n).ToArray();
    }
    public string Str() => Encoding.UTF8.GetString(Bytes());
}

public readonly record struct BrokerReply(BrokerStatus Status, long Num = 0, byte[] Data = null, string Message = null)
{
    public byte[] Serialize()
    {
        var w = new FrameWriter().Byte((byte)Status).Long(Num);
        w.Bytes(Data ?? Array.Empty<byte>());
        w.Str(Message ?? "");
        return w.ToArray();
    }

    public static BrokerReply Parse(byte[] frame)
    {
        var r = new FrameReader(frame);
        var status = (BrokerStatus)r.Byte();
        long num = r.Long();
        var data = r.Bytes();
        var msg = r.Str();
        return new BrokerReply(status, num, data, msg);
    }
}

public sealed class Broker
{
    /// <summary>The broker of this process tree, when this process is its root.</summary>
    public static Broker Local;
    static readonly object localLock = new();

    public string Address { get; private set; }
    Socket listener;
    long nextId;
    readonly Dictionary<long, object> objects = new();

    public static Broker EnsureLocal()
    {
        lock (localLock)
        {
            if (Local != null) return Local;
            Local = new Broker();
            return Local;
        }
    }

    /// <summary>Starts listening for children (once); returns the socket's path.</summary>
    public string Listen()
    {
        lock (this)
        {
            if (Address != null) return Address;
            var path = Path.Combine(Path.GetTempPath(), $"minipy-mp-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}.sock");
            var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            s.Bind(new UnixDomainSocketEndPoint(path));
            s.Listen(64);
            listener = s;
            Address = path;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { File.Delete(path); } catch { } };
            new Thread(AcceptLoop) { IsBackground = true, Name = "mp-broker-accept" }.Start();
            return path;
        }
    }

    void AcceptLoop()
    {
        while (true)
        {
            Socket client;
            try { client = listener.Accept(); }
            catch { return; }
            new Thread(() => Serve(client)) { IsBackground = true, Name = "mp-broker-conn" }.Start();
        }
    }

    // ─────────────── per-connection service ───────────────

    readonly Dictionary<long, int> connectionsByPid = new();

    void Serve(Socket client)
    {
        long pid = -1;
        using var stream = new NetworkStream(client, ownsSocket: true);
        try
        {
            while (true)
            {
                var frame = Framing.Read(stream);
                if (frame == null) break;
                BrokerReply reply;
                Action undo = null;
                try
                {
                    var r = new FrameReader(frame);
                    var op = (BrokerOp)r.Byte();
                    if (op == BrokerOp.Hello)
                    {
                        if (pid != -1) throw new FormatException("second hello");
                        pid = r.Long();
                        lock (connectionsByPid) connectionsByPid[pid] = connectionsByPid.GetValueOrDefault(pid) + 1;
                        reply = new BrokerReply(BrokerStatus.Ok);
                    }
                    else
                    {
                        if (pid == -1) throw new FormatException("request before hello");
                        reply = Dispatch(op, r, pid, out undo);
                    }
                }
                catch (FormatException) { break; }
                catch (InvalidCastException) { break; }
                try { Framing.Write(stream, reply.Serialize()); }
                catch
                {
                    undo?.Invoke();
                    break;
                }
            }
        }
        catch { }
        finally
        {
            if (pid != -1)
            {
                bool last;
                lock (connectionsByPid)
                {
                    int n = connectionsByPid.GetValueOrDefault(pid) - 1;
                    last = n <= 0;
                    if (last) connectionsByPid.Remove(pid); else connectionsByPid[pid] = n;
                }
                if (last) ReleaseHolder(pid);
            }
        }
    }

    /// <summary>Runs one request from this process (the root); the reply.</summary>
    public BrokerReply Call(byte[] request)
    {
        var r = new FrameReader(request);
        var op = (BrokerOp)r.Byte();
        return Dispatch(op, r, Environment.ProcessId, out _);
    }

    // ─────────────── the objects ───────────────

    sealed class MsgQueue
    {
        public readonly LinkedList<byte[]> Items = new();
        public long MaxSize;
        public bool WritersGone, ReadersGone;
    }

    sealed class End
    {
        public MsgQueue In, Out;
        public readonly Dictionary<long, int> Holders = new();  // pid (0: in flight) → references
        public bool Closed;
    }


    long Add(object o)
    {
        lock (objects)
        {
            long id = ++nextId;
            objects[id] = o;
            return id;
        }
    }

    T Get<T>(long id) where T : class
    {
        lock (objects)
            return objects.TryGetValue(id, out var o) && o is T t ? t : throw new FormatException("no such object");
    }

    /// <summary>Deadline in Environment.TickCount64 terms from a timeout in seconds (negative: none).</summary>
    static long DeadlineOf(double timeout) => timeout < 0 ? long.MaxValue : Environment.TickCount64 + (long)Math.Min(timeout * 1000, long.MaxValue / 4);

    /// <summary>Waits on monitor m (held) until pulsed or the deadline; false when the deadline passed.</summary>
    static bool WaitUntil(object m, long deadline)
    {
        if (deadline == long.MaxValue) { Monitor.Wait(m); return true; }
        long left = deadline - Environment.TickCount64;
        if (left <= 0) return false;
        Monitor.Wait(m, (int)Math.Min(left, int.MaxValue));
        return true;
    }

    BrokerReply Dispatch(BrokerOp op, FrameReader r, long pid, out Action undo)
    {
        undo = null;
        switch (op)
        {
            case BrokerOp.QueueNew:
                return new BrokerReply(BrokerStatus.Ok, Add(new MsgQueue { MaxSize = r.Long() }));
            case BrokerOp.QueuePut:
                {
                    var q = Get<MsgQueue>(r.Long());
                    bool block = r.Byte() != 0;
                    var deadline = DeadlineOf(r.Double());
                    var item = r.Bytes();
                    return Put(q, item, block, deadline);
                }
            case BrokerOp.QueueGet:
                {
                    var q = Get<MsgQueue>(r.Long());
                    bool block = r.Byte() != 0;
                    return Take(q, block, DeadlineOf(r.Double()), out undo);
                }
            case BrokerOp.QueueSize:
                {
                    var q = Get<MsgQueue>(r.Long());
                    lock (q) return new BrokerReply(BrokerStatus.Ok, q.Items.Count);
                }
            case BrokerOp.PipeNew:
                {
                    bool duplex = r.Byte() != 0;
                    var a = new MsgQueue();
                    var b = duplex ? new MsgQueue() : null;
                    // Duplex: end 1 reads a, writes b; end 2 reads b, writes a.
                    // One-way: end 1 (the reader) reads a; end 2 (the writer) writes a.
                    var e1 = new End { In = a, Out = b };
                    var e2 = new End { In = b, Out = a };
                    e1.Holders[pid] = 1;
                    e2.Holders[pid] = 1;
                    long id1 = Add(e1), id2 = Add(e2);
                    if (id2 != id1 + 1) throw new InvalidOperationException();
                    return new BrokerReply(BrokerStatus.Ok, id1);
                }
            case BrokerOp.EndRef:
                {
                    var e = Get<End>(r.Long());
                    long delta = r.Long();
                    long holder = r.Byte() != 0 ? 0 : pid;
                    ChangeHolder(e, holder, (int)delta);
                    return new BrokerReply(BrokerStatus.Ok);
                }
            case BrokerOp.EndAdopt:
                {
                    var e = Get<End>(r.Long());
                    lock (e)
                    {
                        if (e.Holders.TryGetValue(0, out int inFlight) && inFlight > 0)
                        {
                            if (inFlight == 1) e.Holders.Remove(0); else e.Holders[0] = inFlight - 1;
                        }
                        e.Holders[pid] = e.Holders.GetValueOrDefault(pid) + 1;
                        if (pid != Environment.ProcessId) TrackHolder(pid, e);
                    }
                    return new BrokerReply(BrokerStatus.Ok);
                }
            case BrokerOp.EndSend:
                {
                    var e = Get<End>(r.Long());
                    var item = r.Bytes();
                    if (e.Closed) return new BrokerReply(BrokerStatus.Closed);
                    if (e.Out == null) return new BrokerReply(BrokerStatus.RuntimeError, Message: "connection is read-only");
                    lock (e.Out)
                    {
                        if (e.Out.ReadersGone) return new BrokerReply(BrokerStatus.BrokenPipe, Message: "Broken pipe");
                    }
                    return Put(e.Out, item, true, long.MaxValue);
                }
            case BrokerOp.EndRecv:
            case BrokerOp.EndPoll:
                {
                    var e = Get<End>(r.Long());
                    var deadline = DeadlineOf(r.Double());
                    if (e.Closed) return new BrokerReply(BrokerStatus.Closed);
                    if (e.In == null) return new BrokerReply(BrokerStatus.RuntimeError, Message: "connection is write-only");
                    if (op == BrokerOp.EndRecv) return Take(e.In, true, deadline, out undo);
                    var q = e.In;
                    lock (q)
                    {
                        while (q.Items.Count == 0 && !q.WritersGone)
                            if (!WaitUntil(q, deadline)) return new BrokerReply(BrokerStatus.No);
                        return new BrokerReply(BrokerStatus.Ok);
                    }
                }
        }
        throw new FormatException("unknown operation " + (byte)op);
    }

    static BrokerReply Put(MsgQueue q, byte[] item, bool block, long deadline)
    {
        lock (q)
        {
            while (q.MaxSize > 0 && q.Items.Count >= q.MaxSize)
                if (!block || !WaitUntil(q, deadline)) return new BrokerReply(BrokerStatus.No);
            q.Items.AddLast(item);
            Monitor.PulseAll(q);
        }
        return new BrokerReply(BrokerStatus.Ok);
    }

    static BrokerReply Take(MsgQueue q, bool block, long deadline, out Action undo)
    {
        undo = null;
        byte[] item;
        lock (q)
        {
            while (q.Items.Count == 0)
            {
                if (q.WritersGone) return new BrokerReply(BrokerStatus.Eof);
                if (!block || !WaitUntil(q, deadline)) return new BrokerReply(BrokerStatus.No);
            }
            item = q.Items.First.Value;
            q.Items.RemoveFirst();
            Monitor.PulseAll(q);
        }
        undo = () => { lock (q) { q.Items.AddFirst(item); Monitor.PulseAll(q); } };
        return new BrokerReply(BrokerStatus.Ok, Data: item);
    }

    // ─────────────── who holds which connection end ───────────────

    readonly Dictionary<long, List<End>> endsByPid = new();

    void TrackHolder(long pid, End e)
    {
        lock (endsByPid)
        {
            if (!endsByPid.TryGetValue(pid, out var list)) endsByPid[pid] = list = new List<End>();
            list.Add(e);
        }
    }

    void ChangeHolder(End e, long holder, int delta)
    {
        lock (e)
        {
            int n = e.Holders.GetValueOrDefault(holder) + delta;
            if (n <= 0) e.Holders.Remove(holder); else e.Holders[holder] = n;
            if (delta > 0 && holder != 0 && holder != Environment.ProcessId) TrackHolder(holder, e);
            if (e.Holders.Count == 0) CloseEnd(e);
        }
    }

    static void CloseEnd(End e)
    {
        if (e.Closed) return;
        e.Closed = true;
        if (e.Out != null) lock (e.Out) { e.Out.WritersGone = true; Monitor.PulseAll(e.Out); }
        if (e.In != null) lock (e.In) { e.In.ReadersGone = true; Monitor.PulseAll(e.In); }
    }

    /// <summary>A process has gone: the connection ends it held are released.</summary>
    void ReleaseHolder(long pid)
    {
        List<End> ends;
        lock (endsByPid)
        {
            if (!endsByPid.Remove(pid, out ends)) return;
        }
        foreach (var e in ends.Distinct())
            lock (e)
            {
                if (e.Holders.Remove(pid) && e.Holders.Count == 0) CloseEnd(e);
            }
    }
}

/// <summary>Length-prefixed frames on a stream: [int32 length][bytes], at most 1 GiB.</summary>
public static class Framing
{
    public const int MaxFrame = 1 << 30;

    /// <summary>The next frame, or null at a clean end of stream; FormatException if truncated
    /// or longer than max. The buffer grows as data arrives, so a hostile length costs nothing.</summary>
    public static byte[] Read(Stream s, int max = MaxFrame)
    {
        Span<byte> head = stackalloc byte[4];
        int got = ReadFully(s, head);
        if (got == 0) return null;
        if (got < 4) throw new FormatException("truncated frame header");
        int n = BinaryPrimitives.ReadInt32LittleEndian(head);
        if (n < 0 || n > max) throw new FormatException("bad frame length " + n);
        var buf = new byte[Math.Min(n, 1 << 16)];
        int have = 0;
        while (have < n)
        {
            if (have == buf.Length) Array.Resize(ref buf, (int)Math.Min(n, (long)buf.Length * 2));
            int k = s.Read(buf, have, buf.Length - have);
            if (k <= 0) throw new FormatException("truncated frame");
            have += k;
        }
        return buf;
    }

    static int ReadFully(Stream s, Span<byte> buf)
    {
        int total = 0;
        while (total < buf.Length)
        {
            int k = s.Read(buf.Slice(total));
            if (k <= 0) break;
            total += k;
        }
        return total;
    }

    public static void Write(Stream s, byte[] frame)
    {
        var buf = new byte[4 + frame.Length];
        BinaryPrimitives.WriteInt32LittleEndian(buf, frame.Length);
        frame.CopyTo(buf, 4);
        s.Write(buf);
        s.Flush();
    }
}

/// <summary>The way this process reaches the broker: directly in the root, over a socket
/// (one per OS thread) in a child.</summary>
public static class BrokerClient
{
    /// <summary>The root's socket path, set in a child from its spawn message.</summary>
    public static volatile string RemoteAddress;

    [ThreadStatic] static NetworkStream connection;

    public static bool IsRoot => RemoteAddress == null;

    public static BrokerReply Call(FrameWriter request)
    {
        var bytes = request.ToArray();
        if (RemoteAddress == null) return Broker.EnsureLocal().Call(bytes);
        var conn = connection;
        try
        {
            if (conn == null)
            {
                var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                s.Connect(new UnixDomainSocketEndPoint(RemoteAddress));
                conn = new NetworkStream(s, ownsSocket: true);
                Framing.Write(conn, new FrameWriter().Byte((byte)BrokerOp.Hello).Long(Environment.ProcessId).ToArray());
                var hello = Framing.Read(conn);
                if (hello == null) throw new IOException("the broker closed the connection");
                connection = conn;
            }
            Framing.Write(conn, bytes);
            var reply = Framing.Read(conn) ?? throw new IOException("the parent process has gone");
            return BrokerReply.Parse(reply);
        }
        catch (Exception e) when (e is IOException or SocketException or FormatException or ObjectDisposedException)
        {
            try { conn?.Dispose(); } catch { }
            connection = null;
            throw new BrokerUnreachableException(e.Message);
        }
    }
}

public sealed class BrokerUnreachableException : Exception
{
    public BrokerUnreachableException(string message) : base(message) { }
}
