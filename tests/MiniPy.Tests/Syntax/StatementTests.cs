// Statement forms: each case is a small program and the tree it must produce.
using MiniPy.Syntax;
using Assert = NUnit.Framework.Assert;
using static MiniPy.Tests.Syntax.ParseHelpers;

namespace MiniPy.Tests.Syntax;

public class StatementTests
{
    [TestCase("x = 1", "(= x (Const 1))")]
    [TestCase("a = b = 1", "(= a b (Const 1))")]
    [TestCase("a, b = b, a", "(= (Tuple a b) (Tuple b a))")]
    [TestCase("first, *rest = items", "(= (Tuple first (* rest)) items)")]
    [TestCase("[a, (b, c)] = x", "(= (List a (Tuple b c)) x)")]
    [TestCase("obj.attr = d[k] = v", "(= (. obj attr) ([] d k) v)")]
    [TestCase("x += 1", "(+= x (Const 1))")]
    [TestCase("x //= 2", "(//= x (Const 2))")]
    [TestCase("x **= 2", "(**= x (Const 2))")]
    [TestCase("x >>= 1", "(>>= x (Const 1))")]
    [TestCase("x <<= 1", "(<<= x (Const 1))")]
    [TestCase("m @= n", "(@= m n)")]
    [TestCase("x %= 3; y |= 4; z ^= 5; w &= 6", "(%= x (Const 3)) (|= y (Const 4)) (^= z (Const 5)) (&= w (Const 6))")]
    [TestCase("x: int = 1", "(Ann x int (Const 1))")]
    [TestCase("self.x: list", "(Ann (. self x) list _)")]
    [TestCase("del a, b[0], c.d", "(Del a ([] b (Const 0)) (. c d))")]
    [TestCase("pass", "(Pass)")]
    [TestCase("raise", "(Raise _ _)")]
    [TestCase("raise E('x') from cause", "(Raise (Call E (Const 'x')) cause)")]
    [TestCase("global a, b", "(Global a b)")]
    [TestCase("assert x, 'msg'", "(Assert x (Const 'msg'))")]
    [TestCase("assert x", "(Assert x _)")]
    [TestCase("import a.b as c, d", "(Import a.b as c, d)")]
    [TestCase("from m import a as b, c", "(From m import a as b, c)")]
    [TestCase("from m import (a,\n    b,)", "(From m import a, b)")]
    [TestCase("from m import *", "(From m import *)")]
    [TestCase("from . import x", "(From . import x)")]
    [TestCase("from ..pkg.mod import y", "(From ..pkg.mod import y)")]
    [TestCase("from ... import z", "(From ... import z)")]
    [TestCase("a = 1; b = 2;", "(= a (Const 1)) (= b (Const 2))")]
    [TestCase("match = 1\ncase = match", "(= match (Const 1)) (= case match)")]
    [TestCase("print(match, case, _)", "(Expr (Call print match case _))")]
    public void SimpleStatements(string source, string expected)
    {
        Assert.That(Stmts(source + "\n"), Is.EqualTo(expected));
    }

