// exec, eval and compile: running source text made while the program runs. The text is
// compiled as a module ("exec"), an expression ("eval") or an interactive statement
// ("single") and run in a frame whose globals and namespace are the dicts the caller gives
// (by default its own), as CPython does.
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class DynamicCode
{
    static readonly string[] CompileParameters = { "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version" };

    /// <summary>compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a
    /// code object (the future-feature flags, dont_inherit and optimize have no effect).</summary>
    public static PyObject Compile(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var p = ArgParser.Parse("compile", args, kwnames, CompileParameters, 3);
        var fileName = ArgParser.Str(p[1], "compile", 2);
        var mode = ArgParser.Str(p[2], "compile", 3);
        const long OnlyAst = 0x400; // ast.PyCF_ONLY_AST
        if (p[3] != null && (ArgParser.Int(p[3], "flags") & OnlyAst) != 0)
            throw Err.New(ErrorTypes.NotImplementedError, "compile() cannot return an abstract syntax tree: MiniPy has no ast module");
        var code = mode switch
        {
            "exec" => Compiler.Compiler.CompileSource(SourceOf(p[0], "compile"), fileName),
            "eval" => Compiler.Compiler.CompileExpression(SourceOf(p[0], "compile"), fileName),
            "single" => Compiler.Compiler.CompileInteractive(SourceOf(p[0], "compile"), fileName),
            _ => throw Err.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        return Warned(code);
    }

    /// <summary>Code just compiled from text, its SyntaxWarnings issued (as CPython's compiler
    /// issues them); a new reference, released if a warning turned error raises.</summary>
    static CodeObject Warned(CodeObject code)
    {
        try { ThreadState.Current?.Interp.IssueCompileWarnings(code); }
        catch { Rc.Dec(code); throw; }
        return code;
    }

    /// <summary>exec(source, globals=None, locals=None): runs statements; returns None.</summary>
    public static PyObject Exec(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        ArgParser.Positional("exec", args, kwnames, 1, 3);
        var code = args[0] as CodeObject ?? Warned(Compiler.Compiler.CompileSource(SourceOf(args[0], "exec"), "<string>"));
        try { Rc.Dec(Run(code, args, "exec")); }
        finally { if (code != args[0]) Rc.Dec(code); }
        return Rc.New(PyNone.Instance);
    }

    /// <summary>eval(expression, globals=None, locals=None): the expression's value.</summary>
    public static PyObject Eval(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        ArgParser.Positional("eval", args, kwnames, 1, 3);
        var code = args[0] as CodeObject ?? Warned(Compiler.Compiler.CompileExpression(SourceOf(args[0], "eval"), "<string>"));
        try { return Run(code, args, "eval"); }
        finally { if (code != args[0]) Rc.Dec(code); }
    }

    static string SourceOf(PyObject source, string function) => source switch
    {
        PyStr s => s.Value,
        PyBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
        _ => throw Err.TypeError($"{function}() arg 1 must be a string, bytes or code object"),
    };

    static PyObject Run(CodeObject code, ReadOnlySpan<PyObject> args, string function)
    {
        var ts = ThreadState.Current;
        var caller = ts.CurrentFrame;
        PyDict globals;
        if (args.Length > 1 && args[1] is not PyNone)
            globals = args[1] as PyDict ?? throw Err.TypeError($"{function}() globals must be a dict, not {args[1].ObType.Name}");
        else globals = caller.Globals;
        PyObject locals = args.Length > 2 && args[2] is not PyNone ? args[2] : null;
        if (locals != null && locals is not PyDict) throw Err.TypeError("MiniPy supports only a dict as locals");
        // As CPython: globals without __builtins__ get the builtins module's.
        if (globals.GetItemBorrowed("__builtins__") == null) globals.SetItemNew("__builtins__", ts.Interp.BuiltinsModule);
        PyDict ns;
        PyObject callerLocals = null;
        if (locals != null) ns = (PyDict)locals;
        else if (args.Length > 1 && args[1] is not PyNone) ns = globals;
        else
        {
            // No dicts given: the caller's namespace (a snapshot of a function's locals).
            callerLocals = caller.Namespace != null ? Rc.New(caller.Namespace) : BuiltinFunctions.LocalsOf(caller);
            ns = (PyDict)callerLocals;
        }
        try
        {
            var frame = ts.Frames.Rent(code);
            frame.Globals = globals;
            frame.Builtins = ts.Interp.Builtins;
            frame.Namespace = Rc.New(ns);
            ts.Depth++;
            try { return VM.Eval.Run(ts, frame); }
            finally
            {
                ts.Depth--;
                ts.Frames.Return(frame);
            }
        }
        finally { Rc.XDec(callerLocals); }
    }
}
