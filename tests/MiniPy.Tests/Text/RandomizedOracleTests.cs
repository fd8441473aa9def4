// An explicit (not run by default) comparison against a local python3 3.11: random doubles
// are formatted by CPython and by the text primitives, and every difference is reported.
// Run with: dotnet test --filter "FullyQualifiedName~RandomizedOracleTests"
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MiniPy.Runtime.Text;

namespace MiniPy.Tests.Text;

[TestFixture]
[Explicit("needs python3 on the PATH")]
public class RandomizedOracleTests
{
    private static readonly string[] Specs =
    {
        "", ".2f", ".0f", ".10f", ".3e", ".25e", "e", "g", ".17g", ".3g", "#.5g", ",.2f", "%", "+015.3f", "z.1f", ".12",
    };

    private const string Script = @"
import random, struct, sys
random.seed(int(sys.argv[1]))
n = int(sys.argv[2])
specs = sys.argv[3].split('|')
out = []
for i in range(n):
    kind = i % 4
    if kind == 0:
        d = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    elif kind == 1:
        d = round(random.uniform(-1, 1), random.randint(0, 17)) * 10.0 ** random.randint(-30, 30)
    elif kind == 2:
        d = random.randint(-10**7, 10**7) / 2.0 ** random.randint(0, 30)
    else:
        d = random.uniform(-1e6, 1e6)
    bits = struct.unpack('<q', struct.pack('<d', d))[0]
    nd = random.randint(-8, 20)
    try:
        r = struct.unpack('<q', struct.pack('<d', round(d, nd)))[0]
    except OverflowError:
        r = 'OverflowError'
    p = random.randint(0, 20)
    pct = '%.' + str(p) + random.choice('eEfFgG')
    fields = [str(bits), repr(d), str(nd), str(r), pct, pct % d]
    fields += [format(d, s) for s in specs]
    out.append('\t'.join(fields))
sys.stdout.write('\n'.join(out) + '\n')
";

    [TestCase(100_000, 20240601)]
    [TestCase(100_000, 7)]
    public void CompareWithPython(int count, int seed)
    {
        string output = RunPython(Script, seed, count, string.Join("|", Specs));

        int values = 0, checks = 0, mismatches = 0;
        var report = new StringBuilder();
        void Check(string what, string expected, string actual)
        {
            checks++;
            if (expected == actual) return;
            mismatches++;
            if (mismatches <= 30) report.AppendLine(what + ": python " + expected + " | ours " + actual);
        }

        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] f = line.Split('\t');
            double d = BitConverter.Int64BitsToDouble(long.Parse(f[0], CultureInfo.InvariantCulture));
            values++;
            Check("repr " + f[1], f[1], FloatRepr.Repr(d));

            int ndigits = int.Parse(f[2], CultureInfo.InvariantCulture);
            string rounded;
            try
            {
                rounded = BitConverter.DoubleToInt64Bits(Rounding.RoundDouble(d, ndigits)).ToString(CultureInfo.InvariantCulture);
            }
            catch (FormatValueException e)
            {
                rounded = e.PythonExceptionType;
            }
            Check("round(" + f[1] + ", " + ndigits + ")", f[3], rounded);

            string pct = f[4];
            int precision = int.Parse(pct.AsSpan(2, pct.Length - 3), CultureInfo.InvariantCulture);
            Check("'" + pct + "' % " + f[1], f[5], PercentFormatCore.FormatFloatPercent(d, "", -1, precision, pct[^1]));

            for (int i = 0; i < Specs.Length; i++)
                Check("format(" + f[1] + ", '" + Specs[i] + "')", f[6 + i], FormatSpec.FormatFloat(d, Specs[i]));
        }

        TestContext.Out.WriteLine($"values: {values}, checks: {checks}, mismatches: {mismatches}");
        TestContext.Out.WriteLine(report.ToString());
        Assert.That(values, Is.EqualTo(count));
        Assert.That(mismatches, Is.Zero, report.ToString());
    }

    private static readonly string[] IntSpecs = { "", "d", ",", "_x", "#b", "#o", "X", "+015,", "*^20_", "e", ".3%", "-#10x", "012_b" };

    private const string IntScript = @"
import random, sys
random.seed(int(sys.argv[1]))
n = int(sys.argv[2])
specs = sys.argv[3].split('|')
out = []
for i in range(n):
    v = random.getrandbits(random.choice([3, 10, 31, 63, 64, 65, 100, 300])) * random.choice([1, -1])
    text = '%.*e' % (random.randint(0, 25), random.uniform(-1, 1) * 10.0 ** random.randint(-320, 308))
    fields = [str(v), text, repr(float(text))]
    fields += [format(v, s) for s in specs]
    out.append('\t'.join(fields))
sys.stdout.write('\n'.join(out) + '\n')
";

    [TestCase(100_000, 99)]
    public void CompareIntsAndParsingWithPython(int count, int seed)
    {
        string output = RunPython(IntScript, seed, count, string.Join("|", IntSpecs));
        int values = 0, checks = 0, mismatches = 0;
        var report = new StringBuilder();
        void Check(string what, string expected, string actual)
        {
            checks++;
            if (expected == actual) return;
            mismatches++;
            if (mismatches <= 30) report.AppendLine(what + ": python " + expected + " | ours " + actual);
        }

        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] f = line.Split('\t');
            values++;
            var v = NumberParsing.ParseInt(f[0], 10);
            Check("int " + f[0], f[0], v.ToString());
            Check("float('" + f[1] + "')", f[2], FloatRepr.Repr(NumberParsing.ParseFloat(f[1])));
            for (int i = 0; i < IntSpecs.Length; i++)
                Check("format(" + f[0] + ", '" + IntSpecs[i] + "')", f[3 + i], FormatSpec.FormatInt(v, IntSpecs[i]));
        }

        TestContext.Out.WriteLine($"values: {values}, checks: {checks}, mismatches: {mismatches}");
        TestContext.Out.WriteLine(report.ToString());
        Assert.That(values, Is.EqualTo(count));
        Assert.That(mismatches, Is.Zero, report.ToString());
    }

    private static string RunPython(string script, int seed, int count, string specs)
    {
        string scriptPath = Path.Combine(Path.GetTempPath(), "minipy_text_oracle_" + seed + ".py");
        File.WriteAllText(scriptPath, script);
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(scriptPath);
        start.ArgumentList.Add(seed.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(count.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(specs);
        using Process python = Process.Start(start);
        string output = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        return output;
    }
}

