// Refleak hunting for processes in the parent: starting and joining children over and over
// (with a queue between them) leaves the parent's heap the same size.
using MiniPy.Host;
using MiniPy.Runtime;

namespace MiniPy.Tests.Multiprocessing;

public class ProcessLeakTests
{
    const string Snippet =
        "import multiprocessing, time\n" +
        "q = multiprocessing.Queue()\n" +
        "for i in range(2):\n" +
        "    p = multiprocessing.Process(target=time.sleep, args=(0,))\n" +
        "    p.start()\n" +
        "    p.join()\n" +
        "    assert p.exitcode == 0, p.exitcode\n" +
        "    q.put([i, 'x', (1.5,)])\n" +
        "    q.get(timeout=10)\n" +
        "    p.close()\n";

    [Test]
    public void StartJoinCyclesDoNotGrowTheParentsHeap()
    {
        var counts = new List<(long refs, long blocks)>();
        var runner = new ProgramRunner { Stdout = TextWriter.Null, Stderr = TextWriter.Null };
        string failure = null;
        runner.Configure = interp =>
        {
            // Configure runs before the main thread takes the GIL; blocking calls need it held.
            ThreadState.Current = interp.MainThread;
            interp.Lock?.Take(interp.MainThread);
            var code = MiniPy.Compiler.Compiler.CompileSource(Snippet, "leak.py");
            try
            {
                for (int i = 0; i < 5; i++)
                {
                    interp.RunAsModule(code, "__leak__", "leak.py");
                    var m = interp.Modules.Pop(PyStr.Intern("__leak__"));
                    ((PyModule)m).ClearForTeardown();
                    Rc.Dec(m);
                    counts.Add(Heap.Totals());
                }
            }
            catch (PyRaise e) { failure = VM.Tracebacks.Format(e.TakeException()); }
            finally
            {
                Rc.Dec(code);
                interp.Lock?.Drop(interp.MainThread);
            }
        };
        runner.Run("pass", "host.py");
        Assert.That(failure, Is.Null);
        Assert.That(counts[^1], Is.EqualTo(counts[1]), "live (refs, blocks) after runs 2..5: " + string.Join(" ", counts));
    }
}
