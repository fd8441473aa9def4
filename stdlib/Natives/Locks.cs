// _thread's locks. A Lock can be released by any thread; an RLock counts re-entries by its
// owner. A wait that must block releases the GIL for its duration.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public sealed class PyLock : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("lock", "_thread", AddMethods, (c, a, k) => New());
    readonly SemaphoreSlim sem = new(1, 1);

    public static PyLock New()
    {
        var l = new PyLock { ObType = Type };
        Heap.Allocated(Type);
        return l;
    }

    public bool Locked => sem.CurrentCount == 0;

    /// <summary>The child's copy of a lock (see ForkSnapshot): locked if the parent's was.</summary>
    internal static PyLock ForkCopy(bool locked)
    {
        var l = New();
        if (locked) l.sem.Wait(0);
        return l;
    }

    /// <summary>Acquires; timeout in seconds (negative: no limit). Releases the GIL while blocked.</summary>
    public bool Acquire(bool blocking, double timeout)
    {
        if (sem.Wait(0)) return true;
        if (!blocking) return false;
        return Blocking.RunRestarting(timeout, left => WaitFor(sem, left));
    }

    internal static bool WaitFor(SemaphoreSlim sem, double timeout)
    {
        var ts = ThreadState.Current;
        int ms = Waits.Milliseconds(timeout);
        if (ts == null) return sem.Wait(ms);
        bool forever = DeadlockWatch.Enabled && ms == Timeout.Infinite;
        if (forever) DeadlockWatch.WaitBegins(ts);
        try { return sem.Wait(ms, Interpreter.WaitToken(ts)); }
        catch (OperationCanceledException) { return Waits.Cancelled(ts); }
        finally { if (forever) DeadlockWatch.WaitEnds(ts); }
    }

    public void Release()
    {
        if (sem.CurrentCount != 0) throw Err.RuntimeError("release unlocked lock");
        sem.Release();
    }

    internal static (bool blocking, double timeout) AcquireArgs(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var p = ArgParser.Parse("acquire", args, kw, new[] { "blocking", "timeout" }, 0);
        bool blocking = p[0] == null || Ops.IsTrue(p[0]);
        double timeout = p[1] == null ? -1 : PyFloat.ToDouble(p[1]);
        if (!blocking && timeout != -1) throw Err.ValueError("can't specify a timeout for a non-blocking call");
        if (double.IsNaN(timeout)) throw Err.ValueError("Invalid value NaN (not a number)");
        if (timeout < 0 && timeout != -1) throw Err.ValueError("timeout value must be positive");
        // Beyond what a 64-bit count of nanoseconds holds (inf included), as CPython's time conversion.
        if (timeout > long.MaxValue / 1e9) throw Err.New(ErrorTypes.OverflowError, "timestamp out of range for platform time_t");
        return (blocking, timeout);
    }

    static void AddMethods(PyType t)
    {
        NativeMethod acquire = (self, args, kw) =>
        {
            if (args.Length == 0) return PyBool.From(((PyLock)self).Acquire(true, -1));
            var (blocking, timeout) = AcquireArgs(args, kw);
            return PyBool.From(((PyLock)self).Acquire(blocking, timeout));
        };
        BuiltinTypes.AddMethod(t, "acquire", acquire);
        BuiltinTypes.AddMethod(t, "acquire_lock", acquire);
        BuiltinTypes.AddMethod(t, "__enter__", acquire);
        NativeMethod release = (self, args, kw) => { ((PyLock)self).Release(); return Rc.New(PyNone.Instance); };
        BuiltinTypes.AddMethod(t, "release", release);
        BuiltinTypes.AddMethod(t, "release_lock", release);
        BuiltinTypes.AddMethod(t, "__exit__", release);
        BuiltinTypes.AddMethod(t, "locked", (self, args, kw) => PyBool.From(((PyLock)self).Locked));
    }

    public override string Repr() => $"<{(Locked ? "locked" : "unlocked")} _thread.lock object at 0x{Identity.Of(this):x}>";
}

