// CALL_INTRINSIC: what the statements rewritten after parsing ask of the runtime — the
// match statement's view of its subject (Runtime/PatternMatching.cs), the asynchronous
// context manager and iterator protocols of `async with` and `async for` (looked up on the
// type, with CPython's TypeErrors), the steps of `except*`, and the built-in objects those
// rewrites use, which a program's own names (a parameter called `type`, say) must not hide.
using MiniPy.Runtime;
using MiniPy.Syntax;

namespace MiniPy.VM;

public static class Intrinsics
{
    /// <summary>The intrinsic's result (a new reference); args are borrowed.</summary>
    public static PyObject Call(IntrinsicKind kind, ReadOnlySpan<PyObject> args)
    {
        switch (kind)
        {
            case IntrinsicKind.MatchSequence:
                return OrNone(PatternMatching.Sequence(args[0], (int)ArgParser.Int(args[1], "before"), (int)ArgParser.Int(args[2], "after"), Ops.IsTrue(args[3])));
            case IntrinsicKind.MatchMapping:
                return OrNone(PatternMatching.Mapping(args[0], (PyTuple)args[1], Ops.IsTrue(args[2])));
            case IntrinsicKind.MatchClass:
                return OrNone(PatternMatching.Class(args[0], args[1], (int)ArgParser.Int(args[2], "positional"), (PyTuple)args[3]));
            case IntrinsicKind.AsyncEnter:
                return CallSpecial(args[0], "__aenter__", AsyncContextError);
            case IntrinsicKind.AsyncExit:
            {
                var exit = args[0].ObType.Lookup("__aexit__") ?? throw AsyncContextError(args[0]);
                return Rc.New(exit);
            }
            case IntrinsicKind.AsyncIter:
            {
                var iterator = CallSpecial(args[0], "__aiter__",
                    o => Err.TypeError($"'async for' requires an object with __aiter__ method, got {o.ObType.Name}"));
                if (iterator.ObType.Lookup("__anext__") != null) return iterator;
                var name = iterator.ObType.Name;
                Rc.Dec(iterator);
                throw Err.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {name}");
            }
            case IntrinsicKind.AsyncNext:
                return CallSpecial(args[0], "__anext__",
                    o => Err.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {o.ObType.Name}"));
            case IntrinsicKind.TypeOf:
                return Rc.New(args[0].ObType);
            case IntrinsicKind.BaseExceptionType:
                return Rc.New(ErrorTypes.BaseException);
            case IntrinsicKind.StopAsyncIterationType:
                return Rc.New(ErrorTypes.StopAsyncIteration);
            case IntrinsicKind.AsyncGenWrap:
                return AsyncGeneratorValue.Wrap(args[0]);
            case IntrinsicKind.ExcStarBegin:
                return CallExceptionGroups("_star_begin", args);
            case IntrinsicKind.ExcStarMatch:
                return CallExceptionGroups("_star_match", args);
            case IntrinsicKind.ExcStarRaised:
                return CallExceptionGroups("_star_raised", args);
            case IntrinsicKind.ExcStarFinish:
                return CallExceptionGroups("_star_finish", args);
            default:
                throw Err.New(ErrorTypes.SystemError, $"unknown intrinsic {kind}");
        }
    }

    /// <summary>except*'s steps, written in Python beside the exception group types
    /// (Lib/_exceptiongroup.py).</summary>
    static PyObject CallExceptionGroups(string function, ReadOnlySpan<PyObject> args)
    {
        var module = LazyBuiltins.ExceptionGroups(ThreadState.Current);
        var fn = module.GetAttr(PyStr.Intern(function));
        try { return Ops.Call(fn, args); } finally { Rc.Dec(fn); }
    }

    static PyObject OrNone(PyList parts) => (PyObject)parts ?? Rc.New(PyNone.Instance);

    static PyRaise AsyncContextError(PyObject o)
        => Err.TypeError($"'{o.ObType.Name}' object does not support the asynchronous context manager protocol");

    /// <summary>type(o).method(o), or the error when the type has no such method.</summary>
    static PyObject CallSpecial(PyObject o, string method, Func<PyObject, PyRaise> missing)
    {
        if (o.ObType.Lookup(method) == null) throw missing(o);
        return Ops.CallMethod(o, method);
    }
}
