// sys.settrace: calling a Python function on each event of the frames a thread runs, as a
// debugger or a coverage tool needs.
//
// The events are CPython's: 'call' when a frame starts (or a generator resumes) — the global
// trace function's answer becomes the frame's local trace function, or None to leave the
// frame untraced; then, to that local function, 'line' before the first instruction of each
// new line (and again on every backward jump, so each loop iteration shows), 'exception'
// when an exception is raised in the frame or passes through it, and 'return' when the frame
// returns or yields (with None when an exception leaves it). The trace function runs with
// tracing off (its own calls are not traced), and an exception it raises turns tracing off
// for the thread and propagates from where the event happened.
//
// What it costs when nobody traces: nothing per instruction. The eval loop is compiled
// three times from one source (Eval.Loop<TMode>): EvalModes.Plain, whose tracing checks are
// constant false and vanish when the JIT (or the ahead-of-time compiler) compiles it,
// EvalModes.Tracing, and EvalModes.Instructions for --trace's listing of every instruction.
// A frame runs the traced copy only when its thread had a trace function as the frame
// started; Eval.RunOrRaised makes that choice with one field test per call.
using MiniPy.Runtime;

namespace MiniPy.VM;

/// <summary>Which copy of the eval loop runs: the JIT specialises Loop for each struct. The
/// loop tells them apart by typeof(TMode), a comparison every compiler folds to a constant —
/// the ahead-of-time one too, which would leave a call of a property of the mode a call, made
/// at every instruction until the JIT recompiles the loop.</summary>
public interface IEvalMode { }

public static class EvalModes
{
    /// <summary>Nothing is traced.</summary>
    public struct Plain : IEvalMode { }

    /// <summary>sys.settrace's events are sent (and every instruction is printed too, while
    /// InstructionTrace is enabled).</summary>
    public struct Tracing : IEvalMode { }

    /// <summary>Every instruction is printed (--trace, InstructionTrace).</summary>
    public struct Instructions : IEvalMode { }
}

/// <summary>What sys.setprofile's function is told about a call of a built-in function.</summary>
public enum BuiltinCallEvent { Call, Return, Exception }

public static class Tracing
{
    /// <summary>Makes a frame object for a running frame (installed by the standard library,
    /// whose frame objects these are).</summary>
    public static Func<Frame, PyObject> FrameObjectOf;

    static readonly PyStr CallEvent = PyStr.Intern("call"), LineEvent = PyStr.Intern("line"),
        ReturnEvent = PyStr.Intern("return"), ExceptionEvent = PyStr.Intern("exception");

    /// <summary>sys.settrace(func) for thread ts (None or null: off).</summary>
    public static void SetTrace(ThreadState ts, PyObject func)
    {
        var old = ts.TraceFunc;
        ts.TraceFunc = func is null or PyNone ? null : Rc.New(func);
        Rc.XDec(old);
    }

    /// <summary>sys.setprofile(func) for thread ts (None or null: off).</summary>
    public static void SetProfile(ThreadState ts, PyObject func)
    {
        var old = ts.ProfileFunc;
        ts.ProfileFunc = func is null or PyNone ? null : Rc.New(func);
        Rc.XDec(old);
    }

    static readonly PyStr CCallEvent = PyStr.Intern("c_call"), CReturnEvent = PyStr.Intern("c_return"),
        CExceptionEvent = PyStr.Intern("c_exception");

    /// <summary>The profile function's 'call' or 'return' event for frame f (value: what
    /// the frame returns; None when it raises).</summary>
    internal static void Profile(ThreadState ts, Frame f, bool call, PyObject value)
    {
        if (ts.ProfileFunc == null || ts.InTrace) return;
        Rc.XDec(InvokeProfile(ts, f, call ? CallEvent : ReturnEvent, value ?? PyNone.Instance));
    }

    /// <summary>The profile function's event for a call of a built-in function from the
    /// running frame: 'c_call' before it, then 'c_return' or 'c_exception'.</summary>
    public static void ProfileBuiltin(ThreadState ts, PyObject builtin, BuiltinCallEvent evt)
    {
        var name = evt switch
        {
            BuiltinCallEvent.Call => CCallEvent,
            BuiltinCallEvent.Return => CReturnEvent,
            _ => CExceptionEvent,
        };
        Rc.XDec(InvokeProfile(ts, ts.CurrentFrame, name, builtin));
    }

    /// <summary>Calls the thread's profile function (frame, event, arg); see Invoke.</summary>
    static PyObject InvokeProfile(ThreadState ts, Frame f, PyStr evt, PyObject arg)
        => ts.InTrace ? null : Invoke(ts, f, ts.ProfileFunc, evt, arg, profiling: true);

