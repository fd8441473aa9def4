// Compiling expressions: operators, comparisons (chained), boolean short-circuits,
// displays, subscripts, calls (with the LOAD_METHOD fast path), f-strings and yields.
using System.Numerics;
using MiniPy.Runtime;
using MiniPy.Syntax;
using Attribute = MiniPy.Syntax.Attribute;

namespace MiniPy.Compiler;

public sealed partial class Compiler
{
    /// <summary>Compiles e with its span (where it starts and ends) on the instructions it
    /// emits itself; the instructions of its parts carry their own spans.</summary>
    void CompileExpr(Expr e)
    {
        var outer = EnterSpan(e, unknownClears: true);
        try { CompileExprUnspanned(e); }
        finally { LeaveSpan(outer); }
    }

    /// <summary>The span the instructions emitted next carry, before EnterSpan changed it.</summary>
    readonly record struct SavedSpan(int Line, int Col, int EndLine, int EndCol);

    /// <summary>Gives the instructions emitted from now on node's span; a node without one
    /// clears it (unknownClears) or leaves the outer span in place. LeaveSpan puts it back.</summary>
    SavedSpan EnterSpan(Node node, bool unknownClears)
    {
        var saved = new SavedSpan(code.SpanLine, code.SpanCol, code.SpanEndLine, code.SpanEndCol);
        if (node.EndLine != 0)
        {
            code.SpanLine = node.Line;
            code.SpanCol = node.Col;
            code.SpanEndLine = node.EndLine;
            code.SpanEndCol = node.EndCol;
        }
        else if (unknownClears) code.SpanLine = 0;
        return saved;
    }

    void LeaveSpan(SavedSpan saved)
    {
        code.SpanLine = saved.Line;
        code.SpanCol = saved.Col;
        code.SpanEndLine = saved.EndLine;
        code.SpanEndCol = saved.EndCol;
    }

    /// <summary>The value of a hashable literal as CPython's constant folding sees it: a
    /// number, string, bytes, None, bool or Ellipsis, or a signed number (`-1`).</summary>
    static bool FoldedConstant(Expr e, out object value)
    {
        value = null;
        switch (e)
        {
            case Constant c:
                value = c.Value;
                return true;
            case UnaryOp { Op: UnaryOperator.Neg or UnaryOperator.Pos, Operand: Constant { Value: BigInteger or double or System.Numerics.Complex } n } u:
                bool neg = u.Op == UnaryOperator.Neg;
                value = n.Value switch
                {
                    BigInteger i => neg ? -i : i,
                    double d => neg ? -d : d,
                    System.Numerics.Complex z => neg ? -z : z,
                    _ => null,
                };
                return true;
        }
        return false;
    }

