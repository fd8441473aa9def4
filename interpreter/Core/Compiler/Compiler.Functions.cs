// Compiling the constructs that make code objects of their own: def, lambda, class bodies
// and comprehensions (each comprehension is a function called on its first iterable).
using MiniPy.Runtime;
using MiniPy.Syntax;

namespace MiniPy.Compiler;

public sealed partial class Compiler
{
    string QualName(string name)
    {
        var scope = code.Scope;
        if (scope.Kind == ScopeKind.Module) return name;
        var prefix = qualPrefix.Peek();
        return scope.Kind == ScopeKind.Function ? prefix + ".<locals>." + name : prefix + "." + name;
    }

    /// <summary>Runs compileBody with a fresh CodeBuilder for scope, then restores the outer one.</summary>
    CodeObject InNewCode(Scope scope, string qualName, Func<CodeObject> compileBody)
    {
        var savedCode = code;
        var savedBlocks = fblocks;
        code = new CodeBuilder(scope) { Line = savedCode.Line };
        code.Emit(Op.RESUME, 0); // on the def (or class, lambda, comprehension) line
        fblocks = new List<FBlock>();
        qualPrefix.Push(qualName);
        try { return compileBody(); }
        finally
        {
            qualPrefix.Pop();
            code = savedCode;
            fblocks = savedBlocks;
        }
    }

    /// <summary>Pushes the closure tuple for a nested scope and returns the MAKE_FUNCTION flag.</summary>
    int EmitClosure(CodeObject inner)
    {
        if (inner.FreeVars.Length == 0) return 0;
        foreach (var name in inner.FreeVars)
        {
            // The class body's own __class__ cell, or a cell/free variable of this scope.
            code.Emit(Op.LOAD_CLOSURE, code.CellSlot(name));
        }
        code.Emit(Op.BUILD_TUPLE, inner.FreeVars.Length);
        return OpCodes.FnClosure;
    }