public sealed class PyRLock : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("RLock", "_thread", AddMethods, (c, a, k) => New());
    readonly SemaphoreSlim sem = new(1, 1);
    long owner;
    long count;

    public static PyRLock New()
    {
        var l = new PyRLock { ObType = Type };
        Heap.Allocated(Type);
        return l;
    }

    static long Me => ThreadState.Current.Ident;

    /// <summary>The fork emulation's view: how deep the lock is held, and whether by the
    /// thread that is starting the child.</summary>
    internal (long count, bool byCurrentThread) ForkState => (count, count > 0 && owner == Me);

    /// <summary>The child's copy of a lock (see ForkSnapshot): held by the child's one thread
    /// when the forking thread held it, else, when held, by a thread that does not exist in
    /// the child, so nobody there can ever release it.</summary>
    internal static PyRLock ForkCopy(long count, bool byCurrentThread)
    {
        var l = New();
        if (count > 0)
        {
            l.sem.Wait(0);
            l.owner = byCurrentThread ? Me : -1;
            l.count = count;
        }
        return l;
    }

    bool Acquire(bool blocking, double timeout)
    {
        long me = Me;
        if (owner == me) { count++; return true; }
        if (!sem.Wait(0))
        {
            if (!blocking) return false;
            if (!Blocking.RunRestarting(timeout, left => PyLock.WaitFor(sem, left))) return false;
        }
        owner = me;
        count = 1;
        return true;
    }

    void Release()
    {
        if (owner != Me || count == 0) throw Err.RuntimeError("cannot release un-acquired lock");
        if (--count == 0)
        {
            owner = 0;
            sem.Release();
        }
    }

    static void AddMethods(PyType t)
    {
        NativeMethod acquire = (self, args, kw) =>
        {
            if (args.Length == 0) return PyBool.From(((PyRLock)self).Acquire(true, -1));
            var (blocking, timeout) = PyLock.AcquireArgs(args, kw);
            return PyBool.From(((PyRLock)self).Acquire(blocking, timeout));
        };
        BuiltinTypes.AddMethod(t, "acquire", acquire);
        BuiltinTypes.AddMethod(t, "__enter__", acquire);
        NativeMethod release = (self, args, kw) => { ((PyRLock)self).Release(); return Rc.New(PyNone.Instance); };
        BuiltinTypes.AddMethod(t, "release", release);
        BuiltinTypes.AddMethod(t, "__exit__", release);
        BuiltinTypes.AddMethod(t, "_is_owned", (self, args, kw) => PyBool.From(((PyRLock)self).owner == Me));
        BuiltinTypes.AddMethod(t, "_release_save", (self, args, kw) =>
        {
            var l = (PyRLock)self;
            if (l.count == 0) throw Err.RuntimeError("cannot release un-acquired lock");
            var state = PyTuple.New(2);
            state.Items[0] = PyInt.New(l.count);
            state.Items[1] = PyInt.New(l.owner);
            l.count = 0;
            l.owner = 0;
            l.sem.Release();
            return state;
        });
        BuiltinTypes.AddMethod(t, "_acquire_restore", (self, args, kw) =>
        {
            var l = (PyRLock)self;
            var state = (PyTuple)args[0];
            if (!l.sem.Wait(0)) Blocking.RunRestarting(-1, left => PyLock.WaitFor(l.sem, left));
            l.count = ((PyInt)state.Items[0]).Value;
            l.owner = ((PyInt)state.Items[1]).Value;
            return Rc.New(PyNone.Instance);
        });
    }

    public override string Repr() => $"<{(count > 0 ? "locked" : "unlocked")} _thread.RLock object owner={owner} count={count} at 0x{Identity.Of(this):x}>";
}

