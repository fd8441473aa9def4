// The operator-precedence ladder: each case pins the tree shape Python gives an expression.
using static MiniPy.Tests.Syntax.ParseHelpers;

namespace MiniPy.Tests.Syntax;

public class PrecedenceTests
{
    [TestCase("1 + 2 * 3", "(+ (Const 1) (* (Const 2) (Const 3)))")]
    [TestCase("1 - 2 - 3", "(- (- (Const 1) (Const 2)) (Const 3))")]
    [TestCase("a * b / c // d % e @ f", "(@ (% (// (/ (* a b) c) d) e) f)")]
    [TestCase("-2 ** 2", "(- (** (Const 2) (Const 2)))")]
    [TestCase("2 ** -1", "(** (Const 2) (- (Const 1)))")]
    [TestCase("2 ** 3 ** 2", "(** (Const 2) (** (Const 3) (Const 2)))")]
    [TestCase("-x.y[0]", "(- ([] (. x y) (Const 0)))")]
    [TestCase("~a + +b", "(+ (~ a) (+ b))")]
    [TestCase("a << 1 + 2", "(<< a (+ (Const 1) (Const 2)))")]
    [TestCase("a & b << c", "(& a (<< b c))")]
    [TestCase("a ^ b & c", "(^ a (& b c))")]
    [TestCase("a | b ^ c", "(| a (^ b c))")]
    [TestCase("a | b == c", "(Compare (| a b) == c)")]
    [TestCase("a < b <= c != d", "(Compare a < b <= c != d)")]
    [TestCase("a not in b is not c in d is e", "(Compare a not-in b is-not c in d is e)")]
    [TestCase("not a == b", "(not (Compare a == b))")]
    [TestCase("not not a", "(not (not a))")]
    [TestCase("a and not b and c", "(and a (not b) c)")]
    [TestCase("a or b and c or d", "(or a (and b c) d)")]
    [TestCase("a if b else c if d else e", "(IfExp b a (IfExp d c e))")]
    [TestCase("a or b if c and d else e", "(IfExp (and c d) (or a b) e)")]
    [TestCase("lambda: a if b else c", "(Lambda [] (IfExp b a c))")]
    [TestCase("(a + b) * c", "(* (+ a b) c)")]
    [TestCase("f(x)(y)[z].w", "(. ([] (Call (Call f x) y) z) w)")]
    [TestCase("a.b.c(d).e", "(. (Call (. (. a b) c) d) e)")]
    [TestCase("(x := 5)", "(:= x (Const 5))")]
    [TestCase("-1", "(- (Const 1))")]
    [TestCase("a * -b ** c", "(* a (- (** b c)))")]
    public void ShapeMatchesPython(string source, string expected)
    {
        Assert.That(Expr(source), Is.EqualTo(expected));
    }

    [Test]
    public void AnOperationSpansItsTextAsInCPythonsAst()
    {
        // CPython's ast: the product starts at the parenthesis, the sum inside it.
        var module = Parse("x = (a + b) * c\n");
        var assign = (MiniPy.Syntax.Assign)module.Body[0];
        var product = (MiniPy.Syntax.BinOp)assign.Value;
        Assert.That((product.Line, product.Col, product.EndCol), Is.EqualTo((1, 4, 15)));
        Assert.That((product.Left.Line, product.Left.Col, product.Left.EndCol), Is.EqualTo((1, 5, 10)));
        Assert.That((product.Right.Line, product.Right.Col), Is.EqualTo((1, 14)));
    }
}