    void CompileExprUnspanned(Expr e)
    {
        if (e.Line > 0) code.Line = e.Line;
        switch (e)
        {
            case Constant c: code.Emit(Op.LOAD_CONST, code.ConstFor(c.Value)); break;
            case Name n: LoadName(n.Id); break;
            case Attribute a:
                CompileExpr(a.Value);
                code.Line = a.Line;
                code.Emit(Op.LOAD_ATTR, code.Name(a.Attr));
                break;
            case Subscript s:
                WarnIfNeverSubscriptable(s);
                CompileExpr(s.Value);
                CompileExpr(s.Index);
                code.Line = s.Line; // a subscript spanning lines is where it starts
                code.Emit(Op.BINARY_SUBSCR);
                break;
            case Slice sl:
                CompileOptional(sl.Lower);
                CompileOptional(sl.Upper);
                if (sl.Step != null)
                {
                    CompileExpr(sl.Step);
                    code.Emit(Op.BUILD_SLICE, 3);
                }
                else code.Emit(Op.BUILD_SLICE, 2);
                break;
            case BinOp b when PercentFormatRewrite.TryRewrite(b) is { } fstring:
                CompileJoinedStr(fstring);
                break;
            case BinOp b:
                CompileExpr(b.Left);
                CompileExpr(b.Right);
                code.Line = b.Line;
                code.Emit(Op.BINARY_OP, (int)b.Op);
                break;
            case UnaryOp u:
                CompileExpr(u.Operand);
                code.Emit(Op.UNARY_OP, (int)(u.Op switch
                {
                    UnaryOperator.Neg => UnaryOpKind.Neg,
                    UnaryOperator.Pos => UnaryOpKind.Pos,
                    UnaryOperator.Invert => UnaryOpKind.Invert,
                    _ => UnaryOpKind.Not,
                }));
                break;
            case BoolOp bo:
            {
                var end = new Label();
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    CompileExpr(bo.Values[i]);
                    if (i < bo.Values.Count - 1)
                        code.EmitJump(bo.Op == BoolOperator.And ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
                }
                code.Bind(end);
                break;
            }
            case Compare cmp: CompileCompare(cmp); break;
            case IfExp ie:
            {
                var orElse = new Label();
                var end = new Label();
                CompileJumpIf(ie.Test, false, orElse);
                CompileExpr(ie.Body);
                code.EmitJump(Op.JUMP, end);
                code.Bind(orElse);
                CompileExpr(ie.OrElse);
                code.Bind(end);
                break;
            }
            case NamedExpr ne:
                CompileExpr(ne.Value);
                code.Emit(Op.DUP_TOP);
                StoreName(ne.Target.Id);
                break;
            case TupleExpr t:
                if (CompileStarredSequence(t.Elts)) code.Emit(Op.LIST_TO_TUPLE);
                else code.Emit(Op.BUILD_TUPLE, t.Elts.Count);
                break;
            case ListExpr l:
                if (!CompileStarredSequence(l.Elts)) code.Emit(Op.BUILD_LIST, l.Elts.Count);
                break;
            case SetExpr st:
                if (st.Elts.Exists(x => x is Starred))
                {
                    code.Emit(Op.BUILD_SET, 0);
                    foreach (var x in st.Elts)
                    {
                        if (x is Starred sx) { CompileExpr(sx.Value); code.Emit(Op.SET_UPDATE, 1); }
                        else { CompileExpr(x); code.Emit(Op.BUILD_SET, 1); code.Emit(Op.SET_UPDATE, 1); }
                    }
                }
                else if (st.Elts.Count > 2 && st.Elts.TrueForAll(x => FoldedConstant(x, out _)))
                {
                    // As CPython compiles a display of three or more constants: a frozenset
                    // constant poured into a new set. Its table's layout, not the display's
                    // order of adding, decides the order the set shows.
                    var frozen = PySet.New(frozen: true);
                    foreach (var x in st.Elts)
                    {
                        FoldedConstant(x, out var value);
                        var item = CodeBuilder.ObjectFor(value);
                        try { frozen.Add(item); }
                        finally { Rc.Dec(item); }
                    }
                    // CPython's constant merging then makes it anew from its own order.
                    var merged = PySet.New(frozen: true);
                    foreach (var item in frozen.Elements()) merged.Add(item);
                    Rc.Dec(frozen);
                    code.Emit(Op.BUILD_SET, 0);
                    code.Emit(Op.LOAD_CONST, code.AddConst(merged));
                    code.Emit(Op.SET_UPDATE, 1);
                }
                else
                {
                    foreach (var x in st.Elts) CompileExpr(x);
                    code.Emit(Op.BUILD_SET, st.Elts.Count);
                }
                break;
            case DictExpr d: CompileDict(d); break;
            case Call c: CompileCall(c); break;
            case Lambda l: CompileLambda(l); break;
            case JoinedStr j: CompileJoinedStr(j); break;
            case FormattedValue fv: CompileFormattedValue(fv); break;
            case ListComp lc: CompileComprehension(e, lc.Generators, "<listcomp>", Op.BUILD_LIST, () => { CompileExpr(lc.Elt); return Op.LIST_APPEND; }); break;
            case SetComp sc: CompileComprehension(e, sc.Generators, "<setcomp>", Op.BUILD_SET, () => { CompileExpr(sc.Elt); return Op.SET_ADD; }); break;
            case DictComp dc: CompileComprehension(e, dc.Generators, "<dictcomp>", Op.BUILD_MAP, () => { CompileExpr(dc.Key); CompileExpr(dc.Value); return Op.MAP_ADD; }); break;
            case GeneratorExp ge: CompileComprehension(e, ge.Generators, "<genexpr>", Op.NOP, () => { CompileExpr(ge.Elt); return Op.YIELD_VALUE; }); break;
            case Yield y:
                if (y.Value != null) CompileExpr(y.Value);
                else code.Emit(Op.LOAD_CONST, code.ConstFor(null));
                // An async generator's own values travel wrapped, told apart from what its
                // awaits pass up to the event loop (see AsyncGenerators).
                if (code.Scope.IsAsyncGenerator) code.Emit(Op.CALL_INTRINSIC, (int)IntrinsicKind.AsyncGenWrap);
                code.Emit(Op.YIELD_VALUE);
                break;
            case YieldFrom yf:
                CompileExpr(yf.Value);
                code.Emit(Op.GET_YIELD_FROM_ITER);
                code.Emit(Op.LOAD_CONST, code.ConstFor(null));
                code.Emit(Op.YIELD_FROM);
                break;
            case Intrinsic intrinsic:
                foreach (var arg in intrinsic.Args) CompileExpr(arg);
                code.Emit(Op.CALL_INTRINSIC, (int)intrinsic.Kind);
                break;
            case Await aw:
                CompileExpr(aw.Value);
                EmitAwait();
                break;
            case Starred st: throw Error("can't use starred expression here", st);
            default: throw Error($"{e.GetType().Name} is not supported by MiniPy", e);
        }
    }

