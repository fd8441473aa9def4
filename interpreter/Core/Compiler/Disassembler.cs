// The disassembler: prints a code object in the layout of CPython's dis module — line
// numbers, jump targets marked >>, offsets, opcode names and operands with their meaning —
// reading names and operand kinds from the opcode table.
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

    static void Write(CodeObject code, StringBuilder sb, bool recursive)
    {
        var targets = new HashSet<int>();
        foreach (var instr in code.Instructions)
            if (OpCodes.Info(OpCodes.OpOf(instr)).Operand == OperandKind.Jump) targets.Add(OpCodes.ArgOf(instr));
        int lastLine = -1;
        for (int pc = 0; pc < code.Instructions.Length; pc++)
        {
            int instr = code.Instructions[pc];
            var info = OpCodes.Info(OpCodes.OpOf(instr));
            int arg = OpCodes.ArgOf(instr);
            int line = code.Lines[pc];
            if (line != lastLine)
            {
                if (pc > 0) sb.Append('\n');
                sb.Append(line.ToString().PadLeft(4));
                lastLine = line;
            }
            else sb.Append("    ");
            sb.Append(targets.Contains(pc) ? "     >> " : "        ");
            sb.Append((pc * 2).ToString().PadLeft(4)).Append(' ');
            if (info.Operand == OperandKind.None)
            {
                sb.Append(info.Op.ToString()).Append('\n');
                continue;
            }
            sb.Append(info.Op.ToString().PadRight(24)).Append(' ');
            sb.Append(arg.ToString().PadLeft(4));
            var meaning = Describe(code, info.Operand, arg);
            if (meaning != null) sb.Append(" (").Append(meaning).Append(')');
            sb.Append('\n');
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

    static readonly string[] compareNames = { "<", "<=", "==", "!=", ">", ">=" };
    static readonly string[] binaryNames = { "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&" };

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
        _ => null,
    };
}
