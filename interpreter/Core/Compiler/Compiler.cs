// The compiler's core: entry points, the per-code-object state, name loads and stores by
// scope, and the frame-block stack that break, continue and return unwind through.
// Statements are in Compiler.Statements.cs, expressions in Compiler.Expressions.cs,
// functions, classes and comprehensions in Compiler.Functions.cs.
using MiniPy.Runtime;
using MiniPy.Syntax;

namespace MiniPy.Compiler;

public sealed partial class Compiler
{
    enum FBlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyHandler, With, ExceptHandler }

    sealed class FBlock
    {
        public FBlockKind Kind;
        public Label Start, Exit;
        public List<Stmt> FinalBody;
        public string HandlerName;
    }

    readonly SymbolTable symbols;
    readonly SourceText source;
    CodeBuilder code;
    List<FBlock> fblocks = new();
    readonly Stack<string> qualPrefix = new();
    /// <summary>Compiling one input of the interactive prompt (CPython's 'single' mode).</summary>
    bool interactive;
    /// <summary>Compiling for eval(): the one expression's value is the result.</summary>
    bool evaluating;

    readonly FutureFeatures features;
    /// <summary>The SyntaxWarnings found so far (see CodeObject.CompileWarnings).</summary>
    readonly List<CompileWarning> warnings = new();

    Compiler((SymbolTable symbols, FutureFeatures features) analysis, SourceText source)
    {
        (symbols, features) = analysis;
        this.source = source;
    }

    /// <summary>The passes before code generation: private names mangled, then scopes.</summary>
    static (SymbolTable, FutureFeatures) Analyze(Module module, SourceText source)
    {
        var features = FutureFeatures.Read(module, source);
        PrivateNames.Apply(module, features.Annotations);
        return (SymbolTable.Build(module, source, features), features);
    }

    /// <summary>Compiles a parsed module into its code object.</summary>
    public static CodeObject CompileModule(Module module, SourceText source)
    {
        var c = new Compiler(Analyze(module, source), source);
        return c.CompileModuleBody(module);
    }

    /// <summary>Compiles one input of the interactive prompt: like a module, except that an
    /// expression statement at its top level prints its value (PRINT_EXPR).</summary>
    public static CodeObject CompileInteractive(string text, string fileName)
    {
        var module = PythonParser.ParseModule(text, fileName);
        var source = new SourceText(fileName, text);
        var c = new Compiler(Analyze(module, source), source) { interactive = true };
        return c.CompileModuleBody(module);
    }

    /// <summary>Parses and compiles source text; throws SyntaxErrorException.</summary>
    /// <summary>Compiles an expression for eval(): a code object that returns its value.</summary>
    public static CodeObject CompileExpression(string text, string fileName)
    {
        // As CPython's eval: spaces and tabs before the expression are dropped; lines are not,
        // so a line number is the line of the given text.
        text = text.TrimStart(' ', '\t');
        var module = PythonParser.ParseModule(text, fileName);
        if (module.Body.Count != 1 || module.Body[0] is not ExprStmt)
            throw new SyntaxErrorException("invalid syntax", fileName, module.Body.Count > 0 ? module.Body[0].Line : 1, 1, text);
        var source = new SourceText(fileName, text);
        var c = new Compiler(Analyze(module, source), source) { evaluating = true };
        return c.CompileModuleBody(module);
    }

    public static CodeObject CompileSource(string text, string fileName)
    {
        var module = PythonParser.ParseModule(text, fileName);
        return CompileModule(module, new SourceText(fileName, text));
    }

    CodeObject CompileModuleBody(Module module)
    {
        code = new CodeBuilder(symbols.Top);
        code.Line = 0; // CPython 3.11 puts a module's RESUME on line 0
        code.Emit(Op.RESUME, 0);
        code.Line = module.Body.Count > 0 ? module.Body[0].Line : 1;
        if (evaluating)
        {
            CompileExpr(((ExprStmt)module.Body[0]).Value);
            code.Emit(Op.RETURN_VALUE);
            var expression = code.Build("<module>", "<module>", source, 1, CodeFlags.ModuleBody, 0, 0, 0, false);
            if (warnings.Count > 0) expression.CompileWarnings = warnings.ToArray();
            return expression;
        }
        string doc = null;
        bool hasDoc = !interactive && TryDocString(module.Body, out doc);
        if (hasDoc)
        {
            code.Emit(Op.LOAD_CONST, code.ConstFor(doc));
            code.Emit(Op.STORE_NAME, code.Name("__doc__"));
        }
        EmitSetupAnnotations(module.Body);
        CompileBody(module.Body, hasDoc ? 1 : 0);
        code.Emit(Op.LOAD_CONST, code.ConstFor(null));
        code.Emit(Op.RETURN_VALUE);
        var result = code.Build("<module>", "<module>", source, 1, CodeFlags.ModuleBody, 0, 0, 0, false);
        if (warnings.Count > 0) result.CompileWarnings = warnings.ToArray();
        return result;
    }

    static bool TryDocString(List<Stmt> body, out string doc)
    {
        doc = null;
        if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string s } })
        {
            doc = s;
            return true;
        }
        return false;
    }

    SyntaxErrorException Error(string msg, Node at)
        => ErrorSpans.At(msg, source.FileName, at, source.Line(at.Line) ?? "");

    // ───────────── names ─────────────

    void LoadName(string name)
    {
        var scope = code.Scope;
        switch (scope.Lookup(name))
        {
            case NameScope.Local:
                if (scope.Kind == ScopeKind.Function) { code.Emit(Op.LOAD_FAST, code.Local(name)); return; }
                code.Emit(Op.LOAD_NAME, code.Name(name));
                return;
            case NameScope.Cell:
            case NameScope.Free:
                if (scope.Kind == ScopeKind.Class) { code.Emit(Op.LOAD_CLASSDEREF, code.CellSlot(name)); return; }
                code.Emit(Op.LOAD_DEREF, code.CellSlot(name));
                return;
            case NameScope.ClassDeref:
                code.Emit(Op.LOAD_CLASSDEREF, code.CellSlot(name));
                return;
            case NameScope.GlobalExplicit:
                code.Emit(Op.LOAD_GLOBAL, code.Name(name));
                return;
            case NameScope.GlobalImplicit when scope.Kind == ScopeKind.Function:
                code.Emit(Op.LOAD_GLOBAL, code.Name(name));
                return;
            default:
                code.Emit(Op.LOAD_NAME, code.Name(name));
                return;
        }
    }

    void StoreName(string name) => NameOp(name, Op.STORE_FAST, Op.STORE_DEREF, Op.STORE_GLOBAL, Op.STORE_NAME);
    void DeleteName(string name) => NameOp(name, Op.DELETE_FAST, Op.DELETE_DEREF, Op.DELETE_GLOBAL, Op.DELETE_NAME);

    void NameOp(string name, Op fast, Op deref, Op global, Op named)
    {
        var scope = code.Scope;
        switch (scope.Lookup(name))
        {
            case NameScope.Local when scope.Kind == ScopeKind.Function:
                code.Emit(fast, code.Local(name));
                return;
            case NameScope.Cell:
            case NameScope.Free:
                code.Emit(deref, code.CellSlot(name));
                return;
            case NameScope.GlobalExplicit:
                code.Emit(global, code.Name(name));
                return;
            case NameScope.GlobalImplicit when scope.Kind == ScopeKind.Function:
                code.Emit(global, code.Name(name));
                return;
            default:
                code.Emit(named, code.Name(name));
                return;
        }
    }

    // ───────────── frame blocks ─────────────

    FBlock PushFBlock(FBlockKind kind, Label start = null, Label exit = null)
    {
        var b = new FBlock { Kind = kind, Start = start, Exit = exit };
        fblocks.Add(b);
        return b;
    }

    void PopFBlock() => fblocks.RemoveAt(fblocks.Count - 1);

    /// <summary>Emits the clean-up of one frame block for a jump out of it. With preserveTos
    /// the value on top of the stack (a return value) survives the clean-up.</summary>
    void UnwindFBlock(FBlock b, bool preserveTos)
    {
        switch (b.Kind)
        {
            case FBlockKind.WhileLoop:
                break;
            case FBlockKind.ForLoop:
                if (preserveTos) code.Emit(Op.ROT_TWO);
                code.Emit(Op.POP_TOP);
                break;
            case FBlockKind.TryExcept:
                code.Emit(Op.POP_BLOCK);
                break;
            case FBlockKind.FinallyTry:
            {
                code.Emit(Op.POP_BLOCK);
                // The finally body runs outside its own block: take it off while compiling it.
                int index = fblocks.IndexOf(b);
                var saved = fblocks;
                fblocks = fblocks.GetRange(0, index);
                CompileBody(b.FinalBody);
                fblocks = saved;
                break;
            }
            case FBlockKind.FinallyHandler:
                if (preserveTos) code.Emit(Op.ROT_TWO);
                code.Emit(Op.POP_TOP);
                code.Emit(Op.POP_EXCEPT);
                break;
            case FBlockKind.With:
                code.Emit(Op.POP_BLOCK);
                if (preserveTos) code.Emit(Op.ROT_TWO);
                code.Emit(Op.CALL_WITH_EXIT_NONE);
                code.Emit(Op.POP_TOP);
                break;
            case FBlockKind.ExceptHandler:
                code.Emit(Op.POP_EXCEPT);
                if (b.HandlerName != null)
                {
                    code.Emit(Op.LOAD_CONST, code.ConstFor(null));
                    StoreName(b.HandlerName);
                    DeleteName(b.HandlerName);
                }
                break;
        }
    }
}
