// Asynchronous generators (async def with yield): their frames run on the generator machinery
// and yield two kinds of value — what their awaits pass up to the event loop (a future), and
// their own values. Their own values are wrapped (AsyncGeneratorValue, made by the
// CALL_INTRINSIC the compiler puts before each yield), so the two can be told apart.
// __anext__, asend, athrow and aclose each return an AsyncGeneratorStep: an awaitable that
// resumes the generator and hands up everything it yields until a wrapped value arrives, which
// ends the await with that value (or the generator finishes: StopAsyncIteration). YIELD_FROM
// drives a step directly, as it does a generator.
using MiniPy.Runtime;

namespace MiniPy.VM;

/// <summary>A value an async generator yields (as opposed to what its awaits yield).</summary>
public sealed class AsyncGeneratorValue : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("async_generator_wrapped_value", "builtins", _ => { });
    PyObject value;

    /// <summary>A wrapper holding a new reference to value.</summary>
    public static AsyncGeneratorValue Wrap(PyObject value)
    {
        var w = new AsyncGeneratorValue { ObType = Type, value = Rc.New(value) };
        Heap.Allocated(Type);
        return w;
    }

    /// <summary>The wrapped value (a new reference); the wrapper gives it up.</summary>
    public PyObject Take()
    {
        var v = value;
        value = null;
        return v ?? Rc.New(PyNone.Instance);
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (value != null) visit(value);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref value);
    }
}

/// <summary>What __anext__(), asend(v), athrow(e) and aclose() return: one step of an async
/// generator, awaited.</summary>
public sealed class AsyncGeneratorStep : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("async_generator_asend", "builtins", AddMethods);
    PyGenerator generator;
    PyObject firstValue;
    PyException firstThrow;
    bool closing, started, done;
    PyObject returnValue;

    /// <summary>A step that sends sendValue (or throws throwIn, stolen) into the generator;
    /// closing: the step of aclose(), which ends quietly when the generator does.</summary>
    public static AsyncGeneratorStep New(PyGenerator generator, PyObject sendValue, PyException throwIn, bool closing)
    {
        var step = new AsyncGeneratorStep
        {
            ObType = Type,
            generator = Rc.New(generator),
            firstValue = sendValue == null ? null : Rc.New(sendValue),
            firstThrow = throwIn,
            closing = closing,
        };
        Heap.Allocated(Type);
        return step;
    }

    /// <summary>Resumes the generator: returns what an await in it yielded (for the caller to
    /// pass up), or null when the step is over (its value: TakeReturnValue). Raises
    /// StopAsyncIteration when the generator finished, and whatever the generator raised.</summary>
    public PyObject Resume(ThreadState ts, PyObject sent, PyException throwIn)
    {
        if (done)
        {
            if (throwIn != null) throw new PyRaise(throwIn);
            throw Err.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        }
        if (!started)
        {
            started = true;
            if (firstThrow != null)
            {
                Rc.XDec(throwIn);
                throwIn = firstThrow;
                firstThrow = null;
            }
            else if (throwIn == null) sent = firstValue;
        }
        PyObject r;
        try { r = generator.Send(ts, throwIn == null ? sent ?? PyNone.Instance : null, throwIn); }
        catch (PyRaise e) when (closing && e.Exc != null
            && (e.Exc.ObType.IsSubtypeOf(ErrorTypes.GeneratorExit) || e.Exc.ObType.IsSubtypeOf(ErrorTypes.StopAsyncIteration)))
        {
            Rc.Dec(e.TakeException());
            done = true;
            Rc.Set(ref returnValue, Rc.New(PyNone.Instance));
            return null;
        }
        catch (PyRaise) { done = true; throw; }
        if (r == null)
        {
            done = true;
            if (closing)
            {
                Rc.Set(ref returnValue, Rc.New(PyNone.Instance));
                return null;
            }
            throw new PyRaise(PyException.New(ErrorTypes.StopAsyncIteration, ReadOnlySpan<PyObject>.Empty));
        }
        if (r is AsyncGeneratorValue wrapped)
        {
            done = true;
            var value = wrapped.Take();
            Rc.Dec(r);
            if (closing)
            {
                Rc.Dec(value);
                throw Err.RuntimeError("async generator ignored GeneratorExit");
            }
            Rc.Set(ref returnValue, value);
            return null;
        }
        return r;
    }

    /// <summary>The value the finished step produced (a new reference).</summary>
    public PyObject TakeReturnValue()
    {
        var v = returnValue ?? Rc.New(PyNone.Instance);
        returnValue = null;
        return v;
    }

    static PyObject ResultOrStop(AsyncGeneratorStep step, PyObject r)
    {
        if (r != null) return r;
        var v = step.TakeReturnValue();
        try { throw Err.StopIteration(v is PyNone ? null : v); }
        finally { Rc.Dec(v); }
    }

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "__await__", (self, args, kw) => Rc.New(self));
        BuiltinTypes.AddMethod(t, "__iter__", (self, args, kw) => Rc.New(self));
        BuiltinTypes.AddMethod(t, "__next__", (self, args, kw) =>
        {
            var step = (AsyncGeneratorStep)self;
            return ResultOrStop(step, step.Resume(ThreadState.Current, PyNone.Instance, null));
        });
        BuiltinTypes.AddMethod(t, "send", (self, args, kw) =>
        {
            ArgParser.Positional("send", args, kw, 1, 1);
            var step = (AsyncGeneratorStep)self;
            return ResultOrStop(step, step.Resume(ThreadState.Current, args[0], null));
        });
        BuiltinTypes.AddMethod(t, "throw", (self, args, kw) =>
        {
            var step = (AsyncGeneratorStep)self;
            return ResultOrStop(step, step.Resume(ThreadState.Current, null, PyGenerator.ExceptionToThrow(args)));
        });
        BuiltinTypes.AddMethod(t, "close", (self, args, kw) =>
        {
            ((AsyncGeneratorStep)self).done = true;
            return Rc.New(PyNone.Instance);
        });
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (generator != null) visit(generator);
        if (firstValue != null) visit(firstValue);
        if (firstThrow != null) visit(firstThrow);
        if (returnValue != null) visit(returnValue);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref generator);
        Rc.Clear(ref firstValue);
        Rc.Clear(ref firstThrow);
        Rc.Clear(ref returnValue);
    }
}
