// Generators: a suspended frame that resumes on next() or send(), and the methods send,
// throw and close. The generator owns its frame; the frame's value stack survives each yield.
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

public sealed class PyGenerator : PyGcObject
{
    /// <summary>generator, and coroutine: what calling an async def makes. A coroutine runs
    /// on the same machinery; it is not iterable, only awaitable (its __await__ is itself
    /// to the VM, see Awaitables), and it is driven by send() and throw().</summary>
    public static PyType Type, CoroutineType, AsyncGeneratorType;
    Frame frame;
    PyObject name, qualName;
    CodeObject code;
    bool started, running;
    /// <summary>Set by the eval loop: the frame yielded (true) or returned/raised (Finished).</summary>
    internal bool Yielded, Finished;
    PyObject returnValue;
    /// <summary>The exception the suspended frame is handling (owned): it yielded inside an
    /// except clause. Put back as the thread's handled exception when the frame resumes, as
    /// CPython keeps a generator's exc_state.</summary>
    PyException handledExc;

    internal static PyGenerator New(Frame frame, PyFunction func)
    {
        var flags = func.Code.Flags;
        var type = (flags & CodeFlags.AsyncGenerator) != 0 ? AsyncGeneratorType : (flags & CodeFlags.Coroutine) != 0 ? CoroutineType : Type;
        var g = new PyGenerator { ObType = type, frame = frame };
        Heap.Allocated(g.ObType);
        frame.Generator = g;
        frame.Back = null; // a pooled frame may still name its last caller (see Frame.Clear)
        g.name = Rc.New(func.Name);
        g.qualName = Rc.New(func.QualName);
        g.code = Rc.New(func.Code);
        // The frame borrows the function; the generator keeps it alive for the frame.
        Rc.Inc(func);
        CycleCollector.Track(g);
        return g;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (frame != null)
        {
            if (!running) frame.VisitReferences(visit); // a running frame is its thread's
            if (frame.Function != null) visit(frame.Function);
        }
        if (name != null) visit(name);
        if (qualName != null) visit(qualName);
        if (code != null) visit(code);
        if (returnValue != null) visit(returnValue);
        if (handledExc != null) visit(handledExc);
    }

    /// <summary>A suspended generator is closed before it is freed: its finally blocks run. A
    /// coroutine that never ran says so (CPython's RuntimeWarning), at its free or when the
    /// cycle collector finds it garbage, before anything it holds is cleared.</summary>
    internal override bool HasFinalizer => frame != null && !running && (started ? !Finished : IsCoroutine);

    internal override void RunFinalizer()
    {
        if (!started)
        {
            WarnNeverAwaited();
            return;
        }
        try { Close(ThreadState.Current); }
        catch (PyRaise r) { Unraisable.Report(r, this); }
    }

    /// <summary>Releases the suspended frame (its locals may refer back to the generator).</summary>
    internal override void ClearReferences()
    {
        if (!running) ReleaseFrame();
        Rc.Clear(ref returnValue);
        Rc.Clear(ref handledExc);
    }

    public bool IsCoroutine => ObType == CoroutineType;
    public bool IsAsyncGenerator => ObType == AsyncGeneratorType;

    /// <summary>Makes the frame object (sys._getframe's kind) for a suspended frame: set by
    /// the library that defines frame objects; null leaves gi_frame None.</summary>
    public static Func<Frame, PyObject> FrameObject;

    protected internal override void Dealloc()
    {
        if (HasFinalizer && BeginFinalizer())
        {
            // Like CPython, closing an unfinished generator runs its finally blocks.
            Rc.Resurrect(this);
            RunFinalizer();
            if (Rc.StillReferencedAfterResurrection(this)) return;
        }
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        ReleaseFrame();
        Rc.Clear(ref name);
        Rc.Clear(ref qualName);
        Rc.Clear(ref code);
        Rc.Clear(ref returnValue);
        Rc.Clear(ref handledExc);
    }

    void ReleaseFrame()
    {
        var f = frame;
        if (f == null) return;
        frame = null;
        var func = f.Function;
        f.Clear();
        Rc.XDec(func);
    }