    void CompileOptional(Expr e)
    {
        if (e == null) code.Emit(Op.LOAD_CONST, code.ConstFor(null));
        else CompileExpr(e);
    }

    /// <summary>Builds a list from elements some of which are starred; false when none are
    /// (and nothing was emitted).</summary>
    bool CompileStarredSequence(List<Expr> elts)
    {
        if (!elts.Exists(x => x is Starred))
        {
            foreach (var x in elts) CompileExpr(x);
            return false;
        }
        code.Emit(Op.BUILD_LIST, 0);
        foreach (var x in elts)
        {
            if (x is Starred s)
            {
                CompileExpr(s.Value);
                code.Emit(Op.LIST_EXTEND, 1);
            }
            else
            {
                CompileExpr(x);
                code.Emit(Op.LIST_APPEND, 1);
            }
        }
        return true;
    }

    void CompileDict(DictExpr d)
    {
        int pending = 0;
        bool built = false;
        for (int i = 0; i < d.Keys.Count; i++)
        {
            if (d.Keys[i] == null)
            {
                if (!built) { code.Emit(Op.BUILD_MAP, pending); built = true; }
                else if (pending > 0) { code.Emit(Op.BUILD_MAP, pending); code.Emit(Op.DICT_UPDATE, 1); }
                pending = 0;
                CompileExpr(d.Values[i]);
                code.Emit(Op.DICT_UPDATE, 1);
                continue;
            }
            CompileExpr(d.Keys[i]);
            CompileExpr(d.Values[i]);
            pending++;
        }
        if (!built) code.Emit(Op.BUILD_MAP, pending);
        else if (pending > 0) { code.Emit(Op.BUILD_MAP, pending); code.Emit(Op.DICT_UPDATE, 1); }
    }

    static readonly Dictionary<CompareOperator, int> compareOps = new()
    {
        [CompareOperator.Lt] = (int)CompareOp.Lt, [CompareOperator.LtE] = (int)CompareOp.Le,
        [CompareOperator.Eq] = (int)CompareOp.Eq, [CompareOperator.NotEq] = (int)CompareOp.Ne,
        [CompareOperator.Gt] = (int)CompareOp.Gt, [CompareOperator.GtE] = (int)CompareOp.Ge,
    };

    void EmitCompare(CompareOperator op)
    {
        switch (op)
        {
            case CompareOperator.Is: code.Emit(Op.IS_OP, 0); break;
            case CompareOperator.IsNot: code.Emit(Op.IS_OP, 1); break;
            case CompareOperator.In: code.Emit(Op.CONTAINS_OP, 0); break;
            case CompareOperator.NotIn: code.Emit(Op.CONTAINS_OP, 1); break;
            default: code.Emit(Op.COMPARE_OP, compareOps[op]); break;
        }
    }

