// _thread: the native layer under threading — starting interpreter threads (with joinable
// handles), locks whose waits release the GIL, thread identity, thread-local storage, and
// the GIL statistics.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class ThreadModule
{
    static int stackSize;

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_thread");
        m.Dict.SetItemNew("LockType", PyLock.Type);
        m.Dict.SetItemNew("RLock", PyRLock.Type);
        m.Dict.SetItemNew("_local", ThreadLocal.Type);
        m.Dict.SetItemNew("error", ErrorTypes.RuntimeError);
        m.SetSteal("TIMEOUT_MAX", PyFloat.New(int.MaxValue / 1000.0));
        m.AddFunction("allocate_lock", (a, k) => PyLock.New());
        // _thread.exit(): ends the calling thread quietly, by SystemExit (as CPython's).
        NativeFunction exit = (a, k) => throw new PyRaise(PyException.New(ErrorTypes.SystemExit, ReadOnlySpan<PyObject>.Empty));
        m.AddFunction("exit", exit);
        m.AddFunction("exit_thread", exit);
        m.AddFunction("get_ident", (a, k) => PyInt.New(ThreadState.Current.Ident));
        m.AddFunction("get_native_id", (a, k) => PyInt.New(ThreadState.Current.NativeId));
        m.AddFunction("_count", (a, k) => PyInt.New(interp.ThreadCount));
        m.AddFunction("stack_size", (a, k) =>
        {
            ArgParser.Positional("stack_size", a, k, 0, 1);
            int old = stackSize;
            if (a.Length == 1)
            {
                long size = ArgParser.Int(a[0], "stack_size");
                if (size != 0 && size < 32768) throw Err.ValueError("size not valid: " + size + " bytes");
                stackSize = (int)Math.Min(size, int.MaxValue);
            }
            return PyInt.New(old);
        });
        m.AddFunction("start_joinable_thread", (a, k) => StartThread(interp, a, k));
        m.AddFunction("start_new_thread", (a, k) =>
        {
            var handle = (ThreadHandle)StartThread(interp, a, k);
            long ident = handle.Ident;
            Rc.Dec(handle);
            return PyInt.New(ident);
        });
        m.AddFunction("_format_thread_exception", (a, k) =>
        {
            ArgParser.Positional("_format_thread_exception", a, k, 2, 2);
            if (a[1] is not PyException exc) throw Err.TypeError("expected an exception");
            return PyStr.New("Exception in thread " + Ops.Str(a[0]) + ":\n" + Tracebacks.Format(exc, withSuggestions: true));
        });
        m.AddFunction("_print_thread_exception", (a, k) =>
        {
            ArgParser.Positional("_print_thread_exception", a, k, 2, 2);
            if (a[1] is not PyException exc) throw Err.TypeError("expected an exception");
            interp.Stdout.Flush();
            var text = "Exception in thread " + Ops.Str(a[0]) + ":\n" + Tracebacks.Format(exc, withSuggestions: true);
            lock (interp.Stderr) { interp.Stderr.Write(text); interp.Stderr.Flush(); }
            return Rc.New(PyNone.Instance);
        });
        // interrupt_main(signum=SIGINT): as if the signal had arrived; the main thread runs
        // its handler at its next check (for SIGINT, KeyboardInterrupt by default).
        m.AddFunction("interrupt_main", (a, k) =>
        {
            var p = ArgParser.Parse("interrupt_main", a, k, new[] { "signum" }, 0);
            long signum = p[0] == null ? 2 : ArgParser.Int(p[0], "signum");
            if (signum < 1 || signum >= 65) throw Err.ValueError("signal number out of range");
            interp.SignalArrived((int)signum);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("_set_thread_name", (a, k) =>
        {
            ArgParser.Positional("_set_thread_name", a, k, 1, 1);
            ThreadState.Current.Name = Ops.Str(a[0]);
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("gil_stats", (a, k) => GilStatistics.AsDict(interp));
        return m;
    }

    /// <summary>start_joinable_thread(function, args=(), kwargs={}) -> a handle with join() and is_alive().</summary>
    static PyObject StartThread(Interpreter interp, ReadOnlySpan<PyObject> a, PyTuple k)
    {
        var p = ArgParser.Parse("start_new_thread", a, k, new[] { "function", "args", "kwargs", "name", "daemon" }, 1);
        var func = p[0];
        if (!Ops.IsCallable(func)) throw Err.TypeError("first arg must be callable");
        var args = p[1] ?? PyTuple.EmptyTuple;
        if (args is not PyTuple argTuple) throw Err.TypeError("2nd arg must be a tuple");
        var kwargs = p[2] is PyDict kd ? kd : null;
        string name = p[3] is PyStr n ? n.Value : "Thread";
        bool daemon = p[4] != null && Ops.IsTrue(p[4]);
        var handle = ThreadHandle.New();
        // The new thread owns these references until it finishes.
        Rc.Inc(func);
        Rc.Inc(argTuple);
        if (kwargs != null) Rc.Inc(kwargs);
        Rc.Inc(handle);
        var ts = interp.StartThread(name, stackSize, ts =>
        {
            try
            {
                var r = Eval.CallWithTupleAndDict(ts, func, argTuple, kwargs);
                Rc.Dec(r);
            }
            catch (PyRaise raise)
            {
                var exc = raise.TakeException();
                if (!exc.ObType.IsSubtypeOf(ErrorTypes.SystemExit))
                {
                    interp.Stdout.Flush();
                    lock (interp.Stderr) interp.Stderr.Write("Exception ignored in thread started by: " + Ops.Repr(func) + "\n" + Tracebacks.Format(exc));
                }
                Rc.Dec(exc);
            }
            finally
            {
                Rc.Dec(func);
                Rc.Dec(argTuple);
                Rc.XDec(kwargs);
                handle.Finished.Set();
                Rc.Dec(handle);
            }
        }, daemon, hostHeld: kwargs == null ? new PyObject[] { func, argTuple, handle } : new PyObject[] { func, argTuple, kwargs, handle });
        handle.Ident = ts.Ident;
        return handle;
    }
}

/// <summary>A started thread, as start_joinable_thread returns it: join(timeout) and is_alive().</summary>
public sealed class ThreadHandle : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("_ThreadHandle", "_thread", AddMethods);
    public readonly ManualResetEventSlim Finished = new(false);
    public long Ident;

    public static ThreadHandle New()
    {
        var h = new ThreadHandle { ObType = Type };
        Heap.Allocated(Type);
        return h;
    }

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "join", (self, args, kw) =>
        {
            ArgParser.Positional("join", args, kw, 0, 1);
            var h = (ThreadHandle)self;
            double timeout = args.Length == 1 && args[0] is not PyNone ? PyFloat.ToDouble(args[0]) : -1;
            if (h.Finished.IsSet) return PyBool.From(true);
            // A join without a timeout waits for a thread of this process: the deadlock
            // watch counts it as waiting for ever (the thread it waits for may be, too).
            var ts = ThreadState.Current;
            bool forever = DeadlockWatch.Enabled && timeout < 0 && ts != null;
            if (forever) DeadlockWatch.WaitBegins(ts);
            try { return PyBool.From(Blocking.RunRestarting(timeout, left => Waits.Wait(h.Finished.WaitHandle, left))); }
            finally { if (forever) DeadlockWatch.WaitEnds(ts); }
        });
        BuiltinTypes.AddMethod(t, "is_alive", (self, args, kw) => PyBool.From(!((ThreadHandle)self).Finished.IsSet));
        BuiltinTypes.AddMethod(t, "ident", (self, args, kw) => PyInt.New(((ThreadHandle)self).Ident));
    }
}