    /// <summary>Resumes the frame; returns the yielded value, or null when it finished
    /// (the return value is kept for yield from).</summary>
    public PyObject Send(ThreadState ts, PyObject value, PyException throwIn = null)
    {
        if (running)
        {
            Rc.XDec(throwIn); // a thrown exception is consumed even when it cannot be delivered
            throw Err.ValueError("generator already executing");
        }
        if (frame == null || Finished)
        {
            if (throwIn != null) throw new PyRaise(throwIn);
            return null;
        }
        if (!started)
        {
            if (value != null && value is not PyNone && throwIn == null)
                throw Err.TypeError("can't send non-None value to a just-started generator");
            started = true;
        }
        else if (throwIn == null)
        {
            ValueStack.Slot(frame.Slots, frame.Sp++) = Rc.New(value ?? PyNone.Instance);
        }
        else if (SuspendedInYieldFrom())
        {
            // Thrown into the iterator this frame delegates to (yield from, await), as
            // CPython does: a task's cancellation reaches the innermost awaiting coroutine.
            var yielded = ThrowIntoDelegate(ts, ref throwIn);
            if (yielded != null) return yielded;
        }
        if (++ts.Depth > ts.Interp.RecursionLimit)
        {
            ts.Depth--;
            Rc.XDec(throwIn);
            throw Err.New(ErrorTypes.RecursionError, "maximum recursion depth exceeded");
        }
        running = true;
        Yielded = false;
        // The frame sees its own handled exception; where it has none, the caller's (the
        // topmost, as sys.exc_info and a new exception's context find it).
        var savedHandled = ts.HandledExc;
        var savedOuter = ts.OuterHandledExc;
        ts.OuterHandledExc = savedHandled ?? savedOuter;
        ts.HandledExc = handledExc;
        handledExc = null;
        try
        {
            var r = Eval.Run(ts, frame, throwIn);
            if (Yielded) return r;
            Finished = true;
            Rc.Set(ref returnValue, r);
            ReleaseFrame();
            return null;
        }
        catch (PyRaise e)
        {
            Finished = true;
            ReleaseFrame();
            if (e.Exc != null && IsEndOfIteration(e.Exc)) throw new PyRaise(Escaping(e.TakeException()));
            throw;
        }
        finally
        {
            running = false;
            ts.Depth--;
            // Suspended (or ended), the frame has no caller: gi_frame.f_back is None.
            if (frame != null) frame.Back = null;
            // Suspended inside an except clause, the frame keeps what it handles.
            if (Yielded && !Finished) handledExc = ts.HandledExc;
            else Rc.XDec(ts.HandledExc);
            ts.HandledExc = savedHandled;
            ts.OuterHandledExc = savedOuter;
        }
    }

    /// <summary>An exception the frame raised that would end the iteration driving it
    /// silently: CPython makes it a RuntimeError.</summary>
    bool IsEndOfIteration(PyException exc)
        => exc.ObType.IsSubtypeOf(ErrorTypes.StopIteration)
           || (IsAsyncGenerator && exc.ObType.IsSubtypeOf(ErrorTypes.StopAsyncIteration));

    /// <summary>What leaves the generator when its frame raised exc (both owned): exc
    /// itself, or the RuntimeError that replaces a StopIteration (PEP 479; for an async
    /// generator, also a StopAsyncIteration, PEP 525).</summary>
    PyException Escaping(PyException exc)
    {
        if (!IsEndOfIteration(exc)) return exc;
        var message = exc.ObType.IsSubtypeOf(ErrorTypes.StopIteration)
            ? $"{(IsAsyncGenerator ? "async generator" : ObType.Name)} raised StopIteration"
            : "async generator raised StopAsyncIteration";
        var err = PyException.WithMessage(ErrorTypes.RuntimeError, message);
        err.Cause = exc;
        err.Context = Rc.New(exc);
        return err;
    }

    // ─────────────── resumed by the eval loop itself ───────────────
    //
    // `for x in gen:` resumes the generator on every iteration. Through Send that is a
    // call into C# and a new run of the eval loop per value. When the loop that runs the
    // FOR_ITER may run calls itself (Eval.InlineCalls.cs), it resumes the generator's frame
    // the same way instead: BeginInlineResume does what Send does before Eval.Run and links
    // the frame in front of the caller; the loop goes on in the generator's frame; and
    // when that frame yields, returns or raises, EndInlineResume does what Send does after,
    // and the loop goes back to the FOR_ITER's frame with the value, the end of the
    // iteration, or the exception — as if FOR_ITER had raised it there.

