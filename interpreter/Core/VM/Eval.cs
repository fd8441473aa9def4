// The eval loop: runs a frame's instructions until it returns or yields. Each case follows
// the opcode's definition in Compiler/OpCodes.cs, including its effect on reference counts;
// the less frequent instructions are in Eval.Uncommon.cs, one call away.
//
// Operands stay on the value stack until an operation has succeeded: an instruction that
// raises leaves the stack intact, and unwinding releases what is there. That one rule keeps
// the counts right on every error path — and it is what lets the loop (Dispatch) run with
// no exception handler in its own frame: before each instruction it notes the instruction
// and the stack pointer in the frame, and when a call out of it throws, Loop, one frame up,
// catches the exception and enters Dispatch again to unwind from what the frame noted. (A
// handler in Dispatch's frame would make the JIT keep every variable the handler might
// read in memory, for the whole loop.)
using System.Runtime.CompilerServices;
using MiniPy.Compiler;
using MiniPy.Runtime;
using static MiniPy.VM.ValueStack;

namespace MiniPy.VM;

public static partial class Eval
{
    /// <summary>Runs frame f to completion (or to a yield, for generators). Returns a new
    /// reference; an exception that leaves the frame is thrown as PyRaise.</summary>
    public static PyObject Run(ThreadState ts, Frame f, PyException throwIn = null)
    {
        var result = RunOrRaised(ts, f, throwIn);
        if (ReferenceEquals(result, Raised)) throw new PyRaise(TakeRaised(ts));
        return result;
    }

    /// <summary>Like Run, but an exception that leaves the frame is returned as Raised, with
    /// the exception in ts.Raised: a Python call made by the eval loop hands it straight to
    /// its caller's unwinding, with no .NET throw per frame.</summary>
    public static PyObject RunOrRaised(ThreadState ts, Frame f, PyException throwIn = null)
    {
        if ((ts.TraceFunc != null || ts.ProfileFunc != null) && !ts.InTrace) return RunTraced(ts, f, throwIn);
        f.Back = ts.CurrentFrame;
        ts.CurrentFrame = f;
        try
        {
            return InstructionTrace.Enabled ? RunLoop<EvalModes.Instructions>(ts, f, throwIn)
                : RunLoop<EvalModes.Plain>(ts, f, throwIn);
        }
        finally { ts.CurrentFrame = f.Back; }
    }

    /// <summary>Runs the loop until the frame returns, yields or raises; Loop returns null
    /// every few thousand iterations to be entered again (see BackEdgesPerEntry).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject RunLoop<TMode>(ThreadState ts, Frame f, PyException throwIn) where TMode : struct, IEvalMode
    {
        var result = Loop<TMode>(ts, f, throwIn);
        while (result == null)
        {
            // With biased counts, merge the objects other threads handed back to this one
            // (see BiasedCounts).
            if (Heap.BiasedCounts) ts.MergeHandedBack();
            // The innermost frame: the loop may have stopped in a call it runs inline.
            result = Loop<TMode>(ts, ts.CurrentFrame, null);
        }
        return result;
    }

    /// <summary>RunOrRaised under sys.settrace: the 'call' and 'return' events around the
    /// traced copy of the loop, which sends the 'line' and 'exception' events (Tracing.cs).</summary>
    static PyObject RunTraced(ThreadState ts, Frame f, PyException throwIn)
    {
        f.Back = ts.CurrentFrame;
        ts.CurrentFrame = f;
        try
        {
            try
            {
                Tracing.Profile(ts, f, true, null);
                Tracing.Call(ts, f);
            }
            catch when (throwIn != null) { Rc.Dec(throwIn); throw; }
            var result = RunLoop<EvalModes.Tracing>(ts, f, throwIn);
            bool raised = ReferenceEquals(result, Raised);
            try
            {
                Tracing.Return(ts, f, raised ? null : result);
                Tracing.Profile(ts, f, false, raised ? null : result);
            }
            catch
            {
                // The trace function's exception replaces what the frame gave.
                if (raised) Rc.Dec(TakeRaised(ts));
                else Rc.Dec(result);
                throw;
            }
            return result;
        }
        finally { ts.CurrentFrame = f.Back; }
    }

    /// <summary>What RunOrRaised returns when an exception left the frame: a marker, never a
    /// Python value.</summary>
    public static readonly PyObject Raised = new RaisedMarker();

    sealed class RaisedMarker : PyObject
    {
        public RaisedMarker() { IsStatic = true; }
    }

    /// <summary>The exception a Raised result carries (owned by the caller now).</summary>
    public static PyException TakeRaised(ThreadState ts)
    {
        var exc = ts.Raised;
        ts.Raised = null;
        return exc;
    }

    /// <summary>Backward jumps and inline calls (Eval.InlineCalls.cs) a loop makes before it
    /// returns null so that Run calls it again, on the innermost frame. The loop starts out
    /// as ReadyToRun code, compiled ahead of time (so a process starts without waiting for
    /// the JIT), and the runtime recompiles it with profile data
    /// once it has been called often enough; but a call that is already running keeps the
    /// code it entered with. Re-entering now and then is what lets a long-running loop reach
    /// the recompiled code; it costs one return and one call per this many iterations. The
    /// runtime recompiles a method after about 30 calls, twice (first with instrumentation
    /// that gathers the profile, then with the profile), so a small number here lets a hot
    /// loop reach its final code after some 15,000 iterations rather than 250,000.</summary>
    const int BackEdgesPerEntry = 1 << 8;

    /// <summary>The loop's entry: runs Dispatch, and turns a .NET exception that a call out of
    /// it threw into the exception being raised in the frame that made the call, which
    /// Dispatch then unwinds. The try/catch lives here, not in Dispatch, so that none of
    /// Dispatch's state (pc, sp, the frame's arrays) has to live in memory for a handler
    /// to see it: what the handler needs is in the frame — the innermost one is
    /// ts.CurrentFrame — which Dispatch keeps up to date before every instruction (f.LastPc,
    /// f.Sp). An instruction leaves its operands on the stack until it has succeeded, so
    /// the stack pointer at its start is the one to unwind from; an uncommon instruction
    /// that moved it first says so in f.UncommonRaiseSp.</summary>
    static PyObject Loop<TMode>(ThreadState ts, Frame f, PyException pending) where TMode : struct, IEvalMode
    {
        while (true)
        {
            try { return Dispatch<TMode>(ts, f, pending); }
            catch (ThreadShutdownException)
            {
                // A daemon thread unwinding at shutdown: the frame's owner releases the
                // stack up to f.Sp, which must count what the loop had pushed.
                f = ts.CurrentFrame;
                f.Sp = UncommonRaiseSpOr(f, f.Sp);
                int me = Heap.BiasedCounts || Heap.PerThreadFreeLists ? ts.OwnerId : 0;
                while (f.EnteredInline || f.ResumedInline)
                    f = f.EnteredInline ? LeaveInline(ts, f, me) : f.Generator.EndInlineResume(ts, false);
                throw;
            }
            catch (Exception ex) when (ex is not ExitProcessException)
            {
                // (A frame never suspends on an uncommon instruction, so a value thrown into a
                // resumed generator never finds UncommonRaiseSp set.)
                f = ts.CurrentFrame;
                f.Sp = UncommonRaiseSpOr(f, f.Sp);
                f.Pc = f.LastPc + 1;
                pending = ToPyException(ex);
            }
        }
    }

