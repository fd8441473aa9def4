// ChildProcesses: starting a child interpreter process (the spawn model) and watching it.
//
// A child is the same minipy program — `dotnet minipy.dll [interpreter options] --mp-child
// SCRIPT ARGS...` — with a pipe on its standard input. The parent writes one frame on that
// pipe, the spawn message (wire format), and then keeps the pipe open for the child's whole
// life: when the parent dies, however it dies, the child reads end-of-file and exits, so a
// stray child never outlives its parent. Children inherit stdout and stderr (their output
// reaches the terminal directly, line by line); when the parent's own stdout is not the
// terminal (an embedding host, the test runner) the child's stdout is piped back and copied
// into the parent's, at the points where the parent waits for or polls the child.
//
// Exit codes follow CPython: the child's status, or minus the signal number when a signal
// ended it (.NET reports 128+N for that; a child we signalled ourselves is certain).
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class ChildProcesses
{
    /// <summary>Set by the command-line host: children share the terminal with the parent.</summary>
    public static bool InheritStdio;
    /// <summary>The host's assembly (minipy.dll), set by the host.</summary>
    public static string HostAssembly;

    static readonly List<Process> live = new();
    static bool exitHooked;

    [DllImport("libc", SetLastError = true, EntryPoint = "kill")]
    static extern int sys_kill(int pid, int sig);

    /// <summary>Sends a signal; false if there is no such process.</summary>
    public static bool SendSignal(int pid, int sig) => sys_kill(pid, sig) == 0;

    public static int LastErrno => Marshal.GetLastPInvokeError();

    static string DotnetMuxer()
    {
        var self = Environment.ProcessPath;
        if (self != null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath)) return hostPath;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, "dotnet"))) return Path.Combine(root, "dotnet");
        var runtimeDir = RuntimeEnvironment.GetRuntimeDirectory(); // .../shared/Microsoft.NETCore.App/X/
        var candidate = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", "..", "dotnet"));
        if (File.Exists(candidate)) return candidate;
        return "dotnet";
    }

    static string FindHostAssembly()
    {
        if (HostAssembly != null && File.Exists(HostAssembly)) return HostAssembly;
        var near = Path.Combine(AppContext.BaseDirectory, "minipy.dll");
        if (File.Exists(near)) return near;
        throw Err.RuntimeError("cannot find minipy.dll to start a child process");
    }

    const int SmallMessage = 32 * 1024;
    const string TieringDelayVariable = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>Starts a child; message is the spawn message written on its stdin.</summary>
    public static ChildProcess Start(Interpreter interp, string script, IReadOnlyList<string> argv, byte[] message)
    {
        interp.Stdout.Flush();
        interp.Stderr.Flush();
        var child = Begin(interp, TakeSpare(interp, script) ?? Launch(interp, script, argv), message);
        PrepareSpare(interp, script, argv);
        return child;
    }

    /// <summary>Starts os.fork's child: always a new process (it must inherit the
    /// descriptors open now), and with stdout left as it is (the child takes over what it
    /// holds, see OsFork).</summary>
    public static ChildProcess StartForked(Interpreter interp, byte[] message)
    {
        interp.Stderr.Flush();
        var proc = Launch(interp, null, Array.Empty<string>());
        var child = Begin(interp, proc, message);
        // A forked child outlives its parent if it runs longer: it is not killed at exit.
        lock (live) live.Remove(proc);
        return child;
    }

    static ChildProcess Begin(Interpreter interp, Process proc, byte[] message)
    {
        lock (live) live.Add(proc);
        var child = ChildProcess.New(proc);
        if (!InheritStdio) child.StartPump(interp.Stdout);
        var stdin = proc.StandardInput.BaseStream;
        // A fresh pipe holds 64 KiB, so a small message is written at once; a large one is
        // written in the background, as it must not block start() on a pipe the child has
        // not begun to read.
        if (message.Length <= SmallMessage)
        {
            try { Framing.Write(stdin, message); }
            catch (IOException) { }
        }
        else
        {
            new Thread(() =>
            {
                try { Framing.Write(stdin, message); }
                catch { }
            }) { IsBackground = true, Name = "mp-spawn-write" }.Start();
        }
        return child;
    }

    /// <summary>Starts `minipy --mp-child SCRIPT ARGS...`, which boots an interpreter and then
    /// waits on its stdin for the spawn message.</summary>
    static Process Launch(Interpreter interp, string script, IReadOnlyList<string> argv)
    {
        var psi = new ProcessStartInfo(DotnetMuxer())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = !InheritStdio,
            RedirectStandardError = false,
        };
        psi.ArgumentList.Add(FindHostAssembly());
        if (!StartupOptions.GilEnabled) { psi.ArgumentList.Add("--gil"); psi.ArgumentList.Add("off"); }
        if (StartupOptions.GilImpl != "new") { psi.ArgumentList.Add("--gil-impl"); psi.ArgumentList.Add(StartupOptions.GilImpl); }
        if (StartupOptions.ImmortalSingletons) psi.ArgumentList.Add("--immortal");
        if (StartupOptions.ThreadSafeCounts) { psi.ArgumentList.Add("--refcount"); psi.ArgumentList.Add(StartupOptions.RefCountMode); }
        psi.ArgumentList.Add("--object-locks");
        psi.ArgumentList.Add(StartupOptions.ObjectLocks ? "on" : "off");
        psi.ArgumentList.Add("--mp-child");
        psi.ArgumentList.Add(script ?? "");
        for (int i = 1; i < argv.Count; i++) psi.ArgumentList.Add(argv[i]);
        // The child's environment is os.environ as the program has changed it, as a forked
        // or spawned child's is in CPython (whose os.environ writes through to the process's).
        if (OsModule.Environ(interp) is { } environ)
            SubprocessModule.SetEnvironment(psi, environ);
        // Children must not take the interpreter's GIL setting from the environment over ours.
        psi.Environment.Remove("MINIPY_GIL");
        // The JIT's tiering delay the minipy launcher sets (see there), for a parent that was
        // not started by it: a child would otherwise recompile its own boot code.
        if (!psi.Environment.ContainsKey(TieringDelayVariable)) psi.Environment[TieringDelayVariable] = "10";

        Process proc;
        try { proc = Process.Start(psi) ?? throw Err.New(ErrorTypes.OSError, "could not start a child process"); }
        catch (System.ComponentModel.Win32Exception e) { throw Err.New(ErrorTypes.OSError, "could not start a child process: " + e.Message); }
        lock (live)
        {
            if (!exitHooked)
            {
                exitHooked = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
            }
        }
        return proc;
    }

    // ─────────────── the pre-started child ───────────────
    //
    // Most of a child's start-up is the runtime and the interpreter booting, before anything
    // depends on what the child will run. So after a start() the parent may launch one more
    // child ahead of time — a spare — which boots, imports the multiprocessing bootstrap and
    // then waits on its stdin. The next start() hands it its spawn message instead of
    // launching a process; it then imports the main program and runs its target, exactly as
    // a child launched on the spot does (the message carries sys.argv; the environment and
    // working directory are the parent's, which a MiniPy program cannot change).
    //
    // A spare is launched only by a program that has already started a process before (one
    // that starts a single process pays nothing for it; one that starts a batch at once
    // mostly hands its spares out at once), and only while fewer children run than there
    // are CPUs, so it never competes with busy children for a core. It belongs to the interpreter that launched it, and is let go
    // (its stdin closed: it exits without running anything) when that interpreter ends.
    // MINIPY_MP_PRESTART=0 turns it off, so every child is launched by its own start().

    sealed class Spare
    {
        public Process Proc;
        public Interpreter Owner;
        public string Script;
        /// <summary>os.environ when it was launched: a spare started before the program
        /// changed it would run with the old one, so it is let go then.</summary>
        public string Environment;
    }

    /// <summary>os.environ as text, to tell whether it changed.</summary>
    static string EnvironmentFingerprint(Interpreter interp)
    {
        if (OsModule.Environ(interp) is not { } environ) return "";
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < environ.EntryCount; i++)
            if (environ.Entries[i].Key is { } key) sb.Append(Ops.Str(key)).Append('=').Append(Ops.Str(environ.Entries[i].Value)).Append('\0');
        return sb.ToString();
    }

    static Spare spare;
    static readonly ConditionalWeakTable<Interpreter, StrongBox<int>> startsBy = new();
    static readonly bool prestart = Environment.GetEnvironmentVariable("MINIPY_MP_PRESTART") != "0";

    /// <summary>The spare child, if one was launched by this interpreter for this script and
    /// is still alive; otherwise null (and a stale spare is let go).</summary>
    static Process TakeSpare(Interpreter interp, string script)
    {
        Spare s;
        lock (live) { s = spare; spare = null; }
        if (s == null) return null;
        if (s.Owner == interp && s.Script == script && !s.Proc.HasExited && s.Environment == EnvironmentFingerprint(interp)) return s.Proc;
        Release(s.Proc);
        return null;
    }

    static void PrepareSpare(Interpreter interp, string script, IReadOnlyList<string> argv)
    {
        if (!prestart) return;
        lock (live)
        {
            if (++startsBy.GetOrCreateValue(interp).Value < 2) return;
            if (spare != null || live.Count >= Environment.ProcessorCount) return;
        }
        var fingerprint = EnvironmentFingerprint(interp);
        Process proc;
        try { proc = Launch(interp, script, argv); }
        catch (PyRaise e) { Rc.Dec(e.TakeException()); return; } // the next start() will say why
        lock (live)
        {
            if (spare == null) { spare = new Spare { Proc = proc, Owner = interp, Script = script, Environment = fingerprint }; return; }
        }
        Release(proc);
    }

    /// <summary>Lets the spare go (the interpreter that launched it is ending).</summary>
    public static void ReleaseSpare(Interpreter interp)
    {
        Spare s;
        lock (live)
        {
            s = spare;
            if (s == null || s.Owner != interp) return;
            spare = null;
        }
        Release(s.Proc);
    }

    /// <summary>Closes an unused child's stdin: it reads end-of-file and exits.</summary>
    static void Release(Process proc)
    {
        try { proc.StandardInput.Close(); } catch { }
        try { proc.Dispose(); } catch { }
    }

    /// <summary>Kills every child still running (the parent is exiting).</summary>
    public static void KillAll()
    {
        List<Process> procs;
        lock (live)
        {
            procs = new List<Process>(live);
            if (spare != null) procs.Add(spare.Proc);
        }
        foreach (var p in procs)
        {
            try { if (!p.HasExited) p.Kill(); } catch { }
        }
    }

    internal static void Forget(Process p)
    {
        lock (live) live.Remove(p);
        try { p.StandardInput.Close(); } catch { }
    }
}

