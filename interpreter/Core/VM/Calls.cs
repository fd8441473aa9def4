// Calling a Python function: binding positional, keyword, default, *args, **kwargs and
// keyword-only arguments into a fresh frame's locals (CPython's _PyEval_MakeFrame rules and
// messages), setting up cells, and running it — or making a generator.
using System.Runtime.CompilerServices;
using MiniPy.Compiler;
using MiniPy.Runtime;
using static MiniPy.VM.ValueStack;

namespace MiniPy.VM;

public sealed partial class Interpreter
{
    /// <summary>Calls func with self (may be null) before args; arguments are borrowed.</summary>
    public static PyObject CallFunction(ThreadState ts, PyFunction func, PyObject self, ReadOnlySpan<PyObject> args, PyTuple kwnames, bool raisedAsResult = false)
        => CallFunction(ts, func, self, args, kwnames, raisedAsResult, null, 0);

    /// <summary>The eval loop's call of a function that takes exactly these positional
    /// arguments (func.Code.TakesExactly): the references in stack[first ..] move into the
    /// new frame's parameters, and those stack slots are left empty — as CPython's calls move
    /// them — so no count goes up for the callee and down again for the caller. Until the
    /// frame exists (a RecursionError, say) they stay where they are.</summary>
    public static PyObject CallFunctionMovingArguments(ThreadState ts, PyFunction func, PyObject[] stack, int first, int count)
        => CallFunction(ts, func, null, new ReadOnlySpan<PyObject>(stack, first, count), null, true, stack, first);

