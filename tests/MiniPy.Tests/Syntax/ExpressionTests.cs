// Expression forms beyond precedence: displays, comprehensions, calls, slices, lambdas, walrus.
using static MiniPy.Tests.Syntax.ParseHelpers;

namespace MiniPy.Tests.Syntax;

public class ExpressionTests
{
    [TestCase("()", "(Tuple)")]
    [TestCase("(1,)", "(Tuple (Const 1))")]
    [TestCase("(1)", "(Const 1)")]
    [TestCase("1, 2", "(Tuple (Const 1) (Const 2))")]
    [TestCase("[]", "(List)")]
    [TestCase("[1, *a, 2,]", "(List (Const 1) (* a) (Const 2))")]
    [TestCase("{}", "(Dict)")]
    [TestCase("{1, 2}", "(Set (Const 1) (Const 2))")]
    [TestCase("{**a, 'k': v}", "(Dict **a (Const 'k'):v)")]
    [TestCase("{'k': v, **a,}", "(Dict (Const 'k'):v **a)")]
    [TestCase("[x for x in y]", "(ListComp x (for x y))")]
    [TestCase("[x for x in y if x if not z for w in x]", "(ListComp x (for x y x (not z)) (for w x))")]
    [TestCase("{x for x in y}", "(SetComp x (for x y))")]
    [TestCase("{k: v for k, v in d}", "(DictComp k v (for (Tuple k v) d))")]
    [TestCase("(x for x in y)", "(GenExp x (for x y))")]
    [TestCase("[a if b else c for d in e]", "(ListComp (IfExp b a c) (for d e))")]
    [TestCase("[x for x in a or b]", "(ListComp x (for x (or a b)))")]
    [TestCase("sum(x for x in y)", "(Call sum (GenExp x (for x y)))")]
    [TestCase("f(a, *b, c=1, **d)", "(Call f a (* b) (kw c (Const 1)) (kw ** d))")]
    [TestCase("f(*a, *b, **c, d=1)", "(Call f (* a) (* b) (kw ** c) (kw d (Const 1)))")]
    [TestCase("f(a,)", "(Call f a)")]
    [TestCase("f((x := 1))", "(Call f (:= x (Const 1)))")]
    [TestCase("f(x := 1)", "(Call f (:= x (Const 1)))")]
    [TestCase("a[1:2]", "([] a (Slice (Const 1) (Const 2) _))")]
    [TestCase("a[::2]", "([] a (Slice _ _ (Const 2)))")]
    [TestCase("a[::-1]", "([] a (Slice _ _ (- (Const 1))))")]
    [TestCase("a[:]", "([] a (Slice _ _ _))")]
    [TestCase("a[1:]", "([] a (Slice (Const 1) _ _))")]
    [TestCase("a[1:2, 3]", "([] a (Tuple (Slice (Const 1) (Const 2) _) (Const 3)))")]
    [TestCase("a[1,]", "([] a (Tuple (Const 1)))")]
    [TestCase("a[...]", "([] a (Const ...))")]
    [TestCase("lambda: 0", "(Lambda [] (Const 0))")]
    [TestCase("lambda a, b=1, *c, d, **e: a", "(Lambda [a, b=(Const 1), *c, d, **e] a)")]
    [TestCase("lambda *, k: k", "(Lambda [*, k] k)")]
    [TestCase("(yield)", "(Yield _)")]
    [TestCase("x if (y := f()) else z", "(IfExp (:= y (Call f)) x z)")]
    [TestCase("a.b.c", "(. (. a b) c)")]
    [TestCase("'%s' % (x,)", "(% (Const '%s') (Tuple x))")]
    [TestCase("not x in y", "(not (Compare x in y))")]
    [TestCase("print(*a, sep='')", "(Call print (* a) (kw sep (Const '')))")]
    public void ParsesLikePython(string source, string expected)
    {
        if (source == "(yield)") source = "def f():\n    " + source; // a yield needs a function
        if (source.StartsWith("def f()"))
        {
            var def = (MiniPy.Syntax.FunctionDef)Parse(source + "\n").Body[0];
            Assert.That(AstPrinter.Print(((MiniPy.Syntax.ExprStmt)def.Body[0]).Value), Is.EqualTo(expected));
            return;
        }
        Assert.That(Expr(source), Is.EqualTo(expected));
    }
}
