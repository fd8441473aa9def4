// --gil-trace and --gil-timeline: the trace is Chrome trace-event JSON with spans on every
// thread, and the picture is well-formed SVG with one labelled lane per thread.
using System.Text.Json;
using System.Xml.Linq;

namespace MiniPy.Tests.Threading;

public class GilTimelineTests
{
    const string ThreeWorkers = @"
import threading, time
def worker(n):
    total = 0
    for i in range(n):
        total += i * i
    time.sleep(0.002)
threads = [threading.Thread(target=worker, args=(200000,)) for _ in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print('done')
";

    static (string json, string svg, ProcessResult run) Record(params string[] extra)
    {
        var json = Path.Combine(Path.GetTempPath(), "gil_" + Guid.NewGuid().ToString("N") + ".json");
        var svg = Path.ChangeExtension(json, ".svg");
        try
        {
            var options = new List<string>(extra) { "--gil-trace", json, "--gil-timeline", svg };
            var run = MiniPyProcess.Run(ThreeWorkers, options);
            return (File.Exists(json) ? File.ReadAllText(json) : null, File.Exists(svg) ? File.ReadAllText(svg) : null, run);
        }
        finally
        {
            File.Delete(json);
            File.Delete(svg);
        }
    }

    [Test]
    public void TraceHasANamedTrackWithSpansForEveryThread()
    {
        var (json, _, run) = Record();
        Assert.That(run.Stdout, Is.EqualTo("done\n"), run.Stderr);
        using var doc = JsonDocument.Parse(json);
        var events = doc.RootElement.GetProperty("traceEvents").EnumerateArray().ToList();
        var names = events.Where(e => e.GetProperty("name").GetString() == "thread_name")
            .ToDictionary(e => e.GetProperty("tid").GetInt32(), e => e.GetProperty("args").GetProperty("name").GetString());
        Assert.That(names.Values, Is.SupersetOf(new[] { "MainThread", "Thread-1 (worker)", "Thread-2 (worker)", "Thread-3 (worker)" }));
        foreach (var (tid, name) in names)
        {
            var spans = events.Where(e => e.GetProperty("ph").GetString() == "X" && e.GetProperty("tid").GetInt32() == tid).ToList();
            Assert.That(spans.Any(e => e.GetProperty("name").GetString() == "holds the GIL"), Is.True, name + " never held the GIL");
            Assert.That(spans.All(e => e.GetProperty("dur").GetDouble() >= 0), Is.True);
        }
        // Three CPU-bound workers contend: someone waited and someone asked for a switch.
        Assert.That(events.Any(e => e.GetProperty("name").GetString() == "waits for the GIL"), Is.True);
        Assert.That(events.Any(e => e.GetProperty("name").GetString() == "released to block"), Is.True);
    }

    [Test]
    public void PictureIsWellFormedWithALabelledLanePerThread()
    {
        var (_, svg, run) = Record();
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = doc.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.That(texts, Has.Some.StartsWith("GIL timeline: GIL on (switch interval 5 ms)"));
        foreach (var name in new[] { "MainThread", "Thread-1 (worker)", "Thread-2 (worker)", "Thread-3 (worker)" })
            Assert.That(texts, Has.One.EqualTo(name), "one lane label per thread");
        Assert.That(texts, Has.Some.EqualTo("ms"));
        Assert.That(doc.Descendants(ns + "rect").Count(r => (string)r.Attribute("fill") == "#2e9e44"), Is.GreaterThan(3), "held spans drawn");
    }

    [Test]
    public void WithTheGilOffThreadsRunWithoutHoldingIt()
    {
        var (json, _, run) = Record("--gil", "off");
        Assert.That(run.Stdout, Does.Contain("done"), run.Stderr);
        using var doc = JsonDocument.Parse(json);
        var spans = doc.RootElement.GetProperty("traceEvents").EnumerateArray()
            .Where(e => e.GetProperty("ph").GetString() == "X").Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.That(spans, Has.Some.EqualTo("runs (no GIL)"));
        Assert.That(spans, Has.None.EqualTo("holds the GIL"));
    }
}
