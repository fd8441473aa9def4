// The eval loop's out-of-line helpers: calls, unpacking, raising, exception matching and
// the conversion of host faults into Python exceptions.
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

/// <summary>Thrown to end the process at once (os._exit); never caught by MiniPy code.</summary>
public sealed class ExitProcessException : Exception
{
    public readonly int Code;
    public ExitProcessException(int code) { Code = code; }
}

public static partial class Eval
{
    /// <summary>Whether `left + right` may append right's text to left itself (and has): left
    /// is a str held by nothing but the value stack and the variable that the next instruction
    /// stores the result into, so the old value is about to be dropped and no one else can
    /// see the change (CPython's unicode_concatenate does the same). With the GIL only (the
    /// eval loop asks only then, so the other modes pay nothing): its reference count then is
    /// the whole truth, and no other thread runs meanwhile.</summary>
    static bool AppendsInPlace(Frame f, PyObject[] s, int next, PyStr[] names, PyStr left, PyObject right)
    {
        if (right is not PyStr more || left.IsStatic || left.RefCount != 2) return false;
        int arg = next >> 8;
        PyObject target;
        switch ((Op)(next & 0xFF))
        {
            case Op.STORE_FAST:
                target = s[arg];
                break;
            case Op.STORE_DEREF:
                target = (s[f.Code.NLocals + arg] as PyCell)?.Contents;
                break;
            case Op.STORE_NAME:
                if (f.NamespaceMapping != null || f.Namespace == null) return false;
                target = f.Namespace.GetItemBorrowed(names[arg]);
                break;
            case Op.STORE_GLOBAL:
                target = f.Globals.GetItemBorrowed(names[arg]);
                break;
            default:
                return false;
        }
        if (!ReferenceEquals(target, left)) return false;
        left.AppendInPlace(more.Value);
        return true;
    }

    /// <summary>Calls any callable with arguments borrowed from the caller's stack.</summary>
    /// <summary>CallObject for the eval loop: a Python function's exception comes back as
    /// Raised (see RunOrRaised) instead of being thrown; other callables still throw.</summary>
    static PyObject CallObjectOrRaised(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (callable is PyFunction fn) return Interpreter.CallFunction(ts, fn, null, args, kwnames, raisedAsResult: true);
        if (callable is PyMethod m && m.Func is PyFunction mf)
            return Interpreter.CallFunction(ts, mf, m.Self, args, kwnames, raisedAsResult: true);
        if (ts.ProfileFunc != null && callable is PyBuiltinFunction or PyMethodDescriptor && !ts.InTrace)
            return CallBuiltinProfiled(ts, callable, args, kwnames);
        return CallObject(ts, callable, args, kwnames);
    }

    /// <summary>A built-in function's call told to sys.setprofile's function. A built-in
    /// method called on its object (`items.append(x)`) is told as the method bound to it, as
    /// CPython does.</summary>
    static PyObject CallBuiltinProfiled(ThreadState ts, PyObject builtin, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var told = builtin is PyMethodDescriptor md && args.Length > 0 ? md.DescrGet(args[0], args[0].ObType) : Rc.New(builtin);
        try
        {
            Tracing.ProfileBuiltin(ts, told, BuiltinCallEvent.Call);
            PyObject result;
            try { result = CallObject(ts, builtin, args, kwnames); }
            catch (PyRaise)
            {
                Tracing.ProfileBuiltin(ts, told, BuiltinCallEvent.Exception);
                throw;
            }
            Tracing.ProfileBuiltin(ts, told, BuiltinCallEvent.Return);
            return result;
        }
        finally { Rc.Dec(told); }
    }

