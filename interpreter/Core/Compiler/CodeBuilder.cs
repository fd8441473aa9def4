// CodeBuilder: the emitter for one code object — instructions with their lines, labels and
// jump patching, the constant and name pools, local and cell slots, and the stack depth
// bookkeeping (from the opcode table) that sizes the frame.
using System.Numerics;
using MiniPy.Runtime;

namespace MiniPy.Compiler;

public sealed class Label
{
    public int Position = -1;
    public int Depth = -1;
    public readonly List<int> Patches = new();
}

public sealed class CodeBuilder
{
    readonly List<int> instructions = new();
    readonly List<int> lines = new();
    readonly List<int> spans = new();
    readonly List<PyObject> consts = new();
    readonly Dictionary<(Type, object), int> constIndex = new();
    readonly List<PyStr> names = new();
    readonly Dictionary<string, int> nameIndex = new();
    public readonly List<string> VarNames = new();
    readonly Dictionary<string, int> varIndex = new();
    public readonly List<string> CellVars = new();
    public readonly List<string> FreeVars = new();

    public readonly Scope Scope;
    public int Line = 1;
    /// <summary>The span of the expression being compiled (see CodeObject.Spans): its line,
    /// start column, end line and end column; SpanLine 0 when there is none.</summary>
    public int SpanLine, SpanCol, SpanEndLine, SpanEndCol;
    int depth, maxDepth;
    public int BlockDepth;
    int maxBlocks;

    public CodeBuilder(Scope scope)
    {
        Scope = scope;
        CellVars.AddRange(scope.CellVars);
        FreeVars.AddRange(scope.FreeVars);
    }

    public int Position => instructions.Count;

    /// <summary>False right after an instruction nothing falls through (a return, a raise,
    /// a jump) when no jump lands here: code emitted now could never run.</summary>
    public bool Reachable => depth >= 0;

    // ───────────── emission ─────────────

    public void Emit(Op op, int arg = 0)
    {
        instructions.Add(OpCodes.Encode(op, arg));
        lines.Add(Line);
        // A span is kept only for an instruction on the line where its expression starts.
        bool spanned = SpanLine != 0 && SpanLine == Line;
        spans.Add(spanned ? SpanCol : -1);
        spans.Add(spanned ? SpanEndLine : -1);
        spans.Add(spanned ? SpanEndCol : -1);
        var info = OpCodes.Info(op);
        if (depth >= 0)
        {
            depth += info.StackEffect(arg);
            if (depth > maxDepth) maxDepth = depth;
        }
        if (op == Op.SETUP_FINALLY || op == Op.SETUP_WITH)
        {
            BlockDepth++;
            // The handler can run with an except-handler block on top as well.
            if (BlockDepth + 1 > maxBlocks) maxBlocks = BlockDepth + 1;
        }
        else if (op == Op.POP_BLOCK) BlockDepth--;
        if (op is Op.JUMP or Op.JUMP_BACKWARD or Op.RETURN_VALUE or Op.RERAISE or Op.RAISE_VARARGS)
            depth = -1; // nothing falls through; the next label says the depth
    }

    public void EmitJump(Op op, Label target)
    {
        int before = depth;
        var info = OpCodes.Info(op);
        target.Patches.Add(instructions.Count);
        Emit(op, 0);
        if (before >= 0 && target.Depth < 0)
        {
            var jumpEffect = info.JumpStackEffect ?? info.StackEffect;
            target.Depth = before + jumpEffect(0);
            if (target.Depth > maxDepth) maxDepth = target.Depth;
        }
        if (target.Position >= 0) Patch(target);
    }

    public void Bind(Label label)
    {
        label.Position = instructions.Count;
        if (label.Depth >= 0) depth = label.Depth;
        else if (depth >= 0) label.Depth = depth;
        Patch(label);
    }

    /// <summary>The current stack depth, for handler blocks whose depth is set by hand.</summary>
    public int Depth { get => depth; set { depth = value; if (value > maxDepth) maxDepth = value; } }

    void Patch(Label label)
    {
        foreach (var at in label.Patches)
        {
            var op = OpCodes.OpOf(instructions[at]);
            instructions[at] = OpCodes.Encode(op, label.Position);
        }
        label.Patches.Clear();
    }