/// <summary>A started child process, as _multiprocessing.spawn returns it: pid, poll(),
/// wait(timeout), terminate(), kill(), close().</summary>
public sealed class ChildProcess : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("ChildProcess", "_multiprocessing", AddMethods);
    Process proc;
    int pid;
    int signalled;
    int? exitCode;
    Thread pump;
    readonly ConcurrentQueue<string> pending = new();
    TextWriter target;
    /// <summary>The sentinel: the read end of a pipe whose write end is closed when the child
    /// ends, so select() sees it readable then (-1 until first asked for).</summary>
    int sentinel = -1;
    readonly object sentinelGate = new();

    [DllImport("libc", SetLastError = true)] static extern unsafe int pipe2(int* fds, int flags);
    [DllImport("libc", SetLastError = true)] static extern int close(int fd);
    const int O_CLOEXEC = 0x80000;

    public int Pid => pid;

    public static ChildProcess New(Process p)
    {
        var c = new ChildProcess { ObType = Type, proc = p, pid = p.Id };
        Heap.Allocated(Type);
        return c;
    }

    internal void StartPump(TextWriter parentStdout)
    {
        target = parentStdout;
        var reader = proc.StandardOutput;
        pump = new Thread(() =>
        {
            try
            {
                string line;
                while ((line = reader.ReadLine()) != null) pending.Enqueue(line);
            }
            catch { }
        }) { IsBackground = true, Name = "mp-stdout-pump" };
        pump.Start();
    }

    /// <summary>Copies what the child printed into the parent's stdout (the caller holds the GIL).</summary>
    public void Drain()
    {
        if (target == null) return;
        bool any = false;
        while (pending.TryDequeue(out var line)) { target.Write(line + "\n"); any = true; }
        if (any) target.Flush();
    }

    /// <summary>The exit code once the child has ended, or null.</summary>
    public int? Poll()
    {
        if (exitCode != null) return exitCode;
        if (proc == null || !proc.HasExited) return null;
        Finish();
        return exitCode;
    }

    void Finish()
    {
        proc.WaitForExit();
        int code = proc.ExitCode;
        if (signalled != 0 && code == 128 + signalled) code = -signalled;
        else if (code > 128 && code <= 128 + 31) code = -(code - 128);
        pump?.Join(2000);
        Drain();
        exitCode = code;
        ChildProcesses.Forget(proc);
    }

    /// <summary>Waits (releasing the GIL) up to timeout seconds, negative for no limit.</summary>
    public int? Wait(double timeout)
    {
        if (exitCode != null || proc == null) return exitCode;
        if (!proc.HasExited)
        {
            int ms = timeout < 0 ? -1 : (int)Math.Min(timeout * 1000, int.MaxValue);
            var p = proc;
            bool done = Blocking.Run(() =>
            {
                if (ms < 0)
                {
                    // Poll in slices so the wait also drains output.
                    while (!p.WaitForExit(100)) { }
                    return true;
                }
                return p.WaitForExit(ms);
            });
            if (!done) { Drain(); return null; }
        }
        Blocking.Run(() => pump?.Join(2000));
        Finish();
        return exitCode;
    }

    void Signal(int sig)
    {
        if (exitCode != null || proc == null || proc.HasExited) return;
        signalled = sig;
        ChildProcesses.SendSignal(pid, sig);
    }

    /// <summary>Process.sentinel, as CPython's: a descriptor that becomes ready to read when
    /// the child ends (its pipe's write end is closed then, by a task that waits for it).</summary>
    unsafe int Sentinel()
    {
        lock (sentinelGate)
        {
            if (sentinel >= 0) return sentinel;
            int* fds = stackalloc int[2];
            if (pipe2(fds, O_CLOEXEC) != 0) throw Err.New(ErrorTypes.OSError, "could not make the process's sentinel");
            sentinel = fds[0];
            int writeEnd = fds[1];
            var p = proc;
            if (p == null || exitCode != null) close(writeEnd);
            else p.WaitForExitAsync().ContinueWith(_ => close(writeEnd), TaskScheduler.Default);
            return sentinel;
        }
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        if (sentinel >= 0) { close(sentinel); sentinel = -1; }
    }

    static ChildProcess Self(PyObject o) => (ChildProcess)o;

    static PyObject CodeObj(int? c) => c == null ? Rc.New(PyNone.Instance) : PyInt.New(c.Value);

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "pid", (self, a, k) => PyInt.New(Self(self).pid));
        BuiltinTypes.AddMethod(t, "poll", (self, a, k) =>
        {
            var c = Self(self);
            c.Drain();
            return CodeObj(c.Poll());
        });
        BuiltinTypes.AddMethod(t, "wait", (self, a, k) =>
        {
            ArgParser.Positional("wait", a, k, 0, 1);
            double timeout = a.Length == 1 && a[0] is not PyNone ? Math.Max(0, PyFloat.ToDouble(a[0])) : -1;
            return CodeObj(Self(self).Wait(timeout));
        });
        BuiltinTypes.AddMethod(t, "terminate", (self, a, k) => { Self(self).Signal(15); return Rc.New(PyNone.Instance); });
        BuiltinTypes.AddMethod(t, "kill", (self, a, k) => { Self(self).Signal(9); return Rc.New(PyNone.Instance); });
        BuiltinTypes.AddMethod(t, "drain", (self, a, k) => { Self(self).Drain(); return Rc.New(PyNone.Instance); });
        BuiltinTypes.AddMethod(t, "sentinel", (self, a, k) => PyInt.New(Self(self).Sentinel()));
    }

    public override string Repr() => $"<ChildProcess pid={pid}>";
}