    public static PyObject CallObject(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (callable is PyFunction fn) return Interpreter.CallFunction(ts, fn, null, args, kwnames);
        if (callable is PyMethodDescriptor md)
        {
            if (args.Length == 0) throw Err.TypeError($"unbound method {md.Owner.Name}.{md.Name}() needs an argument");
            return md.CallBound(args[0], args.Slice(1), kwnames);
        }
        if (callable is PyMethod m && m.Func is PyFunction mf)
            return Interpreter.CallFunction(ts, mf, m.Self, args, kwnames);
        if (callable is PyType t && !t.ObType.IsHeapType) return TypeCalls.Call(t, args, kwnames); // no metaclass __call__
        return callable.Call(args, kwnames);
    }

    /// <summary>f(*args, **kwargs).</summary>
    public static PyObject CallWithTupleAndDict(ThreadState ts, PyObject func, PyTuple args, PyDict kwargs)
    {
        if (kwargs == null || kwargs.Count == 0) return CallObject(ts, func, args.Items, null);
        int n = args.Items.Length;
        var all = new PyObject[n + kwargs.Count];
        Array.Copy(args.Items, all, n);
        var names = PyTuple.New(kwargs.Count);
        int k = 0;
        for (int i = 0; i < kwargs.EntryCount; i++)
        {
            var key = kwargs.Entries[i].Key;
            if (key == null) continue;
            if (key is not PyStr) { Rc.Dec(names); throw Err.TypeError("keywords must be strings"); }
            names.Items[k] = Rc.New(key);
            all[n + k] = kwargs.Entries[i].Value;
            k++;
        }
        try { return CallObject(ts, func, all, names); }
        finally { Rc.Dec(names); }
    }

    /// <summary>Whether e, raised by iterating v, says v is not iterable at all (rather than
    /// an error from inside its iteration).</summary>
    static bool IsNotIterableError(PyRaise e, PyObject v)
        => e.Exc != null && e.Exc.ObType == ErrorTypes.TypeError && v.LengthOrMinusOne() < 0 && !v.ObType.IsHeapType;

    /// <summary>The arguments tuple of f(*v) (a new reference), or CPython's error naming f.</summary>
    static PyTuple StarArgs(PyObject func, PyObject v)
    {
        var items = PyList.New();
        try
        {
            try { items.Extend(v); }
            catch (PyRaise e) when (IsNotIterableError(e, v))
            {
                Rc.Dec(e.TakeException());
                throw Err.TypeError($"{FunctionDisplayName(func)} argument after * must be an iterable, not {v.ObType.Name}");
            }
            return PyTuple.FromSpan(new ReadOnlySpan<PyObject>(items.Items, 0, items.Count));
        }
        finally { Rc.Dec(items); }
    }

    static void MergeMapping(PyDict target, PyObject source, bool rejectDuplicates, PyObject func)
    {
        // A dict, or a dict subclass that keeps dict's iteration, is merged entry by entry,
        // as CPython's dict_merge does: its own keys() or __getitem__ is not called.
        var d = source as PyDict;
        if (d == null && source is PyInstance { BaseValue: PyDict held } && HeapTypes.LookupUserDefined(source.ObType, Dunders.Iter) == null)
            d = held;
        if (d != null)
        {
            if (!rejectDuplicates) { target.Update(d); return; }
            for (int i = 0; i < d.EntryCount; i++)
            {
                var k = d.Entries[i].Key;
                if (k == null) continue;
                if (target.ContainsKey(k))
                    throw Err.TypeError($"{FunctionDisplayName(func)} got multiple values for keyword argument '{Ops.Str(k)}'");
                target.SetItemNew(k, d.Entries[i].Value);
            }
            return;
        }
        var keysMethod = Ops.GetAttrOrNull(source, "keys");
        if (keysMethod == null)
            throw Err.TypeError(func != null ? $"{FunctionDisplayName(func)} argument after ** must be a mapping, not {source.ObType.Name}"
                                             : $"'{source.ObType.Name}' object is not a mapping");
        var keys = Ops.Call(keysMethod);
        Rc.Dec(keysMethod);
        try
        {
            foreach (var k in Ops.ToArray(keys))
            {
                var v = source.GetItem(k);
                target.SetItemNew(k, v);
                Rc.Dec(v);
                Rc.Dec(k);
            }
        }
        finally { Rc.Dec(keys); }
    }