    /// <summary>For FOR_ITER: makes the suspended frame ready to run as next() would, linked
    /// in front of the running frame, and returns it; null when next() must go the ordinary
    /// way (the generator runs, has finished, is not a plain generator, or the recursion
    /// limit is reached, which Send reports).</summary>
    internal Frame BeginInlineResume(ThreadState ts)
    {
        var f = frame;
        if (running || f == null || Finished || !ReferenceEquals(ObType, Type) || ts.Depth >= ts.Interp.RecursionLimit) return null;
        if (!started) started = true;
        else ValueStack.Slot(f.Slots, f.Sp++) = Rc.New(PyNone.Instance); // what the yield gives
        ts.Depth++;
        running = true;
        Yielded = false;
        // The handled exceptions as Send sets them, the thread's own kept in the frame —
        // when there are any: most loops run outside every except clause, and then there is
        // nothing to change (each store of a reference costs the collector's write barrier).
        f.ResumerSavedExc = ts.HandledExc != null || ts.OuterHandledExc != null || handledExc != null;
        if (f.ResumerSavedExc)
        {
            f.ResumerHandledExc = ts.HandledExc;
            f.ResumerOuterHandledExc = ts.OuterHandledExc;
            ts.OuterHandledExc = ts.HandledExc ?? ts.OuterHandledExc;
            ts.HandledExc = handledExc;
            handledExc = null;
        }
        f.ResumedInline = true;
        f.Back = ts.CurrentFrame;
        ts.CurrentFrame = f;
        return f;
    }

    /// <summary>The inline-resumed frame yielded (and is suspended again) or ended; undoes
    /// BeginInlineResume and returns the frame to go on with. An ended frame is released.</summary>
    internal Frame EndInlineResume(ThreadState ts, bool yielded)
    {
        var f = frame;
        var resumer = f.Back;
        f.ResumedInline = false;
        running = false;
        ts.Depth--;
        var handled = ts.HandledExc;
        if (handled != null)
        {
            // Suspended inside an except clause, the frame keeps what it handles.
            if (yielded) handledExc = handled;
            else Rc.Dec(handled);
            ts.HandledExc = null;
        }
        if (f.ResumerSavedExc)
        {
            ts.HandledExc = f.ResumerHandledExc;
            ts.OuterHandledExc = f.ResumerOuterHandledExc;
            f.ResumerHandledExc = f.ResumerOuterHandledExc = null;
        }
        ts.CurrentFrame = resumer;
        f.Back = null; // suspended, the frame has no caller (gi_frame.f_back is None)
        if (!yielded)
        {
            Finished = true;
            ReleaseFrame();
        }
        return resumer;
    }

    /// <summary>The inline-resumed frame raised exc (owned), which no handler of its caught:
    /// ends it, and returns what the resumer raises (see Escaping).</summary>
    internal PyException EndInlineResumeRaising(ThreadState ts, PyException exc)
    {
        EndInlineResume(ts, false);
        return Escaping(exc);
    }

    /// <summary>Whether the frame is suspended inside a YIELD_FROM (its delegate on top of the stack).</summary>
    bool SuspendedInYieldFrom()
    {
        var f = frame;
        var instructions = f.Code.Instructions;
        return f.Sp > 0 && (uint)f.Pc < (uint)instructions.Length && (Op)(instructions[f.Pc] & 0xFF) == Op.YIELD_FROM;
    }

    /// <summary>Throws into the delegate of a suspended YIELD_FROM. Returns what the delegate
    /// yielded (this generator stays suspended), or null: either the delegate returned (the
    /// YIELD_FROM is completed with its value and throwIn becomes null), or it raised (throwIn
    /// becomes that exception, to be raised here). GeneratorExit closes the delegate first
    /// and is then raised here.</summary>
    PyObject ThrowIntoDelegate(ThreadState ts, ref PyException throwIn)
    {
        var receiver = frame.Slots[frame.Sp - 1];
        bool closing = throwIn.ObType.IsSubtypeOf(ErrorTypes.GeneratorExit);
        running = true;
        try
        {
            if (closing)
            {
                if (receiver is PyGenerator inner) inner.Close(ts);
                else if (receiver.ObType.Lookup("close") != null) Rc.Dec(Ops.CallMethod(receiver, "close"));
                return null;
            }
            PyObject yielded, result;
            if (receiver is PyGenerator g)
            {
                yielded = g.Send(ts, null, throwIn);
                throwIn = null;
                if (yielded != null) return yielded;
                result = g.TakeReturnValue();
            }
            else if (receiver is AsyncGeneratorStep step)
            {
                yielded = step.Resume(ts, null, throwIn);
                throwIn = null;
                if (yielded != null) return yielded;
                result = step.TakeReturnValue();
            }
            else if (receiver.ObType.Lookup("throw") != null)
            {
                var thrown = throwIn;
                throwIn = null;
                try { return Ops.CallMethod(receiver, "throw", thrown); }
                catch (PyRaise stop) when (stop.Exc != null && stop.Exc.ObType.IsSubtypeOf(ErrorTypes.StopIteration))
                {
                    var e = stop.TakeException();
                    result = e.Args.Count > 0 ? Rc.New(e.Args.Items[0]) : Rc.New(PyNone.Instance);
                    Rc.Dec(e);
                }
                finally { Rc.Dec(thrown); }
            }
            else return null; // nothing to delegate to: raised here
            // The delegate returned: the YIELD_FROM is done, with its value in the delegate's place.
            frame.Slots[frame.Sp - 1] = result;
            Rc.Dec(receiver);
            frame.Pc++;
            return null;
        }
        catch (PyRaise e)
        {
            if (closing) Rc.Dec(throwIn);
            throwIn = e.TakeException();
            return null;
        }
        finally { running = false; }
    }

