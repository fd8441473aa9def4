// A long program of ordinary code parses, with every top-level statement accounted for.
// (Timing is measured outside the test suite.)
using System.Text;
using MiniPy.Syntax;
using Assert = NUnit.Framework.Assert;
using static MiniPy.Tests.Syntax.ParseHelpers;

namespace MiniPy.Tests.Syntax;

public class LargeProgramTests
{
    /// <summary>About 10,000 lines of functions, classes, loops, comprehensions and f-strings.</summary>
    public static string SyntheticProgram(int lines, out int topLevelStatements)
    {
        var sb = new StringBuilder();
        int count = 0, i = 0;
        while (count < lines)
        {
            i++;
            string block =
$@"def function_{i}(a, b=2, *args, key=None, **kwargs):
    """"""Docstring for function {i}.""""""
    total = a + b * {i} - (a // 3) ** 2
    items = [x * x for x in range(10) if x % 2 == 0]
    mapping = {{'k{i}': total, 'other': [1, 2, 3], **kwargs}}
    for index, value in enumerate(items):
        if value > total and not key:
            total += value
        elif value == 3 or index < 2:
            continue
        else:
            total -= obj.attr.method(value, key=key)[0]
    try:
        result = f""{{total:>10}} {{a!r}} {{b}}""
    except (ValueError, KeyError) as error:
        raise RuntimeError('bad') from error
    return total, result, lambda z: z + 1


class Thing{i}(Base, metaclass=Meta):
    count = 0

    def method(self, x):
        self.count = self.count + x if x else -x
        return sorted(self.items, key=lambda item: item[1], reverse=True)[:10]


";
            sb.Append(block);
            count += block.Count(c => c == '\n');
        }
        topLevelStatements = 2 * i;
        return sb.ToString();
    }

    [Test]
    public void TenThousandLinesParse()
    {
        string source = SyntheticProgram(10_000, out int expected);
        Assert.That(source.Count(c => c == '\n'), Is.GreaterThanOrEqualTo(10_000));
        var module = Parse(source);
        Assert.That(module.Body, Has.Count.EqualTo(expected));
        Assert.That(module.Body[^1], Is.InstanceOf<ClassDef>());
        Assert.That(((FunctionDef)module.Body[0]).Body, Has.Count.EqualTo(7));
    }
}