    int EmitDefaults(Arguments args)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) CompileExpr(d);
            code.Emit(Op.BUILD_TUPLE, args.Defaults.Count);
            flags |= OpCodes.FnDefaults;
        }
        int kwCount = 0;
        for (int i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            var d = args.KwDefaults.Count > i ? args.KwDefaults[i] : null;
            if (d == null) continue;
            code.Emit(Op.LOAD_CONST, code.ConstFor(args.KwOnlyArgs[i].Name));
            CompileExpr(d);
            kwCount++;
        }
        if (kwCount > 0)
        {
            code.Emit(Op.BUILD_MAP, kwCount);
            flags |= OpCodes.FnKwDefaults;
        }
        return flags;
    }

    /// <summary>A def's annotations, as CPython 3.11 passes them to MAKE_FUNCTION: a tuple
    /// of name, value, name, value... in the order args, positional-only, *args, keyword-only,
    /// **kwargs, return. Returns the flag, or 0 when nothing is annotated.</summary>
    int EmitAnnotations(Arguments args, Expr returns)
    {
        int count = 0;
        void One(string name, Expr annotation)
        {
            if (annotation == null) return;
            code.Emit(Op.LOAD_CONST, code.ConstFor(name));
            CompileAnnotation(annotation);
            count += 2;
        }
        foreach (var a in args.Args) One(a.Name, a.Annotation);
        foreach (var a in args.PosOnlyArgs) One(a.Name, a.Annotation);
        if (args.VarArg != null) One(args.VarArg.Name, args.VarArg.Annotation);
        foreach (var a in args.KwOnlyArgs) One(a.Name, a.Annotation);
        if (args.KwArg != null) One(args.KwArg.Name, args.KwArg.Annotation);
        One("return", returns);
        if (count == 0) return 0;
        code.Emit(Op.BUILD_TUPLE, count);
        return OpCodes.FnAnnotations;
    }

    /// <summary>An annotation's value: evaluated, or under PEP 563 its text.</summary>
    void CompileAnnotation(Expr annotation)
    {
        if (features.Annotations) code.Emit(Op.LOAD_CONST, code.ConstFor(FutureFeatures.AnnotationText(annotation, source)));
        else CompileExpr(annotation);
    }

    void DeclareParams(Arguments args)
    {
        foreach (var p in args.PosOnlyArgs) code.Local(p.Name);
        foreach (var p in args.Args) code.Local(p.Name);
        foreach (var p in args.KwOnlyArgs) code.Local(p.Name);
        if (args.VarArg != null) code.Local(args.VarArg.Name);
        if (args.KwArg != null) code.Local(args.KwArg.Name);
    }

    CodeFlags ParamFlags(Arguments args, Scope scope)
    {
        var flags = CodeFlags.None;
        if (args.VarArg != null) flags |= CodeFlags.VarArgs;
        if (args.KwArg != null) flags |= CodeFlags.VarKeywords;
        if (scope.IsGenerator) flags |= CodeFlags.Generator;
        if (scope.IsAsyncGenerator) flags |= CodeFlags.Generator | CodeFlags.AsyncGenerator;
        else if (scope.IsCoroutine) flags |= CodeFlags.Generator | CodeFlags.Coroutine;
        return flags;
    }

    /// <summary>A definition's co_firstlineno: its first decorator's line, as in CPython 3.8+.</summary>
    static int FirstLineOf(int defLine, List<Expr> decorators) => decorators.Count > 0 ? decorators[0].Line : defLine;

    void CompileFunctionDef(FunctionDef f)
    {
        foreach (var d in f.Decorators) CompileExpr(d);
        code.Line = f.Line;
        var scope = symbols.Scopes[f];
        string qualName = QualName(f.Name);
        int flags = EmitDefaults(f.Args);
        flags |= EmitAnnotations(f.Args, f.Returns);
        var inner = InNewCode(scope, qualName, () =>
        {
            DeclareParams(f.Args);
            bool hasDoc = TryDocString(f.Body, out var doc);
            if (hasDoc) code.ConstFor(doc);
            else code.ConstFor(null);
            CompileBody(f.Body, hasDoc ? 1 : 0);
            // The implicit `return None`, unless the body cannot fall off its end.
            if (code.Reachable)
            {
                code.Emit(Op.LOAD_CONST, code.ConstFor(null));
                code.Emit(Op.RETURN_VALUE);
            }
            return code.Build(f.Name, qualName, source, FirstLineOf(f.Line, f.Decorators), ParamFlags(f.Args, scope),
                f.Args.PosOnlyArgs.Count + f.Args.Args.Count, f.Args.PosOnlyArgs.Count, f.Args.KwOnlyArgs.Count, hasDoc);
        });
        flags |= EmitClosure(inner);
        code.Emit(Op.LOAD_CONST, code.AddConst(inner));
        code.Emit(Op.MAKE_FUNCTION, flags);
        for (int i = 0; i < f.Decorators.Count; i++) code.Emit(Op.CALL_FUNCTION, 1);
        StoreName(f.BoundName ?? f.Name);
    }

    void CompileLambda(Lambda l)
    {
        var scope = symbols.Scopes[l];
        string qualName = QualName("<lambda>");
        int flags = EmitDefaults(l.Args);
        var inner = InNewCode(scope, qualName, () =>
        {
            DeclareParams(l.Args);
            code.ConstFor(null); // no docstring
            CompileExpr(l.Body);
            code.Emit(Op.RETURN_VALUE);
            return code.Build("<lambda>", qualName, source, l.Line, ParamFlags(l.Args, scope),
                l.Args.PosOnlyArgs.Count + l.Args.Args.Count, l.Args.PosOnlyArgs.Count, l.Args.KwOnlyArgs.Count, false);
        });
        flags |= EmitClosure(inner);
        code.Emit(Op.LOAD_CONST, code.AddConst(inner));
        code.Emit(Op.MAKE_FUNCTION, flags);
    }

    void CompileClassDef(ClassDef c)
    {
        foreach (var d in c.Decorators) CompileExpr(d);
        code.Line = c.Line;
        var scope = symbols.Scopes[c];
        string qualName = QualName(c.Name);
        code.Emit(Op.LOAD_BUILD_CLASS);
        var body = InNewCode(scope, qualName, () =>
        {
            code.Line = c.Line;
            code.Emit(Op.LOAD_NAME, code.Name("__name__"));
            code.Emit(Op.STORE_NAME, code.Name("__module__"));
            code.Emit(Op.LOAD_CONST, code.ConstFor(qualName));
            code.Emit(Op.STORE_NAME, code.Name("__qualname__"));
            bool hasDoc = TryDocString(c.Body, out var doc);
            if (hasDoc)
            {
                code.Emit(Op.LOAD_CONST, code.ConstFor(doc));
                code.Emit(Op.STORE_NAME, code.Name("__doc__"));
            }
            EmitSetupAnnotations(c.Body);
            CompileBody(c.Body, hasDoc ? 1 : 0);
            if (scope.CellVars.Contains("__class__"))
                code.Emit(Op.LOAD_CLOSURE, code.CellSlot("__class__"));
            else code.Emit(Op.LOAD_CONST, code.ConstFor(null));
            code.Emit(Op.RETURN_VALUE);
            return code.Build(c.Name, qualName, source, FirstLineOf(c.Line, c.Decorators), CodeFlags.ClassBody, 0, 0, 0, false);
        });
        int flags = EmitClosure(body);
        code.Emit(Op.LOAD_CONST, code.AddConst(body));
        code.Emit(Op.MAKE_FUNCTION, flags);
        code.Emit(Op.LOAD_CONST, code.ConstFor(c.Name));
        foreach (var b in c.Bases) CompileExpr(b);
        foreach (var k in c.Keywords) CompileExpr(k.Value);
        if (c.Keywords.Count == 0) code.Emit(Op.CALL_FUNCTION, 2 + c.Bases.Count);
        else
        {
            var names = PyTuple.New(c.Keywords.Count);
            for (int i = 0; i < c.Keywords.Count; i++) names.SetItemSteal(i, Rc.New(PyStr.Intern(c.Keywords[i].Arg)));
            code.Emit(Op.LOAD_CONST, code.AddConst(names));
            code.Emit(Op.CALL_FUNCTION_KW, 2 + c.Bases.Count + c.Keywords.Count);
        }
        for (int i = 0; i < c.Decorators.Count; i++) code.Emit(Op.CALL_FUNCTION, 1);
        StoreName(c.BoundName ?? c.Name);
    }

    /// <summary>Compiles a comprehension as a nested function over its first iterable.
    /// compileElement emits the element and returns the opcode that collects it. One that
    /// awaits is a coroutine its owner awaits, or, a generator expression, an asynchronous
    /// generator (see SymbolTable.MakeAwaitingComprehension).</summary>
    void CompileComprehension(Expr owner, List<Comprehension> gens, string name, Op build, Func<Op> compileElement)
    {
        var scope = symbols.Scopes[owner];
        string qualName = QualName(name);
        bool isGenerator = build == Op.NOP;
        var inner = InNewCode(scope, qualName, () =>
        {
            code.Local(".0");
            code.ConstFor(null);
            if (!isGenerator) code.Emit(build, 0);
            CompileComprehensionLevel(gens, 0, compileElement, isGenerator);
            if (isGenerator) code.Emit(Op.LOAD_CONST, code.ConstFor(null));
            code.Emit(Op.RETURN_VALUE);
            var codeFlags = scope.IsAsyncGenerator ? CodeFlags.Generator | CodeFlags.AsyncGenerator
                : scope.IsCoroutine ? CodeFlags.Generator | CodeFlags.Coroutine
                : isGenerator ? CodeFlags.Generator : CodeFlags.None;
            return code.Build(name, qualName, source, owner.Line, codeFlags, 1, 0, 0, false);
        });
        int flags = EmitClosure(inner);
        code.Emit(Op.LOAD_CONST, code.AddConst(inner));
        code.Emit(Op.MAKE_FUNCTION, flags);
        CompileExpr(gens[0].Iter);
        // The call is the comprehension's own: a traceback through it shows where it starts.
        code.Line = owner.Line;
        if (gens[0].IsAsync) code.Emit(Op.CALL_INTRINSIC, (int)IntrinsicKind.AsyncIter);
        else code.Emit(Op.GET_ITER);
        code.Emit(Op.CALL_FUNCTION, 1);
        if (scope.IsCoroutine && !scope.IsAsyncGenerator)
        {
            EmitAwait(); // a comprehension that awaits is a coroutine: await it here
        }
    }

    /// <summary>await TOS: GET_AWAITABLE turns it into the iterator its __await__ gives (a
    /// coroutine is its own); YIELD_FROM then runs that to its end, passing every suspension
    /// up to whoever drives this coroutine (the event loop).</summary>
    void EmitAwait()
    {
        code.Emit(Op.GET_AWAITABLE);
        code.Emit(Op.LOAD_CONST, code.ConstFor(null));
        code.Emit(Op.YIELD_FROM);
    }

    /// <summary>One `for` clause of a comprehension and, inside it, the rest. The stack holds
    /// the collection being built, then one iterator per enclosing clause.</summary>
    void CompileComprehensionLevel(List<Comprehension> gens, int level, Func<Op> compileElement, bool isGenerator)
    {
        var gen = gens[level];
        var start = new Label();
        var done = new Label();
        if (level == 0) code.Emit(Op.LOAD_FAST, code.Local(".0"));
        else
        {
            CompileExpr(gen.Iter);
            if (gen.IsAsync) code.Emit(Op.CALL_INTRINSIC, (int)IntrinsicKind.AsyncIter);
            else code.Emit(Op.GET_ITER);
        }
        code.Bind(start);
        var handler = new Label();
        int depth = code.Depth;
        if (gen.IsAsync)
        {
            // `async for`: await the iterator's __anext__() inside a handler that ends the
            // clause on StopAsyncIteration (what END_ASYNC_FOR does in CPython).
            code.EmitJump(Op.SETUP_FINALLY, handler);
            code.Emit(Op.DUP_TOP);
            code.Emit(Op.CALL_INTRINSIC, (int)IntrinsicKind.AsyncNext);
            EmitAwait();
            code.Emit(Op.POP_BLOCK);
        }
        else code.EmitJump(Op.FOR_ITER, done);
        CompileStore(gen.Target);
        foreach (var cond in gen.Ifs) CompileJumpIf(cond, false, start);
        if (level + 1 < gens.Count) CompileComprehensionLevel(gens, level + 1, compileElement, isGenerator);
        else
        {
            var collect = compileElement();
            if (isGenerator)
            {
                if (code.Scope.IsAsyncGenerator) code.Emit(Op.CALL_INTRINSIC, (int)IntrinsicKind.AsyncGenWrap);
                code.Emit(Op.YIELD_VALUE);
                code.Emit(Op.POP_TOP);
            }
            else code.Emit(collect, level + 2);
        }
        code.EmitJump(Op.JUMP_BACKWARD, start);
        if (gen.IsAsync)
        {
            // The VM unwound to the iterator and pushed the exception.
            var reraise = new Label();
            code.Bind(handler);
            code.Depth = depth + 1;
            code.Emit(Op.CALL_INTRINSIC, (int)IntrinsicKind.StopAsyncIterationType);
            code.EmitJump(Op.JUMP_IF_NOT_EXC_MATCH, reraise);
            code.Emit(Op.POP_TOP);
            code.Emit(Op.POP_EXCEPT);
            code.Emit(Op.POP_TOP); // the iterator
            code.EmitJump(Op.JUMP, done);
            code.Bind(reraise);
            code.Depth = depth + 1;
            code.Emit(Op.RERAISE);
        }
        code.Bind(done);
    }
}
