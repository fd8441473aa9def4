// -u and PYTHONUNBUFFERED: with stdout a pipe, the parent's output is written at once, so a
// line the parent prints before a child prints reaches the pipe first, as with CPython -u.
// Without them stdout is block-buffered and the parent's line arrives at exit — also past
// what a subprocess or os.system command writes to the inherited stdout, as in CPython.
using System.Diagnostics;

namespace MiniPy.Tests.Host;

public class UnbufferedOutputTests
{
    const string Program =
        "import multiprocessing as mp\n" +
        "def child(conn):\n" +
        "    conn.send('hello')\n" +
        "    print('child got', conn.recv())\n" +
        "if __name__ == '__main__':\n" +
        "    a, b = mp.Pipe()\n" +
        "    p = mp.Process(target=child, args=(b,))\n" +
        "    p.start()\n" +
        "    print('parent got', a.recv())\n" +
        "    a.send('bye')\n" +
        "    p.join()\n" +
        "    print('end')\n";

    const string CommandsProgram =
        "import os, subprocess\n" +
        "print('a')\n" +
        "subprocess.run(['echo', 'b'])\n" +
        "print('c')\n" +
        "os.system('echo d')\n" +
        "print('e', flush=True)\n" +
        "subprocess.run(['echo', 'f'])\n";

    static string Run(bool flag, string environmentValue, string program = Program)
    {
        var script = Path.Combine(Path.GetTempPath(), "minipy_unbuffered_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(script, program);
        try
        {
            var psi = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.Environment["PYTHONUNBUFFERED"] = environmentValue;
            psi.ArgumentList.Add(typeof(MiniPy.Host.Program).Assembly.Location);
            if (flag) psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add(script);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            Assert.That(p.WaitForExit(60_000), Is.True, "the program did not finish");
            Assert.That(p.ExitCode, Is.EqualTo(0), stderr.Result);
            return stdout.Result;
        }
        finally { File.Delete(script); }
    }

    [Test]
    public void DashUWritesTheParentsLineBeforeTheChildsReply()
        => Assert.That(Run(true, ""), Is.EqualTo("parent got hello\nchild got bye\nend\n"));

    [Test]
    public void PythonUnbufferedDoesTheSame()
        => Assert.That(Run(false, "1"), Is.EqualTo("parent got hello\nchild got bye\nend\n"));

    [Test]
    public void WithoutEitherTheParentsOutputWaitsInItsBuffer()
        => Assert.That(Run(false, ""), Is.EqualTo("child got bye\nparent got hello\nend\n"));

    [Test]
    public void ACommandsOutputOvertakesTheBufferedLinesBeforeIt()
        => Assert.That(Run(false, "", CommandsProgram), Is.EqualTo("b\nd\na\nc\ne\nf\n"));

    [Test]
    public void UnbufferedTheLinesComeInOrder()
        => Assert.That(Run(true, "", CommandsProgram), Is.EqualTo("a\nb\nc\nd\ne\nf\n"));
}
