// Scope analysis: decides, for every name in every scope, whether it is a fast local, a
// cell shared with nested functions, a free variable of a closure, a global, or a name in
// a module or class namespace — the same rules as CPython's symtable.c.
using MiniPy.Syntax;
using Attribute = MiniPy.Syntax.Attribute;

namespace MiniPy.Compiler;

public enum ScopeKind { Module, Class, Function }

public enum NameScope { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Namespace, ClassDeref }

public sealed class Scope
{
    public ScopeKind Kind;
    public string Name;
    public Scope Parent;
    public readonly List<Scope> Children = new();
    public readonly List<string> Params = new();
    public readonly HashSet<string> Assigned = new();
    public readonly HashSet<string> Used = new();
    public readonly HashSet<string> DeclaredGlobal = new();
    public readonly HashSet<string> DeclaredNonlocal = new();
    /// <summary>The nonlocal statement that declared each name, for its error.</summary>
    public readonly Dictionary<string, Node> NonlocalStatements = new();
    public readonly Dictionary<string, NameScope> Symbols = new();
    public readonly SortedSet<string> CellVars = new(StringComparer.Ordinal);
    public readonly SortedSet<string> FreeVars = new(StringComparer.Ordinal);
    public bool IsGenerator;
    /// <summary>For a comprehension, the expression it comes from (errors point at it).</summary>
    public Node Comprehension;
    /// <summary>An async def: its frame runs as a coroutine.</summary>
    public bool IsCoroutine;
    /// <summary>An async def that yields: calling it makes an async generator.</summary>
    public bool IsAsyncGenerator;
    /// <summary>The first `return value` in the scope (not allowed in an async generator).</summary>
    public Node ValueReturn;
    public bool IsComprehension;
    public bool UsesClassCell; // a function that needs __class__ (zero-argument super())
    public Node Owner;

    public NameScope Lookup(string name)
    {
        if (Symbols.TryGetValue(name, out var s)) return s;
        return Kind == ScopeKind.Function ? NameScope.GlobalImplicit : NameScope.Namespace;
    }
}

public sealed class SymbolTable
{
    public readonly Dictionary<Node, Scope> Scopes = new(ReferenceEqualityComparer.Instance);
    public Scope Top;
    readonly string fileName;
    readonly SourceText source;

    readonly FutureFeatures features;

    SymbolTable(string fileName, SourceText source, FutureFeatures features)
    {
        this.fileName = fileName;
        this.source = source;
        this.features = features;
    }

    public static SymbolTable Build(Module module, SourceText source, FutureFeatures features)
    {
        var t = new SymbolTable(source.FileName, source, features);
        t.Top = new Scope { Kind = ScopeKind.Module, Name = "<module>", Owner = module };
        t.Scopes[module] = t.Top;
        var collector = new Collector(t);
        collector.VisitBody(module.Body, t.Top);
        t.Resolve(t.Top);
        return t;
    }

    SyntaxErrorException Error(string msg, Node at)
        => ErrorSpans.At(msg, fileName, at, source.Line(at?.Line ?? 1) ?? "");

    // ───────────── pass 2: resolution ─────────────