/// <summary>threading.local: attributes that each thread sees separately. Classes derive from
/// it (the documentation's `class MyLocal(threading.local)` with an `__init__`): their
/// instances are ThreadLocals too, and each thread that first touches one gets a fresh
/// attribute dict on which the class's __init__ runs again with the arguments the instance
/// was made with, as CPython's _thread._local does.</summary>
public sealed class ThreadLocal : PyObject
{
    public static readonly PyType Type = MakeType();
    readonly Dictionary<long, PyDict> perThread = new();
    /// <summary>The arguments the instance was made with (owned, keyword values last), for
    /// re-running a derived class's __init__ in each thread; null for a plain local.</summary>
    PyObject[] initArgs;
    PyTuple initKeywordNames;
    /// <summary>The thread that made the instance: its __init__ ran from the class call.</summary>
    long creator;

    static PyType MakeType()
    {
        var t = BuiltinTypes.NewNativeType("_local", "_thread", _ => { }, Construct);
        t.AcceptsSubclasses = true;
        return t;
    }

    static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var init = cls.IsHeapType ? HeapTypes.LookupUserDefined(cls, PyStr.Intern("__init__")) : null;
        if (init == null && args.Length > 0) throw Err.TypeError("Initialization arguments are not supported");
        var l = new ThreadLocal { ObType = cls, creator = ThreadState.Current?.Ident ?? 0 };
        Heap.Allocated(cls);
        if (cls.IsHeapType) Rc.Inc(cls);
        if (init != null)
        {
            l.initArgs = args.ToArray();
            foreach (var a in l.initArgs) Rc.Inc(a);
            if (kwnames != null) { Rc.Inc(kwnames); l.initKeywordNames = kwnames; }
        }
        return l;
    }

    public static ThreadLocal New() => (ThreadLocal)Construct(Type, ReadOnlySpan<PyObject>.Empty, null);

    PyDict Mine()
    {
        long me = ThreadState.Current.Ident;
        PyDict d;
        lock (perThread)
        {
            if (perThread.TryGetValue(me, out d)) return d;
            perThread[me] = d = PyDict.New();
        }
        // The creating thread's __init__ runs from the class call; another thread's first
        // touch runs it here, on the dict just made for that thread.
        if (initArgs != null && me != creator) RunInitFor(me);
        return d;
    }

    void RunInitFor(long thread)
    {
        var init = HeapTypes.LookupUserDefined(ObType, PyStr.Intern("__init__"));
        if (init == null) return;
        var call = new PyObject[initArgs.Length + 1];
        call[0] = this;
        initArgs.CopyTo(call, 1);
        try
        {
            Rc.Dec(Ops.Call(init, call, initKeywordNames));
        }
        catch
        {
            // As CPython: a failed __init__ leaves this thread without a dict (the next touch tries again).
            PyDict dead;
            lock (perThread)
            {
                perThread.TryGetValue(thread, out dead);
                perThread.Remove(thread);
            }
            if (dead != null) Rc.Dec(dead);
            throw;
        }
    }

    public override PyDict InstanceDict => Mine();
    public override PyDict EnsureInstanceDict() => Mine();

    // A class derived from threading.local may give its instances a __repr__ or __str__.
    public override string Repr()
        => ObType.IsHeapType && HeapTypes.LookupUserDefined(ObType, PyStr.Intern("__repr__")) != null
            ? Ops.CallDunderForString(this, "__repr__") : base.Repr();

    public override string Str()
        => ObType.IsHeapType && HeapTypes.LookupUserDefined(ObType, PyStr.Intern("__str__")) != null
            ? Ops.CallDunderForString(this, "__str__") : Repr();

    protected override void Dealloc()
    {
        Heap.Freed(this);
        List<PyDict> dicts;
        lock (perThread)
        {
            dicts = new List<PyDict>(perThread.Values);
            perThread.Clear();
        }
        foreach (var d in dicts) Rc.Dec(d);
        if (initArgs != null) foreach (var a in initArgs) Rc.Dec(a);
        if (initKeywordNames != null) Rc.Dec(initKeywordNames);
        initArgs = null;
        initKeywordNames = null;
        if (ObType.IsHeapType) Rc.Dec(ObType);
    }
}
