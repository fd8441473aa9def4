// CodeObject: a compiled function, class body or module — instructions, constants, names,
// the layout of its locals and cells, and a line table for tracebacks.
using MiniPy.Runtime;

namespace MiniPy.Compiler;

[Flags]
public enum CodeFlags
{
    None = 0,
    VarArgs = 1,        // has *args
    VarKeywords = 2,    // has **kwargs
    Generator = 4,      // calling it makes a generator
    ClassBody = 8,      // a class body: names live in a namespace dict
    ModuleBody = 16,    // a module: names live in the globals dict
    NoFreeVars = 32,    // no cells and no free variables: calls skip closure set-up
    Coroutine = 64,     // async def: calling it makes a coroutine (Generator is set too)
    AsyncGenerator = 128, // async def with yield: calling it makes an async generator (Generator is set too)
}

/// <summary>The text of a source file, kept for the lines tracebacks show.</summary>
public sealed class SourceText
{
    public readonly string FileName;
    public readonly string[] Lines;

    public SourceText(string fileName, string text)
    {
        FileName = fileName;
        Lines = text.Replace("\r\n", "\n").Split('\n');
        if (!string.IsNullOrEmpty(fileName) && fileName[0] != '<')
            lock (Known) Known[fileName] = new WeakReference<SourceText>(this);
    }

    /// <summary>The sources compiled so far, by file name (weakly held): what linecache
    /// falls back to when a file cannot be read where its name says (a relative name after
    /// the working directory changed, say).</summary>
    static readonly Dictionary<string, WeakReference<SourceText>> Known = new();

    /// <summary>The source compiled under fileName, or null.</summary>
    public static SourceText Find(string fileName)
    {
        lock (Known) return Known.TryGetValue(fileName, out var weak) && weak.TryGetTarget(out var text) ? text : null;
    }

    public string Line(int lineNo) => lineNo >= 1 && lineNo <= Lines.Length ? Lines[lineNo - 1] : null;
}

public sealed class CodeObject : PyObject
{
    public static PyType Type;

    public string Name, QualName;
    /// <summary>Set (by _traceback.hide_frames) on library functions that stand for C code
    /// in CPython: an exception leaving or passing through their frames gets no entry.</summary>
    public bool HiddenFromTracebacks;
    /// <summary>Name and QualName as str objects (interned: shared, and kept by the intern table): what
    /// each function made from this code starts with as its __name__ and __qualname__,
    /// as CPython's functions share their code's co_name and co_qualname.</summary>
    public PyStr NameObject => nameObject ??= PyStr.Intern(Name);
    public PyStr QualNameObject => qualNameObject ??= PyStr.Intern(QualName);
    PyStr nameObject, qualNameObject;
    /// <summary>A module's compile-time warnings (CPython's SyntaxWarning for `x is 1`): issued
    /// through the warnings module each time the module is about to run (kept in the
    /// compiled-code cache with the code). Null when there are none.</summary>
    public CompileWarning[] CompileWarnings;
    /// <summary>The attribute instructions' inline caches, by instruction index; made on first
    /// use, with the GIL on (see VM/AttributeCache.cs).</summary>
    public MiniPy.VM.TypeLookupCacheEntry[] TypeLookupCaches;
    /// <summary>The same caches without the GIL: entries made whole and never changed.</summary>
    public MiniPy.VM.SharedLookupEntry[] SharedLookupCaches;
    /// <summary>LOAD_GLOBAL's inline caches, by instruction index; made on first use, with the
    /// GIL on only (see VM/GlobalCache.cs).</summary>
    public MiniPy.VM.GlobalCacheEntry[] GlobalCaches;
    public SourceText Source;
    public int FirstLine;
    public int[] Instructions;
    /// <summary>The source line of each instruction.</summary>
    public int[] Lines;
    /// <summary>For each instruction, the span of the expression it belongs to — start
    /// column, end line, end column (CPython's co_positions) — three ints per instruction;
    /// a start column of -1 when none was recorded. Tracebacks draw ^^^ under it.</summary>
    public int[] Spans;
    /// <summary>Constants (owned by the code object for its whole life).</summary>
    public PyObject[] Consts;
    /// <summary>Names used by the *_NAME, *_GLOBAL and *_ATTR instructions (interned).</summary>
    public PyStr[] Names;
    /// <summary>Fast locals: parameters first, in order.</summary>
    /// <summary>The fast locals' names, parameters first.</summary>
    public string[] VarNames
    {
        get => varNames;
        set
        {
            varNames = value;
            NLocals = value.Length;
        }
    }
    string[] varNames;
    public string[] CellVars, FreeVars;
    /// <summary>For each cell variable that is also a parameter, the parameter's index; else -1.</summary>
    public int[] CellToArg;
    public int ArgCount, PosOnlyCount, KwOnlyCount;
    public CodeFlags Flags;
    public int StackSize, MaxBlocks;
    /// <summary>The size class of the frames that run this code (VM.FramePool); -1 until
    /// the first call works it out.</summary>
    public int FrameSizeClass = -1;
    public bool HasDocString;
    /// <summary>Keyword-only and positional parameter names as interned strs, for binding.</summary>
    public PyStr[] ParamNames;