    static PyObject CallFunction(ThreadState ts, PyFunction func, PyObject self, ReadOnlySpan<PyObject> args, PyTuple kwnames, bool raisedAsResult,
                                 PyObject[] movedFrom, int movedFirst)
    {
        var code = func.Code;
        if (++ts.Depth > ts.Interp.RecursionLimit)
        {
            ts.Depth--;
            throw Err.New(ErrorTypes.RecursionError, "maximum recursion depth exceeded");
        }
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            if (EvalBreaker != 0) HandleEvalBreaker(ts);
            int me = 0;
            if (Heap.BiasedCounts)
            {
                me = ts.OwnerId;
                ts.MergeHandedBack();
            }
            var frame = ts.Frames.Rent(code);
            frame.Function = func;
            frame.Globals = func.Globals;
            frame.Builtins = ts.Interp.Builtins;
            PyObject result;
            PyException escaped = null;
            try
            {
                if (movedFrom != null) MoveArguments(frame, func, movedFrom, movedFirst, args.Length, me);
                else BindArguments(frame, func, self, args, kwnames, me);
                if (code.IsGenerator)
                {
                    // The generator owns the frame from here on; detach it from the pool.
                    var gen = PyGenerator.New(frame, func);
                    frame = null;
                    return gen;
                }
                result = raisedAsResult ? Eval.RunOrRaised(ts, frame) : Eval.Run(ts, frame);
                // Held aside while the frame is released: freeing what it held may run
                // Python code (__del__, a generator's finally) that raises and catches too.
                if (ReferenceEquals(result, Eval.Raised)) escaped = Eval.TakeRaised(ts);
            }
            finally
            {
                if (frame != null) ts.Frames.Return(frame, me);
            }
            if (escaped != null) ts.Raised = escaped;
            return result;
        }
        finally { ts.Depth--; }
    }

    static void MoveArguments(Frame frame, PyFunction func, PyObject[] stack, int first, int count, int me)
    {
        var s = frame.Slots;
        for (int j = 0; j < count; j++)
        {
            Slot(s, j) = stack[first + j];
            stack[first + j] = null;
        }
        if ((func.Code.Flags & CodeFlags.NoFreeVars) == 0) SetUpCells(frame, func, me);
    }

    internal static void BindArguments(Frame frame, PyFunction func, PyObject self, ReadOnlySpan<PyObject> args, PyTuple kwnames, int me)
    {
        var code = func.Code;
        var s = frame.Slots;
        int nkw = kwnames?.Items.Length ?? 0;
        int npos = args.Length - nkw + (self != null ? 1 : 0);
        int argCount = code.ArgCount;
        var flags = code.Flags;

        // Fast path: exactly the positional parameters, nothing else.
        if (nkw == 0 && npos == argCount && (flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && code.KwOnlyCount == 0)
        {
            int i = 0;
            if (self != null) Slot(s, i++) = Rc.New(self, me);
            for (int j = 0; j < args.Length; j++) Slot(s, i++) = Rc.New(args[j], me);
            if ((flags & CodeFlags.NoFreeVars) == 0) SetUpCells(frame, func, me);
            return;
        }

        int kwOnly = code.KwOnlyCount;
        int total = argCount + kwOnly;
        // Positional arguments.
        int taken = Math.Min(npos, argCount);
        for (int i = 0; i < taken; i++) Slot(s, i) = Rc.New(PositionalArg(self, args, i), me);
        int varArgsIndex = total;
        if ((flags & CodeFlags.VarArgs) != 0)
        {
            int extra = Math.Max(0, npos - argCount);
            var t = PyTuple.New(extra, me);
            for (int i = 0; i < extra; i++) t.Items[i] = Rc.New(PositionalArg(self, args, argCount + i), me);
            Slot(s, varArgsIndex) = t;
        }
        else if (npos > argCount)
        {
            throw TooManyPositional(func, npos, nkw, args, kwnames);
        }
        int kwDictIndex = total + ((flags & CodeFlags.VarArgs) != 0 ? 1 : 0);
        PyDict kwDict = null;
        if ((flags & CodeFlags.VarKeywords) != 0)
        {
            kwDict = PyDict.New(me);
            Slot(s, kwDictIndex) = kwDict;
        }
        // Keyword arguments.
        for (int k = 0; k < nkw; k++)
        {
            var name = (PyStr)kwnames.Items[k];
            var value = args[args.Length - nkw + k];
            int index = -1;
            for (int p = code.PosOnlyCount; p < total; p++)
            {
                var pn = code.ParamNames[p];
                if (ReferenceEquals(pn, name) || pn.Value == name.Value) { index = p; break; }
            }
            if (index < 0)
            {
                if (kwDict != null) { kwDict.SetItemNew(name, value, me); continue; }
                for (int p = 0; p < code.PosOnlyCount; p++)
                    if (code.ParamNames[p].Value == name.Value)
                        throw Err.TypeError($"{Ops.Str(func.QualName)}() got some positional-only arguments passed as keyword arguments: '{name.Value}'");
                throw Err.TypeError($"{Ops.Str(func.QualName)}() got an unexpected keyword argument '{name.Value}'");
            }
            if (s[index] != null)
                throw Err.TypeError($"{Ops.Str(func.QualName)}() got multiple values for argument '{name.Value}'");
            Slot(s, index) = Rc.New(value, me);
        }
        // Defaults for missing positional parameters.
        var defaults = func.Defaults?.Items ?? Array.Empty<PyObject>();
        int firstDefault = argCount - defaults.Length;
        List<string> missing = null;
        for (int i = npos; i < argCount; i++)
        {
            if (s[i] != null) continue;
            if (i >= firstDefault) Slot(s, i) = Rc.New(defaults[i - firstDefault], me);
            else (missing ??= new()).Add(code.VarNames[i]);
        }
        if (missing != null) throw MissingArguments(func, missing, "positional");
        // Keyword-only parameters.
        for (int i = argCount; i < total; i++)
        {
            if (s[i] != null) continue;
            var d = func.KwDefaults?.GetItemBorrowed(code.ParamNames[i]);
            if (d != null) Slot(s, i) = Rc.New(d, me);
            else (missing ??= new()).Add(code.VarNames[i]);
        }
        if (missing != null) throw MissingArguments(func, missing, "keyword-only");
        if ((flags & CodeFlags.NoFreeVars) == 0) SetUpCells(frame, func, me);
    }

    static PyObject PositionalArg(PyObject self, ReadOnlySpan<PyObject> args, int i)
        => self == null ? args[i] : (i == 0 ? self : args[i - 1]);

    internal static void SetUpCells(Frame frame, PyFunction func, int me)
    {
        var code = func.Code;
        var s = frame.Slots;
        int cellBase = code.NLocals;
        for (int i = 0; i < code.CellVars.Length; i++)
        {
            int argIndex = code.CellToArg[i];
            Slot(s, cellBase + i) = PyCell.New(argIndex >= 0 ? s[argIndex] : null, me);
        }
        var closure = func.Closure?.Items;
        if (closure != null)
            for (int i = 0; i < closure.Length; i++) Slot(s, cellBase + code.CellVars.Length + i) = Rc.New(closure[i], me);
    }

    static PyRaise TooManyPositional(PyFunction func, int npos, int nkw, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var code = func.Code;
        int defaults = func.Defaults?.Items.Length ?? 0;
        string takes = defaults > 0
            ? $"from {code.ArgCount - defaults} to {code.ArgCount} positional arguments"
            : $"{code.ArgCount} positional argument{(code.ArgCount == 1 ? "" : "s")}";
        string given = $"{npos} {(npos == 1 ? "was" : "were")} given";
        int kwOnlyGiven = 0;
        for (int k = 0; k < nkw; k++)
            for (int p = code.ArgCount; p < code.ArgCount + code.KwOnlyCount; p++)
                if (code.VarNames[p] == ((PyStr)kwnames.Items[k]).Value) kwOnlyGiven++;
        if (kwOnlyGiven > 0)
            given = $"{npos} positional argument{(npos == 1 ? "" : "s")} (and {kwOnlyGiven} keyword-only argument{(kwOnlyGiven == 1 ? "" : "s")}) were given";
        return Err.TypeError($"{Ops.Str(func.QualName)}() takes {takes} but {given}");
    }

    static PyRaise MissingArguments(PyFunction func, List<string> missing, string kind)
    {
        string names;
        if (missing.Count == 1) names = $"'{missing[0]}'";
        else if (missing.Count == 2) names = $"'{missing[0]}' and '{missing[1]}'";
        else names = string.Join(", ", missing.Take(missing.Count - 1).Select(n => $"'{n}'")) + $", and '{missing[^1]}'";
        return Err.TypeError($"{Ops.Str(func.QualName)}() missing {missing.Count} required {kind} argument{(missing.Count == 1 ? "" : "s")}: {names}");
    }

    /// <summary>Runs the work asked for through the eval breaker (GIL drop requests, signals,
    /// an execution deadline, a due cycle collection).</summary>
    public static void HandleEvalBreaker(ThreadState ts)
    {
        var interp = ts.Interp;
        var deadline = interp.Deadline;
        if (deadline != 0 && System.Diagnostics.Stopwatch.GetTimestamp() > deadline)
            throw Err.New(ErrorTypes.TimeoutError, "the program ran past its time limit");
        interp.CheckFinalizing(ts);
        interp.RaisePendingInterrupt(ts);
        if (CycleCollector.Pending)
        {
            CycleCollector.CollectDue();
            RecomputeEvalBreaker(interp);
        }
        EvalBreakerHandler?.Invoke(ts);
    }

    /// <summary>A Stopwatch timestamp after which running code raises TimeoutError (0: none).
    /// Only honoured while EvalBreaker is set; used to bound randomly generated programs.</summary>
    public long Deadline;

    /// <summary>Installed by the threading layer; null while nothing needs the breaker.</summary>
    public static Action<ThreadState> EvalBreakerHandler;
}
