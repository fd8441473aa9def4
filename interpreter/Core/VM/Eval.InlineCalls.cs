// Calls that do not recurse: how the eval loop runs a Python function it calls without
// calling itself.
//
// A call made the ordinary way goes through C#: CALL finds a Python function, Interpreter.
// CallFunction binds the arguments into a new frame and calls Eval.Run on it, which calls
// Loop again — one host stack frame per Python frame, with its checks, its try/finally
// blocks and the loop's prologue each time. For the commonest call — a plain function (not
// a generator) given its positional parameters, with no trace or profile function
// watching — the loop does what CPython 3.11's does instead:
//
//   enter   EnterInline rents the callee's frame, moves the arguments into its parameters
//           (their stack slots in the caller are left empty, so no count changes), links it
//           in front of the caller (Back, ts.CurrentFrame) and marks it EnteredInline. The
//           caller's pc and sp are saved in its frame, with CallBase, where the call's
//           operands start; then the loop simply loads the callee's state and goes on.
//   return  RETURN_VALUE in a frame marked EnteredInline: ReturnInline releases the callee's
//           frame, pops the call's operands off the caller's stack, pushes the result there,
//           and the loop loads the caller's state and goes on after its CALL.
//   raise   an exception no handler in the callee catches: the callee's frame is released
//           the same way, and the loop unwinds the caller with it, exactly as if the CALL
//           instruction had raised it — the caller's traceback entry is added there, and its
//           operands are still on its stack for the unwinding to release.
//
// Any other call of a plain function (keyword arguments, *args or **kwargs parameters,
// keyword-only ones, a wrong count) is entered the same way by EnterInlineBinding, which binds
// the arguments with the C# path's own binder (its rules, its messages): each parameter then
// holds a reference of its own, and the caller's operands are released when the call ends.
//
// A call of a plain class whose __init__ is such a function is run the same way: the loop
// makes the instance, enters __init__ with it as self, and when __init__ returns None the
// instance (kept in the frame's InitSelf) is the call's result; any other return value is
// CPython's TypeError, raised at the call.
//
// What the C# path gave stays: the recursion limit (ts.Depth counts inline frames too, and
// the limit is a clean RecursionError raised at the call), the eval breaker at function
// entry (a GIL drop request or Ctrl-C is seen when a function starts), ts.CurrentFrame and
// the Back chain that tracebacks and sys._getframe walk, biased counts merged at each call.
// What it no longer costs: host stack — a deep Python recursion is a chain of pooled frames,
// so raising the recursion limit cannot overflow the host's stack through these calls.
//
// A for loop over a generator is run the same way (PyGenerator.BeginInlineResume): FOR_ITER
// links the generator's suspended frame in front of its own and the loop goes on there;
// YIELD_VALUE hands the value back to the FOR_ITER's frame, RETURN_VALUE ends the loop,
// and an exception leaving the generator is raised at the FOR_ITER.
//
// Only the plain copy of the loop inlines calls; under sys.settrace, sys.setprofile (and
// --trace) calls go through C# so that the tracer sees every call and return. Loop's
// invocation may now end inside an inline frame (the periodic return of BackEdgesPerEntry):
// it is entered again on ts.CurrentFrame, the innermost frame, which is where it left off.
//
// Measured, the calls changed the benchmark's times by less than the machine's noise (a
// generator's values came about a sixth faster): what a call costs is mostly the loop's
// own work — its state, which the JIT keeps in memory for a method this large, and the
// collector's write barrier on every store of a reference into a frame — not the C# detour.
using System.Runtime.CompilerServices;
using MiniPy.Runtime;
using static MiniPy.VM.ValueStack;

namespace MiniPy.VM;

public static partial class Eval
{
    /// <summary>Runs a chain of frames from the innermost, as if the loop had entered each
    /// frame above bottom itself (they must be marked EnteredInline, their callers' CallBase
    /// set): os.fork's child resumes the parent's frames this way. Returns like RunOrRaised,
    /// when bottom returns or raises.</summary>
    public static PyObject ResumeOrRaised(ThreadState ts, Frame bottom, Frame innermost)
    {
        bottom.Back = ts.CurrentFrame;
        ts.CurrentFrame = innermost;
        try { return RunLoop<EvalModes.Plain>(ts, innermost, null); }
        finally { ts.CurrentFrame = bottom.Back; }
    }