    /// <summary>How CPython names a callable in a call's error message: module.qualname(),
    /// without the module for built-ins.</summary>
    static string FunctionDisplayName(PyObject func)
    {
        string name = func switch
        {
            PyFunction f => Ops.Str(f.QualName),
            PyBuiltinFunction b => b.Name,
            PyType t => t.Name,
            _ => null,
        };
        if (name == null) return "function";
        var module = Ops.GetAttrOrNull(func, "__module__");
        try
        {
            return module is PyStr m && m.Value != "builtins" ? m.Value + "." + name + "()" : name + "()";
        }
        finally { Rc.XDec(module); }
    }

    /// <summary>Unpacks exactly `before` items, or with after >= 0 a starred middle list.</summary>
    static PyObject[] UnpackIterable(PyObject seq, int before, int after)
    {
        PyObject[] items;
        try { items = Ops.ToArray(seq); }
        catch (PyRaise e) when (e.Exc != null && e.Exc.ObType == ErrorTypes.TypeError && seq.ObType.Lookup("__iter__") == null && seq is not PyStr && seq is not PyList && seq is not PyTuple && seq.LengthOrMinusOne() < 0)
        {
            Rc.Dec(e.TakeException());
            throw Err.TypeError($"cannot unpack non-iterable {seq.ObType.Name} object");
        }
        if (after < 0)
        {
            if (items.Length == before) return items;
            foreach (var o in items) Rc.Dec(o);
            if (items.Length > before) throw Err.ValueError($"too many values to unpack (expected {before})");
            throw Err.ValueError($"not enough values to unpack (expected {before}, got {items.Length})");
        }
        if (items.Length < before + after)
        {
            foreach (var o in items) Rc.Dec(o);
            throw Err.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        }
        var result = new PyObject[before + 1 + after];
        for (int i = 0; i < before; i++) result[i] = items[i];
        int middle = items.Length - before - after;
        var list = PyList.New(middle);
        for (int i = 0; i < middle; i++) list.Items[i] = items[before + i];
        list.Count = middle;
        result[before] = list;
        for (int i = 0; i < after; i++) result[before + 1 + i] = items[before + middle + i];
        return result;
    }

    public static bool ExceptionMatches(PyObject exc, PyObject cls)
    {
        if (cls is PyTuple t)
        {
            foreach (var c in t.Items) if (ExceptionMatches(exc, c)) return true;
            return false;
        }
        if (cls is not PyType type || !type.IsExceptionType)
            throw Err.TypeError("catching classes that do not inherit from BaseException is not allowed");
        return exc.ObType.IsSubtypeOf(type);
    }

    /// <summary>RAISE_VARARGS: raise, raise exc, raise exc from cause. Returns the exception
    /// to raise (owned); the loop unwinds to a handler without a .NET throw. The operands
    /// (argc of them, the exception below the cause) stay on the stack: the loop pops them
    /// once this has succeeded, and the unwinder releases them if it raises.</summary>
    static PyException DoRaise(ThreadState ts, PyObject[] s, int sp, int argc)
    {
        if (argc == 0)
        {
            var current = ts.TopmostHandledExc;
            if (current == null) throw Err.RuntimeError("No active exception to reraise");
            return Rc.New(current);
        }
        var exc = MakeException(s[sp - argc], "exceptions must derive from BaseException");
        if (argc == 2)
        {
            var cause = s[sp - 1];
            if (cause is PyNone) Rc.Clear(ref exc.Cause);
            else
            {
                PyException causeExc;
                try { causeExc = MakeException(cause, "exception causes must derive from BaseException"); }
                catch { Rc.Dec(exc); throw; }
                Rc.Set(ref exc.Cause, causeExc);
            }
            exc.SuppressContext = true;
        }
        return exc;
    }

