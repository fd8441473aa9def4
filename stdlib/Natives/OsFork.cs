// _fork: os.fork(), emulated, and the waiting for children that goes with it (os.waitpid,
// os.wait). The Python side is in Lib/_os_extras.py (fork, register_at_fork, the W* macros).
//
// ═══════════════════════════ How os.fork is emulated ═══════════════════════════
//
// A real fork copies the whole process: the child continues from the very instruction that
// called fork(), in every frame the parent had, with fork() returning 0. A .NET process
// cannot fork (ForkSnapshot.cs says why), so MiniPy starts a fresh interpreter and sends it
// a copy of the heap, as the multiprocessing fork start method does — and, for os.fork,
// a copy of the running frames too:
//
//   • The calling thread's frames, from the main program's module frame up to the frame that
//     called fork(): for each, its code (a function's, or the main program's), its local
//     variables and value stack, its handler blocks, where it is, and where its call of the
//     next frame began. Their values travel in the heap snapshot with everything else, so a
//     list on a frame's stack and the same list in a global are one list in the child;
//     a loop part-way through a list, tuple or range resumes where it was.
//   • The child rebuilds those frames, pushes 0 where the call of fork() was, and runs the
//     eval loop from the innermost frame (Eval.ResumeOrRaised): each frame returns into its
//     caller exactly as in the parent. When the main program's frame ends, the child ends as
//     a program does: atexit handlers (the parent's, carried over), flushed streams, exit 0,
//     or a traceback and exit 1.
//   • What a real fork copies besides: stdout's unwritten buffer (a program that printed
//     before fork() with stdout in a file or a pipe shows that text twice, as under CPython),
//     stdout's buffering, and the file descriptors the program opened with os.open, os.pipe
//     and os.dup (they are made inheritable for the moment the child starts, so the child
//     has them under the same numbers). The standard streams are shared.
//
// What differs from a real fork, besides what ForkSnapshot lists: the frames are copied only
// when every one of them was entered by the eval loop itself (the main program's code and
// the Python functions it calls, directly or through other such functions) — a fork()
// reached through a C# frame (a generator, a class's __init__ run by the call of the class,
// a function that map() or sorted() calls) or from a thread other than the main one is a
// RuntimeError saying so. Objects that cannot be copied (a generator part-way through, an
// open file object, a socket) become stand-ins that fail with a TypeError naming them if the
// child touches them. The child is a new process: its pid is new and os.getppid() is the
// parent's, as after a fork.
using System.Runtime.InteropServices;
using MiniPy.Compiler;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class OsFork
{
    [DllImport("libc", SetLastError = true)] static extern int fcntl(int fd, int command, int argument);
    const int F_GETFD = 1, F_SETFD = 2, FD_CLOEXEC = 1;

    /// <summary>The children os.fork started, by pid, until a wait reaps them (owned).</summary>
    static readonly Dictionary<int, ChildProcess> children = new();

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_fork");
        // Children never waited for are let go at the end (they run on, as after a fork).
        interp.TeardownActions.Add(ReleaseChildren);
        m.AddFunction("fork", (a, k) =>
        {
            ArgParser.Positional("fork", a, k, 2, 2);
            if (a[0] is not PyDict message) throw Err.TypeError("fork() needs the spawn message");
            return PyInt.New(Fork(interp, message, a[1]));
        });
        m.AddFunction("resume", (a, k) =>
        {
            ArgParser.Positional("resume", a, k, 1, 1);
            if (a[0] is not PyBytes snapshot) throw Err.TypeError("resume() needs bytes");
            return Resume(interp, snapshot.Value);
        });
        m.AddFunction("waitpid", (a, k) =>
        {
            ArgParser.Positional("waitpid", a, k, 2, 2);
            return WaitPid((int)ArgParser.Int(a[0], "pid"), (int)ArgParser.Int(a[1], "options"));
        });
        return m;
    }

    // ───────────────────────────── the parent ─────────────────────────────

    /// <summary>Starts the child; returns its pid. inherited: what other modules carry over
    /// (multiprocessing/_fork_inherit.py's capture; atexit's handlers and the
    /// register_at_fork hooks for the child).</summary>
    static int Fork(Interpreter interp, PyDict message, PyObject inherited)
    {
        var ts = ThreadState.Current;
        if (ts != interp.MainThread)
            throw Err.RuntimeError("os.fork() is emulated in the main thread only (MiniPy copies the running frames into a new process)");
        var frames = CallingFrames(interp, ts);
        var root = Capture(ts, frames, inherited);
        byte[] snapshot;
        try { snapshot = ForkSnapshot.Capture(interp, root); }
        finally { Rc.Dec(root); }
        var snapshotBytes = PyBytes.New(snapshot);
        message.SetItemNew(PyStr.Intern("os_fork"), snapshotBytes);
        Rc.Dec(snapshotBytes);
        var bytes = WireFormat.Encode(message);
        var inheritable = MakeInheritable(OsPosix.ProgramDescriptors());
        ChildProcess child;
        try { child = ChildProcesses.StartForked(interp, bytes); }
        finally { Restore(inheritable); }
        int pid = child.Pid;
        lock (children) children[pid] = child;
        return pid;
    }

    /// <summary>The calling thread's frames, outermost first, checked to be ones the child
    /// can resume: the main program's module frame and frames the eval loop entered itself.</summary>
    static List<Frame> CallingFrames(Interpreter interp, ThreadState ts)
    {
        var frames = new List<Frame>();
        var f = ts.CurrentFrame;
        for (; f != null && f.EnteredInline; f = f.Back)
        {
            if (f.InitSelf != null) throw NotResumable($"'{f.Code.QualName}' runs for a call of its class");
            frames.Add(f);
        }
        var main = interp.Modules.GetItemBorrowed(PyStr.Intern("__main__")) as PyModule;
        if (f == null || main == null) throw NotResumable("no running program");
        if ((f.Code.Flags & CodeFlags.ModuleBody) == 0 || !ReferenceEquals(f.Globals, main.Dict))
        {
            throw NotResumable(f.Generator != null ? $"'{f.Code.Name}' is a generator"
                : (f.Code.Flags & CodeFlags.ModuleBody) != 0 ? "it runs in a module being imported"
                : $"'{f.Code.Name}' was called from C# code (a class call, a bound method, a built-in that calls back)");
        }
        frames.Add(f);
        frames.Reverse();
        var top = frames[^1];
        var op = (Op)(top.Code.Instructions[top.LastPc] & 0xFF);
        if (op != Op.CALL_FUNCTION && op != Op.CALL_METHOD) throw NotResumable("fork() was not called by a plain call");
        return frames;
    }

    static PyRaise NotResumable(string why)
        => Err.RuntimeError($"os.fork() cannot copy this program's running frames into the child: {why}. "
                            + "MiniPy emulates fork for calls made from the main program and the Python functions it calls");

    /// <summary>Where the call at a frame's current instruction (a CALL_FUNCTION or
    /// CALL_METHOD) has its operands: what the call's result replaces.</summary>
    static int CallBaseOf(Frame f)
    {
        int instr = f.Code.Instructions[f.LastPc];
        int arg = instr >> 8;
        return (Op)(instr & 0xFF) == Op.CALL_METHOD ? f.Sp - arg - 2 : f.Sp - arg - 1;
    }

    /// <summary>The snapshot's root: (frames, the exception being handled, stdout's unwritten
    /// text and buffering, inherited). A frame is (function, pc, sp, call base, slots,
    /// blocks), slots being (index, value) pairs for the occupied ones.</summary>
    static PyTuple Capture(ThreadState ts, List<Frame> frames, PyObject inherited)
    {
        var items = PyTuple.New(frames.Count);
        for (int i = 0; i < frames.Count; i++)
        {
            var f = frames[i];
            bool innermost = i == frames.Count - 1;
            // The innermost frame's stack ends below its call of fork(), which the child
            // replaces by the result 0; an outer frame's, at its call of the next frame.
            int end = innermost ? CallBaseOf(f) : f.Sp;
            var slots = new List<PyObject>();
            for (int j = 0; j < end; j++)
                if (f.Slots[j] != null) slots.Add(Stolen(PyInt.New(j), Rc.New(f.Slots[j])));
            var blocks = PyTuple.New(f.BlockCount);
            for (int j = 0; j < f.BlockCount; j++)
            {
                var b = f.Blocks[j];
                blocks.SetItemSteal(j, Stolen(PyInt.New((int)b.Kind), PyInt.New(b.Handler), PyInt.New(b.Level),
                    Rc.New((PyObject)b.PreviousExc ?? PyNone.Instance)));
            }
            var slotTuple = PyTuple.New(slots.Count);
            for (int j = 0; j < slots.Count; j++) slotTuple.SetItemSteal(j, slots[j]);
            // The main program's code travels as a function made for it. The innermost frame
            // resumes after its call of fork(); an outer one after its call of the next frame.
            var fn = i == 0 ? PyFunction.New(f.Code, f.Globals) : Rc.New(f.Function);
            items.SetItemSteal(i, Stolen(fn, PyInt.New(innermost ? f.LastPc + 1 : f.Pc), PyInt.New(end),
                PyInt.New(innermost ? end : f.CallBase), slotTuple, blocks));
        }
        string pending = "";
        var buffering = OutputBuffering.Line;
        if (Writer(ts.Interp.Stdout) is { } stdout)
        {
            pending = stdout.Pending;
            buffering = stdout.Buffering;
        }
        return Stolen(items, Rc.New((PyObject)ts.HandledExc ?? PyNone.Instance), PyStr.New(pending),
            PyInt.New((int)buffering), Rc.New(inherited));
    }

    /// <summary>A tuple that takes the references it is given.</summary>
    static PyTuple Stolen(params PyObject[] items)
    {
        var t = PyTuple.New(items.Length);
        for (int i = 0; i < items.Length; i++) t.SetItemSteal(i, items[i]);
        return t;
    }

    static IBufferedOutput Writer(TextWriter w) => ITextWriterWrapper.Find<IBufferedOutput>(w);

    /// <summary>Clears close-on-exec on the descriptors that have it; returns them.</summary>
    static List<int> MakeInheritable(IEnumerable<int> fds)
    {
        var changed = new List<int>();
        foreach (var fd in fds)
        {
            int flags = fcntl(fd, F_GETFD, 0);
            if (flags >= 0 && (flags & FD_CLOEXEC) != 0 && fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC) == 0) changed.Add(fd);
        }
        return changed;
    }

    static void Restore(List<int> fds)
    {
        foreach (var fd in fds)
        {
            int flags = fcntl(fd, F_GETFD, 0);
            if (flags >= 0) fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
        }
    }

    // ───────────────────────────── waiting ─────────────────────────────

    /// <summary>os.waitpid for a child os.fork started: (pid, status) once it has ended, or
    /// (0, 0) with WNOHANG while it runs. pid -1 or 0 waits for any of them.</summary>
    static PyObject WaitPid(int pid, int options)
    {
        const int WNOHANG = 1;
        while (true)
        {
            List<(int Pid, ChildProcess Child)> candidates;
            lock (children)
            {
                candidates = pid > 0
                    ? children.TryGetValue(pid, out var c) ? new() { (pid, c) } : new()
                    : children.Select(kv => (kv.Key, kv.Value)).ToList();
            }
            if (candidates.Count == 0) throw PyFile.OsError(ErrorTypes.ChildProcessError, 10, "No child processes", null);
            foreach (var (childPid, child) in candidates)
            {
                var code = candidates.Count == 1 && (options & WNOHANG) == 0 ? child.Wait(-1) : child.Poll();
                if (code == null) continue;
                lock (children) children.Remove(childPid);
                Rc.Dec(child);
                int status = code.Value >= 0 ? (code.Value & 0xff) << 8 : -code.Value;
                return Stolen(PyInt.New(childPid), PyInt.New(status));
            }
            if ((options & WNOHANG) != 0) return Stolen(PyInt.New(0), PyInt.New(0));
            // Several children: look again shortly (the GIL released meanwhile).
            Blocking.Run(() => Thread.Sleep(5));
            if (Interpreter.EvalBreaker != 0) Interpreter.HandleEvalBreaker(ThreadState.Current);
        }
    }

    static void ReleaseChildren()
    {
        List<ChildProcess> left;
        lock (children)
        {
            left = children.Values.ToList();
            children.Clear();
        }
        foreach (var child in left) Rc.Dec(child);
    }

    // ───────────────────────────── the child ─────────────────────────────

    /// <summary>Rebuilds the parent's heap and frames and runs the rest of the program;
    /// returns what the program's exit status should be (SystemExit's value, or 1 after a
    /// traceback), as a new reference.</summary>
    static PyObject Resume(Interpreter interp, byte[] data)
    {
        var ts = ThreadState.Current;
        var root = ForkSnapshot.Restore(interp, data);
        Frame bottom = null, innermost = null;
        PyObject moduleFunction = null;
        int depth = 0;
        try
        {
            if (root is not PyTuple { Count: 5 } r || r.Items[0] is not PyTuple frames || frames.Count == 0
                || r.Items[2] is not PyStr pending || r.Items[3] is not PyInt buffering)
                throw Err.ValueError("malformed fork snapshot: bad frames");
            ApplyInherited(ts, r.Items[4]);
            if (Writer(interp.Stdout) is { } stdout)
            {
                stdout.Buffering = (OutputBuffering)buffering.Value;
                stdout.AddPending(pending.Value);
            }
            if (r.Items[1] is PyException handled) Rc.Set(ref ts.HandledExc, Rc.New(handled));
            var mainDict = ((PyModule)interp.Modules.GetItemBorrowed(PyStr.Intern("__main__"))).Dict;
            // The main program's code is held by the function made for it, kept until the
            // module frame ends (a function frame's is held by its caller's stack).
            if (frames.Items[0] is PyTuple { Count: > 0 } first) moduleFunction = Rc.New(first.Items[0]);
            for (int i = 0; i < frames.Count; i++)
            {
                var f = RebuildFrame(ts, frames.Items[i], i == 0 ? mainDict : null);
                depth++;
                if (innermost != null)
                {
                    f.EnteredInline = true;
                    f.Back = innermost;
                }
                else bottom = f;
                innermost = f;
            }
            // fork() returns 0 here.
            Slot(innermost, innermost.Sp++) = PyInt.New(0);
        }
        catch
        {
            for (var f = innermost; f != null; f = f == bottom ? null : f.Back) ts.Frames.Return(f);
            Rc.XDec(moduleFunction);
            throw;
        }
        finally { Rc.Dec(root); }
        ts.Depth += depth;
        PyObject result;
        try { result = Eval.ResumeOrRaised(ts, bottom, innermost); }
        finally
        {
            // Each inline frame gave its depth back as it returned; the module frame's is ours.
            ts.Depth--;
            ts.Frames.Return(bottom);
            Rc.Dec(moduleFunction);
        }
        if (ReferenceEquals(result, Eval.Raised)) return ExitStatusFor(interp, Eval.TakeRaised(ts));
        Rc.Dec(result);
        return PyInt.New(0);
    }

    static ref PyObject Slot(Frame f, int i) => ref ObjectArrays.Slot(f.Slots, i);

    /// <summary>A frame from its snapshot (fn, pc, call base, slots, blocks).</summary>
    static Frame RebuildFrame(ThreadState ts, PyObject entry, PyDict moduleNamespace)
    {
        if (entry is not PyTuple { Count: 6 } e || e.Items[0] is not PyFunction fn || e.Items[1] is not PyInt pc
            || e.Items[2] is not PyInt spValue || e.Items[3] is not PyInt callBase || e.Items[4] is not PyTuple slots
            || e.Items[5] is not PyTuple blocks)
            throw Err.ValueError("malformed fork snapshot: bad frame");
        var code = fn.Code;
        var f = ts.Frames.Rent(code);
        f.Globals = fn.Globals;
        f.Builtins = ts.Interp.Builtins;
        if (moduleNamespace != null) f.Namespace = Rc.New(moduleNamespace);
        else f.Function = fn; // borrowed, as a call's: the caller's stack holds the function
        if (pc.Value <= 0 || pc.Value > code.Instructions.Length || callBase.Value < code.FrameSlots
            || spValue.Value < callBase.Value || spValue.Value >= f.Slots.Length)
        {
            ts.Frames.Return(f);
            throw Err.ValueError("malformed fork snapshot: bad position");
        }
        f.Pc = (int)pc.Value;
        f.LastPc = f.Pc - 1;
        f.CallBase = (int)callBase.Value;
        f.Sp = (int)spValue.Value;
        foreach (var item in slots.Items)
        {
            if (item is not PyTuple { Count: 2 } pair || pair.Items[0] is not PyInt index
                || index.Value < 0 || index.Value >= f.Sp)
            {
                ts.Frames.Return(f);
                throw Err.ValueError("malformed fork snapshot: bad slot");
            }
            Slot(f, (int)index.Value) = Rc.New(pair.Items[1]);
        }
        foreach (var item in blocks.Items)
        {
            if (item is not PyTuple { Count: 4 } b || b.Items[0] is not PyInt kind || b.Items[1] is not PyInt handler
                || b.Items[2] is not PyInt level)
            {
                ts.Frames.Return(f);
                throw Err.ValueError("malformed fork snapshot: bad block");
            }
            f.PushBlock((BlockKind)kind.Value, (int)handler.Value, (int)level.Value,
                b.Items[3] is PyException previous ? Rc.New(previous) : null);
        }
        return f;
    }

    /// <summary>Calls multiprocessing._fork_inherit.restore and re-registers atexit's
    /// handlers, from the parent's (inherited: (fork_inherit state, atexit handlers)).</summary>
    static void ApplyInherited(ThreadState ts, PyObject inherited)
    {
        if (inherited is not PyTuple { Count: 2 } t) return;
        var module = ts.Interp.ImportModule(ts, "_os_extras");
        var apply = module.Dict.GetItemBorrowed("_fork_child_inherit") ?? throw Err.RuntimeError("_os_extras lacks _fork_child_inherit");
        Rc.Dec(Ops.Call(apply, t.Items[0], t.Items[1]));
    }

    /// <summary>The exit status of a child whose program ended with exc (owned): SystemExit's
    /// code, else the traceback printed and 1 — what the interpreter does at a program's end.</summary>
    static PyObject ExitStatusFor(Interpreter interp, PyException exc)
    {
        try
        {
            if (exc.ObType.IsSubtypeOf(ErrorTypes.SystemExit))
            {
                var code = exc.Args.Count == 0 ? PyNone.Instance : exc.Args.Count == 1 ? exc.Args.Items[0] : exc.Args;
                return Rc.New(code);
            }
            Tracebacks.Print(interp, exc);
            return PyInt.New(1);
        }
        finally { Rc.Dec(exc); }
    }
}