    /// <summary>Whether the eval loop may run a call of fn with count positional arguments
    /// itself: an untraced, unprofiled loop, and a plain function (not a generator) whose
    /// first count parameters take them and whose others have defaults.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CanInline<TMode>(ThreadState ts, PyFunction fn, int count) where TMode : struct, IEvalMode
    {
        if (!CanRunInline<TMode>(ts)) return false;
        var code = fn.Code;
        if (!code.TakesExactly(code.ArgCount) || code.IsGenerator) return false;
        return count == code.ArgCount
               || (count < code.ArgCount && fn.Defaults != null && count >= code.ArgCount - fn.Defaults.Items.Length);
    }

    /// <summary>Whether the eval loop may run a call of fn with arguments that must be bound
    /// (EnterInlineBinding): an untraced, unprofiled loop, and a function that is not a
    /// generator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CanInlineBinding<TMode>(ThreadState ts, PyFunction fn) where TMode : struct, IEvalMode
        => CanRunInline<TMode>(ts) && !fn.Code.IsGenerator;

    /// <summary>Whether the eval loop may run another frame itself (a call, a generator's
    /// resumption): not while a trace or profile function must see each frame start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CanRunInline<TMode>(ThreadState ts) where TMode : struct, IEvalMode
        => typeof(TMode) == typeof(EvalModes.Plain) && ts.TraceFunc == null && ts.ProfileFunc == null;

    /// <summary>FOR_ITER's end of iteration, for the frame f whose FOR_ITER (the instruction
    /// before f.Pc) resumed a generator that has ended: the iterator is popped and released,
    /// and f goes on after the loop.</summary>
    static void EndForIter(Frame f, int me)
    {
        int sp = f.Sp - 1;
        var it = f.Slots[sp];
        f.Slots[sp] = null;
        f.Sp = sp;
        f.Pc = f.Code.Instructions[f.Pc - 1] >> 8;
        Rc.Dec(it, me);
    }

    /// <summary>The __init__ the loop may run itself for a call of cls with count positional
    /// arguments: a plain class (made by type, without a __new__ of its own, its instances
    /// plain ones) whose __init__ is a Python function taking them. Null otherwise.</summary>
    static PyFunction InlineInit<TMode>(ThreadState ts, PyType cls, int count) where TMode : struct, IEvalMode
    {
        if (!cls.IsHeapType || !ReferenceEquals(cls.ObType, PyType.TypeType) || cls.Constructor != PlainInstances) return null;
        var hooks = cls.Hooks;
        if (hooks.UserNew != null || hooks.Init is not PyFunction init) return null;
        return CanInline<TMode>(ts, init, count + 1) ? init : null;
    }

    static readonly TypeConstructor PlainInstances = PyInstance.Construct;

    /// <summary>The error of a class call whose __init__ returned value (released here).</summary>
    static PyException InitReturned(PyObject value)
    {
        var name = value.ObType.Name;
        Rc.Dec(value);
        return Err.TypeError($"__init__() should return None, not '{name}'").TakeException();
    }

    /// <summary>Makes the frame of an inline call of fn: the count arguments at
    /// stack[first ..] move into its parameters — after a new instance of initOf, when fn is
    /// that class's __init__ (the instance is kept in InitSelf too). Throws (RecursionError,
    /// or what the eval breaker raises) before anything moves, so the caller unwinds with its
    /// operands intact.</summary>
    static Frame EnterInline(ThreadState ts, PyFunction fn, PyObject[] stack, int first, int count, int me, PyType initOf = null)
    {
        var code = fn.Code;
        var frame = RentInlineFrame(ts, fn, me);
        var slots = frame.Slots;
        int self = 0;
        if (initOf != null)
        {
            // __init__ is held for its run: the class it came from may lose it meanwhile.
            Rc.Inc(fn, me);
            frame.OwnsFunction = true;
            var instance = PyInstance.New(initOf);
            frame.InitSelf = instance;
            Slot(slots, 0) = Rc.New(instance, me);
            self = 1;
        }
        for (int j = 0; j < count; j++)
        {
            Slot(slots, self + j) = stack[first + j];
            stack[first + j] = null;
        }
        if (self + count < code.ArgCount)
        {
            // The parameters not passed take their defaults.
            var defaults = fn.Defaults.Items;
            int skip = code.ArgCount - defaults.Length;
            for (int j = self + count; j < code.ArgCount; j++) Slot(slots, j) = Rc.New(defaults[j - skip], me);
        }
        if ((code.Flags & Compiler.CodeFlags.NoFreeVars) == 0) Interpreter.SetUpCells(frame, fn, me);
        return LinkInlineFrame(ts, frame);
    }

