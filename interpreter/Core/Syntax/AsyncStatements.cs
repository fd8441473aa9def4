// `async with` and `async for`, rewritten right after parsing into the statements they mean
// (PEP 492), so that nothing after the parser needs to know them. Each becomes plain
// statements around `await` expressions; the hidden names start with a dot, which no
// program can write. Below, <type>, <__aexit__> and the like stand for intrinsics (see
// VM/Intrinsics.cs): the protocol looked up on the type as CPython does, with its errors,
// and the built-in objects, which a program's own names (a parameter `type`) cannot hide.
//
//   async with EXPR as VAR:          .mgr = EXPR
//       BODY                         .aexit = <__aexit__ of .mgr>
//                                    VAR = await <__aenter__(.mgr)>
//                                    .ok = True
//                                    try:
//                                        try:
//                                            BODY
//                                        except <BaseException> as .exc:
//                                            .ok = False
//                                            if not await .aexit(.mgr, <type>(.exc), .exc, .exc.__traceback__):
//                                                raise
//                                    finally:
//                                        if .ok:
//                                            await .aexit(.mgr, None, None, None)
//
//   async for TARGET in ITER:        .it = ITER
//       BODY                         .ait = <__aiter__(.it)>
//   else:                            .done = False
//       ORELSE                       while True:
//                                        try:
//                                            .next = await <__anext__(.ait)>
//                                        except <StopAsyncIteration>:
//                                            .done = True
//                                            break
//                                        TARGET = .next
//                                        BODY
//                                    if .done:
//                                        ORELSE
//
// `async with A, B:` is two nested statements, as `with A, B:` is.
namespace MiniPy.Syntax;

internal sealed class AsyncStatements
{
    int counter;

    public static void Rewrite(Module module)
    {
        var rewriter = new AsyncStatements();
        StatementRewriter.Rewrite(module.Body, st => st switch
        {
            With { IsAsync: true } w => rewriter.AsyncWith(w, 0),
            For { IsAsync: true } f => rewriter.AsyncFor(f),
            _ => null,
        });
    }

    List<Stmt> AsyncWith(With w, int item)
    {
        int n = ++counter;
        var at = w;
        var withItem = w.Items[item];
        string mgr = ".mgr" + n, aexit = ".aexit" + n, ok = ".ok" + n, exc = ".exc" + n;
        var inner = item + 1 < w.Items.Count ? AsyncWith(w, item + 1) : w.Body;

        var result = new List<Stmt>
        {
            Assign(at, Name(at, mgr), withItem.ContextExpr),
            Assign(at, Name(at, aexit), Intrinsic(at, IntrinsicKind.AsyncExit, Name(at, mgr))),
        };
        var enter = Await(at, Intrinsic(at, IntrinsicKind.AsyncEnter, Name(at, mgr)), "async with");
        result.Add(withItem.OptionalVars != null ? Assign(at, withItem.OptionalVars, enter) : Nodes.AtNode(new ExprStmt { Value = enter }, at));
        result.Add(Assign(at, Name(at, ok), Const(at, true)));

        var suppressed = Await(at, Call(at, Name(at, aexit), Name(at, mgr), TypeOf(at, Name(at, exc)), Name(at, exc), Attr(at, Name(at, exc), "__traceback__")), "async with");
        var handler = Nodes.AtNode(new ExceptHandler
        {
            Type = Intrinsic(at, IntrinsicKind.BaseExceptionType),
            Name = exc,
            Body =
            {
                Assign(at, Name(at, ok), Const(at, false)),
                Nodes.AtNode(new If
                {
                    Test = Nodes.AtNode(new UnaryOp { Op = UnaryOperator.Not, Operand = suppressed }, at),
                    Body = { Nodes.AtNode(new Raise(), at) },
                }, at),
            },
        }, at);
        var tryBody = Nodes.AtNode(new Try { Body = inner, Handlers = { handler } }, at);
        var exit = Nodes.AtNode(new ExprStmt
        {
            Value = Await(at, Call(at, Name(at, aexit), Name(at, mgr), Const(at, null), Const(at, null), Const(at, null)), "async with"),
        }, at);
        result.Add(Nodes.AtNode(new Try
        {
            Body = { tryBody },
            FinalBody = { Nodes.AtNode(new If { Test = Name(at, ok), Body = { exit } }, at) },
        }, at));
        return result;
    }

    List<Stmt> AsyncFor(For f)
    {
        int n = ++counter;
        var at = f;
        string it = ".it" + n, ait = ".ait" + n, done = ".done" + n, next = ".next" + n;
        bool hasElse = f.OrElse.Count > 0;
        var result = new List<Stmt>
        {
            Assign(at, Name(at, it), f.Iter),
            Assign(at, Name(at, ait), Intrinsic(at, IntrinsicKind.AsyncIter, Name(at, it))),
        };
        if (hasElse) result.Add(Assign(at, Name(at, done), Const(at, false)));

        var stop = Nodes.AtNode(new ExceptHandler { Type = Intrinsic(at, IntrinsicKind.StopAsyncIterationType) }, at);
        if (hasElse) stop.Body.Add(Assign(at, Name(at, done), Const(at, true)));
        stop.Body.Add(Nodes.AtNode(new Break(), at));
        var fetch = Nodes.AtNode(new Try
        {
            Body = { Assign(at, Name(at, next), Await(at, Intrinsic(at, IntrinsicKind.AsyncNext, Name(at, ait)), "async for")) },
            Handlers = { stop },
        }, at);
        var loop = Nodes.AtNode(new While { Test = Const(at, true) }, at);
        loop.Body.Add(fetch);
        loop.Body.Add(Assign(at, f.Target, Name(at, next)));
        loop.Body.AddRange(f.Body);
        result.Add(loop);
        if (hasElse) result.Add(Nodes.AtNode(new If { Test = Name(at, done), Body = f.OrElse }, at));
        return result;
    }

    static Stmt Assign(Node at, Expr target, Expr value)
        => Nodes.AtNode(new Assign { Targets = { target }, Value = value }, at);

    static Expr Const(Node at, object value) => Nodes.AtNode(new Constant(value), at);

    static Name Name(Node at, string id) => Nodes.AtNode(new Name(id), at);

    static Expr Attr(Node at, Expr value, string attr) => Nodes.AtNode(new Attribute { Value = value, Attr = attr }, at);

    static Expr TypeOf(Node at, Expr value) => Intrinsic(at, IntrinsicKind.TypeOf, value);

    static Expr Intrinsic(Node at, IntrinsicKind kind, params Expr[] args)
    {
        var intrinsic = Nodes.AtNode(new Intrinsic { Kind = kind }, at);
        intrinsic.Args.AddRange(args);
        return intrinsic;
    }

    static Expr Call(Node at, Expr func, params Expr[] args)
    {
        var call = Nodes.AtNode(new Call { Func = func }, at);
        call.Args.AddRange(args);
        return call;
    }

    static Expr Await(Node at, Expr value, string construct)
        => Nodes.AtNode(new Await { Value = value, Construct = construct }, at);
}