    /// <summary>The eval loop proper: runs frame f (with an exception to raise in it first,
    /// when pending is set), and the frames it calls inline, without exception handling of
    /// its own (see Loop).</summary>
    static PyObject Dispatch<TMode>(ThreadState ts, Frame f, PyException pending) where TMode : struct, IEvalMode
    {
        // The running frame's state, loaded again whenever the loop moves to another frame
        // (an inline call or return, see Eval.InlineCalls.cs: the label `switchFrame`).
        var code = f.Code;
        int[] instrs = code.Instructions;
        PyObject[] consts = code.Consts;
        PyStr[] names = code.Names;
        PyObject[] s = f.Slots;
        int pc = f.Pc;
        int sp = f.Sp;
        int cellBase = code.NLocals;
        bool reraise = false;
        int backEdgesLeft = BackEdgesPerEntry;
        // An inline call's new frame, and where its operands start on the caller's stack.
        Frame callee = null;
        int callBase = 0;
        // This thread's id with the GIL off (0 and unused with it): with biased counts, the
        // counts the loop changes on the objects this thread made take the owner's plain
        // path, and in every GIL-off mode new ints and floats come from this thread's free
        // lists, both without a thread-local lookup.
        int me = Heap.BiasedCounts || Heap.PerThreadFreeLists ? ts.OwnerId : 0;
        // Which copy of the loop this is (see IEvalMode): constants, so that the plain copy
        // has no tracing test left in it once compiled.
        bool plain = typeof(TMode) == typeof(EvalModes.Plain);
        bool traced = typeof(TMode) == typeof(EvalModes.Tracing);
        bool tracesInstructions = typeof(TMode) == typeof(EvalModes.Instructions) || traced && InstructionTrace.Enabled;

        while (true)
        {
            // The exception being raised (owned). A raise in this frame — RAISE_VARARGS,
            // RERAISE, an exception thrown into a generator — sets it and jumps to `unwind`
            // below without a .NET throw; only faults from calls arrive through Loop's catch.
            PyException raised;
            {
                if (pending != null)
                {
                    raised = pending;
                    pending = null;
                    goto unwind;
                }
                while (true)
                {
                    // Where Loop's handler finds the stack, should this instruction raise — and
                    // where a call this instruction makes sees its caller's stack (os.fork
                    // copies it): an instruction moves sp only once it has succeeded.
                    f.Sp = sp;
                    if (tracesInstructions) InstructionTrace.Instruction(ts, f, pc, s, sp);
                    if (traced) Tracing.BeforeInstruction(ts, f, pc);
                    int instr = instrs[pc];
                    f.LastPc = pc;
                    pc++;
                    int arg = instr >> 8;
                    switch ((Op)(instr & 0xFF))
                    {
                        case Op.NOP: case Op.RESUME: goto loadFastNext;

                        case Op.POP_TOP:
                        {
                            var v = s[--sp];
                            s[sp] = null;
                            Rc.Dec(v, me);
                            break;
                        }
                        case Op.ROT_TWO:
                        {
                            var top = s[sp - 1];
                            Slot(s, sp - 1) = s[sp - 2];
                            Slot(s, sp - 2) = top;
                            break;
                        }
                        case Op.ROT_THREE:
                        {
                            var top = s[sp - 1];
                            Slot(s, sp - 1) = s[sp - 2];
                            Slot(s, sp - 2) = s[sp - 3];
                            Slot(s, sp - 3) = top;
                            break;
                        }
                        case Op.ROT_FOUR:
                        {
                            var top = s[sp - 1];
                            Slot(s, sp - 1) = s[sp - 2];
                            Slot(s, sp - 2) = s[sp - 3];
                            Slot(s, sp - 3) = s[sp - 4];
                            Slot(s, sp - 4) = top;
                            break;
                        }
                        case Op.DUP_TOP:
                            Slot(s, sp) = Rc.New(s[sp - 1], me);
                            sp++;
                            break;
                        case Op.DUP_TOP_TWO:
                            Slot(s, sp) = Rc.New(s[sp - 2], me);
                            Slot(s, sp + 1) = Rc.New(s[sp - 1], me);
                            sp += 2;
                            break;

                        case Op.LOAD_CONST:
                        {
                            var v = consts[arg];
                            Rc.Inc(v, me);
                            Slot(s, sp++) = v;
                            break;
                        }

                        case Op.LOAD_FAST:
                        {
                            var v = s[arg];
                            if (v == null) throw Err.New(ErrorTypes.UnboundLocalError, $"cannot access local variable '{code.VarNames[arg]}' where it is not associated with a value");
                            Rc.Inc(v, me);
                            Slot(s, sp++) = v;
                            if (plain && (Op)(instrs[pc] & 0xFF) == Op.LOAD_CONST)
                            {
                                // `x + 1`, `x[0]`: the constant is pushed here (see loadFastNext).
                                var c = consts[instrs[pc++] >> 8];
                                Rc.Inc(c, me);
                                Slot(s, sp++) = c;
                                break;
                            }
                            goto loadFastNext;
                        }
                        case Op.STORE_FAST:
                        {
                            var old = s[arg];
                            Slot(s, arg) = s[--sp];
                            s[sp] = null;
                            if (old != null) Rc.Dec(old, me);
                            goto loadFastNext;
                        }
                        case Op.LOAD_DEREF:
                        {
                            var v = ((PyCell)s[cellBase + arg]).Contents;
                            if (v == null) throw UnboundCell(code, arg);
                            Rc.Inc(v, me);
                            Slot(s, sp++) = v;
                            break;
                        }
                        case Op.STORE_DEREF:
                        {
                            var cell = (PyCell)s[cellBase + arg];
                            var old = cell.Contents;
                            cell.Contents = s[--sp];
                            s[sp] = null;
                            Rc.XDec(old, me);
                            break;
                        }
                        case Op.LOAD_CLOSURE:
                            Slot(s, sp++) = Rc.New(s[cellBase + arg], me);
                            break;
                        case Op.LOAD_GLOBAL:
                        {
                            var name = names[arg];
                            var v = Heap.CachesTypeLookups
                                ? GlobalCache.Load(code, pc - 1, f.Globals, f.Builtins, name)
                                : f.Globals.GetItemNew(name, me) ?? f.Builtins.GetItemNew(name, me);
                            if (v == null) v = LazyBuiltins.Lookup(ts, name) ?? throw NotDefined(name, f);
                            Slot(s, sp++) = v;
                            break;
                        }
                        case Op.LOAD_NAME:
                        {
                            var name = names[arg];
                            var v = (f.NamespaceMapping != null ? NamespaceGet(f.NamespaceMapping, name) : f.Namespace.GetItemNew(name, me))
                                    ?? f.Globals.GetItemNew(name, me) ?? f.Builtins.GetItemNew(name, me);
                            if (v == null) v = LazyBuiltins.Lookup(ts, name) ?? throw NotDefined(name, f);
                            Slot(s, sp++) = v;
                            break;
                        }
                        case Op.STORE_NAME:
                            sp = PopInto((PyObject)f.NamespaceMapping ?? f.Namespace, names[arg], s, sp);
                            break;
                        case Op.LOAD_ATTR:
                        {
                            var obj = s[sp - 1];
                            PyObject v;
                            if (obj is PyInstance inst)
                            {
                                // The lookup along the class's MRO comes from this instruction's
                                // cache; the thread id saves thread-local lookups.
                                var type = inst.ObType;
                                if (!type.OverridesGetAttribute)
                                {
                                    v = AttributeCache.CachedDictValue(code, pc - 1, inst, names[arg]);
                                    if (v != null) Rc.Inc(v, me);
                                    else v = AttributeCache.LoadAttr(code, pc - 1, inst, names[arg], me);
                                }
                                else v = inst.GetAttr(names[arg], me);
                                if (v == null)
                                {
                                    raised = Err.AttributeMissing(inst, names[arg]).TakeException();
                                    goto unwind;
                                }
                            }
                            else v = obj.GetAttr(names[arg]);
                            Slot(s, sp - 1) = v;
                            Rc.Dec(obj, me);
                            break;
                        }
                        case Op.STORE_ATTR:
                        {
                            var obj = s[sp - 1];
                            if (obj is PyInstance inst)
                            {
                                if (AttributeCache.TryStoreMoving(code, pc - 1, inst, names[arg], s[sp - 2], out var replaced))
                                {
                                    // The value went into the dict, with the stack's reference;
                                    // the stack gives it up before anything is released.
                                    sp -= 2;
                                    s[sp] = s[sp + 1] = null;
                                    f.Sp = sp;
                                    Rc.Dec(obj, me);
                                    Rc.Dec(replaced, me);
                                    break;
                                }
                                AttributeCache.StoreAttr(code, pc - 1, inst, names[arg], s[sp - 2], me);
                            }
                            else obj.SetAttr(names[arg], s[sp - 2]);
                            sp -= 2;
                            var v = s[sp];
                            s[sp] = s[sp + 1] = null;
                            Rc.Dec(obj, me);
                            Rc.Dec(v, me);
                            break;
                        }
                        case Op.LOAD_METHOD:
                        {
                            var obj = s[sp - 1];
                            var name = names[arg];
                            if (obj.AllowsMethodFastPath)
                            {
                                var descr = AttributeCache.Lookup(code, pc - 1, obj.ObType, name);
                                if (descr != null && descr.IsMethodLike)
                                {
                                    var dict = obj.InstanceDict;
                                    if (dict == null || dict.LacksKey(name, me))
                                    {
                                        // [descr, self]: the call passes self as the first argument.
                                        Slot(s, sp - 1) = Rc.New(descr, me);
                                        Slot(s, sp++) = obj;
                                        break;
                                    }
                                }
                            }
                            var attr = obj.GetAttr(name);
                            s[sp - 1] = null;
                            Slot(s, sp++) = attr;
                            Rc.Dec(obj, me);
                            break;
                        }
                        case Op.CALL_METHOD:
                        case Op.CALL_METHOD_KW:
                        {
                            PyTuple kwnames = null;
                            int top = sp;
                            if ((Op)(instr & 0xFF) == Op.CALL_METHOD_KW) { kwnames = (PyTuple)s[sp - 1]; top = sp - 1; }
                            int nargs = arg;
                            int baseIdx = top - nargs - 2;
                            PyObject result;
                            // [function, self, args...] from a method, or [null, function,
                            // args...] from a plain attribute (a module's function, say).
                            var fn = s[baseIdx] as PyFunction;
                            int first = baseIdx + 1, count = nargs + 1;
                            if (s[baseIdx] == null)
                            {
                                fn = s[baseIdx + 1] as PyFunction;
                                first = baseIdx + 2;
                                count = nargs;
                            }
                            if (kwnames == null && fn != null && CanInline<TMode>(ts, fn, count))
                            {
                                callee = EnterInline(ts, fn, s, first, count, me); // the arguments (and self) move
                                callBase = baseIdx;
                                goto enterCallee;
                            }
                            if (fn != null && CanInlineBinding<TMode>(ts, fn))
                            {
                                callee = EnterInlineBinding(ts, fn, s, first, count, kwnames, me);
                                callBase = baseIdx;
                                goto enterCallee;
                            }
                            if (kwnames == null && fn != null && fn.Code.TakesExactly(count))
                                result = Interpreter.CallFunctionMovingArguments(ts, fn, s, first, count);
                            else if (s[baseIdx] is PyMethodDescriptor md && ReferenceEquals(s[baseIdx + 1].ObType, md.Owner) && ts.ProfileFunc == null)
                            {
                                // A built-in type's method on an object of exactly that type
                                // (`items.append(x)`): its code is called at once, without the
                                // checks a call through the descriptor makes.
                                result = md.Method(s[baseIdx + 1], new ReadOnlySpan<PyObject>(s, baseIdx + 2, nargs), kwnames);
                            }
                            else if (s[baseIdx] != null)
                                result = CallObjectOrRaised(ts, s[baseIdx], new ReadOnlySpan<PyObject>(s, baseIdx + 1, nargs + 1), kwnames);
                            else
                                result = CallObjectOrRaised(ts, s[baseIdx + 1], new ReadOnlySpan<PyObject>(s, baseIdx + 2, nargs), kwnames);
                            if (ReferenceEquals(result, Raised))
                            {
                                // The callee's exception; the operands are still on the stack.
                                raised = TakeRaised(ts);
                                goto unwind;
                            }
                            for (int i = sp - 1; i >= baseIdx; i--)
                            {
                                var v = s[i];
                                s[i] = null;
                                if (v != null) Rc.Dec(v, me);
                            }
                            sp = baseIdx;
                            Slot(s, sp++) = result;
                            if (Interpreter.EvalBreaker != 0) Interpreter.HandleEvalBreaker(ts);
                            break;
                        }

                        case Op.BINARY_SUBSCR:
                        {
                            var key = s[sp - 1];
                            var container = s[sp - 2];
                            PyObject v;
                            if (container is PyList l && IsExactInt(key, out var i) && !i.IsBig && (ulong)i.Value < (ulong)l.Count)
                                v = Heap.ObjectLocks ? l.ItemNewOrNull(i.Value, me) ?? l.GetItem(key) : Rc.New(l.Items[i.Value], me);
                            else if (container is PyDict d && d.ObType == PyDict.Type)
                            {
                                v = d.GetItemNew(key, me);
                                if (v == null)
                                {
                                    // A missing key raises without a .NET throw (see BINARY_OP).
                                    raised = Err.KeyError(key).TakeException();
                                    goto unwind;
                                }
                            }
                            else v = container.GetItem(key);
                            sp--;
                            s[sp] = null;
                            Slot(s, sp - 1) = v;
                            Rc.Dec(key, me);
                            Rc.Dec(container, me);
                            break;
                        }
                        case Op.STORE_SUBSCR:
                        {
                            var key = s[sp - 1];
                            var container = s[sp - 2];
                            var v = s[sp - 3];
                            container.SetItem(key, v);
                            sp -= 3;
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                            Rc.Dec(key, me);
                            Rc.Dec(container, me);
                            Rc.Dec(v, me);
                            break;
                        }
                        case Op.BINARY_OP:
                        case Op.INPLACE_OP:
                        {
                            var r = s[sp - 1];
                            var l = s[sp - 2];
                            PyObject v;
                            if (IsExactInt(l, out var li) && IsExactInt(r, out var ri) && !li.IsBig && !ri.IsBig && TrySmallIntOp((BinaryOpKind)arg, li.Value, ri.Value, out long res))
                            {
                                // A temporary left operand takes the result (never a shared small int).
                                if (IsTemporary(li, me) && !PyInt.IsSmall(res))
                                {
                                    li.Value = res;
                                    s[--sp] = null;
                                    Rc.Dec(r, me);
                                    break;
                                }
                                v = PyInt.New(res, me);
                            }
                            else if (li != null && IsExactInt(r, out var rw) && li.FitsWide && rw.FitsWide
                                     && IntArith.WideBinary((BinaryOpKind)arg, li, rw) is { } wide)
                            {
                                // Ints that outgrew a long but fit in 128 bits (a running sum
                                // of squares): no BigInteger, and no search for __add__.
                                v = wide;
                            }
                            else if (arg <= (int)BinaryOpKind.TrueDiv && arg != (int)BinaryOpKind.MatMul && FloatOperands(l, r, out double a, out double b)
                                     && (arg != (int)BinaryOpKind.TrueDiv || b != 0))
                            {
                                double d = FloatOp((BinaryOpKind)arg, a, b);
                                // A temporary float operand takes the result and the other is released.
                                var into = l is PyFloat lt && IsTemporary(lt, me) ? lt : r is PyFloat rt && IsTemporary(rt, me) ? rt : null;
                                if (into != null)
                                {
                                    into.Value = d;
                                    s[--sp] = null;
                                    Slot(s, sp - 1) = into;
                                    Rc.Dec(ReferenceEquals(into, l) ? r : l, me);
                                    break;
                                }
                                v = PyFloat.New(d, me);
                            }
                            else if (IsExactInt(r, out var rz) && !rz.IsBig && rz.Value == 0 && l is PyInt && IntArith.ZeroDivisorMessage((BinaryOpKind)arg) is { } zeroMessage)
                            {
                                // Raised without a .NET throw, which costs microseconds; the
                                // operands stay on the stack for the unwinder to release.
                                raised = Err.ZeroDivision(zeroMessage).TakeException();
                                goto unwind;
                            }
                            else if (Heap.CachesTypeLookups && !Heap.BiasedCounts && plain
                                     && arg == (int)BinaryOpKind.Add && l is PyStr ls && AppendsInPlace(f, s, instrs[pc], names, ls, r))
                            {
                                // `text += more`: the left operand took the right one's text and
                                // stays on the stack as the result.
                                s[--sp] = null;
                                Rc.Dec(r, me);
                                break;
                            }
                            else if ((Op)(instr & 0xFF) == Op.BINARY_OP) v = Ops.BinaryOp(l, r, (BinaryOpKind)arg);
                            else v = Ops.InPlaceOp(l, r, (BinaryOpKind)arg);
                            sp--;
                            s[sp] = null;
                            Slot(s, sp - 1) = v;
                            Rc.Dec(r, me);
                            Rc.Dec(l, me);
                            goto loadFastNext;
                        }
                        case Op.UNARY_OP:
                        {
                            var v = s[sp - 1];
                            var r = Ops.UnaryOp(v, (UnaryOpKind)arg);
                            Slot(s, sp - 1) = r;
                            Rc.Dec(v, me);
                            break;
                        }
                        case Op.COMPARE_OP:
                        {
                            var r = s[sp - 1];
                            var l = s[sp - 2];
                            PyObject v;
                            bool outcome;
                            if (IsExactInt(l, out var li) && IsExactInt(r, out var ri) && !li.IsBig && !ri.IsBig)
                                outcome = Ops.CompareLongs(li.Value, ri.Value, (CompareOp)arg);
                            else if (l is PyFloat lf && r is PyFloat rf)
                                outcome = PyFloat.CompareDoubles(lf.Value, rf.Value, (CompareOp)arg);
                            else
                            {
                                v = Ops.RichCompare(l, r, (CompareOp)arg);
                                goto compared;
                            }
                            // Two ints or two floats compared for a conditional jump: the jump
                            // is taken here, and no bool is pushed for it to pop (not when
                            // instructions are traced, which shows each one).
                            int target = tracesInstructions ? -1 : JumpAfterTest(instrs, pc, outcome);
                            if (target >= 0)
                            {
                                sp = DropOperands(s, sp, l, r, me);
                                pc = target;
                                goto loadFastNext;
                            }
                            v = PyBool.From(outcome);
                        compared:
                            sp--;
                            s[sp] = null;
                            Slot(s, sp - 1) = v;
                            Rc.Dec(r, me);
                            Rc.Dec(l, me);
                            break;
                        }
                        case Op.IS_OP:
                        {
                            var r = s[sp - 1];
                            var l = s[sp - 2];
                            bool same = ReferenceEquals(l, r);
                            // `if x is None:` jumps here, as COMPARE_OP does, with no bool pushed.
                            int target = tracesInstructions ? -1 : JumpAfterTest(instrs, pc, arg == 0 ? same : !same);
                            if (target >= 0)
                            {
                                sp = DropOperands(s, sp, l, r, me);
                                pc = target;
                                goto loadFastNext;
                            }
                            sp--;
                            s[sp] = null;
                            Slot(s, sp - 1) = PyBool.From(arg == 0 ? same : !same);
                            Rc.Dec(r, me);
                            Rc.Dec(l, me);
                            break;
                        }
                        case Op.CONTAINS_OP:
                        {
                            var container = s[sp - 1];
                            var item = s[sp - 2];
                            bool found = container.Contains(item);
                            sp--;
                            s[sp] = null;
                            Slot(s, sp - 1) = PyBool.From(arg == 0 ? found : !found);
                            Rc.Dec(container, me);
                            Rc.Dec(item, me);
                            break;
                        }

                        case Op.JUMP:
                            pc = arg;
                            break;
                        case Op.JUMP_BACKWARD:
                            if (Interpreter.EvalBreaker != 0)
                            {
                                // The loop body just run, for the tick-based lock's count.
                                ts.InstructionsSinceCheck += pc - arg;
                                Interpreter.HandleEvalBreaker(ts);
                            }
                            pc = arg;
                            if (--backEdgesLeft == 0)
                            {
                                f.Pc = pc; // (f.Sp was noted with the instruction)
                                return null; // Run calls Loop again, to resume at pc
                            }
                            break;
                        case Op.POP_JUMP_IF_FALSE:
                        {
                            var v = s[sp - 1];
                            bool isBool = v is PyBool;
                            bool t = isBool ? ((PyBool)v).Value != 0 : Ops.IsTrue(v);
                            s[--sp] = null;
                            if (!(isBool && Heap.ImmortalSingletons)) Rc.Dec(v, me); // an immortal's count never moves
                            if (!t) pc = arg;
                            goto loadFastNext;
                        }
                        case Op.POP_JUMP_IF_TRUE:
                        {
                            var v = s[sp - 1];
                            bool isBool = v is PyBool;
                            bool t = isBool ? ((PyBool)v).Value != 0 : Ops.IsTrue(v);
                            s[--sp] = null;
                            if (!(isBool && Heap.ImmortalSingletons)) Rc.Dec(v, me); // an immortal's count never moves
                            if (t) pc = arg;
                            goto loadFastNext;
                        }
                        case Op.JUMP_IF_FALSE_OR_POP:
                        {
                            var v = s[sp - 1];
                            if (!Ops.IsTrue(v)) pc = arg;
                            else { s[--sp] = null; Rc.Dec(v, me); }
                            break;
                        }
                        case Op.JUMP_IF_TRUE_OR_POP:
                        {
                            var v = s[sp - 1];
                            if (Ops.IsTrue(v)) pc = arg;
                            else { s[--sp] = null; Rc.Dec(v, me); }
                            break;
                        }

                        case Op.GET_ITER:
                        {
                            var v = s[sp - 1];
                            // A for loop's own iterator over a list or tuple lives on the value
                            // stack until the loop ends: the cycle collector need not watch it.
                            var it = v.ObType == PyList.Type || v.ObType == PyTuple.Type ? SeqIterator.ForLoop(v) : v.Iter();
                            Slot(s, sp - 1) = it;
                            Rc.Dec(v, me);
                            break;
                        }
                        case Op.FOR_ITER:
                        {
                            var it = s[sp - 1];
                            PyObject next;
                            if (it is RangeIterator ri)
                            {
                                if (ri.Remaining > 0)
                                {
                                    ri.Remaining--;
                                    long value = ri.Next_;
                                    ri.Next_ += ri.Step;
                                    // `for i in range(...)`: when only the loop variable holds
                                    // its int, that int takes the next value in place (CPython
                                    // 3.12's FOR_ITER_RANGE), saving a free and an allocation;
                                    // the STORE_FAST is done with it. Not when every instruction
                                    // is traced, which would then miss the store.
                                    int following = instrs[pc];
                                    if ((Op)(following & 0xFF) == Op.STORE_FAST && plain
                                        && s[following >> 8] is { } held && IsExactInt(held, out var current)
                                        && IsTemporary(current, me) && !PyInt.IsSmall(value))
                                    {
                                        current.AssignInPlace(value);
                                        pc++;
                                        break;
                                    }
                                    next = PyInt.New(value, me);
                                }
                                else next = null;
                            }
                            else if (it is SeqIterator si && si.Seq is PyList list)
                            {
                                if (Heap.ObjectLocks)
                                {
                                    next = list.ItemNewOrNull(si.Index, me);
                                    if (next != null) si.Index++;
                                    else next = si.Next();
                                }
                                else next = si.Index < list.Count ? Rc.New(list.Items[si.Index++], me) : si.Next();
                            }
                            else if (it is PyGenerator gen)
                            {
                                if (CanRunInline<TMode>(ts) && gen.BeginInlineResume(ts) is { } resumed)
                                {
                                    // The generator's frame runs next, in this loop; its
                                    // yield comes back here (PyGenerator.BeginInlineResume).
                                    f.Pc = pc;
                                    f = resumed;
                                    if (--backEdgesLeft == 0) return null; // resumed in the generator
                                    goto switchFrame;
                                }
                                next = gen.NextOn(ts); // saves a thread-local lookup
                            }
                            else next = it.Next();
                            if (next != null)
                            {
                                // `for x in ...`: the STORE_FAST that follows is done here, saving
                                // its dispatch and the push and pop between the two (the range
                                // case above does the same). Not when instructions are traced.
                                int following = instrs[pc];
                                if ((Op)(following & 0xFF) == Op.STORE_FAST && plain)
                                {
                                    pc++;
                                    int local = following >> 8;
                                    var old = s[local];
                                    Slot(s, local) = next;
                                    if (old != null) Rc.Dec(old, me);
                                    goto loadFastNext;
                                }
                                Slot(s, sp++) = next;
                            }
                            else
                            {
                                s[--sp] = null;
                                Rc.Dec(it, me);
                                pc = arg;
                            }
                            break;
                        }

                        case Op.BUILD_TUPLE:
                        {
                            var t = PyTuple.New(arg);
                            sp -= arg;
                            for (int i = 0; i < arg; i++) { Slot(t.Items, i) = s[sp + i]; s[sp + i] = null; }
                            Slot(s, sp++) = t;
                            break;
                        }
                        case Op.BUILD_LIST:
                        {
                            var l = PyList.New(arg);
                            sp -= arg;
                            for (int i = 0; i < arg; i++) { Slot(l.Items, i) = s[sp + i]; s[sp + i] = null; }
                            l.Count = arg;
                            Slot(s, sp++) = l;
                            break;
                        }
                        case Op.LIST_APPEND:
                        {
                            var v = s[--sp];
                            s[sp] = null;
                            ((PyList)s[sp - arg]).AppendSteal(v);
                            break;
                        }
                        case Op.UNPACK_SEQUENCE:
                        {
                            var seq = s[sp - 1];
                            if (seq is PyTuple t && t.Items.Length == arg)
                            {
                                s[--sp] = null;
                                for (int i = arg - 1; i >= 0; i--) Slot(s, sp++) = Rc.New(t.Items[i], me);
                                Rc.Dec(t, me);
                                break;
                            }
                            var items = UnpackIterable(seq, arg, -1);
                            s[--sp] = null;
                            for (int i = arg - 1; i >= 0; i--) Slot(s, sp++) = items[i];
                            Rc.Dec(seq, me);
                            break;
                        }
                        case Op.CALL_FUNCTION:
                        case Op.CALL_FUNCTION_KW:
                        {
                            PyTuple kwnames = null;
                            int top = sp;
                            if ((Op)(instr & 0xFF) == Op.CALL_FUNCTION_KW) { kwnames = (PyTuple)s[sp - 1]; top = sp - 1; }
                            int baseIdx = top - arg - 1;
                            // A plain call of a function taking exactly these arguments moves
                            // them into its frame (their slots here come back empty), which
                            // this loop runs itself when it can.
                            PyObject result;
                            var fn = s[baseIdx] as PyFunction;
                            if (fn != null && kwnames == null && CanInline<TMode>(ts, fn, arg))
                            {
                                callee = EnterInline(ts, fn, s, baseIdx + 1, arg, me);
                                callBase = baseIdx;
                                goto enterCallee;
                            }
                            if (fn != null && CanInlineBinding<TMode>(ts, fn))
                            {
                                // Keywords, *args, keyword-only parameters: bound, not moved.
                                callee = EnterInlineBinding(ts, fn, s, baseIdx + 1, arg, kwnames, me);
                                callBase = baseIdx;
                                goto enterCallee;
                            }
                            if (fn == null && kwnames == null && s[baseIdx] is PyType cls && InlineInit<TMode>(ts, cls, arg) is { } init)
                            {
                                callee = EnterInline(ts, init, s, baseIdx + 1, arg, me, cls);
                                callBase = baseIdx;
                                goto enterCallee;
                            }
                            if (fn != null && kwnames == null && fn.Code.TakesExactly(arg))
                                result = Interpreter.CallFunctionMovingArguments(ts, fn, s, baseIdx + 1, arg);
                            else if (s[baseIdx] is PyBuiltinFunction builtin && ts.ProfileFunc == null)
                            {
                                // len(x), isinstance(x, t): the built-in's code is called at once.
                                result = builtin.Call(new ReadOnlySpan<PyObject>(s, baseIdx + 1, arg), kwnames);
                            }
                            else result = CallObjectOrRaised(ts, s[baseIdx], new ReadOnlySpan<PyObject>(s, baseIdx + 1, arg), kwnames);
                            if (ReferenceEquals(result, Raised))
                            {
                                raised = TakeRaised(ts);
                                goto unwind;
                            }
                            for (int i = sp - 1; i >= baseIdx; i--)
                            {
                                var v = s[i];
                                s[i] = null;
                                if (v != null) Rc.Dec(v, me);
                            }
                            sp = baseIdx;
                            Slot(s, sp++) = result;
                            if (Interpreter.EvalBreaker != 0) Interpreter.HandleEvalBreaker(ts);
                            break;
                        }
                        case Op.RETURN_VALUE:
                        {
                            var v = s[--sp];
                            s[sp] = null;
                            f.Sp = sp;
                            f.Pc = pc;
                            if (f.EnteredInline)
                            {
                                if (f.InitSelf != null)
                                {
                                    // A class call's __init__: the call gives the instance.
                                    if (v is not PyNone)
                                    {
                                        pending = InitReturned(v);
                                        f = LeaveInline(ts, f, me);
                                        goto switchFrame;
                                    }
                                    Rc.Dec(v, me);
                                    v = f.InitSelf;
                                    f.InitSelf = null;
                                }
                                f = ReturnInline(ts, f, v, me);
                                goto switchFrame;
                            }
                            if (f.ResumedInline)
                            {
                                // The generator a FOR_ITER resumed has ended: so does the loop.
                                Rc.Dec(v, me);
                                f = f.Generator.EndInlineResume(ts, false);
                                EndForIter(f, me);
                                goto switchFrame;
                            }
                            if (f.Generator != null) f.Generator.Finished = true;
                            return v;
                        }

                        case Op.YIELD_VALUE:
                        {
                            var v = s[--sp];
                            s[sp] = null;
                            f.Sp = sp;
                            f.Pc = pc;
                            f.Generator.Yielded = true;
                            if (f.ResumedInline)
                            {
                                // To the FOR_ITER that resumed the generator, as its next value.
                                f = f.Generator.EndInlineResume(ts, true);
                                Slot(f.Slots, f.Sp++) = v;
                                goto switchFrame;
                            }
                            return v;
                        }
                        case Op.YIELD_FROM:
                        {
                            var sent = s[sp - 1];
                            var receiver = s[sp - 2];
                            PyObject r;
                            if (receiver is PyGenerator g) r = g.Send(ts, sent);
                            else if (receiver is AsyncGeneratorStep step) r = step.Resume(ts, sent, null);
                            else if (sent is PyNone) r = receiver.Next();
                            else r = Ops.CallMethod(receiver, "send", sent);
                            s[--sp] = null;
                            Rc.Dec(sent, me);
                            if (r != null)
                            {
                                // Yield what the sub-iterator yielded; resume at this instruction.
                                f.Sp = sp;
                                f.Pc = pc - 1;
                                f.Generator.Yielded = true;
                                if (f.ResumedInline)
                                {
                                    f = f.Generator.EndInlineResume(ts, true);
                                    Slot(f.Slots, f.Sp++) = r;
                                    goto switchFrame;
                                }
                                return r;
                            }
                            var result = receiver is PyGenerator g2 ? g2.TakeReturnValue()
                                : receiver is AsyncGeneratorStep step2 ? step2.TakeReturnValue() : Rc.New(PyNone.Instance, me);
                            Slot(s, sp - 1) = result;
                            Rc.Dec(receiver, me);
                            break;
                        }

                        case Op.SETUP_FINALLY:
                            f.PushBlock(BlockKind.Finally, arg, sp);
                            break;
                        case Op.POP_BLOCK:
                            f.BlockCount--;
                            break;
                        case Op.POP_EXCEPT:
                        {
                            var b = f.Blocks[--f.BlockCount];
                            var cur = ts.HandledExc;
                            ts.HandledExc = b.PreviousExc;
                            f.Blocks[f.BlockCount].PreviousExc = null;
                            Rc.XDec(cur, me);
                            break;
                        }
                        case Op.RERAISE:
                        {
                            raised = (PyException)s[--sp];
                            s[sp] = null;
                            reraise = true;
                            goto unwind;
                        }
                        case Op.RAISE_VARARGS:
                            raised = DoRaise(ts, s, sp, arg);
                            // Made: the operands leave the stack.
                            for (int i = 0; i < arg; i++)
                            {
                                var v = s[--sp];
                                s[sp] = null;
                                Rc.Dec(v, me);
                            }
                            // A bare `raise` re-raises as it is: no new traceback entry and
                            // no new context, as CPython's do_raise.
                            reraise = arg == 0;
                            goto unwind;
                        case Op.JUMP_IF_NOT_EXC_MATCH:
                        {
                            var cls = s[sp - 1];
                            var exc = s[sp - 2];
                            bool match = ExceptionMatches(exc, cls);
                            s[--sp] = null;
                            Rc.Dec(cls, me);
                            if (!match) pc = arg;
                            break;
                        }
                        default:
                            sp = ExecuteUncommon(ts, f, instr, sp);
                            break;
                    }
                    continue;

                loadFastNext:
                    // LOAD_FAST, a third of the instructions programs run, run straight after
                    // the instructions most often followed by it (and after itself): a test
                    // here is cheaper than the jump through the switch's table, whose target
                    // the processor mispredicts often. Not when each instruction is traced or
                    // shown; not for an unbound local, whose LOAD_FAST runs as usual to raise.
                    if (plain)
                    {
                        int following = instrs[pc];
                        if ((Op)(following & 0xFF) == Op.LOAD_FAST && s[following >> 8] is { } local)
                        {
                            pc++;
                            Rc.Inc(local, me);
                            Slot(s, sp++) = local;
                            goto loadFastNext;
                        }
                    }
                    continue;

                enterCallee:
                    // A call the loop runs itself (Eval.InlineCalls.cs): the caller is saved
                    // where its call's operands start, and the callee's frame runs next.
                    f.Pc = pc;
                    f.CallBase = callBase;
                    f = callee;
                    if (--backEdgesLeft == 0) return null; // resumed in the callee
                    goto switchFrame;
                }
            }
            unwind:
            {
                var exc = raised;
                if (!reraise)
                {
                    if (!code.HiddenFromTracebacks) exc.AddTraceback(code, code.LineAt(f.LastPc), f.LastPc);
                    SetContext(ts, exc);
                    if (traced && f.TraceLocal != null) exc = TraceException(ts, f, exc);
                }
                reraise = false;
                // Unwind to the innermost handler block of this frame.
                bool handled = false;
                while (f.BlockCount > 0)
                {
                    var b = f.Blocks[--f.BlockCount];
                    if (b.Kind == BlockKind.ExceptHandler)
                    {
                        var cur = ts.HandledExc;
                        ts.HandledExc = b.PreviousExc;
                        f.Blocks[f.BlockCount].PreviousExc = null;
                        Rc.XDec(cur, me);
                        continue;
                    }
                    while (sp > b.Level)
                    {
                        var v = s[--sp];
                        s[sp] = null;
                        Rc.XDec(v, me);
                    }
                    f.PushBlock(BlockKind.ExceptHandler, -1, sp, ts.HandledExc);
                    ts.HandledExc = Rc.New(exc, me);
                    Slot(s, sp++) = exc; // the stack takes the reference
                    pc = b.Handler;
                    handled = true;
                    break;
                }
                if (handled) continue;
                // The exception leaves a function's frame: its traceback entry keeps the
                // frame's variables alive from now on (tb_frame.f_locals), as CPython's does.
                if (f.Namespace == null && exc.Traceback is { } head
                    && ReferenceEquals(head.Code, code) && !code.HiddenFromTracebacks)
                    head.TakeLocals(s, code.FrameSlots);
                f.Sp = sp;
                f.Pc = pc;
                if (f.EnteredInline)
                {
                    // An inline frame's caller unwinds next, as if its call had raised.
                    f = LeaveInline(ts, f, me);
                    pending = exc;
                    goto switchFrame;
                }
                if (f.ResumedInline)
                {
                    // A generator a FOR_ITER resumed: the FOR_ITER raises what leaves it.
                    var resumer = f.Back;
                    pending = f.Generator.EndInlineResumeRaising(ts, exc);
                    f = resumer;
                    goto switchFrame;
                }
                if (f.Generator != null) f.Generator.Finished = true;
                // No handler here: the exception leaves the frame, handed to the caller
                // (RunOrRaised) rather than thrown.
                ts.Raised = exc;
                return Raised;
            }
            switchFrame:
            code = f.Code;
            instrs = code.Instructions;
            consts = code.Consts;
            names = code.Names;
            s = f.Slots;
            pc = f.Pc;
            sp = f.Sp;
            cellBase = code.NLocals;
        }
    }

