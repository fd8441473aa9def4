// _multiprocessing.SemLock: the one primitive under multiprocessing's Lock, RLock,
// Semaphore, BoundedSemaphore, Condition, Event and Barrier, as in CPython. Its permits are a
// ProcessSemaphore in a SemaphoreTable slot, shared by every process that holds the lock;
// what is kept in this object belongs to this process alone, exactly as CPython's SemLock
// keeps it: how many times this process holds the lock (count) and which of its threads
// took it last (last thread). Those two answer "is it mine?" for an RLock's re-entry and for
// the reprs (owner=MainProcess, SomeOtherThread, SomeOtherProcess).
//
// kind 0 is a recursive mutex (RLock), kind 1 a semaphore (Lock is a semaphore of at most
// one permit). A lock sent to another process travels as (table path, slot, kind, maxvalue);
// the receiver maps the same table, so both touch the same words.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public sealed unsafe class SemLock : PyObject
{
    public const int RecursiveMutex = 0;
    public const int SemaphoreKind = 1;
    public const int MaxValue = int.MaxValue;

    public static readonly PyType Type = BuiltinTypes.NewNativeType("SemLock", "_multiprocessing", AddMethods, Construct);

    SemaphoreTable table;
    int slot;
    ProcessSemaphore permits;
    int kind;
    int maxValue;
    int count;
    long lastThread;

    static SemLock New(SemaphoreTable table, int slot, int kind, int maxValue)
    {
        var l = new SemLock { ObType = Type, table = table, slot = slot, permits = new ProcessSemaphore(table.Slot(slot)), kind = kind, maxValue = maxValue };
        Heap.Allocated(Type);
        return l;
    }

    static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var p = ArgParser.Parse("SemLock", args, kw, new[] { "kind", "value", "maxvalue", "name", "unlink" }, 3);
        int kind = (int)ArgParser.Int(p[0], "SemLock");
        long value = ArgParser.Int(p[1], "SemLock");
        long max = ArgParser.Int(p[2], "SemLock");
        if (kind != RecursiveMutex && kind != SemaphoreKind) throw Err.ValueError("unrecognized kind");
        if (value < 0 || value > MaxValue || max < 0 || max > MaxValue)
            throw PyFile.OsError(ErrorTypes.OSError, 22, "Invalid argument", null);
        var (table, slot) = SemaphoreTable.Allocate();
        var l = New(table, slot, kind, (int)max);
        l.permits.Initialize((int)value);
        return l;
    }

    static long Me => ThreadState.Current?.Ident ?? 0;

    bool IsMine => Volatile.Read(ref count) > 0 && lastThread == Me;

    /// <summary>CPython's SemLock.acquire: an RLock's owner re-enters at once; otherwise a
    /// permit is taken, waiting (with the GIL released) when blocking.</summary>
    public bool Acquire(bool blocking, double timeout)
    {
        if (kind == RecursiveMutex && IsMine)
        {
            count++;
            return true;
        }
        if (!permits.TryAcquire())
        {
            if (!blocking || timeout == 0) return false;
            if (double.IsInfinity(timeout)) throw PyFile.OsError(ErrorTypes.OSError, 22, "Invalid argument", null);
            // A permit taken while a Ctrl-C arrived is kept and reported taken: the interrupt
            // is raised at the next instruction instead, as CPython's acquire behaves, so a
            // `with` block still releases what it got.
            if (!Blocking.RunUntil(WaitForPermit(timeout))) return false;
        }
        Interlocked.Increment(ref count);
        lastThread = Me;
        return true;
    }

    Func<bool> WaitForPermit(double timeout) => () =>
    {
        var ts = ThreadState.Current;
        var cancel = ts == null ? CancellationToken.None : Interpreter.WaitToken(ts);
        if (permits.Wait(timeout, cancel)) return true;
        return cancel.IsCancellationRequested ? Waits.Cancelled(ts) : false;
    };

    public void Release()
    {
        if (kind == RecursiveMutex)
        {
            if (!IsMine) throw Err.New(ErrorTypes.AssertionError, "attempt to release recursive lock not owned by thread");
            if (count > 1)
            {
                count--;
                return;
            }
        }
        if (!permits.Release(maxValue)) throw Err.ValueError("semaphore or lock released too many times");
        Interlocked.Decrement(ref count);
    }

    static SemLock Self(PyObject o) => (SemLock)o;
    static readonly string[] AcquireNames = { "block", "timeout" };

    static void AddMethods(PyType t)
    {
        NativeMethod acquire = (self, args, kw) =>
        {
            if (args.Length == 0) return PyBool.From(Self(self).Acquire(true, -1));
            var p = ArgParser.Parse("acquire", args, kw, AcquireNames, 0);
            bool blocking = p[0] == null || Ops.IsTrue(p[0]);
            double timeout = p[1] == null || p[1] is PyNone ? -1 : Math.Max(0, PyFloat.ToDouble(p[1]));
            return PyBool.From(Self(self).Acquire(blocking, timeout));
        };
        BuiltinTypes.AddMethod(t, "acquire", acquire);
        BuiltinTypes.AddMethod(t, "__enter__", acquire);
        NativeMethod release = (self, args, kw) => { Self(self).Release(); return Rc.New(PyNone.Instance); };
        BuiltinTypes.AddMethod(t, "release", release);
        BuiltinTypes.AddMethod(t, "__exit__", release);
        BuiltinTypes.AddMethod(t, "_count", (self, a, k) => PyInt.New(Volatile.Read(ref Self(self).count)));
        BuiltinTypes.AddMethod(t, "_is_mine", (self, a, k) => PyBool.From(Self(self).IsMine));
        BuiltinTypes.AddMethod(t, "_get_value", (self, a, k) => PyInt.New(Self(self).permits.Value));
        BuiltinTypes.AddMethod(t, "_is_zero", (self, a, k) => PyBool.From(Self(self).permits.Value == 0));
        BuiltinTypes.AddMethod(t, "_after_fork", (self, a, k) => { Self(self).count = 0; return Rc.New(PyNone.Instance); });
        BuiltinTypes.AddGetter(t, "kind", self => PyInt.New(Self(self).kind));
        BuiltinTypes.AddGetter(t, "maxvalue", self => PyInt.New(Self(self).maxValue));
        BuiltinTypes.AddGetter(t, "handle", self =>
        {
            var l = Self(self);
            var h = PyTuple.New(2);
            h.Items[0] = PyStr.New(l.table.Path);
            h.Items[1] = PyInt.New(l.slot);
            return h;
        });
        BuiltinTypes.AddGetter(t, "name", self => Rc.New(PyNone.Instance));
        var max = PyInt.New(MaxValue);
        t.Dict.SetItemNew("SEM_VALUE_MAX", max);
        Rc.Dec(max);
    }

    /// <summary>CPython's SemLock._rebuild: the same semaphore, received from another
    /// process (or copied by a fork), held zero times by this one.</summary>
    public static SemLock Rebuild(PyObject handle, long kind, long maxValue)
    {
        if (handle is not PyTuple h || h.Count != 2 || h.Items[0] is not PyStr path || h.Items[1] is not PyInt slot)
            throw Err.TypeError("SemLock handle must be (path, slot)");
        if (kind != RecursiveMutex && kind != SemaphoreKind) throw Err.ValueError("unrecognized kind");
        if (maxValue < 0 || maxValue > MaxValue) throw Err.ValueError("invalid maxvalue");
        return New(SemaphoreTable.Open(path.Value), (int)slot.Value, (int)kind, (int)maxValue);
    }

    public override string Repr() => $"<_multiprocessing.SemLock object at 0x{Identity.Of(this):x}>";
}
