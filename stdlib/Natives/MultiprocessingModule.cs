// _multiprocessing: the native layer under the multiprocessing package — the wire format
// (dumps/loads), starting children (spawn) and a child's own start-up (spawn_data,
// run_main), the broker's shared objects by id (queues, pipe ends, semaphores, recursive
// locks, events) and shared memory. Every call that may wait releases the GIL while it does.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class MultiprocessingModule
{
    /// <summary>The spawn message a child read on its stdin, or null in the root.</summary>
    static byte[] spawnMessage;

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_multiprocessing");
        // The root's broker socket is opened in the background as soon as the package is
        // imported, so the first start() does not wait for the socket layer to load.
        if (stdin == null && BrokerClient.IsRoot)
            new Thread(() => { try { Broker.EnsureLocal().Listen(); } catch (Exception) { } })
                { IsBackground = true, Name = "mp-broker-listen" }.Start();
        m.Dict.SetItemNew("ChildProcess", ChildProcess.Type);
        m.Dict.SetItemNew("SharedBuffer", SharedBuffer.Type);

        // ── the wire format ──
        m.AddFunction("dumps", (a, k) =>
        {
            ArgParser.Positional("dumps", a, k, 1, 1);
            return PyBytes.New(WireFormat.Encode(a[0]));
        });
        m.AddFunction("loads", (a, k) =>
        {
            ArgParser.Positional("loads", a, k, 1, 1);
            return WireFormat.Decode(BytesArg(a[0], "loads"));
        });
        m.AddFunction("_register_handle", (a, k) =>
        {
            ArgParser.Positional("_register_handle", a, k, 2, 2);
            WireFormat.RegisterHandleKind(ArgParser.Str(a[0], "_register_handle", 1), a[1]);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("_clear_handles", (a, k) => { WireFormat.ClearHandleKinds(); return Rc.New(PyNone.Instance); });

        // ── processes ──
        m.AddFunction("is_child", (a, k) => PyBool.From(!BrokerClient.IsRoot));
        m.AddFunction("broker_address", (a, k) =>
            PyStr.New(BrokerClient.IsRoot ? Broker.EnsureLocal().Listen() : BrokerClient.RemoteAddress));
        m.AddFunction("main_path", (a, k) => MainPath(interp));
        m.AddFunction("spawn", (a, k) =>
        {
            ArgParser.Positional("spawn", a, k, 3, 3);
            string script = a[0] is PyNone ? null : ArgParser.Str(a[0], "spawn", 1);
            var argv = new List<string>();
            if (a[1] is PyList l) for (int i = 0; i < l.Count; i++) argv.Add(Ops.Str(l.Items[i]));
            var message = BytesArg(a[2], "spawn");
            return ChildProcesses.Start(interp, script, argv, message);
        });
        m.AddFunction("spawn_data", (a, k) => SpawnData());
        m.AddFunction("release_spare", (a, k) =>
        {
            ArgParser.Positional("release_spare", a, k, 0, 0);
            ChildProcesses.ReleaseSpare(interp);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("fork_capture", (a, k) =>
        {
            ArgParser.Positional("fork_capture", a, k, 1, 1);
            return PyBytes.New(ForkSnapshot.Capture(interp, a[0]));
        });
        m.AddFunction("fork_restore", (a, k) =>
        {
            ArgParser.Positional("fork_restore", a, k, 1, 1);
            if (a[0] is not PyBytes b) throw Err.TypeError("fork_restore() needs bytes");
            return ForkSnapshot.Restore(interp, b.Value);
        });
        m.AddFunction("run_main", (a, k) =>
        {
            ArgParser.Positional("run_main", a, k, 1, 1);
            RunMain(interp, ArgParser.Str(a[0], "run_main", 1));
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("print_exception", (a, k) =>
        {
            ArgParser.Positional("print_exception", a, k, 1, 1);
            if (a[0] is not PyException exc) throw Err.TypeError("expected an exception");
            interp.Stdout.Flush();
            lock (interp.Stderr) { interp.Stderr.Write(Tracebacks.Format(exc)); interp.Stderr.Flush(); }
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("kill_children", (a, k) => { ChildProcesses.KillAll(); return Rc.New(PyNone.Instance); });

        // ── queues ──
        m.AddFunction("queue_new", (a, k) => Num(Call(Req(BrokerOp.QueueNew).Long(IntArg(a, 0, 0)))));
        m.AddFunction("queue_put", (a, k) =>
        {
            ArgParser.Positional("queue_put", a, k, 4, 4);
            var data = WireFormat.Encode(a[1]);
            return Bool(Call(Req(BrokerOp.QueuePut).Long(IntArg(a, 0)).Byte(Flag(a[2])).Double(Timeout(a[3])).Bytes(data)));
        });
        m.AddFunction("queue_get", (a, k) =>
        {
            ArgParser.Positional("queue_get", a, k, 3, 3);
            return Item(Call(Req(BrokerOp.QueueGet).Long(IntArg(a, 0)).Byte(Flag(a[1])).Double(Timeout(a[2]))), true);
        });
        m.AddFunction("queue_size", (a, k) => Num(Call(Req(BrokerOp.QueueSize).Long(IntArg(a, 0)))));

        // ── pipes: two ends, each reading one direction and writing the other ──
        m.AddFunction("pipe_new", (a, k) => Num(Call(Req(BrokerOp.PipeNew).Byte(Flag(a[0])))));
        m.AddFunction("end_ref", (a, k) =>
        {
            ArgParser.Positional("end_ref", a, k, 3, 3);
            Check(Call(Req(BrokerOp.EndRef).Long(IntArg(a, 0)).Long(IntArg(a, 1)).Byte(Flag(a[2]))));
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("end_adopt", (a, k) => { Check(Call(Req(BrokerOp.EndAdopt).Long(IntArg(a, 0)))); return Rc.New(PyNone.Instance); });
        m.AddFunction("end_send", (a, k) =>
        {
            ArgParser.Positional("end_send", a, k, 3, 3);
            var data = Ops.IsTrue(a[2]) ? BytesArg(a[1], "send_bytes") : WireFormat.Encode(a[1]);
            Check(Call(Req(BrokerOp.EndSend).Long(IntArg(a, 0)).Bytes(data)));
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("end_recv", (a, k) =>
        {
            ArgParser.Positional("end_recv", a, k, 3, 3);
            return Item(Call(Req(BrokerOp.EndRecv).Long(IntArg(a, 0)).Double(Timeout(a[1]))), !Ops.IsTrue(a[2]));
        });
        m.AddFunction("end_poll", (a, k) =>
        {
            ArgParser.Positional("end_poll", a, k, 2, 2);
            return Bool(Call(Req(BrokerOp.EndPoll).Long(IntArg(a, 0)).Double(Timeout(a[1]))));
        });

        // ── locks and semaphores: permits in shared memory (SemLock.cs), no broker ──
        m.Dict.SetItemNew("SemLock", SemLock.Type);
        m.AddFunction("semlock_rebuild", (a, k) =>
        {
            ArgParser.Positional("semlock_rebuild", a, k, 3, 3);
            return SemLock.Rebuild(a[0], ArgParser.Int(a[1], "semlock_rebuild"), ArgParser.Int(a[2], "semlock_rebuild"));
        });

        // ── shared memory ──
        m.AddFunction("shm_create", (a, k) => SharedBuffer.Create(IntArg(a, 0)));
        m.AddFunction("shm_open", (a, k) =>
        {
            ArgParser.Positional("shm_open", a, k, 2, 2);
            return SharedBuffer.Open(ArgParser.Str(a[0], "shm_open", 1), IntArg(a, 1));
        });
        m.AddFunction("shm_block", (a, k) =>
        {
            ArgParser.Positional("shm_block", a, k, 3, 3);
            return SharedMemoryBlock.Open(ArgParser.Str(a[0], "shm_block", 1), Ops.IsTrue(a[1]), IntArg(a, 2));
        });
        m.AddFunction("shm_unlink", (a, k) =>
        {
            ArgParser.Positional("shm_unlink", a, k, 1, 1);
            SharedMemoryBlock.Unlink(ArgParser.Str(a[0], "shm_unlink", 1));
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("slice_indices", (a, k) =>
        {
            ArgParser.Positional("slice_indices", a, k, 2, 2);
            if (a[0] is not PySlice sl) throw Err.TypeError("expected a slice");
            sl.Indices(ArgParser.Int(a[1], "slice_indices"), out long start, out long stop, out long step, out _);
            var t = PyTuple.New(3);
            t.SetItemSteal(0, PyInt.New(start));
            t.SetItemSteal(1, PyInt.New(stop));
            t.SetItemSteal(2, PyInt.New(step));
            return t;
        });
        m.AddFunction("itemsize", (a, k) => PyInt.New(SharedBuffer.ItemSize(ArgParser.Str(a[0], "itemsize", 1))));
        return m;
    }

    // ─────────────── helpers ───────────────

    static FrameWriter Req(BrokerOp op) => new FrameWriter().Byte((byte)op);

    static byte Flag(PyObject o) => Ops.IsTrue(o) ? (byte)1 : (byte)0;

    static double Timeout(PyObject o)
    {
        if (o is PyNone) return -1;
        double t = PyFloat.ToDouble(o);
        return t < 0 ? 0 : t;
    }

    static long IntArg(ReadOnlySpan<PyObject> a, int i, long dflt = long.MinValue)
    {
        if (i >= a.Length)
        {
            if (dflt == long.MinValue) throw Err.TypeError("missing argument");
            return dflt;
        }
        return ArgParser.Int(a[i], "_multiprocessing");
    }

    static byte[] BytesArg(PyObject o, string func) =>
        o is PyBytes b ? b.Value : throw Err.TypeError($"{func}() argument must be bytes, not '{o.ObType.Name}'");

    /// <summary>Sends a request to the broker with the GIL released.</summary>
    static BrokerReply Call(FrameWriter req)
    {
        try { return Blocking.Run(() => BrokerClient.Call(req)); }
        catch (BrokerUnreachableException e) { throw Err.New(ErrorTypes.ConnectionError, "lost contact with the parent process: " + e.Message); }
        catch (FormatException) { throw Err.ValueError("no such shared object"); }
    }

    static void Check(BrokerReply r)
    {
        switch (r.Status)
        {
            case BrokerStatus.Ok:
            case BrokerStatus.No: return;
            case BrokerStatus.Eof: throw new PyRaise(PyException.New(ErrorTypes.EOFError, ReadOnlySpan<PyObject>.Empty)); // EOFError(), as CPython raises it
            case BrokerStatus.ValueError: throw Err.ValueError(r.Message);
            case BrokerStatus.RuntimeError: throw Err.RuntimeError(r.Message);
            case BrokerStatus.BrokenPipe: throw Err.New(ErrorTypes.BrokenPipeError, "[Errno 32] Broken pipe");
            case BrokerStatus.Closed: throw Err.New(ErrorTypes.OSError, "handle is closed");
        }
    }

    static PyObject Num(BrokerReply r) { Check(r); return PyInt.New(r.Num); }
    static PyObject Bool(BrokerReply r) { Check(r); return PyBool.From(r.Status == BrokerStatus.Ok); }

    /// <summary>(True, item) or (False, None); the item decoded when decode is set, else bytes.</summary>
    static PyObject Item(BrokerReply r, bool decode)
    {
        Check(r);
        if (r.Status != BrokerStatus.Ok) return PyTuple.Of(PyBool.False, PyNone.Instance);
        var item = decode ? WireFormat.Decode(r.Data) : PyBytes.New(r.Data);
        var t = PyTuple.New(2);
        t.SetItemSteal(0, PyBool.From(true));
        t.SetItemSteal(1, item);
        return t;
    }

    /// <summary>The absolute path of the main program, or None (for -c or stdin).</summary>
    static PyObject MainPath(Interpreter interp)
    {
        var main = interp.Modules.GetItemBorrowed(PyStr.Intern("__main__")) as PyModule;
        if (main?.Dict.GetItemBorrowed("__file__") is not PyStr f) return Rc.New(PyNone.Instance);
        var name = f.Value;
        if (name.StartsWith('<')) return Rc.New(PyNone.Instance);
        if (Path.IsPathRooted(name) && File.Exists(name)) return PyStr.New(name);
        if (File.Exists(name)) return PyStr.New(Path.GetFullPath(name));
        foreach (var dir in interp.ModulePath)
        {
            var p = Path.Combine(dir, name);
            if (File.Exists(p)) return PyStr.New(Path.GetFullPath(p));
            p = Path.Combine(dir, Path.GetFileName(name));
            if (File.Exists(p)) return PyStr.New(Path.GetFullPath(p));
        }
        return Rc.New(PyNone.Instance);
    }

    // ─────────────── the child's side ───────────────

    static Stream stdin;
    static bool spawnPipeEnded;

    /// <summary>Called by the host in a child: the spawn message will arrive on stdin.</summary>
    public static void OpenSpawnPipe() => stdin = Console.OpenStandardInput();

    /// <summary>Waits (without the GIL) for the spawn message: the child has booted by now,
    /// and a pre-started one may wait here a long time. At most 256 MiB.</summary>
    static void ReadSpawnMessage()
    {
        if (spawnMessage != null || spawnPipeEnded || stdin == null) return;
        byte[] message = null;
        bool malformed = false;
        Blocking.Run(() =>
        {
            try { message = Framing.Read(stdin, 256 << 20); }
            catch (Exception e) when (e is FormatException or IOException) { malformed = true; }
        });
        if (message == null && !malformed) spawnPipeEnded = true;
        spawnMessage = message;
        if (malformed) throw Err.New(ErrorTypes.EOFError, "no spawn message from the parent process");
    }

    /// <summary>The stdin pipe stays open while the parent lives; its end means the parent
    /// has gone, and the child goes too.</summary>
    static void WatchParent()
    {
        var s = stdin;
        if (s == null) return;
        new Thread(() =>
        {
            var buf = new byte[256];
            try { while (s.Read(buf, 0, buf.Length) > 0) { } } catch { }
            Environment.Exit(1);
        }) { IsBackground = true, Name = "mp-parent-watch" }.Start();
    }

    /// <summary>The decoded spawn message (a dict); the broker's address is taken from it.
    /// None when the pipe ended before any message: the parent let this pre-started child
    /// go unused, or is gone.</summary>
    static PyObject SpawnData()
    {
        ReadSpawnMessage();
        if (spawnPipeEnded) return Rc.New(PyNone.Instance);
        if (spawnMessage == null) throw Err.New(ErrorTypes.EOFError, "no spawn message from the parent process");
        var data = WireFormat.Decode(spawnMessage);
        if (data is not PyDict d || d.GetItemBorrowed("broker") is not PyStr broker)
        {
            Rc.Dec(data);
            throw WireFormat.Malformed("the spawn message is not a dict with a broker address");
        }
        BrokerClient.RemoteAddress = broker.Value;
        // A child of os.fork lives on after its parent, as a forked process does; others end
        // with it.
        if (d.GetItemBorrowed("os_fork") == null) WatchParent();
        return data;
    }

    /// <summary>Runs the main program as __mp_main__ and makes __main__ refer to it.</summary>
    static void RunMain(Interpreter interp, string path)
    {
        var text = File.ReadAllText(path);
        var code = Compiler.CodeCache.Compile(text, path);
        try
        {
            var module = interp.RunAsModule(code, "__mp_main__", path);
            interp.Modules.SetItemNew("__main__", module);
        }
        finally { Rc.Dec(code); }
    }
}
