// The built-in exception hierarchy, as in CPython's Objects/exceptions.c.
namespace MiniPy.Runtime;

public static class ErrorTypes
{
    public static PyType BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
        StopIteration, StopAsyncIteration, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
        AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError,
        LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
        FileNotFoundError, FileExistsError, PermissionError, TimeoutError, ConnectionError,
        ConnectionRefusedError, ConnectionResetError, ConnectionAbortedError, BlockingIOError,
        BrokenPipeError, ProcessLookupError, InterruptedError, ChildProcessError,
        IsADirectoryError, NotADirectoryError, ReferenceError, RuntimeError, NotImplementedError,
        RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError,
        ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning,
        UserWarning, DeprecationWarning, RuntimeWarning, PendingDeprecationWarning, SyntaxWarning,
        FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning;

    /// <summary>Every built-in exception type, for the builtins module.</summary>
    public static readonly List<PyType> All = new();

    static PyType Make(string name, PyType baseType)
    {
        var t = PyType.NewStatic(name, baseType, baseType == null ? PyException.Construct : null);
        t.IsExceptionType = true;
        t.InstancesHaveDict = true;
        All.Add(t);
        return t;
    }

    internal static void Init()
    {
        BaseException = Make("BaseException", null);
        // BaseException derives from object; NewStatic left it without a base so that the
        // constructor could be set first.
        BaseException.Base = PyType.ObjectType;
        BaseException.Mro = new[] { BaseException, PyType.ObjectType };
        SystemExit = Make("SystemExit", BaseException);
        KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
        GeneratorExit = Make("GeneratorExit", BaseException);
        Exception = Make("Exception", BaseException);
        StopIteration = Make("StopIteration", Exception);
        StopAsyncIteration = Make("StopAsyncIteration", Exception);
        ArithmeticError = Make("ArithmeticError", Exception);
        ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
        OverflowError = Make("OverflowError", ArithmeticError);
        FloatingPointError = Make("FloatingPointError", ArithmeticError);
        AssertionError = Make("AssertionError", Exception);
        AttributeError = Make("AttributeError", Exception);
        BufferError = Make("BufferError", Exception);
        EOFError = Make("EOFError", Exception);
        ImportError = Make("ImportError", Exception);
        ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
        LookupError = Make("LookupError", Exception);
        IndexError = Make("IndexError", LookupError);
        KeyError = Make("KeyError", LookupError);
        MemoryError = Make("MemoryError", Exception);
        NameError = Make("NameError", Exception);
        UnboundLocalError = Make("UnboundLocalError", NameError);
        OSError = Make("OSError", Exception);
        OSError.Constructor = OsErrorMethods.Construct; // inherited by the subclasses below
        FileNotFoundError = Make("FileNotFoundError", OSError);
        FileExistsError = Make("FileExistsError", OSError);
        PermissionError = Make("PermissionError", OSError);
        TimeoutError = Make("TimeoutError", OSError);
        ConnectionError = Make("ConnectionError", OSError);
        BrokenPipeError = Make("BrokenPipeError", ConnectionError);
        ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = Make("ConnectionResetError", ConnectionError);
        ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
        BlockingIOError = Make("BlockingIOError", OSError);
        ProcessLookupError = Make("ProcessLookupError", OSError);
        InterruptedError = Make("InterruptedError", OSError);
        ChildProcessError = Make("ChildProcessError", OSError);
        IsADirectoryError = Make("IsADirectoryError", OSError);
        NotADirectoryError = Make("NotADirectoryError", OSError);
        ReferenceError = Make("ReferenceError", Exception);
        RuntimeError = Make("RuntimeError", Exception);
        NotImplementedError = Make("NotImplementedError", RuntimeError);
        RecursionError = Make("RecursionError", RuntimeError);
        SyntaxError = Make("SyntaxError", Exception);
        IndentationError = Make("IndentationError", SyntaxError);
        TabError = Make("TabError", IndentationError);
        SystemError = Make("SystemError", Exception);
        TypeError = Make("TypeError", Exception);
        ValueError = Make("ValueError", Exception);
        UnicodeError = Make("UnicodeError", ValueError);
        UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
        Warning = Make("Warning", Exception);
        UserWarning = Make("UserWarning", Warning);
        DeprecationWarning = Make("DeprecationWarning", Warning);
        RuntimeWarning = Make("RuntimeWarning", Warning);
        PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
        SyntaxWarning = Make("SyntaxWarning", Warning);
        FutureWarning = Make("FutureWarning", Warning);
        ImportWarning = Make("ImportWarning", Warning);
        UnicodeWarning = Make("UnicodeWarning", Warning);
        BytesWarning = Make("BytesWarning", Warning);
        ResourceWarning = Make("ResourceWarning", Warning);
        EncodingWarning = Make("EncodingWarning", Warning);
    }
}

/// <summary>Shorthands for raising: `throw Err.TypeError("...")`.</summary>
public static class Err
{
    public static PyRaise New(PyType type, string message) => new(PyException.WithMessage(type, message));
    public static PyRaise TypeError(string m) => New(ErrorTypes.TypeError, m);
    public static PyRaise ValueError(string m) => New(ErrorTypes.ValueError, m);
    public static PyRaise IndexError(string m) => New(ErrorTypes.IndexError, m);
    public static PyRaise AttributeError(string m) => New(ErrorTypes.AttributeError, m);
    public static PyRaise NameError(string m) => New(ErrorTypes.NameError, m);
    public static PyRaise ZeroDivision(string m) => New(ErrorTypes.ZeroDivisionError, m);
    public static PyRaise RuntimeError(string m) => New(ErrorTypes.RuntimeError, m);
    public static PyRaise OverflowError(string m) => New(ErrorTypes.OverflowError, m);

    public static PyRaise KeyError(PyObject key) => new(PyException.New(ErrorTypes.KeyError, new[] { key }));

    public static PyRaise StopIteration(PyObject value)
        => new(value == null ? PyException.New(ErrorTypes.StopIteration, ReadOnlySpan<PyObject>.Empty)
                             : PyException.New(ErrorTypes.StopIteration, new[] { value }));

    /// <summary>AttributeError for a missing attribute, with its name and obj set (what the
    /// "Did you mean" hint looks through).</summary>
    public static PyRaise AttributeMissing(PyObject o, PyStr name)
    {
        var raise = o is PyType t
            ? AttributeError($"type object '{t.MessageName}' has no attribute '{name.Value}'")
            : o is PyModule m
                ? AttributeError($"module '{m.Name}' has no attribute '{name.Value}'")
                : AttributeError($"'{o.ObType.MessageName}' object has no attribute '{name.Value}'");
        var d = raise.Exc.EnsureInstanceDict();
        d.SetItemNew("name", name);
        d.SetItemNew("obj", o);
        return raise;
    }

    /// <summary>NameError for a name not defined, with its name set.</summary>
    public static PyRaise NotDefined(PyStr name)
    {
        var raise = NameError($"name '{name.Value}' is not defined");
        raise.Exc.EnsureInstanceDict().SetItemNew("name", name);
        return raise;
    }
}