    /// <summary>The 'exception' event of a traced frame; an exception the trace function
    /// raises replaces the one being raised (both owned).</summary>
    static PyException TraceException(ThreadState ts, Frame f, PyException exc)
    {
        try { Tracing.Exception(ts, f, exc); return exc; }
        catch (PyRaise e)
        {
            Rc.Dec(exc);
            var replacement = e.TakeException();
            replacement.AddTraceback(f.Code, f.Code.LineAt(f.LastPc), f.LastPc);
            return replacement;
        }
    }

    /// <summary>The stack pointer at a raise: an uncommon instruction may have moved it.</summary>
    static int UncommonRaiseSpOr(Frame f, int sp)
    {
        if (f.UncommonRaiseSp < 0) return sp;
        sp = f.UncommonRaiseSp;
        f.UncommonRaiseSp = -1;
        return sp;
    }

    /// <summary>Where a test's outcome sends the loop when the instruction at pc is a
    /// conditional jump (POP_JUMP_IF_FALSE/TRUE) that the test takes for itself; -1 when it
    /// is not one, and the test pushes its bool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int JumpAfterTest(int[] instrs, int pc, bool outcome)
    {
        int next = instrs[pc];
        var nextOp = (Op)(next & 0xFF);
        if (nextOp != Op.POP_JUMP_IF_FALSE && nextOp != Op.POP_JUMP_IF_TRUE) return -1;
        return outcome == (nextOp == Op.POP_JUMP_IF_TRUE) ? next >> 8 : pc + 1;
    }