    void CompileCompare(Compare cmp)
    {
        WarnOfIsWithLiteral(cmp);
        CompileExpr(cmp.Left);
        if (cmp.Ops.Count == 1)
        {
            CompileExpr(cmp.Comparators[0]);
            code.Line = cmp.Line;
            EmitCompare(cmp.Ops[0]);
            return;
        }
        var cleanup = new Label();
        var end = new Label();
        for (int i = 0; i < cmp.Ops.Count; i++)
        {
            CompileExpr(cmp.Comparators[i]);
            if (i < cmp.Ops.Count - 1)
            {
                code.Emit(Op.DUP_TOP);
                code.Emit(Op.ROT_THREE);
                EmitCompare(cmp.Ops[i]);
                code.EmitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
            }
            else EmitCompare(cmp.Ops[i]);
        }
        code.EmitJump(Op.JUMP, end);
        code.Bind(cleanup);
        code.Emit(Op.ROT_TWO);
        code.Emit(Op.POP_TOP);
        code.Bind(end);
    }

    /// <summary>Evaluates a condition and jumps to target when it is (jumpIfTrue) true/false.</summary>
    /// <summary>CPython's SyntaxWarning for `x is 1`: identity with a literal (other than
    /// None, True, False and ...) is almost always a mistake for equality.</summary>
    void WarnOfIsWithLiteral(Compare cmp)
    {
        var left = cmp.Left;
        for (int i = 0; i < cmp.Ops.Count; i++)
        {
            var right = cmp.Comparators[i];
            var op = cmp.Ops[i];
            if ((op == CompareOperator.Is || op == CompareOperator.IsNot) && (IsLiteral(left) || IsLiteral(right)))
            {
                var (name, instead) = op == CompareOperator.Is ? ("is", "==") : ("is not", "!=");
                warnings.Add(new CompileWarning(cmp.Line, cmp.Col + 1, $"\"{name}\" with a literal. Did you mean \"{instead}\"?"));
            }
            left = right;
        }
    }

    /// <summary>A constant the compiler folds (a number, string, bytes, a tuple of such, a
    /// signed number), but not the singletons None, True, False and Ellipsis.</summary>
    static bool IsLiteral(Expr e) => e switch
    {
        Constant c => c.Value is not (null or bool or EllipsisValue),
        TupleExpr t => t.Elts.TrueForAll(x => x is Constant || IsLiteral(x)),
        UnaryOp { Op: UnaryOperator.Neg or UnaryOperator.Pos or UnaryOperator.Invert, Operand: Constant { Value: not (null or string or byte[] or EllipsisValue) } } => true,
        _ => false,
    };