    /// <summary>The value the generator returned (new reference), for yield from.</summary>
    public PyObject TakeReturnValue()
    {
        var r = returnValue ?? Rc.New(PyNone.Instance);
        returnValue = null;
        return r;
    }

    public override PyObject Iter()
    {
        if (IsCoroutine || IsAsyncGenerator) throw Err.TypeError($"'{ObType.MessageName}' object is not iterable");
        return Rc.New(this);
    }

    public override PyObject Next() => NextOn(ThreadState.Current);

    /// <summary>Next, for a caller that knows the running thread's state.</summary>
    public PyObject NextOn(ThreadState ts)
    {
        if (IsCoroutine || IsAsyncGenerator) throw Err.TypeError($"'{ObType.Name}' object is not an iterator");
        var r = Send(ts, null);
        if (r == null) Rc.Clear(ref returnValue);
        return r;
    }

    public void Close(ThreadState ts)
    {
        if (frame == null || Finished || !started) { Finished = true; ReleaseFrame(); return; }
        try
        {
            var r = Send(ts, null, PyException.New(ErrorTypes.GeneratorExit, ReadOnlySpan<PyObject>.Empty));
            if (r != null)
            {
                Rc.Dec(r);
                throw Err.RuntimeError("generator ignored GeneratorExit");
            }
        }
        catch (PyRaise e) when (e.Exc != null && (e.Exc.ObType.IsSubtypeOf(ErrorTypes.GeneratorExit) || e.Exc.ObType.IsSubtypeOf(ErrorTypes.StopIteration)))
        {
            Rc.Dec(e.TakeException());
        }
    }

    /// <summary>next() semantics for send/throw from Python: StopIteration(value) at the end.</summary>
    PyObject ResultOrStop(PyObject r)
    {
        if (r != null) return r;
        var v = TakeReturnValue();
        try { throw Err.StopIteration(v is PyNone ? null : v); }
        finally { Rc.Dec(v); }
    }