    [TestCase("def f():\n    return\n", "(Def f [] (body (Return _)))")]
    [TestCase("def f():\n    return 1, 2\n", "(Def f [] (body (Return (Tuple (Const 1) (Const 2)))))")]
    [TestCase("def f():\n    yield\n    yield x\n    yield from y\n", "(Def f [] (body (Expr (Yield _)) (Expr (Yield x)) (Expr (YieldFrom y))))")]
    [TestCase("def f(): return (yield)", "(Def f [] (body (Return (Yield _))))")]
    [TestCase("def f(a, b=1, *args, c, d=2, **kw): pass", "(Def f [a, b=(Const 1), *args, c, d=(Const 2), **kw] (body (Pass)))")]
    [TestCase("def f(a, /, b, *, c): pass", "(Def f [a, /, b, *, c] (body (Pass)))")]
    [TestCase("def f(a: int, *b: str, **c: dict) -> bool: pass", "(Def f [a:int, *b:str, **c:dict] -> bool (body (Pass)))")]
    [TestCase("@dec\n@mod.dec(1)\ndef f(): pass", "(Def f [] (@ dec (Call (. mod dec) (Const 1))) (body (Pass)))")]
    [TestCase("@(lambda f: f)\ndef f(): pass", "(Def f [] (@ (Lambda [f] f)) (body (Pass)))")]
    [TestCase("class A: pass", "(Class A (bases) (body (Pass)))")]
    [TestCase("class A(B, metaclass=M):\n    x = 1\n", "(Class A (bases B (kw metaclass M)) (body (= x (Const 1))))")]
    [TestCase("@dataclass\nclass A(): pass", "(Class A (bases) (@ dataclass) (body (Pass)))")]
    [TestCase("if a: b\nelif c: d\nelse: e", "(If a (body (Expr b)) (else (If c (body (Expr d)) (else (Expr e)))))")]
    [TestCase("if a:\n    b\n    c\n", "(If a (body (Expr b) (Expr c)))")]
    [TestCase("while x:\n    break\nelse:\n    y\n", "(While x (body (Break)) (else (Expr y)))")]
    [TestCase("for k, v in d.items():\n    continue\nelse:\n    pass\n", "(For (Tuple k v) (Call (. d items)) (body (Continue)) (else (Pass)))")]
    [TestCase("for x in 1, 2: pass", "(For x (Tuple (Const 1) (Const 2)) (body (Pass)))")]
    [TestCase("for (a, *b) in c: pass", "(For (Tuple a (* b)) c (body (Pass)))")]
    [TestCase("try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
        "(Try (body (Expr a)) (except (Tuple A B) as e (body (Expr b))) (except C (body (Expr c))) (except _ (body (Expr d))) (else (Expr e)) (finally (Expr f)))")]
    [TestCase("try: a\nfinally: b", "(Try (body (Expr a)) (finally (Expr b)))")]
    [TestCase("with a as b, c:\n    pass\n", "(With (item a as b) (item c) (body (Pass)))")]
    [TestCase("with (a as b, c as (d, e),):\n    pass\n", "(With (item a as b) (item c as (Tuple d e)) (body (Pass)))")]
    [TestCase("def g():\n    with (yield x) as y, (z): pass", "(Def g [] (body (With (item (Yield x) as y) (item z) (body (Pass)))))")]
    [TestCase("def g():\n    x = yield v", "(Def g [] (body (= x (Yield v))))")]
    [TestCase("with open(f) as g: pass", "(With (item (Call open f) as g) (body (Pass)))")]
    public void CompoundStatements(string source, string expected)
    {
        Assert.That(Stmts(source + "\n"), Is.EqualTo(expected));
    }

    [Test]
    public void NestedBlocksCloseAtTheRightDepth()
    {
        const string source = "def f(n):\n    if n:\n        for i in n:\n            pass\n        return 1\n    return 2\nx = f\n";
        Assert.That(Stmts(source), Is.EqualTo(
            "(Def f [n] (body (If n (body (For i n (body (Pass))) (Return (Const 1)))) (Return (Const 2)))) (= x f)"));
    }

    [Test]
    public void StatementsCarryLineAndColumn()
    {
        var module = Parse("import os\nif x:\n    y = 1\n");
        var ifStmt = (If)module.Body[1];
        Assert.That((ifStmt.Line, ifStmt.Col), Is.EqualTo((2, 0)));
        Assert.That((ifStmt.Body[0].Line, ifStmt.Body[0].Col), Is.EqualTo((3, 4)));
    }

    [Test]
    public void DecoratedDefinitionsStartAtTheirKeyword()
    {
        var def = (FunctionDef)Parse("@dec\ndef f(): pass\n").Body[0];
        Assert.That(def.Line, Is.EqualTo(2));
    }

    [Test]
    public void ArgumentsHoldDefaultsAsPython()
    {
        var def = (FunctionDef)Parse("def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n").Body[0];
        var args = def.Args;
        Assert.That(args.PosOnlyArgs.Select(a => a.Name), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(args.Args.Select(a => a.Name), Is.EqualTo(new[] { "c" }));
        Assert.That(args.Defaults, Has.Count.EqualTo(2));
        Assert.That(args.VarArg.Name, Is.EqualTo("args"));
        Assert.That(args.KwOnlyArgs.Select(a => a.Name), Is.EqualTo(new[] { "d", "e" }));
        Assert.That(args.KwDefaults[0], Is.Null);
        Assert.That(args.KwDefaults[1], Is.Not.Null);
        Assert.That(args.KwArg.Name, Is.EqualTo("kw"));
    }
}