/// <summary>Timed waits that end early on Ctrl-C (the main thread) or when the interpreter
/// shuts down (the other threads). Run them inside Blocking.Run, which raises the
/// KeyboardInterrupt once the GIL is held again.</summary>
public static class Waits
{
    /// <summary>Waits for handle; timeout in seconds, negative for no limit. False on timeout
    /// or interrupt.</summary>
    public static bool Wait(WaitHandle handle, double timeout)
    {
        var ts = ThreadState.Current;
        int ms = Milliseconds(timeout);
        if (ts == null) return handle.WaitOne(ms);
        int which = WaitHandle.WaitAny(new[] { handle, Interpreter.WaitToken(ts).WaitHandle }, ms);
        if (which == 1) return Cancelled(ts);
        return which == 0;
    }

    /// <summary>A wait's token fired: a daemon thread unwinds at shutdown; the main thread
    /// returns, and Blocking.Run raises its KeyboardInterrupt.</summary>
    public static bool Cancelled(ThreadState ts)
    {
        if (ts != ts.Interp.MainThread) throw new ThreadShutdownException();
        ts.WaitInterrupted = true;
        return false;
    }

    /// <summary>A timeout in seconds (negative: none) as the milliseconds .NET waits take.</summary>
    public static int Milliseconds(double timeout)
        => timeout < 0 ? Timeout.Infinite : (int)Math.Ceiling(Math.Min(timeout * 1000, int.MaxValue - 1));
}