    /// <summary>Pops a binary test's two operands, l and r, and releases them: the new sp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int DropOperands(PyObject[] s, int sp, PyObject l, PyObject r, int me)
    {
        sp -= 2;
        s[sp] = null;
        s[sp + 1] = null;
        Rc.Dec(r, me);
        Rc.Dec(l, me);
        return sp;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool TrySmallIntOp(BinaryOpKind op, long a, long b, out long r)
    {
        switch (op)
        {
            case BinaryOpKind.Add:
                r = a + b;
                return ((a ^ r) & (b ^ r)) >= 0;
            case BinaryOpKind.Sub:
                r = a - b;
                return ((a ^ b) & (a ^ r)) >= 0;
            case BinaryOpKind.Mul:
                if ((ulong)(a + 0x7FFFFFFF) <= 0xFFFFFFFEUL && (ulong)(b + 0x7FFFFFFF) <= 0xFFFFFFFEUL) { r = a * b; return true; }
                break;
            case BinaryOpKind.FloorDiv:
                if (b > 0) { r = a >= 0 ? a / b : IntArith.FloorDiv(a, b); return true; }
                break;
            case BinaryOpKind.Mod:
                if (b > 0) { r = IntArith.FloorMod(a, b); return true; }
                break;
            case BinaryOpKind.And: r = a & b; return true;
            case BinaryOpKind.Or: r = a | b; return true;
            case BinaryOpKind.Xor: r = a ^ b; return true;
        }
        r = 0;
        return false;
    }

    /// <summary>Whether o may take an arithmetic result in place (Heap.ReusesTemporaries): the
    /// value stack holds its only reference — with biased counts, one local reference of
    /// this thread's and no shared ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsTemporary(PyObject o, int me)
        => Heap.ReusesTemporaries && o.RefCount == 1 && !o.IsStatic
           && (!Heap.BiasedCounts || (o.OwnerThread == me && o.SharedRefs == 0));

    /// <summary>Whether o is an int (not a bool): a test of its exact class, which the JIT
    /// does inline, where `o is PyInt` calls a runtime helper for every object that is not
    /// one (PyInt is not sealed, for PyBool) — a float operand, say. o is not null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsExactInt(PyObject o, out PyInt i)
    {
        if (o.GetType() == typeof(PyInt))
        {
            i = Unsafe.As<PyInt>(o);
            return true;
        }
        i = null;
        return false;
    }

    /// <summary>The operands of a float operation: two floats, or a float and an int of at
    /// most 53 bits (which converts exactly, as Python converts it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool FloatOperands(PyObject l, PyObject r, out double a, out double b)
    {
        if (l is PyFloat lf)
        {
            a = lf.Value;
            if (r is PyFloat rf) { b = rf.Value; return true; }
            if (IsExactDouble(r)) { b = ((PyInt)r).Value; return true; }
        }
        else if (r is PyFloat rf && IsExactDouble(l))
        {
            a = ((PyInt)l).Value;
            b = rf.Value;
            return true;
        }
        a = b = 0;
        return false;
    }

    /// <summary>An int whose value a double holds exactly (at most 53 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsExactDouble(PyObject o) => IsExactInt(o, out var i) && !i.IsBig && (ulong)(i.Value + (1L << 53)) <= (1UL << 54);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static double FloatOp(BinaryOpKind op, double a, double b) => op switch
    {
        BinaryOpKind.Add => a + b,
        BinaryOpKind.Sub => a - b,
        BinaryOpKind.Mul => a * b,
        _ => a / b,
    };

    /// <summary>STORE_GLOBAL and STORE_NAME: the dict takes its own reference; the stack's is
    /// released. Returns the new stack pointer (a value, not a `ref`: a local whose address
    /// is taken lives in memory for the whole loop instead of in a register).</summary>
    static int PopInto(PyObject d, PyStr name, PyObject[] s, int sp)
    {
        // A class body's dict-subclass namespace stores through its own __setitem__.
        if (d is PyDict exact) exact.SetItemNew(name, s[sp - 1]);
        else d.SetItem(name, s[sp - 1]);
        var v = s[--sp];
        s[sp] = null;
        Rc.Dec(v);
        return sp;
    }

    /// <summary>LOAD_NAME in a class body whose namespace is a dict subclass: its
    /// __getitem__ decides; a KeyError means "not here" (null).</summary>
    static PyObject NamespaceGet(PyObject ns, PyStr name)
    {
        try { return ns.GetItem(name); }
        catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.KeyError))
        {
            Rc.Dec(e.TakeException());
            return null;
        }
    }

    static void DeleteFrom(PyDict d, PyStr name)
    {
        var old = d.Pop(name);
        if (old == null) throw Err.NotDefined(name);
        Rc.Dec(old);
    }

    /// <summary>NameError for a name frame f does not define, with the name it most likely
    /// meant found now, among f's names.</summary>
    static PyRaise NotDefined(PyStr name, Frame f)
    {
        var raise = Err.NotDefined(name);
        raise.Exc.NameSuggestion = Suggestions.ForName(f, name.Value);
        return raise;
    }

    static PyRaise UnboundCell(CodeObject code, int arg)
    {
        if (arg < code.CellVars.Length)
            return Err.New(ErrorTypes.UnboundLocalError, $"cannot access local variable '{code.CellVars[arg]}' where it is not associated with a value");
        return Err.NameError($"cannot access free variable '{code.FreeVars[arg - code.CellVars.Length]}' where it is not associated with a value in enclosing scope");
    }
}
