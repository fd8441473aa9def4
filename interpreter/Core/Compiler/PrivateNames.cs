// PrivateNames: Python's private name mangling, done on the syntax tree before the symbol
// table sees it. Inside a class body — including the functions, lambdas and comprehensions
// nested in it, but not a nested class, which mangles with its own name — an identifier
// spelled __spam (two leading underscores, not two trailing ones) means _ClassName__spam,
// so that a subclass's self.__data and its base's self.__data are different attributes.
//
// As in CPython (Python/compile.c's _Py_Mangle), what is renamed is every identifier the
// program uses as a name or an attribute: names read, stored and deleted, attributes,
// parameters, the names def, class, import ... as, except ... as, global and nonlocal bind;
// and the keys of a class's __annotations__, which come from the names. Not renamed:
// keyword arguments in calls, the module named by an import, dotted names, and a class name
// made only of underscores. (__slots__ entries are mangled when the class is created.)
using MiniPy.Runtime;
using MiniPy.Syntax;
using Attribute = MiniPy.Syntax.Attribute;

namespace MiniPy.Compiler;

public sealed class PrivateNames
{
    static string Mangle(string className, string name) => PrivateName.Mangle(className, name);

    /// <summary>The mangled name a def or class binds, or null when it is the name itself
    /// (CPython mangles only the binding: __name__ and __qualname__ keep the spelling).</summary>
    static string Bound(string className, string name)
    {
        var mangled = Mangle(className, name);
        return ReferenceEquals(mangled, name) ? null : mangled;
    }

    /// <summary>Under PEP 563 an annotation is kept as the text the program wrote, unmangled.</summary>
    readonly bool keepAnnotations;

    PrivateNames(bool keepAnnotations) { this.keepAnnotations = keepAnnotations; }

    /// <summary>Renames the private names of every class in the module, in place.</summary>
    public static void Apply(Module module, bool annotationsAsText)
    {
        if (!MayNeedMangling(module)) return;
        new PrivateNames(annotationsAsText).Body(module.Body, null);
    }

    void Annotation(Expr e, string cls)
    {
        if (!keepAnnotations) Expr(e, cls);
    }

    // Only a module with a class can need it; most modules are skipped without a walk.
    static bool MayNeedMangling(Module module) => ContainsClass(module.Body);

    static bool ContainsClass(List<Stmt> body)
    {
        foreach (var st in body)
        {
            switch (st)
            {
                case ClassDef: return true;
                case FunctionDef f when ContainsClass(f.Body): return true;
                case If i when ContainsClass(i.Body) || ContainsClass(i.OrElse): return true;
                case For f when ContainsClass(f.Body) || ContainsClass(f.OrElse): return true;
                case While w when ContainsClass(w.Body) || ContainsClass(w.OrElse): return true;
                case With w when ContainsClass(w.Body): return true;
                case Try t when ContainsClass(t.Body) || ContainsClass(t.OrElse) || ContainsClass(t.FinalBody)
                                || t.Handlers.Any(h => ContainsClass(h.Body)): return true;
            }
        }
        return false;
    }

    void Body(List<Stmt> body, string cls)
    {
        foreach (var st in body) Stmt(st, cls);
    }

