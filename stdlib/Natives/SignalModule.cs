// _signal: the native half of signal — the signal numbers (Linux values), and handlers.
//
// signal.signal(n, handler) keeps the handler in the interpreter (Interrupts.cs runs it in
// the main thread, between instructions) and tells the operating system to deliver n to
// MiniPy instead of taking its default action: a .NET signal registration whose callback,
// on whatever thread the runtime uses for signals, only notes the arrival. SIG_DFL removes
// the registration, so the default action (terminate, for most) applies again; so does the
// end of the interpreter. SIGINT is also caught by the host's Ctrl-C handler; without a
// handler of the program's it raises KeyboardInterrupt (default_int_handler).
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class SignalModule
{
    public static readonly (string Name, int Number)[] Signals =
    {
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6),
        ("SIGIOT", 6), ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11),
        ("SIGUSR2", 12), ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16),
        ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20), ("SIGTTIN", 21),
        ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26),
        ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30),
        ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    };

    const int SigKill = 9, SigStop = 19, SigDfl = 0, SigIgn = 1;

    /// <summary>The operating system's registrations, by signal number (process-wide), and
    /// the interpreter their signals go to: the last one that installed a handler.</summary>
    static readonly Dictionary<int, PosixSignalRegistration> Registrations = new();
    static volatile Interpreter target;

    [DllImport("libc", EntryPoint = "raise", SetLastError = true)]
    static extern int RaiseSignal(int signum);

    [DllImport("libc", EntryPoint = "alarm")]
    static extern uint Alarm(uint seconds);

    [DllImport("libc", EntryPoint = "strsignal")]
    static extern IntPtr StrSignal(int signum);

    /// <summary>struct itimerval: the interval, then the time left (each a timeval).</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct IntervalTimer
    {
        public long IntervalSeconds, IntervalMicroseconds, ValueSeconds, ValueMicroseconds;
    }

    [DllImport("libc", EntryPoint = "setitimer", SetLastError = true)]
    static extern int SetITimer(int which, ref IntervalTimer value, out IntervalTimer old);

    [DllImport("libc", EntryPoint = "getitimer", SetLastError = true)]
    static extern int GetITimer(int which, out IntervalTimer value);

    static (long Seconds, long Microseconds) TimeVal(double seconds)
    {
        long whole = (long)Math.Floor(seconds);
        long micro = (long)Math.Round((seconds - whole) * 1e6);
        // As CPython: a positive time too short for a microsecond still arms the timer.
        if (whole == 0 && micro == 0 && seconds > 0) micro = 1;
        if (micro >= 1_000_000) { whole++; micro -= 1_000_000; }
        return (whole, micro);
    }

    /// <summary>(delay, interval) in seconds, as setitimer and getitimer return them.</summary>
    static PyTuple TimerTuple(IntervalTimer t)
    {
        var result = PyTuple.New(2);
        result.SetItemSteal(0, PyFloat.New(t.ValueSeconds + t.ValueMicroseconds / 1e6));
        result.SetItemSteal(1, PyFloat.New(t.IntervalSeconds + t.IntervalMicroseconds / 1e6));
        return result;
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_signal");
        foreach (var (name, number) in Signals) m.SetSteal(name, PyInt.New(number));
        m.SetSteal("NSIG", PyInt.New(Interpreter.SignalLimit));
        m.SetSteal("SIG_DFL", PyInt.New(SigDfl));
        m.SetSteal("SIG_IGN", PyInt.New(SigIgn));
        var defaultIntHandler = new PyBuiltinFunction("default_int_handler", (a, k) =>
            throw new PyRaise(PyException.New(ErrorTypes.KeyboardInterrupt, ReadOnlySpan<PyObject>.Empty))) { ModuleName = "_signal" };
        m.Dict.SetItemNew("default_int_handler", defaultIntHandler);
        if (interp.SignalHandlers[Interpreter.SigInt] == null) interp.SignalHandlers[Interpreter.SigInt] = Rc.New(defaultIntHandler);

        m.AddFunction("signal", (a, k) =>
        {
            ArgParser.Positional("signal", a, k, 2, 2);
            int signum = SignalNumber(a[0]);
            var handler = a[1];
            if (ThreadState.Current != interp.MainThread) throw Err.ValueError("signal only works in main thread of the main interpreter");
            bool isInt = handler is PyInt hi && !hi.IsBig && (hi.Value == SigDfl || hi.Value == SigIgn);
            if (!isInt && !Ops.IsCallable(handler))
                throw Err.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            if (signum == SigKill || signum == SigStop) throw OsError(22, "Invalid argument");
            var previous = Previous(interp, signum);
            if (signum != Interpreter.SigInt || !Interpreter.HostCatchesInterrupts)
                Deliver(interp, signum, toProgram: !(handler is PyInt d && d.Value == SigDfl));
            var old = Interlocked.Exchange(ref interp.SignalHandlers[signum], Rc.New(handler));
            Rc.XDec(old);
            return previous;
        });
        m.AddFunction("getsignal", (a, k) =>
        {
            ArgParser.Positional("getsignal", a, k, 1, 1);
            return Previous(interp, SignalNumber(a[0]));
        });
        m.AddFunction("raise_signal", (a, k) =>
        {
            ArgParser.Positional("raise_signal", a, k, 1, 1);
            int signum = SignalNumber(a[0]);
            int before = Volatile.Read(ref interp.SignalsArrived);
            if (RaiseSignal(signum) != 0) throw OsError(Marshal.GetLastPInvokeError(), "Invalid argument");
            AwaitDelivery(interp, signum, before);
            return Rc.New(PyNone.Instance);
        });
        // pthread_kill(thread_id, signalnum): the signal sent to one of this program's
        // threads (0 only checks that it is alive). A Python handler runs in the main thread
        // whichever thread the signal is sent to, as in CPython, so it is raised in the
        // process; a thread that is not alive is ProcessLookupError (ESRCH).
        m.AddFunction("pthread_kill", (a, k) =>
        {
            ArgParser.Positional("pthread_kill", a, k, 2, 2);
            long ident = ArgParser.Int(a[0], "thread_id");
            long n = ArgParser.Int(a[1], "signalnum");
            if (n < 0 || n >= Interpreter.SignalLimit) throw Err.ValueError("signal number out of range");
            if (!interp.LiveThreadStates().Exists(ts => ts.Ident == ident)) throw OsError(3, "No such process");
            if (n == 0) return Rc.New(PyNone.Instance);
            int before = Volatile.Read(ref interp.SignalsArrived);
            if (RaiseSignal((int)n) != 0) throw OsError(Marshal.GetLastPInvokeError(), "Invalid argument");
            AwaitDelivery(interp, (int)n, before);
            return Rc.New(PyNone.Instance);
        });
        // signal.ItimerError (named itimer_error, as CPython's): what setitimer and getitimer
        // raise (an OSError).
        var itimerError = (PyType)BinasciiModule.NewExceptionClass("signal", "itimer_error", ErrorTypes.OSError);
        m.SetSteal("ItimerError", itimerError);
        PyRaise ItimerError(int errno, string message)
        {
            var code = PyInt.New(errno);
            var text = PyStr.New(message);
            try { return new PyRaise((PyException)Ops.Call(itimerError, code, text)); }
            finally { Rc.Dec(code); Rc.Dec(text); }
        }
        m.SetSteal("ITIMER_REAL", PyInt.New(0));
        m.SetSteal("ITIMER_VIRTUAL", PyInt.New(1));
        m.SetSteal("ITIMER_PROF", PyInt.New(2));
        m.AddFunction("setitimer", (a, k) =>
        {
            ArgParser.Positional("setitimer", a, k, 2, 3);
            int which = (int)ArgParser.Int(a[0], "setitimer");
            double seconds = PyFloat.ToDouble(a[1]);
            double interval = a.Length > 2 ? PyFloat.ToDouble(a[2]) : 0.0;
            if (seconds < 0 || interval < 0) throw ItimerError(22, "Invalid argument");
            var (vs, vu) = TimeVal(seconds);
            var (isec, iu) = TimeVal(interval);
            var value = new IntervalTimer { ValueSeconds = vs, ValueMicroseconds = vu, IntervalSeconds = isec, IntervalMicroseconds = iu };
            if (SetITimer(which, ref value, out var old) != 0) throw ItimerError(Marshal.GetLastPInvokeError(), "Invalid argument");
            return TimerTuple(old);
        });
        m.AddFunction("getitimer", (a, k) =>
        {
            ArgParser.Positional("getitimer", a, k, 1, 1);
            if (GetITimer((int)ArgParser.Int(a[0], "getitimer"), out var value) != 0)
                throw ItimerError(Marshal.GetLastPInvokeError(), "Invalid argument");
            return TimerTuple(value);
        });
        m.AddFunction("alarm", (a, k) =>
        {
            ArgParser.Positional("alarm", a, k, 1, 1);
            long seconds = ArgParser.Int(a[0], "alarm");
            return PyInt.New(Alarm((uint)Math.Clamp(seconds, 0, uint.MaxValue)));
        });
        m.AddFunction("pause", (a, k) =>
        {
            ArgParser.Positional("pause", a, k, 0, 0);
            int before = Volatile.Read(ref interp.SignalsArrived);
            Blocking.Run(() =>
            {
                var token = interp.InterruptToken;
                while (Volatile.Read(ref interp.SignalsArrived) == before && !token.IsCancellationRequested)
                    token.WaitHandle.WaitOne(100);
            });
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("strsignal", (a, k) =>
        {
            ArgParser.Positional("strsignal", a, k, 1, 1);
            int signum = SignalNumber(a[0]);
            var text = Marshal.PtrToStringUTF8(StrSignal(signum));
            return text == null || text.StartsWith("Unknown signal") ? Rc.New(PyNone.Instance) : PyStr.New(text);
        });
        m.AddFunction("valid_signals", (a, k) =>
        {
            ArgParser.Positional("valid_signals", a, k, 0, 0);
            var set = PySet.New();
            for (int n = 1; n < Interpreter.SignalLimit; n++)
            {
                if (n == 32 || n == 33) continue; // kept by the C library for its threads
                var number = PyInt.New(n);
                set.Add(number);
                Rc.Dec(number);
            }
            return set;
        });
        return m;
    }

    static Exception OsError(int errno, string message)
        => PyFile.OsError(errno == 3 ? ErrorTypes.ProcessLookupError : ErrorTypes.OSError, errno, message, null);

    static int SignalNumber(PyObject o)
    {
        long n = ArgParser.Int(o, "signalnum");
        if (n < 1 || n >= Interpreter.SignalLimit) throw Err.ValueError("signal number out of range");
        return (int)n;
    }

    /// <summary>The handler in place: the program's, or the default (default_int_handler for
    /// SIGINT, SIG_DFL for the rest).</summary>
    static PyObject Previous(Interpreter interp, int signum)
        => Rc.New(interp.SignalHandlers[signum] ?? PyInt.Small(SigDfl));

    /// <summary>Has the operating system deliver signum to MiniPy (toProgram), or take its
    /// default action again.</summary>
    static void Deliver(Interpreter interp, int signum, bool toProgram)
    {
        lock (Registrations)
        {
            if (target != interp) interp.TeardownActions.Add(() => Release(interp));
            target = interp;
            if (!toProgram)
            {
                if (Registrations.Remove(signum, out var old)) old.Dispose();
                return;
            }
            if (Registrations.ContainsKey(signum)) return;
            try
            {
                Registrations[signum] = PosixSignalRegistration.Create((PosixSignal)signum, context =>
                {
                    context.Cancel = true;
                    target?.SignalArrived(signum);
                });
            }
            catch (Exception e) when (e is PlatformNotSupportedException or IOException or ArgumentOutOfRangeException)
            {
                throw OsError(22, "Invalid argument");
            }
        }
    }

    /// <summary>At teardown: the operating system's default actions again.</summary>
    static void Release(Interpreter interp)
    {
        lock (Registrations)
        {
            if (target != interp) return;
            foreach (var registration in Registrations.Values) registration.Dispose();
            Registrations.Clear();
            target = null;
        }
    }

    /// <summary>A signal sent to this process arrives on another thread a moment later; as in
    /// CPython, its handler runs before raise_signal (or os.kill to oneself) returns.</summary>
    public static void AwaitDelivery(Interpreter interp, int signum, int arrivedBefore)
    {
        bool caught;
        lock (Registrations) caught = signum == Interpreter.SigInt || Registrations.ContainsKey(signum);
        if (!caught) return;
        var until = DateTime.UtcNow.AddSeconds(1);
        while (Volatile.Read(ref interp.SignalsArrived) == arrivedBefore && DateTime.UtcNow < until) Thread.Sleep(1);
        interp.RaisePendingInterrupt(ThreadState.Current);
    }
}
