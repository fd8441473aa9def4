// dis: disassembles functions, code objects and source text, as CPython's dis.dis does.
using MiniPy.Compiler;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class DisModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("dis");
        m.AddFunction("dis", (a, k) =>
        {
            ArgParser.Positional("dis", a, k, 1, 1);
            CodeObject code = a[0] switch
            {
                PyFunction f => Rc.New(f.Code),
                PyMethod { Func: PyFunction mf } => Rc.New(mf.Code),
                CodeObject c => Rc.New(c),
                PyStr s => Compiler.Compiler.CompileSource(s.Value, "<dis>"),
                _ => throw Err.TypeError($"don't know how to disassemble {a[0].ObType.Name} objects"),
            };
            try { interp.Stdout.Write(Disassembler.Disassemble(code)); }
            finally { Rc.Dec(code); }
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("code_text", (a, k) =>
        {
            ArgParser.Positional("code_text", a, k, 1, 1);
            if (a[0] is not PyFunction f) throw Err.TypeError("code_text() expects a function");
            return PyStr.New(Disassembler.Disassemble(f.Code));
        });
        return m;
    }
}
