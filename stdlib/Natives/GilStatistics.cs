// The GIL statistics: per thread, acquisitions, forced drops, time holding and time waiting,
// and the total number of switches — as a dict for programs and a table for --gil-stats.
using System.Text;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class GilStatistics
{
    public static PyObject AsDict(Interpreter interp)
    {
        var result = PyDict.New();
        var threads = PyDict.New();
        foreach (var ts in interp.AllThreadStates())
        {
            var row = PyDict.New();
            Put(row, "acquisitions", PyInt.New(ts.Stats.Acquisitions));
            Put(row, "forced_drops", PyInt.New(ts.Stats.ForcedDrops));
            Put(row, "held", PyFloat.New(ts.Stats.HeldSeconds));
            Put(row, "waited", PyFloat.New(ts.Stats.WaitedSeconds));
            var key = PyStr.New(ts.Name + (ts == interp.MainThread ? "" : " #" + ts.Ident % 100000));
            threads.SetItemNew(key, row);
            Rc.Dec(key);
            Rc.Dec(row);
        }
        Put(result, "threads", threads);
        Put(result, "switches", PyInt.New(interp.Lock?.Switches ?? 0));
        Put(result, "enabled", PyBool.From(interp.Lock != null));
        Put(result, "contention", PyFloat.New(interp.Lock?.ContentionShare ?? 0.0));
        return result;
    }

    static void Put(PyDict d, string key, PyObject stolen)
    {
        d.SetItemNew(key, stolen);
        Rc.Dec(stolen);
    }

    public static string Table(Interpreter interp)
    {
        var sb = new StringBuilder();
        sb.Append("GIL statistics: ").Append(GilTimeline.Describe(interp)).Append('\n');
        sb.Append($"{"thread",-24} {"acquired",10} {"forced",8} {"held s",10} {"waited s",10}\n");
        foreach (var ts in interp.AllThreadStates())
            sb.Append($"{Truncate(ts.Name, 24),-24} {ts.Stats.Acquisitions,10} {ts.Stats.ForcedDrops,8} {ts.Stats.HeldSeconds,10:F4} {ts.Stats.WaitedSeconds,10:F4}\n");
        sb.Append("switches: ").Append(interp.Lock?.Switches ?? 0).Append('\n');
        if (interp.Lock != null)
            sb.Append("contention: some thread was waiting for the GIL during ")
              .Append((interp.Lock.ContentionShare * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))
              .Append("% of the ").Append(interp.Lock.SecondsSinceCreated.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))
              .Append(" s run\n");
        return sb.ToString();
    }

    static string Truncate(string s, int n) => s.Length <= n ? s : s.Substring(0, n);
}