    void Resolve(Scope s)
    {
        var names = new HashSet<string>(s.Assigned);
        names.UnionWith(s.Used);
        names.UnionWith(s.Params);
        names.UnionWith(s.DeclaredGlobal);
        names.UnionWith(s.DeclaredNonlocal);
        foreach (var name in names)
        {
            if (s.DeclaredGlobal.Contains(name)) { s.Symbols[name] = NameScope.GlobalExplicit; continue; }
            switch (s.Kind)
            {
                case ScopeKind.Module:
                    s.Symbols[name] = NameScope.Namespace;
                    break;
                case ScopeKind.Class:
                    if (s.Assigned.Contains(name)) s.Symbols[name] = NameScope.Namespace;
                    else if (FindInEnclosingFunctions(s.Parent, name)) { s.Symbols[name] = NameScope.ClassDeref; s.FreeVars.Add(name); }
                    else s.Symbols[name] = NameScope.Namespace;
                    break;
                default:
                    if (s.DeclaredNonlocal.Contains(name))
                    {
                        if (!FindInEnclosingFunctions(s.Parent, name))
                            throw Error($"no binding for nonlocal '{name}' found", s.NonlocalStatements.GetValueOrDefault(name) ?? s.Owner);
                        s.Symbols[name] = NameScope.Free;
                        s.FreeVars.Add(name);
                    }
                    else if (s.Params.Contains(name) || s.Assigned.Contains(name)) s.Symbols[name] = NameScope.Local;
                    else if (FindInEnclosingFunctions(s.Parent, name)) { s.Symbols[name] = NameScope.Free; s.FreeVars.Add(name); }
                    else s.Symbols[name] = NameScope.GlobalImplicit;
                    break;
            }
        }
        if (s.UsesClassCell)
        {
            s.Symbols["__class__"] = NameScope.Free;
            s.FreeVars.Add("__class__");
        }
        foreach (var child in s.Children)
        {
            Resolve(child);
            foreach (var free in child.FreeVars)
            {
                if (s.Kind == ScopeKind.Class && free == "__class__")
                {
                    s.CellVars.Add("__class__");
                    continue;
                }
                if (s.Kind == ScopeKind.Function && s.Symbols.TryGetValue(free, out var sym) && (sym == NameScope.Local || sym == NameScope.Cell))
                {
                    s.Symbols[free] = NameScope.Cell;
                    s.CellVars.Add(free);
                }
                else if (s.Kind != ScopeKind.Module && !s.CellVars.Contains(free))
                {
                    // Passes through this scope on its way to the function that binds it.
                    s.FreeVars.Add(free);
                    if (!s.Symbols.ContainsKey(free)) s.Symbols[free] = s.Kind == ScopeKind.Class ? NameScope.Namespace : NameScope.Free;
                }
            }
        }
    }

