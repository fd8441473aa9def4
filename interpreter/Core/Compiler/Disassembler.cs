// The disassembler: prints a code object in the layout of CPython 3.11's dis module — line
// numbers, jump targets marked >>, offsets, opcode names and operands with their meaning —
// reading names and operand kinds from the opcode table. The instructions are MiniPy's own
// (its table differs from CPython's: no inline caches, no PRECALL, absolute jump targets),
// so the listing is laid out as CPython's but tells what MiniPy really runs.
using System.Text;
using MiniPy.Runtime;

namespace MiniPy.Compiler;

public static class Disassembler
{
    public static string Disassemble(CodeObject code, bool recursive = true)
    {
        var sb = new StringBuilder();
        Write(code, sb, recursive);
        return sb.ToString();
    }

    /// <summary>The columns of CPython 3.11's dis: a line number (three wide, wider past
    /// line 999), the current-instruction marker (unused here), ">>" on jump targets, the
    /// offset (four wide), the name padded to 20, the argument right-aligned in 5, and its
    /// meaning in parentheses; fields joined by one space, trailing blanks trimmed; a blank
    /// line before each new source line but the first.</summary>
    static void Write(CodeObject code, StringBuilder sb, bool recursive)
    {
        var targets = new HashSet<int>();
        int maxLine = 0;
        for (int pc = 0; pc < code.Instructions.Length; pc++)
        {
            int instr = code.Instructions[pc];
            if (OpCodes.Info(OpCodes.OpOf(instr)).Operand == OperandKind.Jump) targets.Add(OpCodes.ArgOf(instr));
            maxLine = Math.Max(maxLine, code.Lines[pc]);
        }
        int lineWidth = maxLine >= 1000 ? maxLine.ToString().Length : 3;
        int maxOffset = (code.Instructions.Length - 1) * 2;
        int offsetWidth = maxOffset >= 10000 ? maxOffset.ToString().Length : 4;
        int lastLine = -1;
        var line = new StringBuilder();
        for (int pc = 0; pc < code.Instructions.Length; pc++)
        {
            var (name, arg, meaning) = Instruction(code, pc);
            int lineNo = code.Lines[pc];
            line.Clear();
            if (lineNo != lastLine)
            {
                if (pc > 0) sb.Append('\n');
                line.Append(lineNo.ToString().PadLeft(lineWidth));
                lastLine = lineNo;
            }
            else line.Append(' ', lineWidth);
            line.Append("     ").Append(targets.Contains(pc) ? ">>" : "  ");
            line.Append(' ').Append((pc * 2).ToString().PadLeft(offsetWidth));
            line.Append(' ').Append(name.PadRight(OpNameWidth));
            if (arg != null)
            {
                line.Append(' ').Append(arg.Value.ToString().PadLeft(OpArgWidth));
                if (meaning != null) line.Append(" (").Append(meaning).Append(')');
            }
            sb.Append(line.ToString().TrimEnd()).Append('\n');
        }
        if (!recursive) return;
        foreach (var c in code.Consts)
        {
            if (c is CodeObject inner)
            {
                sb.Append("\nDisassembly of ").Append(inner.Repr()).Append(":\n");
                Write(inner, sb, true);
            }
        }
    }

    const int OpNameWidth = 20, OpArgWidth = 5;

    /// <summary>One instruction as dis shows it: its name, its argument as CPython numbers it
    /// (null for instructions without one) and what the argument means (or null).</summary>
    public static (string name, int? arg, string meaning) Instruction(CodeObject code, int pc)
    {
        int instr = code.Instructions[pc];
        var info = OpCodes.Info(OpCodes.OpOf(instr));
        int arg = OpCodes.ArgOf(instr);
        string name = info.Op.ToString();
        switch (info.Operand)
        {
            case OperandKind.None:
                return (name, null, null);
            case OperandKind.BinaryOp when arg < cpythonBinaryNumbers.Length:
                // CPython 3.11 numbers the operators in alphabetical order of their NB_ names,
                // and in-place forms 13 higher; MiniPy's own order is kept inside the VM.
                bool inPlace = info.Op == Op.INPLACE_OP;
                return (name, cpythonBinaryNumbers[arg] + (inPlace ? 13 : 0), binaryNames[arg] + (inPlace ? "=" : ""));
            default:
                return (name, arg, Describe(code, info.Operand, arg));
        }
    }

    /// <summary>CPython's BINARY_OP argument for each BinaryOpKind (NB_ADD 0, NB_AND 1, ...).</summary>
    static readonly int[] cpythonBinaryNumbers = { 0, 10, 5, 4, 11, 2, 6, 8, 3, 9, 7, 12, 1 };

    static readonly string[] compareNames = { "<", "<=", "==", "!=", ">", ">=" };
    static readonly string[] binaryNames = { "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&" };

    static readonly string[] conversionNames = { "", "str", "repr", "ascii" };

    /// <summary>FORMAT_VALUE's flags as CPython's dis shows them: "repr", "str, with format".</summary>
    static string FormatConversion(int flags)
    {
        var text = conversionNames[flags & 3];
        if ((flags & OpCodes.FmtHasSpec) != 0) text += text.Length > 0 ? ", with format" : "with format";
        return text.Length > 0 ? text : null;
    }

    /// <summary>What an instruction's argument means ("counter", "to 24", "+"), or null.</summary>
    public static string Describe(CodeObject code, OperandKind kind, int arg) => kind switch
    {
        OperandKind.Const => arg < code.Consts.Length ? Ops.Repr(code.Consts[arg]) : null,
        OperandKind.Name => arg < code.Names.Length ? code.Names[arg].Value : null,
        OperandKind.Local => arg < code.VarNames.Length ? code.VarNames[arg] : null,
        OperandKind.Cell => arg < code.CellVars.Length ? code.CellVars[arg]
                          : arg - code.CellVars.Length < code.FreeVars.Length ? code.FreeVars[arg - code.CellVars.Length] : null,
        OperandKind.Jump => "to " + arg * 2,
        OperandKind.Compare => arg < compareNames.Length ? compareNames[arg] : null,
        OperandKind.BinaryOp => arg < binaryNames.Length ? binaryNames[arg] : null,
        OperandKind.UnaryOp => ((UnaryOpKind)arg).ToString().ToLowerInvariant(),
        OperandKind.Format => FormatConversion(arg),
        _ => null,
    };
}
