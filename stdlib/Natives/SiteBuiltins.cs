// The builtins CPython's site module adds for people at a prompt: exit and quit (calling
// either raises SystemExit; their repr says how to leave) and help, which here prints a
// page about MiniPy's own options rather than pydoc.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

/// <summary>exit and quit (_sitebuiltins.Quitter).</summary>
public sealed class Quitter : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("Quitter", "_sitebuiltins", _ => { });
    readonly string name;

    Quitter(string name)
    {
        this.name = name;
        ObType = Type;
        IsStatic = true; // lives as long as the builtins, like the singletons
    }

    public static Quitter New(string name) => new(name);

    public override string Repr() => $"Use {name}() or Ctrl-D (i.e. EOF) to exit";
    public override bool IsCallable => true;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        ArgParser.Positional(name, args, kwnames, 0, 1);
        throw new PyRaise(PyException.New(ErrorTypes.SystemExit, args.Length == 1 ? args.Slice(0, 1) : ReadOnlySpan<PyObject>.Empty));
    }
}

/// <summary>help(): a short page about MiniPy; help(obj) prints the object's docstring.</summary>
public static class Help
{
    public const string Page =
@"Welcome to MiniPy, a Python 3.11 subset whose objects are reference counted and whose
threads share a real global interpreter lock (GIL).

Try, from the shell:
  ./minipy scripts/square.mpy --threads 10        CPU-bound threads under the GIL
  ./minipy --gil off scripts/refcount_race.mpy    counts racing without the lock
  ./minipy --free-threaded scripts/square.mpy     no GIL, atomic counts, per-object locks
  ./minipy --gil-timeline gil.svg PROGRAM         a picture of who held the GIL when
  ./minipy --trace --trace-only NAME PROGRAM      every instruction of one function
  ./minipy -m dis PROGRAM                         the bytecode
  ./minipy --help                                 every option

At this prompt: import sys; sys.getrefcount(x) shows a count; exit() or Ctrl-D leaves.";

    public static PyObject Call(Interpreter interp, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("help", args, kw, 0, 1);
        string text = Page;
        if (args.Length == 1)
        {
            var doc = Ops.GetAttrOrNull(args[0], "__doc__");
            text = doc is PyStr s ? s.Value : $"No documentation for {Ops.Repr(args[0])}";
            Rc.XDec(doc);
        }
        var line = PyStr.New(text);
        try { Rc.Dec(Ops.Call(interp.Builtins.GetItemBorrowed("print"), line)); }
        finally { Rc.Dec(line); }
        return Rc.New(PyNone.Instance);
    }
}