    public string FileName => Source.FileName;
    /// <summary>VarNames.Length, kept beside the instructions (the eval loop reads it at
    /// every frame it enters).</summary>
    public int NLocals { get; private set; }
    public int NCells => CellVars.Length + FreeVars.Length;
    /// <summary>Slots a frame needs: locals, then cells and free variables.</summary>
    public int FrameSlots => VarNames.Length + CellVars.Length + FreeVars.Length;
    public bool IsGenerator => (Flags & CodeFlags.Generator) != 0;

    /// <summary>True when a call with exactly `count` positional arguments binds them to the
    /// first parameters, one for one: no *args, **kwargs or keyword-only parameters.</summary>
    public bool TakesExactly(int count)
        => count == ArgCount && KwOnlyCount == 0 && (Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0;

    public CodeObject()
    {
        ObType = Type;
        Heap.Allocated(Type);
    }

    public int LineAt(int pc) => pc >= 0 && pc < Lines.Length ? Lines[pc] : FirstLine;

    /// <summary>The expression span of instruction pc, or false when none was recorded.</summary>
    public bool SpanAt(int pc, out int col, out int endLine, out int endCol)
    {
        col = endLine = endCol = -1;
        if (Spans == null || pc < 0 || 3 * pc + 2 >= Spans.Length || Spans[3 * pc] < 0) return false;
        col = Spans[3 * pc];
        endLine = Spans[3 * pc + 1];
        endCol = Spans[3 * pc + 2];
        return true;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        foreach (var c in Consts) if (c != null) visit(c);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        var consts = Consts;
        Consts = Array.Empty<PyObject>();
        foreach (var c in consts) Rc.XDec(c);
    }

    /// <summary>co_flags with CPython's bit values (inspect reads CO_GENERATOR = 0x20 and
    /// CO_COROUTINE = 0x80 from it).</summary>
    int CPythonFlags
    {
        get
        {
            if ((Flags & (CodeFlags.ModuleBody | CodeFlags.ClassBody)) != 0) return 0;
            int f = 1 | 2; // CO_OPTIMIZED | CO_NEWLOCALS
            if ((Flags & CodeFlags.VarArgs) != 0) f |= 4;
            if ((Flags & CodeFlags.VarKeywords) != 0) f |= 8;
            if ((Flags & CodeFlags.AsyncGenerator) != 0) f |= 0x200;
            else if ((Flags & CodeFlags.Coroutine) != 0) f |= 0x80;
            else if ((Flags & CodeFlags.Generator) != 0) f |= 0x20;
            return f;
        }
    }

    public override string Repr() => $"<code object {Name} at 0x{Identity.Of(this):x}, file \"{FileName}\", line {FirstLine}>";

    public override PyObject GetAttr(PyStr name) => name.Value switch
    {
        "co_name" => PyStr.New(Name),
        "co_qualname" => PyStr.New(QualName),
        "co_filename" => PyStr.New(FileName),
        "co_firstlineno" => PyInt.New(FirstLine),
        "co_argcount" => PyInt.New(ArgCount),
        "co_nlocals" => PyInt.New(NLocals),
        "co_stacksize" => PyInt.New(StackSize),
        "co_flags" => PyInt.New(CPythonFlags),
        "co_posonlyargcount" => PyInt.New(PosOnlyCount),
        "co_kwonlyargcount" => PyInt.New(KwOnlyCount),
        "co_varnames" => NamesTuple(VarNames),
        "co_cellvars" => NamesTuple(CellVars),
        "co_freevars" => NamesTuple(FreeVars),
        "co_names" => PyTuple.FromSpan(Names),
        "co_consts" => PyTuple.FromSpan(Consts),
        _ => base.GetAttr(name),
    };

    static PyTuple NamesTuple(string[] names)
    {
        var t = PyTuple.New(names.Length);
        for (int i = 0; i < names.Length; i++) t.Items[i] = PyStr.New(names[i]);
        return t;
    }
}

/// <summary>A warning found while compiling: its line, 1-based column and message (all are
/// SyntaxWarnings).</summary>
public readonly record struct CompileWarning(int Line, int Column, string Message);
