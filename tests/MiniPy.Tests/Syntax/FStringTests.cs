// f-strings: literal parts, fields with conversions and format specs (nested fields too),
// brace escapes, the self-documenting '=', and joining with plain literals.
using static MiniPy.Tests.Syntax.ParseHelpers;

namespace MiniPy.Tests.Syntax;

public class FStringTests
{
    [TestCase("f'abc'", "(JoinedStr (Const 'abc'))")]
    [TestCase("f''", "(JoinedStr)")]
    [TestCase("f'a{x}b'", "(JoinedStr (Const 'a') (Fmt x) (Const 'b'))")]
    [TestCase("f'{a[1]}'", "(JoinedStr (Fmt ([] a (Const 1))))")]
    [TestCase("f\"{'x'}\"", "(JoinedStr (Fmt (Const 'x')))")]
    [TestCase("f'{f(a, b)!r}'", "(JoinedStr (Fmt (Call f a b) !r))")]
    [TestCase("f'{x!s:>10}'", "(JoinedStr (Fmt x !s (JoinedStr (Const '>10'))))")]
    [TestCase("f'{x:>{width}}'", "(JoinedStr (Fmt x (JoinedStr (Const '>') (Fmt width))))")]
    [TestCase("f'{n:.{p}f}'", "(JoinedStr (Fmt n (JoinedStr (Const '.') (Fmt p) (Const 'f'))))")]
    [TestCase("f'{{x}} }}{{'", "(JoinedStr (Const '{x} }{'))")]
    [TestCase("f'{x=}'", "(JoinedStr (Const 'x=') (Fmt x !r))")]
    [TestCase("f'{x = :>5}'", "(JoinedStr (Const 'x = ') (Fmt x (JoinedStr (Const '>5'))))")]
    [TestCase("f'{a != b}'", "(JoinedStr (Fmt (Compare a != b)))")]
    [TestCase("f'{a, b}'", "(JoinedStr (Fmt (Tuple a b)))")]
    [TestCase("f'{ {\"k\": 1}[\"k\"] }'", "(JoinedStr (Fmt ([] (Dict (Const 'k'):(Const 1)) (Const 'k'))))")]
    [TestCase("f'\\t{x}\\n'", "(JoinedStr (Const '\\t') (Fmt x) (Const '\\n'))")]
    [TestCase("rf'\\d{x}'", "(JoinedStr (Const '\\\\d') (Fmt x))")]
    [TestCase("'a' f'{x}' 'b'", "(JoinedStr (Const 'a') (Fmt x) (Const 'b'))")]
    [TestCase("f'{x}' f'{y}'", "(JoinedStr (Fmt x) (Fmt y))")]
    [TestCase("f'''{\nx\n}'''", "(JoinedStr (Fmt x))")]
    public void ParsesLikePython(string source, string expected)
    {
        Assert.That(Expr(source), Is.EqualTo(expected));
    }

    [Test]
    public void FieldExpressionsCarryTheirRealPosition()
    {
        var module = Parse("s = f'ab{value}'\n");
        var joined = (MiniPy.Syntax.JoinedStr)((MiniPy.Syntax.Assign)module.Body[0]).Value;
        var field = (MiniPy.Syntax.FormattedValue)joined.Values[1];
        Assert.That((field.Value.Line, field.Value.Col), Is.EqualTo((1, 9)));
    }

    [TestCase("f'{}'", "f-string: empty expression not allowed")]
    [TestCase("f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'")]
    [TestCase("f'{a'", "f-string: expecting '}'")]
    [TestCase("f'}'", "f-string: single '}' is not allowed")]
    [TestCase("f'{a b}'", "f-string: invalid syntax")]
    [TestCase("f'{a\\n}'", "f-string expression part cannot include a backslash")]
    public void Errors(string source, string message)
    {
        Assert.That(Error(source + "\n").Msg, Is.EqualTo(message));
    }
}