    /// <summary>A coroutine freed before it ever ran: CPython's RuntimeWarning, located at
    /// the line that was running when it was dropped.</summary>
    void WarnNeverAwaited()
    {
        var ts = ThreadState.Current;
        var interp = ts?.Interp;
        if (interp == null) return;
        var at = ts.CurrentFrame;
        string place = "sys:1", text = null; // as CPython names a place outside any frame
        if (at != null)
        {
            int line = at.Line;
            place = $"{at.Code.FileName}:{line}";
            text = at.Code.Source?.Line(line)?.Trim();
        }
        interp.Stdout.Flush();
        interp.Stderr.Write($"{place}: RuntimeWarning: coroutine '{Ops.Str(qualName)}' was never awaited\n");
        if (!string.IsNullOrEmpty(text)) interp.Stderr.Write("  " + text + "\n");
        // (At exit the warnings machinery is gone, so CPython leaves this hint out.)
        if (!interp.TearingDown) interp.Stderr.Write("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        interp.Stderr.Flush();
    }

    /// <summary>throw()'s arguments as the exception to throw (a new reference).</summary>
    internal static PyException ExceptionToThrow(ReadOnlySpan<PyObject> args)
    {
        if (args.Length < 1) throw Err.TypeError("throw expected at least 1 argument, got 0");
        if (args[0] is PyException e) return Rc.New(e);
        if (args[0] is PyType et && et.IsExceptionType)
            return (PyException)TypeCalls.Call(et, args.Length > 1 && args[1] is not PyNone ? args.Slice(1, 1) : ReadOnlySpan<PyObject>.Empty, null);
        throw Err.TypeError("exceptions must be classes or instances deriving from BaseException, not " + args[0].ObType.Name);
    }

    static void AddAsyncGeneratorMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "__aiter__", (self, args, kw) => Rc.New(self));
        BuiltinTypes.AddMethod(t, "__anext__", (self, args, kw) => AsyncGeneratorStep.New((PyGenerator)self, PyNone.Instance, null, false));
        BuiltinTypes.AddMethod(t, "asend", (self, args, kw) =>
        {
            ArgParser.Positional("asend", args, kw, 1, 1);
            return AsyncGeneratorStep.New((PyGenerator)self, args[0], null, false);
        });
        BuiltinTypes.AddMethod(t, "athrow", (self, args, kw) => AsyncGeneratorStep.New((PyGenerator)self, null, ExceptionToThrow(args), false));
        BuiltinTypes.AddMethod(t, "aclose", (self, args, kw) =>
            AsyncGeneratorStep.New((PyGenerator)self, null, PyException.New(ErrorTypes.GeneratorExit, ReadOnlySpan<PyObject>.Empty), true));
    }

    internal static void AddMethods(PyType t)
    {
        if (t == AsyncGeneratorType)
        {
            AddAsyncGeneratorMethods(t);
            return;
        }
        bool coroutine = t == CoroutineType;
        BuiltinTypes.AddMethod(t, "send", (self, args, kw) =>
        {
            if (args.Length != 1) throw Err.TypeError($"send() takes exactly one argument ({args.Length} given)");
            var g = (PyGenerator)self;
            return g.ResultOrStop(g.Send(ThreadState.Current, args[0]));
        });
        BuiltinTypes.AddMethod(t, "throw", (self, args, kw) =>
        {
            var g = (PyGenerator)self;
            return g.ResultOrStop(g.Send(ThreadState.Current, null, ExceptionToThrow(args)));
        });
        BuiltinTypes.AddMethod(t, "close", (self, args, kw) =>
        {
            ((PyGenerator)self).Close(ThreadState.Current);
            return Rc.New(PyNone.Instance);
        });
        if (coroutine)
        {
            BuiltinTypes.AddMethod(t, "__await__", (self, args, kw) => Rc.New(self));
            return;
        }
        BuiltinTypes.AddMethod(t, "__next__", (self, args, kw) =>
        {
            var g = (PyGenerator)self;
            return g.ResultOrStop(g.Send(ThreadState.Current, null));
        });
        BuiltinTypes.AddMethod(t, "__iter__", (self, args, kw) => Rc.New(self));
    }

    /// <summary>send, throw, close and the other methods are found on the type; the names
    /// GetAttr answers itself are data, never methods.</summary>
    public override bool AllowsMethodFastPath => true;

    public override PyObject GetAttr(PyStr attr) => attr.Value switch
    {
        "__name__" => Rc.New(name),
        "__qualname__" => Rc.New(qualName),
        "gi_running" or "cr_running" or "ag_running" => PyBool.From(running),
        "gi_code" or "cr_code" or "ag_code" => Rc.New((PyObject)code ?? PyNone.Instance),
        "gi_frame" or "cr_frame" or "ag_frame" => frame != null && !Finished && FrameObject != null ? FrameObject(frame) : Rc.New(PyNone.Instance),
        "gi_suspended" or "cr_suspended" => PyBool.From(started && !Finished && !running && frame != null),
        // What a suspended `yield from` or `await` is waiting on, else None.
        "gi_yieldfrom" or "cr_await" or "ag_await" => Rc.New(Delegate() ?? PyNone.Instance),
        "cr_origin" => Rc.New(PyNone.Instance), // recorded only with sys.set_coroutine_origin_tracking_depth
        _ => base.GetAttr(attr),
    };

    /// <summary>The iterator a frame suspended in YIELD_FROM delegates to (borrowed), or null.</summary>
    PyObject Delegate() => frame != null && !Finished && !running && started && SuspendedInYieldFrom() ? frame.Slots[frame.Sp - 1] : null;

    public override string Repr() => $"<{ObType.Name} object {Ops.Str(qualName)} at 0x{Identity.Of(this):x}>";
}
