// The compiled-code cache: a cached module disassembles exactly as a fresh compilation does,
// and a damaged cache entry is compiled again instead of being trusted.
using MiniPy.Compiler;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Tests.Compiler;

public class CodeCacheTests
{
    const string Source = "import math\nX = (1, 2.5, 'a', b'b', None, True, ..., 10 ** 30)\ndef f(a, *b, c=1, **d):\n    def g():\n        return a + c\n    return g()\nclass K:\n    def m(self):\n        return super().__repr__()\n";

    [OneTimeSetUp]
    public void Runtime() => _ = new Interpreter();

    /// <summary>A disassembly without object addresses, which differ from run to run.</summary>
    static string Dis(CodeObject code) => System.Text.RegularExpressions.Regex.Replace(Disassembler.Disassemble(code), "0x[0-9a-f]+", "0x?");

    static string CacheFolder => Path.Combine(AppContext.BaseDirectory, "__mpycache__");

    [Test]
    public void ACachedModuleMatchesAFreshCompilation()
    {
        var path = Path.Combine(Path.GetTempPath(), "minipy_cache_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(path, Source);
        try
        {
            var fresh = MiniPy.Compiler.Compiler.CompileSource(Source, path);
            var first = CodeCache.Compile(Source, path);   // compiles and writes
            var second = CodeCache.Compile(Source, path);  // reads
            Assert.That(Dis(second), Is.EqualTo(Dis(fresh)));
            Assert.That(Dis(first), Is.EqualTo(Dis(fresh)));
            Rc.Dec(fresh); Rc.Dec(first); Rc.Dec(second);
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void ADamagedEntryIsCompiledAgain()
    {
        var path = Path.Combine(Path.GetTempPath(), "minipy_cache_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(path, Source);
        try
        {
            Rc.Dec(CodeCache.Compile(Source, path));
            foreach (var entry in Directory.GetFiles(CacheFolder, "*.mpyc"))
            {
                var bytes = File.ReadAllBytes(entry);
                if (bytes.Length > 40) File.WriteAllBytes(entry, bytes[..40]); // truncated
            }
            var code = CodeCache.Compile(Source, path);
            var fresh = MiniPy.Compiler.Compiler.CompileSource(Source, path);
            Assert.That(Dis(code), Is.EqualTo(Dis(fresh)));
            Rc.Dec(code); Rc.Dec(fresh);
        }
        finally { File.Delete(path); }
    }
}
