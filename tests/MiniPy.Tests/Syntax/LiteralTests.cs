// Every literal form: integers in four bases, floats, strings with their prefixes and escapes,
// bytes, adjacent-literal joining, and the constants None/True/False/....
using System.Numerics;
using MiniPy.Syntax;
using Assert = NUnit.Framework.Assert;
using static MiniPy.Tests.Syntax.ParseHelpers;

namespace MiniPy.Tests.Syntax;

public class LiteralTests
{
    private static object Value(string source) => ((Constant)((ExprStmt)Parse(source + "\n").Body[0]).Value).Value;

    [TestCase("0", "0")]
    [TestCase("1_000_000", "1000000")]
    [TestCase("0xff", "255")]
    [TestCase("0XFF_FF", "65535")]
    [TestCase("0o17", "15")]
    [TestCase("0b101", "5")]
    [TestCase("0b_1010", "10")]
    [TestCase("000", "0")]
    [TestCase("123456789012345678901234567890", "123456789012345678901234567890")]
    public void IntegersAreBigIntegers(string source, string expected)
    {
        Assert.That(Value(source), Is.EqualTo(BigInteger.Parse(expected)));
    }

    [TestCase(".5", 0.5)]
    [TestCase("5.", 5.0)]
    [TestCase("1e3", 1000.0)]
    [TestCase("1e-7", 1e-7)]
    [TestCase("1.5E+2", 150.0)]
    [TestCase("1_0.2_5", 10.25)]
    [TestCase("0.1", 0.1)]
    [TestCase("1e400", double.PositiveInfinity)]
    [TestCase("12345678901234567.0", 12345678901234568.0)]
    public void FloatsAreDoubles(string source, double expected)
    {
        Assert.That(Value(source), Is.EqualTo(expected));
    }

    [TestCase("'abc'", "abc")]
    [TestCase("\"abc\"", "abc")]
    [TestCase("'''a\nb'''", "a\nb")]
    [TestCase("\"\"\"x\"y\"\"\"", "x\"y")]
    [TestCase(@"'\n\t\\\'\""\r\0'", "\n\t\\'\"\r\0")]
    [TestCase(@"'\x41\u00e9\U0001F40D'", "A\u00e9\U0001F40D")]
    [TestCase(@"'\101\7'", "A\a")]
    [TestCase(@"'\q\d'", @"\q\d")]
    [TestCase(@"'\N{BULLET}'", "\u2022")]
    [TestCase("'a\\\nb'", "ab")]
    [TestCase(@"r'\n\d'", @"\n\d")]
    [TestCase(@"R'\''", @"\'")]
    [TestCase("u'x'", "x")]
    [TestCase("'a' 'b' \"c\"", "abc")]
    [TestCase("('a'\n 'b')", "ab")]
    public void StringsDecodeLikePython(string source, string expected)
    {
        Assert.That(Value(source), Is.EqualTo(expected));
    }

    [TestCase("b'ab'", new byte[] { 97, 98 })]
    [TestCase(@"b'\x00\xff\n'", new byte[] { 0, 255, 10 })]
    [TestCase(@"rb'\n'", new byte[] { 92, 110 })]
    [TestCase(@"BR'\x'", new byte[] { 92, 120 })]
    [TestCase("b'a' b'b'", new byte[] { 97, 98 })]
    [TestCase(@"b'\u0041'", new byte[] { 92, 117, 48, 48, 52, 49 })]
    public void BytesAreByteArrays(string source, byte[] expected)
    {
        Assert.That(Value(source), Is.EqualTo(expected));
    }

    [Test]
    public void NamedConstants()
    {
        Assert.That(Value("None"), Is.Null);
        Assert.That(Value("True"), Is.EqualTo(true));
        Assert.That(Value("False"), Is.EqualTo(false));
        Assert.That(Value("..."), Is.SameAs(EllipsisValue.Instance));
    }

    [Test]
    public void NamesThatStartLikePrefixesOrConstantsAreNames()
    {
        Assert.That(Expr("rb + f + Nonexistent + Truth + bytes"), Is.EqualTo("(+ (+ (+ (+ rb f) Nonexistent) Truth) bytes)"));
    }
}