    /// <summary>An exception instance from `raise X` (or its `from Y`): an instance as is, a
    /// class called with no arguments; anything else is a TypeError with notAnException.</summary>
    static PyException MakeException(PyObject o, string notAnException)
    {
        if (o is PyException e) return Rc.New(e);
        if (o is PyType t && t.IsExceptionType)
        {
            var inst = TypeCalls.Call(t, ReadOnlySpan<PyObject>.Empty, null);
            if (inst is PyException ie) return ie;
            Rc.Dec(inst);
        }
        throw Err.TypeError(notAnException);
    }

    /// <summary>Sets __context__ to the exception being handled, as CPython does on raise.</summary>
    static void SetContext(ThreadState ts, PyException exc)
    {
        var handled = ts.TopmostHandledExc;
        if (handled == null || handled == exc || exc.Context != null) return;
        // Avoid a cycle: cut the chain where it would lead back to exc.
        for (var c = handled; c != null; c = c.Context)
            if (c.Context == exc) { Rc.Clear(ref c.Context); break; }
        exc.Context = Rc.New(handled);
    }

    /// <summary>Turns anything thrown in the loop into a Python exception (owned).</summary>
    public static PyException ToPyException(Exception ex)
    {
        switch (ex)
        {
            case PyRaise r:
                return r.TakeException() ?? PyException.WithMessage(ErrorTypes.SystemError, "exception already taken");
            case InsufficientExecutionStackException:
                return PyException.WithMessage(ErrorTypes.RecursionError, "maximum recursion depth exceeded");
            case Syntax.SyntaxErrorException se:
                return SyntaxErrors.ToException(se);
            case OutOfMemoryException:
                return PyException.WithMessage(ErrorTypes.MemoryError, "");
            case IOException io when OsErrorMethods.ErrnoOf(io) != 0:
                // A system call that failed under a host stream (a write to a full disk).
                return OsErrorMethods.FromErrno(OsErrorMethods.ErrnoOf(io));
            case TornContainerException:
                return RaceDamage.ToSystemError(ex);
            case var _ when Heap.ToleratesCorruption && RaceDamage.IsTearFault(ex):
                // With the GIL off a host fault is what a torn list or dict provokes.
                return RaceDamage.ToSystemError(ex);
            default:
                return PyException.WithMessage(ErrorTypes.SystemError,
                    Environment.GetEnvironmentVariable("MINIPY_DEBUG") == "1" ? ex.ToString() : InternalErrorMessage(ex));
        }
    }

    /// <summary>A fault of MiniPy's own, in words rather than the host's exception name
    /// (MINIPY_DEBUG=1 shows the host's full report).</summary>
    public static string InternalErrorMessage(Exception ex)
    {
        string what = ex switch
        {
            IndexOutOfRangeException or ArgumentOutOfRangeException => "an index outside an internal array",
            NullReferenceException => "a missing internal object",
            InvalidCastException => "an internal object of an unexpected type",
            StackOverflowException => "the host stack overflowing",
            _ => "an unexpected fault",
        };
        return $"internal error: MiniPy met {what} (run with MINIPY_DEBUG=1 for details)";
    }

    static void ImportStar(PyObject module, PyDict ns)
    {
        var dict = module is PyModule m ? m.Dict : module.InstanceDict;
        if (dict == null) return;
        var all = dict.GetItemBorrowed("__all__");
        if (all != null)
        {
            foreach (var name in Ops.ToArray(all))
            {
                var v = module.GetAttr((PyStr)name);
                ns.SetItemNew(name, v);
                Rc.Dec(v);
                Rc.Dec(name);
            }
            return;
        }
        for (int i = 0; i < dict.EntryCount; i++)
        {
            // Names starting with '.' are the compiler's own (a match statement's subject).
            if (dict.Entries[i].Key is PyStr k && !k.Value.StartsWith('_') && !k.Value.StartsWith('.'))
                ns.SetItemNew(k, dict.Entries[i].Value);
        }
    }
}
