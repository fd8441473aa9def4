// _dis: the native half of dis (stdlib/Lib/dis.py): finds the code object behind a
// function, method, code object or source string, and turns a code object into the
// disassembler's text or into rows for dis.Instruction.
using MiniPy.Compiler;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class DisModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_dis");
        m.AddFunction("code_of", (a, k) =>
        {
            ArgParser.Positional("code_of", a, k, 1, 1);
            return CodeOf(a[0]);
        });
        m.AddFunction("text", (a, k) =>
        {
            ArgParser.Positional("text", a, k, 1, 2);
            if (a[0] is not CodeObject code) throw Err.TypeError("text() expects a code object");
            bool recursive = a.Length < 2 || Ops.IsTrue(a[1]);
            return PyStr.New(Disassembler.Disassemble(code, recursive));
        });
        m.AddFunction("instructions", (a, k) =>
        {
            ArgParser.Positional("instructions", a, k, 1, 1);
            if (a[0] is not CodeObject code) throw Err.TypeError("instructions() expects a code object");
            return Instructions(code);
        });
        m.AddFunction("compile", (a, k) =>
        {
            ArgParser.Positional("compile", a, k, 2, 2);
            if (a[0] is not PyStr source || a[1] is not PyStr name) throw Err.TypeError("compile() expects source text and a file name");
            return Compiler.Compiler.CompileSource(source.Value, name.Value);
        });
        m.AddFunction("opnames", (a, k) =>
        {
            ArgParser.Positional("opnames", a, k, 0, 0);
            var names = PyList.New(0);
            foreach (var info in OpCodes.Table) names.AppendSteal(PyStr.New(info.Op.ToString()));
            return names;
        });
        return m;
    }

    /// <summary>A new reference to the code object dis should show for x, as dis does:
    /// a bound method's function, a function's code, a code object, or source compiled.</summary>
    static PyObject CodeOf(PyObject x) => x switch
    {
        PyFunction f => Rc.New(f.Code),
        PyMethod { Func: PyFunction mf } => Rc.New(mf.Code),
        CodeObject c => Rc.New(c),
        PyStr s => Compiler.Compiler.CompileSource(s.Value, "<dis>"),
        _ => throw Err.TypeError($"don't know how to disassemble {x.ObType.Name} objects"),
    };

    /// <summary>One tuple per instruction: (opname, opcode, arg, argval, argrepr, offset,
    /// starts_line, is_jump_target), the fields of CPython's dis.Instruction.</summary>
    static PyObject Instructions(CodeObject code)
    {
        var targets = new HashSet<int>();
        foreach (var instr in code.Instructions)
            if (OpCodes.Info(OpCodes.OpOf(instr)).Operand == OperandKind.Jump) targets.Add(OpCodes.ArgOf(instr));
        var rows = PyList.New(0);
        int lastLine = -1;
        for (int pc = 0; pc < code.Instructions.Length; pc++)
        {
            int instr = code.Instructions[pc];
            var kind = OpCodes.Info(OpCodes.OpOf(instr)).Operand;
            int raw = OpCodes.ArgOf(instr);
            var (name, arg, meaning) = Disassembler.Instruction(code, pc);
            PyObject argval = kind switch
            {
                OperandKind.None => Rc.New(PyNone.Instance),
                OperandKind.Const when raw < code.Consts.Length => Rc.New(code.Consts[raw]),
                OperandKind.Jump => PyInt.New(raw * 2),
                OperandKind.Name or OperandKind.Local or OperandKind.Cell or OperandKind.Compare when meaning != null => PyStr.New(meaning),
                _ => PyInt.New(arg ?? 0),
            };
            int line = code.Lines[pc];
            PyObject startsLine = line != lastLine ? PyInt.New(line) : Rc.New(PyNone.Instance);
            lastLine = line;
            var row = PyTuple.New(8);
            row.SetItemSteal(0, PyStr.New(name));
            row.SetItemSteal(1, PyInt.New((int)OpCodes.OpOf(instr)));
            row.SetItemSteal(2, arg is int n ? PyInt.New(n) : Rc.New(PyNone.Instance));
            row.SetItemSteal(3, argval);
            row.SetItemSteal(4, PyStr.New(meaning ?? ""));
            row.SetItemSteal(5, PyInt.New(pc * 2));
            row.SetItemSteal(6, startsLine);
            row.SetItemSteal(7, Rc.New(targets.Contains(pc) ? PyBool.True : PyBool.False));
            rows.AppendSteal(row);
        }
        return rows;
    }
}
