// The child a parent starts ahead of time: once a program has started more than one process,
// one more child interpreter waits (so the next start() can use it), and it is gone soon
// after the interpreter that launched it ends, without having run anything.
using MiniPy.Host;
using MiniPy.Runtime;

namespace MiniPy.Tests.Multiprocessing;

public class PrestartedChildTests
{
    const string Program =
        "import multiprocessing, os\n" +
        "def work(q):\n" +
        "    q.put(os.getpid())\n" +
        "if __name__ == '__main__':\n" +
        "    q = multiprocessing.Queue()\n" +
        "    for _ in range(2):\n" +
        "        p = multiprocessing.Process(target=work, args=(q,))\n" +
        "        p.start()\n" +
        "        print(q.get(timeout=60) == p.pid)\n" +
        "        p.join()\n" +
        "    from _probe import child_interpreters  # only the parent has this module\n" +
        "    print(child_interpreters())\n";

    /// <summary>How many children of this test process are MiniPy child interpreters.</summary>
    static int ChildInterpreters()
    {
        var me = Environment.ProcessId.ToString();
        int found = 0;
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[1] != me || fields[0] == "Z") continue;
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains("--mp-child")) found++;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    static void WaitForNoChildInterpreters()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (ChildInterpreters() > 0 && DateTime.UtcNow < deadline) Thread.Sleep(50);
    }

    [Test]
    public void APrestartedChildWaitsWhileTheProgramRunsAndLeavesWithIt()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("reads /proc");
        // A spare is kept only while fewer children run than there are CPUs.
        if (Environment.ProcessorCount < 2) Assert.Ignore("needs two CPUs");
        // Children of earlier tests (a released spare still booting, say) leave on their own.
        WaitForNoChildInterpreters();
        Assume.That(ChildInterpreters(), Is.Zero, "children left over from another test");
        var dir = Directory.CreateTempSubdirectory("minipy-prestart-");
        try
        {
            var path = Path.Combine(dir.FullName, "prestart.py");
            File.WriteAllText(path, Program);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var runner = new ProgramRunner
            {
                Stdout = stdout, Stderr = stderr, Argv = new[] { path }, ScriptDirectory = dir.FullName,
                Configure = interp => interp.NativeModules["_probe"] = _ =>
                {
                    var m = PyModule.New("_probe");
                    m.AddFunction("child_interpreters", (a, k) => PyInt.New(ChildInterpreters()));
                    return m;
                },
            };
            int status = runner.Run(Program, path);
            Assert.That(status, Is.EqualTo(0), stderr.ToString());
            // Both workers have been joined; what remains is the child started ahead of time
            // for a third start(), once the program had started more than one process.
            Assert.That(stdout.ToString(), Is.EqualTo("True\nTrue\n1\n"));
            WaitForNoChildInterpreters();
            Assert.That(ChildInterpreters(), Is.Zero, "the unused pre-started child did not exit");
        }
        finally { dir.Delete(true); }
    }
}