    /// <summary>Whether a function scope enclosing s (class scopes skipped) binds name.</summary>
    static bool FindInEnclosingFunctions(Scope s, string name)
    {
        for (; s != null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Module) return false;
            if (s.Kind == ScopeKind.Class) continue;
            if (s.DeclaredGlobal.Contains(name)) return false;
            if (s.Params.Contains(name) || s.Assigned.Contains(name) || s.DeclaredNonlocal.Contains(name)) return true;
        }
        return false;
    }

    // ───────────── pass 1: collection ─────────────

    sealed class Collector
    {
        readonly SymbolTable table;
        public Collector(SymbolTable t) { table = t; }

        Scope NewScope(Scope parent, ScopeKind kind, string name, Node owner)
        {
            var s = new Scope { Kind = kind, Name = name, Parent = parent, Owner = owner };
            parent.Children.Add(s);
            table.Scopes[owner] = s;
            return s;
        }

        public void VisitBody(List<Stmt> body, Scope s)
        {
            foreach (var st in body) Visit(st, s);
        }

        void Assign(string name, Scope s, Node at)
        {
            if (s.DeclaredGlobal.Contains(name) || s.DeclaredNonlocal.Contains(name)) { s.Assigned.Add(name); return; }
            s.Assigned.Add(name);
        }

        void Declare(HashSet<string> set, string name, Scope s, Node at, string kind)
        {
            if (s.Params.Contains(name) && kind == "nonlocal")
                throw table.Error($"name '{name}' is parameter and nonlocal", at);
            if (s.Params.Contains(name) && kind == "global")
                throw table.Error($"name '{name}' is parameter and global", at);
            if (s.Used.Contains(name) || s.Assigned.Contains(name))
            {
                // CPython's two wordings: "assigned to before", "used prior to".
                var what = s.Assigned.Contains(name) ? "assigned to before" : "used prior to";
                throw table.Error($"name '{name}' is {what} {kind} declaration", at);
            }
            set.Add(name);
        }

        void Visit(Stmt st, Scope s)
        {
            switch (st)
            {
                case FunctionDef f:
                    foreach (var d in f.Decorators) Visit(d, s);
                    VisitDefaults(f.Args, s);
                    VisitAnnotations(f.Args, f.Returns, s);
                    Assign(f.BoundName ?? f.Name, s, f);
                    {
                        var fs = NewScope(s, ScopeKind.Function, f.Name, f);
                        fs.IsCoroutine = f.IsAsync;
                        AddParams(f.Args, fs);
                        VisitBody(f.Body, fs);
                        if (fs.IsAsyncGenerator && fs.ValueReturn != null)
                            throw table.Error("'return' with value in async generator", fs.ValueReturn);
                    }
                    break;
                case ClassDef c:
                    foreach (var d in c.Decorators) Visit(d, s);
                    foreach (var b in c.Bases) Visit(b, s);
                    foreach (var k in c.Keywords) Visit(k.Value, s);
                    Assign(c.BoundName ?? c.Name, s, c);
                    {
                        var cs = NewScope(s, ScopeKind.Class, c.Name, c);
                        VisitBody(c.Body, cs);
                    }
                    break;
                case Return r:
                    if (s.Kind != ScopeKind.Function) throw table.Error("'return' outside function", r);
                    if (r.Value != null) s.ValueReturn ??= r;
                    if (r.Value != null) Visit(r.Value, s);
                    break;
                case Delete d: foreach (var t in d.Targets) VisitTarget(t, s); break;
                case Assign a:
                    foreach (var t in a.Targets) VisitTarget(t, s);
                    Visit(a.Value, s);
                    break;
                case AugAssign au:
                    VisitTarget(au.Target, s);
                    if (au.Target is Name n) s.Used.Add(n.Id);
                    else Visit(au.Target, s);
                    Visit(au.Value, s);
                    break;
                case AnnAssign an:
                    VisitTarget(an.Target, s);
                    if (an.Value != null) Visit(an.Value, s);
                    // Evaluated where it stands, except in a function or under PEP 563.
                    if (s.Kind != ScopeKind.Function && !table.features.Annotations) Visit(an.Annotation, s);
                    break;
                case For fo:
                    VisitTarget(fo.Target, s);
                    Visit(fo.Iter, s);
                    VisitBody(fo.Body, s);
                    VisitBody(fo.OrElse, s);
                    break;
                case While w:
                    Visit(w.Test, s);
                    VisitBody(w.Body, s);
                    VisitBody(w.OrElse, s);
                    break;
                case If i:
                    Visit(i.Test, s);
                    VisitBody(i.Body, s);
                    VisitBody(i.OrElse, s);
                    break;
                case With w:
                    foreach (var item in w.Items)
                    {
                        Visit(item.ContextExpr, s);
                        if (item.OptionalVars != null) VisitTarget(item.OptionalVars, s);
                    }
                    VisitBody(w.Body, s);
                    break;
                case Raise r:
                    if (r.Exc != null) Visit(r.Exc, s);
                    if (r.Cause != null) Visit(r.Cause, s);
                    break;
                case Reraise rr:
                    Visit(rr.Value, s);
                    break;
                case Try t:
                    VisitBody(t.Body, s);
                    foreach (var h in t.Handlers)
                    {
                        if (h.Type != null) Visit(h.Type, s);
                        if (h.Name != null) Assign(h.Name, s, h);
                        VisitBody(h.Body, s);
                    }
                    VisitBody(t.OrElse, s);
                    VisitBody(t.FinalBody, s);
                    break;
                case Assert a:
                    Visit(a.Test, s);
                    if (a.Msg != null) Visit(a.Msg, s);
                    break;
                case Import im:
                    foreach (var al in im.Names) Assign(al.AsName ?? al.Name.Split('.')[0], s, al);
                    break;
                case ImportFrom imf:
                    foreach (var al in imf.Names)
                    {
                        if (al.Name == "*")
                        {
                            if (s.Kind != ScopeKind.Module) throw table.Error("import * only allowed at module level", imf);
                            continue;
                        }
                        Assign(al.AsName ?? al.Name, s, al);
                    }
                    break;
                case Global g:
                    foreach (var gn in g.Names) Declare(s.DeclaredGlobal, gn, s, g, "global");
                    break;
                case Nonlocal nl:
                    if (s.Kind == ScopeKind.Module) throw table.Error("nonlocal declaration not allowed at module level", nl);
                    foreach (var nn in nl.Names)
                    {
                        Declare(s.DeclaredNonlocal, nn, s, nl, "nonlocal");
                        s.NonlocalStatements.TryAdd(nn, nl);
                    }
                    break;
                case ExprStmt e: Visit(e.Value, s); break;
                case Pass or Break or Continue: break;
                default: throw table.Error($"{st.GetType().Name} is not supported by MiniPy", st);
            }
        }

        void VisitDefaults(Arguments a, Scope s)
        {
            foreach (var d in a.Defaults) Visit(d, s);
            foreach (var d in a.KwDefaults) if (d != null) Visit(d, s);
        }

        /// <summary>A def's annotations are evaluated in the scope around it (unless PEP 563
        /// keeps them as text).</summary>
        void VisitAnnotations(Arguments a, Expr returns, Scope s)
        {
            if (table.features.Annotations) return;
            foreach (var p in a.PosOnlyArgs) Visit(p.Annotation, s);
            foreach (var p in a.Args) Visit(p.Annotation, s);
            foreach (var p in a.KwOnlyArgs) Visit(p.Annotation, s);
            Visit(a.VarArg?.Annotation, s);
            Visit(a.KwArg?.Annotation, s);
            Visit(returns, s);
        }

        void AddParams(Arguments a, Scope fs)
        {
            foreach (var p in a.PosOnlyArgs) AddParam(p, fs);
            foreach (var p in a.Args) AddParam(p, fs);
            foreach (var p in a.KwOnlyArgs) AddParam(p, fs);
            if (a.VarArg != null) AddParam(a.VarArg, fs);
            if (a.KwArg != null) AddParam(a.KwArg, fs);
        }

        void AddParam(Arg p, Scope fs)
        {
            if (fs.Params.Contains(p.Name)) throw table.Error($"duplicate argument '{p.Name}' in function definition", p);
            fs.Params.Add(p.Name);
        }

        void VisitTarget(Expr t, Scope s)
        {
            switch (t)
            {
                case Name n: Assign(n.Id, s, n); break;
                case TupleExpr tu: foreach (var e in tu.Elts) VisitTarget(e, s); break;
                case ListExpr l: foreach (var e in l.Elts) VisitTarget(e, s); break;
                case Starred st: VisitTarget(st.Value, s); break;
                case Attribute a: Visit(a.Value, s); break;
                case Subscript sub: Visit(sub.Value, s); Visit(sub.Index, s); break;
                default: Visit(t, s); break;
            }
        }

        void Visit(Expr e, Scope s)
        {
            switch (e)
            {
                case null: break;
                case Constant: break;
                case JoinedStr j: foreach (var v in j.Values) Visit(v, s); break;
                case FormattedValue fv: Visit(fv.Value, s); if (fv.FormatSpec != null) Visit(fv.FormatSpec, s); break;
                case Name n:
                    s.Used.Add(n.Id);
                    if (n.Id == "super" || n.Id == "__class__") MarkClassCell(s);
                    break;
                case Attribute a: Visit(a.Value, s); break;
                case Subscript sub: Visit(sub.Value, s); Visit(sub.Index, s); break;
                case Slice sl: Visit(sl.Lower, s); Visit(sl.Upper, s); Visit(sl.Step, s); break;
                case Call c:
                    Visit(c.Func, s);
                    foreach (var a in c.Args) Visit(a, s);
                    foreach (var k in c.Keywords) Visit(k.Value, s);
                    break;
                case BinOp b: Visit(b.Left, s); Visit(b.Right, s); break;
                case UnaryOp u: Visit(u.Operand, s); break;
                case BoolOp bo: foreach (var v in bo.Values) Visit(v, s); break;
                case Compare cmp: Visit(cmp.Left, s); foreach (var v in cmp.Comparators) Visit(v, s); break;
                case IfExp ie: Visit(ie.Test, s); Visit(ie.Body, s); Visit(ie.OrElse, s); break;
                case Lambda l:
                    VisitDefaults(l.Args, s);
                    {
                        var ls = NewScope(s, ScopeKind.Function, "<lambda>", l);
                        AddParams(l.Args, ls);
                        Visit(l.Body, ls);
                    }
                    break;
                case NamedExpr ne:
                    Visit(ne.Value, s);
                    {
                        var target = s;
                        while (target.IsComprehension) target = target.Parent;
                        Assign(ne.Target.Id, target, ne);
                        if (target != s)
                        {
                            // Bound in the enclosing scope; the comprehension reaches it as a free variable.
                            if (target.Kind == ScopeKind.Module) s.DeclaredGlobal.Add(ne.Target.Id);
                            else s.DeclaredNonlocal.Add(ne.Target.Id);
                        }
                    }
                    break;
                case ListExpr l: foreach (var v in l.Elts) Visit(v, s); break;
                case TupleExpr t: foreach (var v in t.Elts) Visit(v, s); break;
                case SetExpr st: foreach (var v in st.Elts) Visit(v, s); break;
                case DictExpr d:
                    foreach (var k in d.Keys) Visit(k, s);
                    foreach (var v in d.Values) Visit(v, s);
                    break;
                case Starred st: Visit(st.Value, s); break;
                case ListComp lc: VisitComprehension(e, lc.Generators, s, "<listcomp>", cs => Visit(lc.Elt, cs), false); break;
                case SetComp sc: VisitComprehension(e, sc.Generators, s, "<setcomp>", cs => Visit(sc.Elt, cs), false); break;
                case GeneratorExp ge: VisitComprehension(e, ge.Generators, s, "<genexpr>", cs => Visit(ge.Elt, cs), true); break;
                case DictComp dc: VisitComprehension(e, dc.Generators, s, "<dictcomp>", cs => { Visit(dc.Key, cs); Visit(dc.Value, cs); }, false); break;
                case Yield y:
                    CheckYield(s, y);
                    Visit(y.Value, s);
                    break;
                case YieldFrom yf:
                    CheckYield(s, yf);
                    Visit(yf.Value, s);
                    break;
                case Intrinsic intrinsic:
                    foreach (var arg in intrinsic.Args) Visit(arg, s);
                    break;
                case Await aw:
                    if (s.Kind != ScopeKind.Function) throw table.Error($"'{aw.Construct}' outside function", aw);
                    if (s.IsComprehension) MakeAwaitingComprehension(s, aw);
                    if (!s.IsCoroutine) throw table.Error($"'{aw.Construct}' outside async function", aw);
                    Visit(aw.Value, s);
                    break;
                default: throw table.Error($"{e.GetType().Name} is not supported by MiniPy", e);
            }
        }

        void CheckYield(Scope s, Node at)
        {
            if (s.Kind != ScopeKind.Function) throw table.Error("'yield' outside function", at);
            if (s.IsComprehension) throw table.Error("'yield' inside list comprehension", at);
            if (s.IsCoroutine)
            {
                if (at is YieldFrom) throw table.Error("'yield from' inside async function", at);
                s.IsAsyncGenerator = true;
                return;
            }
            s.IsGenerator = true;
        }

        /// <summary>A comprehension that awaits (or has an `async for` clause). A generator
        /// expression becomes an asynchronous generator expression, allowed anywhere. A list,
        /// set or dict comprehension, inside an async def, runs as a coroutine of its own that
        /// its owner awaits — and so do the list, set and dict comprehensions around it, up to
        /// the async def or to a generator expression, which becomes asynchronous.</summary>
        void MakeAwaitingComprehension(Scope s, Node at)
        {
            for (var c = s; c.IsComprehension; c = c.Parent)
            {
                if (c.IsGenerator)
                {
                    c.IsCoroutine = true;
                    c.IsAsyncGenerator = true;
                    return;
                }
                c.IsCoroutine = true;
                var parent = c.Parent;
                if (!parent.IsComprehension && (parent.Kind != ScopeKind.Function || !(parent.IsCoroutine || parent.IsAsyncGenerator)))
                    throw table.Error("asynchronous comprehension outside of an asynchronous function", c.Comprehension ?? at);
            }
        }

        void MarkClassCell(Scope s)
        {
            if (s.Kind != ScopeKind.Function) return;
            for (var p = s.Parent; p != null; p = p.Parent)
            {
                if (p.Kind == ScopeKind.Class) { s.UsesClassCell = true; return; }
                if (p.Kind == ScopeKind.Module) return;
            }
        }

        void VisitComprehension(Expr owner, List<Comprehension> gens, Scope s, string name, Action<Scope> visitElt, bool isGenerator)
        {
            Visit(gens[0].Iter, s);
            var cs = NewScope(s, ScopeKind.Function, name, owner);
            cs.IsComprehension = true;
            cs.Comprehension = owner;
            cs.IsGenerator = isGenerator;
            cs.Params.Add(".0");
            for (int i = 0; i < gens.Count; i++)
            {
                if (i > 0) Visit(gens[i].Iter, cs);
                VisitTarget(gens[i].Target, cs);
                foreach (var cond in gens[i].Ifs) Visit(cond, cs);
            }
            visitElt(cs);
            if (gens.Exists(g => g.IsAsync)) MakeAwaitingComprehension(cs, owner);
        }
    }
}