    // ───────────── pools ─────────────

    /// <summary>Adds a constant (steals the reference); equal literals share a slot.</summary>
    public int AddConst(PyObject stolen, object key = null)
    {
        if (key != null)
        {
            var k = (stolen.GetType(), key);
            if (constIndex.TryGetValue(k, out int existing))
            {
                Rc.Dec(stolen);
                return existing;
            }
            constIndex[k] = consts.Count;
        }
        consts.Add(stolen);
        return consts.Count - 1;
    }

    public int ConstFor(object value) => AddConst(ObjectFor(value), value switch
    {
        null => "None",
        bool or string => value,
        BigInteger i => i,
        long l => (BigInteger)l,
        int n => (BigInteger)n,
        double d => BitConverter.DoubleToInt64Bits(d),
        System.Numerics.Complex z => (BitConverter.DoubleToInt64Bits(z.Real), BitConverter.DoubleToInt64Bits(z.Imaginary)),
        Syntax.EllipsisValue => "...",
        _ => null, // bytes: never shared
    });

    /// <summary>A new reference to the object a literal's value (as the parser gives it)
    /// stands for.</summary>
    public static PyObject ObjectFor(object value) => value switch
    {
        null => Rc.New(PyNone.Instance),
        bool b => PyBool.From(b),
        BigInteger i => PyInt.New(i),
        long l => PyInt.New(l),
        int n => PyInt.New(n),
        double d => PyFloat.New(d),
        System.Numerics.Complex z => PyComplex.New(z.Real, z.Imaginary),
        string str => Rc.New(PyStr.Intern(str)),
        byte[] bytes => PyBytes.New(bytes),
        Syntax.EllipsisValue => Rc.New(PyEllipsis.Instance),
        _ => throw new InvalidOperationException("unknown constant " + value),
    };

    public int Name(string name)
    {
        if (nameIndex.TryGetValue(name, out int i)) return i;
        names.Add(PyStr.Intern(name));
        nameIndex[name] = names.Count - 1;
        return names.Count - 1;
    }

    public int Local(string name)
    {
        if (varIndex.TryGetValue(name, out int i)) return i;
        VarNames.Add(name);
        varIndex[name] = VarNames.Count - 1;
        return VarNames.Count - 1;
    }

    /// <summary>The index of a cell or free variable in the frame's cell area.</summary>
    public int CellSlot(string name)
    {
        int i = CellVars.IndexOf(name);
        if (i >= 0) return i;
        i = FreeVars.IndexOf(name);
        if (i >= 0) return CellVars.Count + i;
        throw new InvalidOperationException("no cell for " + name);
    }

    // ───────────── assembly ─────────────

    public CodeObject Build(string name, string qualName, SourceText source, int firstLine, CodeFlags flags,
                            int argCount, int posOnly, int kwOnly, bool hasDoc)
    {
        int nparams = argCount + kwOnly + ((flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
        var cellToArg = new int[CellVars.Count];
        for (int i = 0; i < CellVars.Count; i++)
        {
            int a = VarNames.IndexOf(CellVars[i]);
            cellToArg[i] = a >= 0 && a < nparams ? a : -1;
        }
        if (CellVars.Count == 0 && FreeVars.Count == 0) flags |= CodeFlags.NoFreeVars;
        var paramNames = new PyStr[VarNames.Count];
        for (int i = 0; i < VarNames.Count; i++) paramNames[i] = PyStr.Intern(VarNames[i]);
        return new CodeObject
        {
            Name = name,
            QualName = qualName,
            Source = source,
            FirstLine = firstLine,
            Instructions = instructions.ToArray(),
            Lines = lines.ToArray(),
            Spans = spans.ToArray(),
            Consts = consts.ToArray(),
            Names = names.ToArray(),
            VarNames = VarNames.ToArray(),
            CellVars = CellVars.ToArray(),
            FreeVars = FreeVars.ToArray(),
            CellToArg = cellToArg,
            ArgCount = argCount,
            PosOnlyCount = posOnly,
            KwOnlyCount = kwOnly,
            Flags = flags,
            StackSize = maxDepth + 2,
            MaxBlocks = maxBlocks + 1,
            HasDocString = hasDoc,
            ParamNames = paramNames,
        };
    }
}
