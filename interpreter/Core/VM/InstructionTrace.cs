// --trace: every instruction as it runs, with the Python thread, function, line, opcode,
// argument and the top of the value stack; --trace-only NAME narrows it (and --trace-refs)
// to functions of that name. Two GIL-off threads racing on one object then read like a
// story:
//   [Thread-1 (bump)] bump:7  LOAD_GLOBAL 0 (counter)   top: -
//   [Thread-2 (bump)] bump:7  LOAD_GLOBAL 0 (counter)   top: -
//   [Thread-1 (bump)] bump:7  BINARY_OP 13 (+=)          top: 1
// Off by default: Enabled is static readonly, so the eval loop's check folds away.
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class InstructionTrace
{
    public static readonly bool Enabled = StartupOptions.TraceInstructions;
    static readonly string only = StartupOptions.TraceOnly;
    public static TextWriter Writer = Console.Error;
    static readonly object writeLock = new();

    /// <summary>Installs the context of --trace-refs lines; called before the program runs.</summary>
    public static void Install(TextWriter writer)
    {
        Writer = writer;
        RefTrace.Writer = writer;
        if (RefTrace.Enabled) RefTrace.Context = RefContext;
    }

    /// <summary>Whether the code running on ts is traced (--trace-only).</summary>
    static bool Traced(Frame f) => only == null || (f != null && f.Code.Name == only);

    static string Label(ThreadState ts, Frame f)
        => f == null ? $"[{ts.Name}]" : $"[{ts.Name}] {f.Code.Name}:{f.Code.LineAt(f.LastPc)}";

    /// <summary>The label of a reference-count change, or null when it is not traced.</summary>
    static string RefContext()
    {
        var ts = ThreadState.Current;
        if (ts == null) return only == null ? "[runtime]" : null;
        var f = ts.CurrentFrame;
        return Traced(f) ? Label(ts, f) : null;
    }

    /// <summary>Called by the eval loop before each instruction (only when Enabled).</summary>
    public static void Instruction(ThreadState ts, Frame f, int pc, PyObject[] stack, int sp)
    {
        if (!Traced(f)) return;
        var code = f.Code;
        int instr = code.Instructions[pc];
        var op = (Op)(instr & 0xFF);
        int arg = instr >> 8;
        var info = OpCodes.Info(op);
        string argText = "";
        if (info.Operand != OperandKind.None)
        {
            // As dis shows it (BINARY_OP numbered as CPython numbers it), constants cut short.
            var (_, shown, meaning) = Disassembler.Instruction(code, pc);
            if (info.Operand == OperandKind.Const && arg < code.Consts.Length) meaning = Corruption.ShortRepr(code.Consts[arg]);
            argText = meaning == null ? $"{shown ?? arg}" : $"{shown ?? arg} ({meaning})";
        }
        string top = sp > f.StackBase && stack[sp - 1] != null ? Corruption.ShortRepr(stack[sp - 1]) : "-";
        var line = $"[{ts.Name}] {code.Name}:{code.LineAt(pc)}  {pc * 2,4} {op} {argText}".PadRight(64) + " top: " + top;
        lock (writeLock) Writer.WriteLine(line);
    }
}
