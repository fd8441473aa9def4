// -m: a module inside a package runs as __main__ after its package has been imported, with
// the package as its __package__, so its relative imports work (as runpy runs it); a
// script run by path has neither a package nor an import spec.
namespace MiniPy.Tests.Host;

public class RunModuleTests
{
    static string Run(string folder, params string[] arguments)
    {
        var r = MiniPyProcess.Start(arguments, workingDirectory: folder, timeoutMs: 60_000);
        Assert.That(r.TimedOut, Is.False, "the program did not finish");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        return r.Stdout;
    }

    static string MakePackage()
    {
        var folder = Path.Combine(Path.GetTempPath(), "minipy_runmodule_" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "pkg"));
        File.WriteAllText(Path.Combine(folder, "pkg", "__init__.py"), "print('package imported')\n");
        File.WriteAllText(Path.Combine(folder, "pkg", "core.py"), "X = 5\n");
        File.WriteAllText(Path.Combine(folder, "pkg", "leaf.py"),
            "from .core import X\nprint('leaf', X, __name__, __package__, __spec__)\n");
        return folder;
    }

    [Test]
    public void AModuleOfAPackageRunsWithItsPackage()
    {
        var folder = MakePackage();
        try { Assert.That(Run(folder, "-m", "pkg.leaf"), Is.EqualTo("package imported\nleaf 5 __main__ pkg None\n")); }
        finally { Directory.Delete(folder, true); }
    }

    [Test]
    public void AScriptHasNoPackageNorSpec()
    {
        var folder = MakePackage();
        try
        {
            File.WriteAllText(Path.Combine(folder, "main.py"), "print(__name__, __package__, __spec__)\n");
            Assert.That(Run(folder, "main.py"), Is.EqualTo("__main__ None None\n"));
        }
        finally { Directory.Delete(folder, true); }
    }
}
