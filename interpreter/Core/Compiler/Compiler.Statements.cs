// Compiling statements: assignments, control flow, exception handling, with, imports.
using MiniPy.Runtime;
using MiniPy.Syntax;
using Attribute = MiniPy.Syntax.Attribute;

namespace MiniPy.Compiler;

public sealed partial class Compiler
{
    void CompileBody(List<Stmt> body, int start = 0)
    {
        for (int i = start; i < body.Count; i++) CompileStmt(body[i]);
    }

    void CompileStmt(Stmt s)
    {
        code.Line = s.Line;
        switch (s)
        {
            case ExprStmt e:
                CompileExpr(e.Value);
                // At the prompt, an expression statement of the input itself shows its value.
                code.Emit(interactive && code.Scope.Kind == ScopeKind.Module ? Op.PRINT_EXPR : Op.POP_TOP);
                break;
            case Assign a when SwapsWithoutTuple(a) is { } targets:
                // a, b = b, a: the values are pushed and reordered in place; no tuple is
                // built and unpacked (CPython's compiler does the same, with SWAP).
                foreach (var v in ((TupleExpr)a.Value).Elts) CompileExpr(v);
                if (targets.Count == 3) code.Emit(Op.ROT_THREE);
                if (targets.Count >= 2) code.Emit(Op.ROT_TWO);
                foreach (var t in targets) CompileStore(t);
                break;
            case Assign a:
                CompileExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) code.Emit(Op.DUP_TOP);
                    CompileStore(a.Targets[i]);
                }
                break;
            case AugAssign au: CompileAugAssign(au); break;
            case AnnAssign an: CompileAnnAssign(an); break;
            case Delete d: foreach (var t in d.Targets) CompileDelete(t); break;
            case Pass: break;
            case If i: CompileIf(i); break;
            case While w: CompileWhile(w); break;
            case For f: CompileFor(f); break;
            case Break br: CompileBreak(br); break;
            case Continue co: CompileContinue(co); break;
            case Return r: CompileReturn(r); break;
            case Raise r:
            {
                int n = 0;
                if (r.Exc != null) { CompileExpr(r.Exc); n++; }
                if (r.Cause != null) { CompileExpr(r.Cause); n++; }
                // The instruction's span is the whole statement, as CPython's (a traceback
                // marks it when it shares its line with something else).
                var last = r.Cause ?? r.Exc;
                int line = code.SpanLine, col = code.SpanCol, endLine = code.SpanEndLine, endCol = code.SpanEndCol;
                if (last == null || last.EndLine != 0)
                {
                    code.SpanLine = r.Line;
                    code.SpanCol = r.Col;
                    code.SpanEndLine = last?.EndLine ?? r.Line;
                    code.SpanEndCol = last?.EndCol ?? r.Col + "raise".Length;
                }
                code.Line = r.Line;
                code.Emit(Op.RAISE_VARARGS, n);
                (code.SpanLine, code.SpanCol, code.SpanEndLine, code.SpanEndCol) = (line, col, endLine, endCol);
                break;
            }
            case Try t: CompileTry(t); break;
            case Reraise rr:
                CompileExpr(rr.Value);
                code.Emit(Op.RERAISE);
                break;
            case With w: CompileWith(w, 0); break;
            case Assert a: CompileAssert(a); break;
            case FunctionDef f: CompileFunctionDef(f); break;
            case ClassDef c: CompileClassDef(c); break;
            case Import im: CompileImport(im); break;
            case ImportFrom imf: CompileImportFrom(imf); break;
            case Global or Nonlocal: break;
            default: throw Error($"{s.GetType().Name} is not supported by MiniPy", s);
        }
    }

    // ───────────── assignment ─────────────

    void CompileStore(Expr target)
    {
        switch (target)
        {
            case Name n: StoreName(n.Id); break;
            case Attribute a:
                CompileExpr(a.Value);
                EmitAt(target, Op.STORE_ATTR, code.Name(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileExpr(s.Index);
                EmitAt(target, Op.STORE_SUBSCR);
                break;
            case TupleExpr t: CompileUnpack(t.Elts, target); break;
            case ListExpr l: CompileUnpack(l.Elts, target); break;
            case Starred st: throw Error("starred assignment target must be in a list or tuple", st);
            default: throw Error($"cannot assign to {Describe(target)}", target);
        }
    }

    /// <summary>Emits an instruction that carries target's position rather than the
    /// statement's: a failed store, delete or unpack is marked under its target, as
    /// CPython marks it (`t[0] = 5` with ~^^^ under `t[0]`).</summary>
    void EmitAt(Node target, Op op, int arg = 0)
    {
        var outer = EnterSpan(target, unknownClears: false);
        // A tuple of targets without parentheses (`a, b = ...`, `a, *b = ...`) spans its
        // first to its last (a starred one ends where its name ends).
        if (target.EndLine == 0 && target is TupleExpr { Elts.Count: > 0 } t)
        {
            var last = t.Elts[^1] is Starred { EndLine: 0 } starred ? starred.Value : t.Elts[^1];
            if (t.Elts[0].Line != 0 && last.EndLine != 0)
            {
                code.SpanLine = t.Elts[0].Line;
                code.SpanCol = t.Elts[0].Col;
                code.SpanEndLine = last.EndLine;
                code.SpanEndCol = last.EndCol;
            }
        }
        code.Emit(op, arg);
        LeaveSpan(outer);
    }

    static string Describe(Expr e) => e switch
    {
        Constant { Value: null } => "None",
        Constant { Value: bool b } => b ? "True" : "False",
        Constant => "literal",
        Call => "function call",
        BinOp or UnaryOp => "expression",
        Compare => "comparison",
        Lambda => "lambda",
        _ => "expression",
    };

    void CompileUnpack(List<Expr> elts, Expr at)
    {
        int star = elts.FindIndex(e => e is Starred);
        if (star < 0) EmitAt(at, Op.UNPACK_SEQUENCE, elts.Count);
        else
        {
            if (elts.FindLastIndex(e => e is Starred) != star) throw Error("multiple starred expressions in assignment", at);
            int after = elts.Count - star - 1;
            EmitAt(at, Op.UNPACK_EX, star | (after << 8));
        }
        foreach (var e in elts) CompileStore(e is Starred s ? s.Value : e);
    }

    void CompileDelete(Expr target)
    {
        switch (target)
        {
            case Name n:
            {
                // Marked under the name, as CPython marks a failed `del x`.
                var outer = EnterSpan(target, unknownClears: false);
                DeleteName(n.Id);
                LeaveSpan(outer);
                break;
            }
            case Attribute a:
                CompileExpr(a.Value);
                EmitAt(target, Op.DELETE_ATTR, code.Name(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileExpr(s.Index);
                EmitAt(target, Op.DELETE_SUBSCR);
                break;
            case TupleExpr t: foreach (var e in t.Elts) CompileDelete(e); break;
            case ListExpr l: foreach (var e in l.Elts) CompileDelete(e); break;
            default: throw Error($"cannot delete {Describe(target)}", target);
        }
    }

    /// <summary>The targets of `x, y = a, b` (one to three of them, none starred, as many as
    /// the values in the tuple display on the right), or null for any other assignment.</summary>
    static List<Expr> SwapsWithoutTuple(Assign a)
    {
        if (a.Targets.Count != 1 || a.Value is not TupleExpr values) return null;
        var targets = a.Targets[0] switch { TupleExpr t => t.Elts, ListExpr l => l.Elts, _ => null };
        if (targets == null || targets.Count != values.Elts.Count || targets.Count > 3) return null;
        foreach (var e in targets) if (e is Starred) return null;
        foreach (var e in values.Elts) if (e is Starred) return null;
        return targets;
    }

    void CompileAugAssign(AugAssign a)
    {
        // The target's load and store carry the target's position (an unbound name, a
        // missing attribute or key is marked there, as CPython marks it); the operation
        // carries the statement's.
        switch (a.Target)
        {
            case Name n:
                WithSpanOf(n, () => LoadName(n.Id));
                CompileExpr(a.Value);
                code.Emit(Op.INPLACE_OP, (int)a.Op);
                WithSpanOf(n, () => StoreName(n.Id));
                break;
            case Attribute at:
                CompileExpr(at.Value);
                code.Emit(Op.DUP_TOP);
                WithSpanOf(at, () => code.Emit(Op.LOAD_ATTR, code.Name(at.Attr)));
                CompileExpr(a.Value);
                code.Emit(Op.INPLACE_OP, (int)a.Op);
                code.Emit(Op.ROT_TWO);
                WithSpanOf(at, () => code.Emit(Op.STORE_ATTR, code.Name(at.Attr)));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileExpr(s.Index);
                code.Emit(Op.DUP_TOP_TWO);
                WithSpanOf(s, () => code.Emit(Op.BINARY_SUBSCR));
                CompileExpr(a.Value);
                code.Emit(Op.INPLACE_OP, (int)a.Op);
                code.Emit(Op.ROT_THREE);
                WithSpanOf(s, () => code.Emit(Op.STORE_SUBSCR));
                break;
            default: throw Error($"'{Describe(a.Target)}' is an illegal expression for augmented assignment", a.Target);
        }
    }

    /// <summary>Emits what emit emits with node's position.</summary>
    void WithSpanOf(Node node, Action emit)
    {
        var outer = EnterSpan(node, unknownClears: false);
        try { emit(); }
        finally { LeaveSpan(outer); }
    }

    // ───────────── control flow ─────────────

    void CompileIf(If s)
    {
        var orElse = new Label();
        var end = new Label();
        CompileJumpIf(s.Test, false, orElse);
        CompileBody(s.Body);
        if (s.OrElse.Count > 0)
        {
            code.EmitJump(Op.JUMP, end);
            code.Bind(orElse);
            CompileBody(s.OrElse);
            code.Bind(end);
        }
        else code.Bind(orElse);
    }

    void CompileWhile(While w)
    {
        var start = new Label();
        var orElse = new Label();
        var exit = new Label();
        code.Bind(start);
        CompileJumpIf(w.Test, false, orElse);
        PushFBlock(FBlockKind.WhileLoop, start, exit);
        CompileBody(w.Body);
        PopFBlock();
        code.EmitJump(Op.JUMP_BACKWARD, start);
        code.Bind(orElse);
        CompileBody(w.OrElse);
        code.Bind(exit);
    }

    void CompileFor(For f)
    {
        var start = new Label();
        var done = new Label();
        var exit = new Label();
        CompileExpr(f.Iter);
        code.Emit(Op.GET_ITER);
        code.Bind(start);
        code.EmitJump(Op.FOR_ITER, done);
        CompileStore(f.Target);
        PushFBlock(FBlockKind.ForLoop, start, exit);
        CompileBody(f.Body);
        PopFBlock();
        code.Line = f.Line;
        code.EmitJump(Op.JUMP_BACKWARD, start);
        code.Bind(done);
        CompileBody(f.OrElse);
        code.Bind(exit);
    }

    void CompileBreak(Break s)
    {
        for (int i = fblocks.Count - 1; i >= 0; i--)
        {
            var b = fblocks[i];
            if (b.Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop)
            {
                UnwindFBlock(b, false);
                code.EmitJump(Op.JUMP, b.Exit);
                return;
            }
            UnwindFBlock(b, false);
        }
        throw Error("'break' outside loop", s);
    }

    void CompileContinue(Continue s)
    {
        for (int i = fblocks.Count - 1; i >= 0; i--)
        {
            var b = fblocks[i];
            if (b.Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop)
            {
                code.EmitJump(Op.JUMP_BACKWARD, b.Start);
                return;
            }
            UnwindFBlock(b, false);
        }
        throw Error("'continue' not properly in loop", s);
    }

    void CompileReturn(Return r)
    {
        if (code.Scope.Kind != ScopeKind.Function) throw Error("'return' outside function", r);
        if (r.Value != null) CompileExpr(r.Value);
        else code.Emit(Op.LOAD_CONST, code.ConstFor(null));
        for (int i = fblocks.Count - 1; i >= 0; i--) UnwindFBlock(fblocks[i], true);
        code.Line = r.Line;
        code.Emit(Op.RETURN_VALUE);
    }

    // ───────────── exceptions ─────────────

    void CompileTry(Try t)
    {
        if (t.FinalBody.Count > 0) CompileTryFinally(t);
        else CompileTryExcept(t);
    }

    void CompileTryFinally(Try t)
    {
        var handler = new Label();
        var end = new Label();
        int depth = code.Depth;
        code.EmitJump(Op.SETUP_FINALLY, handler);
        var fb = PushFBlock(FBlockKind.FinallyTry);
        fb.FinalBody = t.FinalBody;
        if (t.Handlers.Count > 0) CompileTryExcept(t);
        else CompileBody(t.Body);
        PopFBlock();
        code.Emit(Op.POP_BLOCK);
        CompileBody(t.FinalBody);
        code.EmitJump(Op.JUMP, end);
        // Exception path: the VM pushed the exception.
        code.Bind(handler);
        code.Depth = depth + 1;
        PushFBlock(FBlockKind.FinallyHandler);
        CompileBody(t.FinalBody);
        PopFBlock();
        code.Emit(Op.RERAISE);
        code.Bind(end);
    }

    void CompileTryExcept(Try t)
    {
        var handler = new Label();
        var end = new Label();
        int depth = code.Depth;
        code.EmitJump(Op.SETUP_FINALLY, handler);
        PushFBlock(FBlockKind.TryExcept);
        CompileBody(t.Body);
        PopFBlock();
        code.Emit(Op.POP_BLOCK);
        CompileBody(t.OrElse);
        code.EmitJump(Op.JUMP, end);
        code.Bind(handler);
        code.Depth = depth + 1;
        for (int i = 0; i < t.Handlers.Count; i++)
        {
            var h = t.Handlers[i];
            code.Line = h.Line;
            if (h.Type == null && i != t.Handlers.Count - 1) throw Error("default 'except:' must be last", h);
            var next = new Label();
            if (h.Type != null)
            {
                CompileExpr(h.Type);
                code.EmitJump(Op.JUMP_IF_NOT_EXC_MATCH, next);
            }
            if (h.Name != null) StoreName(h.Name);
            else code.Emit(Op.POP_TOP);
            var fb = PushFBlock(FBlockKind.ExceptHandler);
            fb.HandlerName = h.Name;
            CompileBody(h.Body);
            PopFBlock();
            UnwindFBlock(fb, false);
            code.EmitJump(Op.JUMP, end);
            code.Bind(next);
            code.Depth = depth + 1;
        }
        code.Emit(Op.RERAISE);
        code.Bind(end);
    }

    void CompileWith(With w, int itemIndex)
    {
        var item = w.Items[itemIndex];
        var handler = new Label();
        var suppress = new Label();
        var end = new Label();
        code.Line = w.Line;
        CompileExpr(item.ContextExpr);
        int depth = code.Depth;
        code.EmitJump(Op.SETUP_WITH, handler);
        if (item.OptionalVars != null) CompileStore(item.OptionalVars);
        else code.Emit(Op.POP_TOP);
        PushFBlock(FBlockKind.With);
        if (itemIndex + 1 < w.Items.Count) CompileWith(w, itemIndex + 1);
        else CompileBody(w.Body);
        PopFBlock();
        code.Line = w.Line;
        code.Emit(Op.POP_BLOCK);
        code.Emit(Op.CALL_WITH_EXIT_NONE);
        code.Emit(Op.POP_TOP);
        code.EmitJump(Op.JUMP, end);
        code.Bind(handler);
        code.Depth = depth + 1; // __exit__ and the exception
        code.Emit(Op.WITH_EXCEPT_START);
        code.EmitJump(Op.POP_JUMP_IF_TRUE, suppress);
        code.Emit(Op.RERAISE);
        code.Bind(suppress);
        code.Depth = depth + 1;
        code.Emit(Op.POP_TOP);
        code.Emit(Op.POP_EXCEPT);
        code.Emit(Op.POP_TOP);
        code.Bind(end);
    }

    void CompileAssert(Assert a)
    {
        WarnIfAssertAlwaysTrue(a);
        var ok = new Label();
        CompileJumpIf(a.Test, true, ok);
        // The raise is marked under the condition that failed, as in CPython; a constant
        // condition (`assert ()`), which CPython folds away, leaves it the statement's.
        bool folded = a.Test is Constant || a.Test is TupleExpr t && t.Elts.TrueForAll(e => e is Constant);
        var outer = folded ? EnterSpan(a, unknownClears: false) : EnterSpan(a.Test, unknownClears: false);
        code.Emit(Op.LOAD_ASSERTION_ERROR);
        if (a.Msg != null)
        {
            CompileExpr(a.Msg);
            code.Emit(Op.CALL_FUNCTION, 1);
        }
        code.Emit(Op.RAISE_VARARGS, 1);
        LeaveSpan(outer);
        code.Bind(ok);
    }

    // ───────────── imports ─────────────

    void CompileImport(Import im)
    {
        foreach (var alias in im.Names)
        {
            code.Emit(Op.LOAD_CONST, code.ConstFor(0L));
            code.Emit(Op.LOAD_CONST, code.ConstFor(null));
            code.Emit(Op.IMPORT_NAME, code.Name(alias.Name));
            var parts = alias.Name.Split('.');
            if (alias.AsName != null)
            {
                for (int i = 1; i < parts.Length; i++)
                {
                    code.Emit(Op.IMPORT_FROM, code.Name(parts[i]));
                    code.Emit(Op.ROT_TWO);
                    code.Emit(Op.POP_TOP);
                }
                StoreName(alias.AsName);
            }
            else StoreName(parts[0]);
        }
    }

    void CompileImportFrom(ImportFrom im)
    {
        code.Emit(Op.LOAD_CONST, code.ConstFor((long)im.Level));
        var names = PyTuple.New(im.Names.Count);
        for (int i = 0; i < im.Names.Count; i++) names.SetItemSteal(i, PyStr.New(im.Names[i].Name));
        code.Emit(Op.LOAD_CONST, code.AddConst(names));
        code.Emit(Op.IMPORT_NAME, code.Name(im.Module ?? ""));
        if (im.Names.Count == 1 && im.Names[0].Name == "*")
        {
            code.Emit(Op.IMPORT_STAR);
            return;
        }
        foreach (var alias in im.Names)
        {
            code.Emit(Op.IMPORT_FROM, code.Name(alias.Name));
            StoreName(alias.AsName ?? alias.Name);
        }
        code.Emit(Op.POP_TOP);
    }

    /// <summary>x: T = v. In a module or class body the annotation is evaluated and kept in
    /// __annotations__ under the name (what dataclasses read); elsewhere, as in CPython, a
    /// local's annotation is not evaluated at all.</summary>
    void CompileAnnAssign(AnnAssign an)
    {
        if (an.Value != null)
        {
            CompileExpr(an.Value);
            CompileStore(an.Target);
        }
        if (code.Scope.Kind == ScopeKind.Function) return;
        CompileAnnotation(an.Annotation);
        if (an.Target is Name n)
        {
            code.Emit(Op.LOAD_NAME, code.Name("__annotations__"));
            code.Emit(Op.LOAD_CONST, code.ConstFor(n.Id));
            code.Emit(Op.STORE_SUBSCR);
        }
        else code.Emit(Op.POP_TOP);
    }

    /// <summary>CPython's SETUP_ANNOTATIONS: a module or class body that annotates a name
    /// starts by making its __annotations__ dict.</summary>
    void EmitSetupAnnotations(List<Stmt> body)
    {
        if (!AnnotatesAName(body)) return;
        code.Emit(Op.BUILD_MAP, 0);
        code.Emit(Op.STORE_NAME, code.Name("__annotations__"));
    }

    /// <summary>Whether a body (not counting nested functions and classes) has an
    /// annotated assignment to a plain name.</summary>
    static bool AnnotatesAName(List<Stmt> body)
    {
        foreach (var st in body)
        {
            switch (st)
            {
                case AnnAssign { Target: Name }: return true;
                case If i when AnnotatesAName(i.Body) || AnnotatesAName(i.OrElse): return true;
                case For f when AnnotatesAName(f.Body) || AnnotatesAName(f.OrElse): return true;
                case While w when AnnotatesAName(w.Body) || AnnotatesAName(w.OrElse): return true;
                case With w when AnnotatesAName(w.Body): return true;
                case Try t when AnnotatesAName(t.Body) || AnnotatesAName(t.OrElse) || AnnotatesAName(t.FinalBody)
                                || t.Handlers.Exists(h => AnnotatesAName(h.Body)): return true;
            }
        }
        return false;
    }
}
