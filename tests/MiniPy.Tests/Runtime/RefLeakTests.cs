// Refleak hunting in the manner of CPython's -R: run a snippet several times in one
// interpreter and check that the live references and blocks do not grow between runs.
using MiniPy.Host;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Tests.Runtime;

public class RefLeakTests
{
    static readonly string[] Snippets =
    {
        "x = [i * i for i in range(100)]\ny = {str(i): i for i in x}\nz = sorted(y.items())",
        "def g():\n    yield from range(10)\n    return 5\nlist(g())",
        "class A:\n    def __init__(self):\n        self.v = [1, 2]\n    def __repr__(self):\n        return 'A'\nfor _ in range(20):\n    repr(A())",
        "try:\n    {}['missing']\nexcept KeyError as e:\n    m = str(e)",
        "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\nc = outer()\nc(); c()",
        "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return False\nwith C() as c:\n    pass",
        "s = 'a,b,c'.split(',')\nt = tuple(s) + ('d',)\nf = f'{t!r:>30}'",
        "import math\nv = [math.sqrt(i) for i in range(50)]\nw = max(v, key=lambda q: -q)",
        "def r(n):\n    return 1 if n == 0 else n * r(n - 1)\nr(50)",
        "g = (i for i in range(10))\nnext(g)\ndel g",
        "try:\n    raise ValueError('a') from KeyError('b')\nexcept ValueError as e:\n    c = e.__cause__",
    };

    [TestCaseSource(nameof(Snippets))]
    public void RepeatedRunsDoNotGrowTheHeap(string snippet)
    {
        var counts = new List<(long refs, long blocks)>();
        var runner = new ProgramRunner { Stdout = TextWriter.Null, Stderr = TextWriter.Null };
        runner.Configure = interp =>
        {
            var code = MiniPy.Compiler.Compiler.CompileSource(snippet, "leak.py");
            try
            {
                for (int i = 0; i < 6; i++)
                {
                    interp.RunAsModule(code, "__leak__", "leak.py");
                    var m = interp.Modules.Pop(PyStr.Intern("__leak__"));
                    ((PyModule)m).ClearForTeardown();
                    Rc.Dec(m);
                    counts.Add(Heap.Totals());
                }
            }
            catch (PyRaise e)
            {
                Assert.Fail("snippet raised " + VM.Tracebacks.Format(e.TakeException()));
            }
            finally { Rc.Dec(code); }
        };
        runner.Run("pass", "host.py");
        Assert.That(counts[^1], Is.EqualTo(counts[2]), "live (refs, blocks) after runs 3..6: " + string.Join(" ", counts));
    }
}