    void Stmt(Stmt st, string cls)
    {
        switch (st)
        {
            case FunctionDef f:
                Exprs(f.Decorators, cls);
                f.BoundName = Bound(cls, f.Name);
                Arguments(f.Args, cls);
                Annotation(f.Returns, cls);
                Body(f.Body, cls);
                break;
            case ClassDef c:
                Exprs(c.Decorators, cls);
                Exprs(c.Bases, cls);
                foreach (var k in c.Keywords) Expr(k.Value, cls);
                c.BoundName = Bound(cls, c.Name);
                Body(c.Body, c.Name);
                break;
            case Return r: Expr(r.Value, cls); break;
            case Delete d: Exprs(d.Targets, cls); break;
            case Assign a:
                Exprs(a.Targets, cls);
                Expr(a.Value, cls);
                break;
            case AugAssign au:
                Expr(au.Target, cls);
                Expr(au.Value, cls);
                break;
            case AnnAssign an:
                Expr(an.Target, cls);
                Annotation(an.Annotation, cls);
                Expr(an.Value, cls);
                break;
            case For fo:
                Expr(fo.Target, cls);
                Expr(fo.Iter, cls);
                Body(fo.Body, cls);
                Body(fo.OrElse, cls);
                break;
            case While w:
                Expr(w.Test, cls);
                Body(w.Body, cls);
                Body(w.OrElse, cls);
                break;
            case If i:
                Expr(i.Test, cls);
                Body(i.Body, cls);
                Body(i.OrElse, cls);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    Expr(item.ContextExpr, cls);
                    Expr(item.OptionalVars, cls);
                }
                Body(w.Body, cls);
                break;
            case Raise ra:
                Expr(ra.Exc, cls);
                Expr(ra.Cause, cls);
                break;
            case Reraise rr:
                Expr(rr.Value, cls);
                break;
            case Try t:
                Body(t.Body, cls);
                foreach (var h in t.Handlers)
                {
                    Expr(h.Type, cls);
                    h.Name = Mangle(cls, h.Name);
                    Body(h.Body, cls);
                }
                Body(t.OrElse, cls);
                Body(t.FinalBody, cls);
                break;
            case Assert asr:
                Expr(asr.Test, cls);
                Expr(asr.Msg, cls);
                break;
            case Import im:
                foreach (var alias in im.Names) BoundName(alias, cls);
                break;
            case ImportFrom imf:
                foreach (var alias in imf.Names)
                    if (alias.Name != "*") BoundName(alias, cls);
                break;
            case Global g:
                for (int n = 0; n < g.Names.Count; n++) g.Names[n] = Mangle(cls, g.Names[n]);
                break;
            case Nonlocal nl:
                for (int n = 0; n < nl.Names.Count; n++) nl.Names[n] = Mangle(cls, nl.Names[n]);
                break;
            case ExprStmt e: Expr(e.Value, cls); break;
        }
    }

    /// <summary>import x as __y binds _C__y; the module or attribute imported keeps its name.</summary>
    static void BoundName(Alias alias, string cls)
    {
        var bound = alias.AsName ?? alias.Name;
        var mangled = Mangle(cls, bound);
        if (!ReferenceEquals(mangled, bound)) alias.AsName = mangled;
    }

    void Arguments(Arguments args, string cls)
    {
        if (args == null) return;
        Exprs(args.Defaults, cls);
        foreach (var d in args.KwDefaults) Expr(d, cls);
        foreach (var a in args.PosOnlyArgs) Arg(a, cls);
        foreach (var a in args.Args) Arg(a, cls);
        foreach (var a in args.KwOnlyArgs) Arg(a, cls);
        if (args.VarArg != null) Arg(args.VarArg, cls);
        if (args.KwArg != null) Arg(args.KwArg, cls);
    }

    void Arg(Arg a, string cls)
    {
        a.Name = Mangle(cls, a.Name);
        Annotation(a.Annotation, cls);
    }

    void Exprs(List<Expr> exprs, string cls)
    {
        foreach (var e in exprs) Expr(e, cls);
    }

    void Generators(List<Comprehension> generators, string cls)
    {
        foreach (var g in generators)
        {
            Expr(g.Target, cls);
            Expr(g.Iter, cls);
            Exprs(g.Ifs, cls);
        }
    }

    void Expr(Expr e, string cls)
    {
        switch (e)
        {
            case null: return;
            case Name n: n.Id = Mangle(cls, n.Id); break;
            case Attribute at:
                Expr(at.Value, cls);
                at.Attr = Mangle(cls, at.Attr);
                break;
            case Subscript s:
                Expr(s.Value, cls);
                Expr(s.Index, cls);
                break;
            case Slice sl:
                Expr(sl.Lower, cls);
                Expr(sl.Upper, cls);
                Expr(sl.Step, cls);
                break;
            case Call c:
                Expr(c.Func, cls);
                Exprs(c.Args, cls);
                foreach (var k in c.Keywords) Expr(k.Value, cls);
                break;
            case BinOp b:
                Expr(b.Left, cls);
                Expr(b.Right, cls);
                break;
            case UnaryOp u: Expr(u.Operand, cls); break;
            case BoolOp bo: Exprs(bo.Values, cls); break;
            case Compare cmp:
                Expr(cmp.Left, cls);
                Exprs(cmp.Comparators, cls);
                break;
            case IfExp ie:
                Expr(ie.Test, cls);
                Expr(ie.Body, cls);
                Expr(ie.OrElse, cls);
                break;
            case Lambda l:
                Arguments(l.Args, cls);
                Expr(l.Body, cls);
                break;
            case NamedExpr ne:
                Expr(ne.Target, cls);
                Expr(ne.Value, cls);
                break;
            case ListExpr le: Exprs(le.Elts, cls); break;
            case TupleExpr te: Exprs(te.Elts, cls); break;
            case SetExpr se: Exprs(se.Elts, cls); break;
            case DictExpr de:
                foreach (var k in de.Keys) Expr(k, cls);
                Exprs(de.Values, cls);
                break;
            case Starred st: Expr(st.Value, cls); break;
            case ListComp lc:
                Expr(lc.Elt, cls);
                Generators(lc.Generators, cls);
                break;
            case SetComp sc:
                Expr(sc.Elt, cls);
                Generators(sc.Generators, cls);
                break;
            case GeneratorExp ge:
                Expr(ge.Elt, cls);
                Generators(ge.Generators, cls);
                break;
            case DictComp dc:
                Expr(dc.Key, cls);
                Expr(dc.Value, cls);
                Generators(dc.Generators, cls);
                break;
            case Yield y: Expr(y.Value, cls); break;
            case YieldFrom yf: Expr(yf.Value, cls); break;
            case Await aw: Expr(aw.Value, cls); break;
            case Intrinsic intrinsic: foreach (var arg in intrinsic.Args) Expr(arg, cls); break;
            case JoinedStr j: Exprs(j.Values, cls); break;
            case FormattedValue fv:
                Expr(fv.Value, cls);
                Expr(fv.FormatSpec, cls);
                break;
        }
    }
}