    /// <summary>The 'call' event of frame f: asks the thread's trace function for the
    /// frame's local one.</summary>
    internal static void Call(ThreadState ts, Frame f)
    {
        if (ts.TraceFunc == null) return;
        // A generator resuming goes on from its yield: its line is not new.
        bool resuming = f.Pc > 0;
        f.TraceLastLine = resuming ? f.Code.LineAt(f.LastPc) : -1;
        f.TracePrevPc = resuming ? f.LastPc : -1;
        var local = Invoke(ts, f, ts.TraceFunc, CallEvent, PyNone.Instance);
        SetLocal(f, local);
    }

    /// <summary>Before instruction pc of a traced frame: a 'line' event when a new line
    /// starts there, or when the loop jumped back.</summary>
    internal static void BeforeInstruction(ThreadState ts, Frame f, int pc)
    {
        if (f.TraceLocal == null || ts.InTrace) return;
        var code = f.Code;
        // RESUME opens every code object, and a loop's closing jump carries the loop's line
        // here where CPython's carries the body's: neither starts a line of its own (the
        // jump's target does, as a backward edge). RESUME is not even a previous instruction:
        // the first one after it starts a line, on the def's own line too (`def f(): return 1`).
        var op = (Compiler.Op)(code.Instructions[pc] & 0xFF);
        if (op is Compiler.Op.RESUME) return;
        int previous = f.TracePrevPc;
        f.TracePrevPc = pc;
        if (op is Compiler.Op.JUMP_BACKWARD) return;
        int line = code.LineAt(pc);
        bool backward = previous >= 0 && pc <= previous;
        bool newLine = line != f.TraceLastLine && (pc == 0 || code.LineAt(pc - 1) != line || previous < 0);
        if (line <= 0 || !(backward || newLine)) return;
        f.TraceLastLine = line;
        f.LastPc = pc; // f_lineno reads it
        SetLocal(f, Invoke(ts, f, f.TraceLocal, LineEvent, PyNone.Instance));
    }

    /// <summary>The 'return' event: value is what the frame returns or yields (None when an
    /// exception leaves it).</summary>
    internal static void Return(ThreadState ts, Frame f, PyObject value)
    {
        if (f.TraceLocal == null || ts.InTrace) return;
        var local = f.TraceLocal;
        f.TraceLocal = null;
        try { Rc.XDec(Invoke(ts, f, local, ReturnEvent, value ?? PyNone.Instance)); }
        finally { Rc.Dec(local); }
    }

    /// <summary>The 'exception' event: exc was raised in frame f or passed into it.</summary>
    internal static void Exception(ThreadState ts, Frame f, PyException exc)
    {
        if (f.TraceLocal == null || ts.InTrace) return;
        var info = PyTuple.New(3);
        info.SetItemSteal(0, Rc.New<PyObject>(exc.ObType));
        info.SetItemSteal(1, Rc.New<PyObject>(exc));
        info.SetItemSteal(2, Rc.New((PyObject)exc.Traceback ?? PyNone.Instance));
        try { SetLocal(f, Invoke(ts, f, f.TraceLocal, ExceptionEvent, info)); }
        finally { Rc.Dec(info); }
    }

    /// <summary>A trace function's answer becomes the frame's local trace function (None: the
    /// frame is no longer traced). Steals answer.</summary>
    static void SetLocal(Frame f, PyObject answer)
    {
        var old = f.TraceLocal;
        f.TraceLocal = answer is null or PyNone ? null : answer;
        if (answer is PyNone) Rc.Dec(answer);
        Rc.XDec(old);
    }

    /// <summary>Calls func(frame, event, arg) with tracing and profiling off; returns its
    /// answer (owned). If it raises, tracing (or, for the profile function, profiling) stops
    /// for the thread, as in CPython, and the exception goes on.</summary>
    static PyObject Invoke(ThreadState ts, Frame f, PyObject func, PyStr evt, PyObject arg, bool profiling = false)
    {
        if (func == null) return null;
        var frame = (f != null ? FrameObjectOf?.Invoke(f) : null) ?? Rc.New(PyNone.Instance);
        ts.InTrace = true;
        Rc.Inc(func); // alive for the call, even if it changes the trace function
        try { return Ops.Call(func, new[] { frame, evt, arg }); }
        catch (PyRaise)
        {
            if (profiling) SetProfile(ts, null);
            else
            {
                SetTrace(ts, null);
                var local = f.TraceLocal;
                f.TraceLocal = null;
                Rc.XDec(local);
            }
            throw;
        }
        finally
        {
            ts.InTrace = false;
            Rc.Dec(func);
            Rc.Dec(frame);
        }
    }
}