    /// <summary>Makes the frame of an inline call of fn with any other arguments: keywords
    /// (kwnames names the last of the count values at stack[first ..]), *args and **kwargs
    /// parameters, keyword-only ones. The arguments are bound as a call through C# binds
    /// them (Interpreter.BindArguments, its rules and messages): each parameter gets a
    /// reference of its own, and the caller's operands stay where they are until the call
    /// returns or raises. A binding error is thrown before the frame is linked, so the
    /// caller unwinds with its operands intact, as with EnterInline.</summary>
    static Frame EnterInlineBinding(ThreadState ts, PyFunction fn, PyObject[] stack, int first, int count, PyTuple kwnames, int me)
    {
        var frame = RentInlineFrame(ts, fn, me);
        try { Interpreter.BindArguments(frame, fn, null, new ReadOnlySpan<PyObject>(stack, first, count), kwnames, me); }
        catch
        {
            ts.Frames.Return(frame, me);
            throw;
        }
        return LinkInlineFrame(ts, frame);
    }

    /// <summary>The start of every inline call: the eval breaker and the recursion limit are
    /// checked (and may throw), biased counts merged, and a frame for fn rented.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Frame RentInlineFrame(ThreadState ts, PyFunction fn, int me)
    {
        if (Interpreter.EvalBreaker != 0) Interpreter.HandleEvalBreaker(ts);
        if (ts.Depth >= ts.Interp.RecursionLimit)
            throw Err.New(ErrorTypes.RecursionError, "maximum recursion depth exceeded");
        if (Heap.BiasedCounts) ts.MergeHandedBack();
        var frame = ts.Frames.Rent(fn.Code);
        // A pooled frame often served this very function last (see Frame.Clear).
        if (!ReferenceEquals(frame.Function, fn)) frame.Function = fn;
        if (!ReferenceEquals(frame.Globals, fn.Globals)) frame.Globals = fn.Globals;
        if (!ReferenceEquals(frame.Builtins, ts.Interp.Builtins)) frame.Builtins = ts.Interp.Builtins;
        return frame;
    }

    /// <summary>The end of every inline call's entry: the frame, its parameters set, is linked
    /// in front of the running one and becomes the innermost.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Frame LinkInlineFrame(ThreadState ts, Frame frame)
    {
        ts.Depth++;
        frame.EnteredInline = true;
        if (!ReferenceEquals(frame.Back, ts.CurrentFrame)) frame.Back = ts.CurrentFrame;
        ts.CurrentFrame = frame;
        return frame;
    }

    /// <summary>Ends an inline frame that returned result (a new reference): releases the
    /// frame, replaces the caller's call operands with the result, and returns the caller.</summary>
    static Frame ReturnInline(ThreadState ts, Frame callee, PyObject result, int me)
    {
        var caller = LeaveInline(ts, callee, me);
        var s = caller.Slots;
        int baseIdx = caller.CallBase;
        for (int i = caller.Sp - 1; i >= baseIdx; i--)
        {
            var v = s[i];
            s[i] = null;
            if (v != null) Rc.Dec(v, me);
        }
        Slot(s, baseIdx) = result;
        caller.Sp = baseIdx + 1;
        return caller;
    }

    /// <summary>Unlinks and releases an inline frame (its Sp saved); returns its caller.</summary>
    static Frame LeaveInline(ThreadState ts, Frame callee, int me)
    {
        var caller = callee.Back;
        ts.CurrentFrame = caller;
        ts.Depth--;
        ts.Frames.Return(callee, me);
        return caller;
    }
}