    void CompileJumpIf(Expr test, bool jumpIfTrue, Label target)
    {
        if (test is UnaryOp { Op: UnaryOperator.Not } u)
        {
            CompileJumpIf(u.Operand, !jumpIfTrue, target);
            return;
        }
        if (test is BoolOp bo)
        {
            bool isAnd = bo.Op == BoolOperator.And;
            if (isAnd != jumpIfTrue)
            {
                // and-jump-if-false / or-jump-if-true: any operand decides.
                foreach (var v in bo.Values) CompileJumpIf(v, jumpIfTrue, target);
            }
            else
            {
                var skip = new Label();
                for (int i = 0; i < bo.Values.Count - 1; i++) CompileJumpIf(bo.Values[i], !jumpIfTrue, skip);
                CompileJumpIf(bo.Values[^1], jumpIfTrue, target);
                code.Bind(skip);
            }
            return;
        }
        CompileExpr(test);
        code.EmitJump(jumpIfTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
    }

    // ───────────── calls ─────────────

    void CompileCall(Call c)
    {
        WarnIfNeverCallable(c);
        bool simple = !c.Args.Exists(a => a is Starred) && !c.Keywords.Exists(k => k.Arg == null);
        if (simple && c.Func is Attribute attr)
        {
            CompileExpr(attr.Value);
            code.Line = attr.Line;
            // The lookup is marked as the attribute expression (`math.foo` of `math.foo(1)`),
            // as CPython marks a failing LOAD_METHOD; the call keeps the call's span.
            var callSpan = EnterSpan(attr, unknownClears: false);
            code.Emit(Op.LOAD_METHOD, code.Name(attr.Attr));
            LeaveSpan(callSpan);
            foreach (var a in c.Args) CompileExpr(a);
            foreach (var k in c.Keywords) CompileExpr(k.Value);
            code.Line = c.Line;
            if (c.Keywords.Count == 0) code.Emit(Op.CALL_METHOD, c.Args.Count);
            else
            {
                code.Emit(Op.LOAD_CONST, KeywordNames(c));
                code.Emit(Op.CALL_METHOD_KW, c.Args.Count + c.Keywords.Count);
            }
            return;
        }
        CompileExpr(c.Func);
        if (simple)
        {
            foreach (var a in c.Args) CompileExpr(a);
            foreach (var k in c.Keywords) CompileExpr(k.Value);
            code.Line = c.Line;
            if (c.Keywords.Count == 0) code.Emit(Op.CALL_FUNCTION, c.Args.Count);
            else
            {
                code.Emit(Op.LOAD_CONST, KeywordNames(c));
                code.Emit(Op.CALL_FUNCTION_KW, c.Args.Count + c.Keywords.Count);
            }
            return;
        }
        // General form: build an args tuple and a kwargs dict. f(*x) alone passes x as it
        // is (CALL_FUNCTION_EX makes it a tuple, and names f if x is not iterable).
        if (c.Args.Count == 1 && c.Args[0] is Starred only) CompileExpr(only.Value);
        else if (!CompileStarredSequence(c.Args)) code.Emit(Op.BUILD_TUPLE, c.Args.Count);
        else code.Emit(Op.LIST_TO_TUPLE);
        int flags = 0;
        if (c.Keywords.Count > 0)
        {
            flags = 1;
            code.Emit(Op.BUILD_MAP, 0);
            foreach (var k in c.Keywords)
            {
                if (k.Arg == null)
                {
                    CompileExpr(k.Value);
                    code.Emit(Op.DICT_MERGE, 1);
                }
                else
                {
                    code.Emit(Op.LOAD_CONST, code.ConstFor(k.Arg));
                    CompileExpr(k.Value);
                    code.Emit(Op.BUILD_MAP, 1);
                    code.Emit(Op.DICT_MERGE, 1);
                }
            }
        }
        code.Line = c.Line;
        code.Emit(Op.CALL_FUNCTION_EX, flags);
    }

    int KeywordNames(Call c)
    {
        var names = PyTuple.New(c.Keywords.Count);
        var seen = new HashSet<string>();
        for (int i = 0; i < c.Keywords.Count; i++)
        {
            if (!seen.Add(c.Keywords[i].Arg)) throw Error($"keyword argument repeated: {c.Keywords[i].Arg}", c.Keywords[i]);
            names.SetItemSteal(i, Rc.New(PyStr.Intern(c.Keywords[i].Arg)));
        }
        return code.AddConst(names);
    }

    // ───────────── f-strings ─────────────

    void CompileJoinedStr(JoinedStr j)
    {
        if (j.Values.Count == 1)
        {
            // One part needs no joining, as in CPython: a constant, or one FORMAT_VALUE.
            if (j.Values[0] is FormattedValue only) CompileFormattedValue(only);
            else CompileExpr(j.Values[0]);
            return;
        }
        foreach (var part in j.Values)
        {
            if (part is FormattedValue fv) CompileFormattedValue(fv);
            else CompileExpr(part);
        }
        code.Emit(Op.BUILD_STRING, j.Values.Count);
    }

    void CompileFormattedValue(FormattedValue fv)
    {
        CompileExpr(fv.Value);
        int flags = fv.Conversion switch { 's' => OpCodes.FmtStr, 'r' => OpCodes.FmtRepr, 'a' => OpCodes.FmtAscii, _ => 0 };
        if (fv.FormatSpec != null)
        {
            CompileJoinedStr(fv.FormatSpec);
            flags |= OpCodes.FmtHasSpec;
        }
        code.Emit(Op.FORMAT_VALUE, flags);
    }
}
