// _gc: the native half of the gc module — the cycle collector's switches, counts and
// statistics (Runtime/CycleCollector.cs), and the object graph as it sees it.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class GcModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_gc");
        m.AddFunction("collect", Collect);
        m.AddFunction("enable", (a, k) => { ArgParser.Positional("enable", a, k, 0, 0); CycleCollector.Automatic = true; return Rc.New<PyObject>(PyNone.Instance); });
        m.AddFunction("disable", (a, k) => { ArgParser.Positional("disable", a, k, 0, 0); CycleCollector.Automatic = false; return Rc.New<PyObject>(PyNone.Instance); });
        m.AddFunction("isenabled", (a, k) => { ArgParser.Positional("isenabled", a, k, 0, 0); return PyBool.From(CycleCollector.Automatic); });
        m.AddFunction("get_count", (a, k) =>
        {
            ArgParser.Positional("get_count", a, k, 0, 0);
            var (c0, c1, c2) = CycleCollector.Counts;
            return Triple(c0, c1, c2);
        });
        m.AddFunction("get_threshold", (a, k) =>
        {
            ArgParser.Positional("get_threshold", a, k, 0, 0);
            var (t0, t1, t2) = CycleCollector.Thresholds;
            return Triple(t0, t1, t2);
        });
        m.AddFunction("set_threshold", SetThreshold);
        m.AddFunction("is_tracked", (a, k) =>
        {
            ArgParser.Positional("is_tracked", a, k, 1, 1);
            return PyBool.From(a[0] is PyGcObject g && g.IsTracked);
        });
        m.AddFunction("is_finalized", (a, k) =>
        {
            ArgParser.Positional("is_finalized", a, k, 1, 1);
            return PyBool.From(a[0] is PyGcObject g && g.IsFinalized);
        });
        m.AddFunction("get_objects", GetObjects);
        m.AddFunction("get_referents", GetReferents);
        m.AddFunction("get_referrers", GetReferrers);
        m.AddFunction("get_stats", GetStats);
        m.SetSteal("tracks", PyBool.From(CycleCollector.Tracks));
        return m;
    }

    /// <summary>False for a tuple still being filled (native code may call Python code
    /// between making a tuple and storing its items): it must not be seen yet.</summary>
    static bool Complete(PyGcObject o) => o is not PyTuple t || Array.IndexOf(t.Items, null) < 0;

    static PyTuple Triple(long a, long b, long c)
    {
        var t = PyTuple.New(3);
        t.SetItemSteal(0, PyInt.New(a));
        t.SetItemSteal(1, PyInt.New(b));
        t.SetItemSteal(2, PyInt.New(c));
        return t;
    }

    static int Generation(PyObject o, string func)
    {
        long g = ArgParser.Int(o, "generation");
        if (g < 0 || g > 2) throw Err.ValueError("invalid generation");
        return (int)g;
    }

    /// <summary>collect(generation=2): the number of unreachable objects found.</summary>
    static PyObject Collect(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        var p = ArgParser.Parse("collect", a, k, new[] { "generation" }, 0);
        int g = p[0] == null ? 2 : Generation(p[0], "collect");
        return PyInt.New(CycleCollector.Collect(g));
    }

    static PyObject SetThreshold(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        if (k != null && k.Count > 0) throw Err.TypeError("set_threshold() takes no keyword arguments");
        if (a.Length < 1 || a.Length > 3) throw Err.TypeError($"set_threshold() takes at least 1 argument ({a.Length} given)");
        var (t0, t1, t2) = CycleCollector.Thresholds;
        t0 = Threshold(a[0]);
        if (a.Length > 1) t1 = Threshold(a[1]);
        if (a.Length > 2) t2 = Threshold(a[2]);
        CycleCollector.SetThresholds(t0, t1, t2);
        return Rc.New<PyObject>(PyNone.Instance);
    }

    static int Threshold(PyObject o)
    {
        if (o is not PyInt) throw Err.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
        long v = ArgParser.Int(o, "threshold");
        return (int)Math.Clamp(v, int.MinValue, int.MaxValue);
    }

    /// <summary>get_objects(generation=None): the tracked objects, this list aside.</summary>
    static PyObject GetObjects(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        var p = ArgParser.Parse("get_objects", a, k, new[] { "generation" }, 0);
        int g = p[0] == null || p[0] is PyNone ? -1 : Generation(p[0], "get_objects");
        var objects = CycleCollector.TrackedObjects(g);
        var result = PyList.New(objects.Count);
        foreach (var o in objects) if (Complete(o)) result.Append(o);
        return result;
    }

    /// <summary>get_referents(*objs): what the objects refer to, as the collector sees it.</summary>
    static PyObject GetReferents(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        if (k != null && k.Count > 0) throw Err.TypeError("get_referents() takes no keyword arguments");
        var result = PyList.New();
        // A dict handed to the program is tracked from then on (see PyDict.Exposed).
        Action<PyObject> add = r =>
        {
            if (r is PyDict d) d.Exposed();
            result.Append(r);
        };
        foreach (var o in a) if (o is PyGcObject) o.VisitReferences(add);
        return result;
    }

    /// <summary>get_referrers(*objs): the tracked objects that refer to any of them.</summary>
    static PyObject GetReferrers(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        if (k != null && k.Count > 0) throw Err.TypeError("get_referrers() takes no keyword arguments");
        var targets = new HashSet<PyObject>(a.ToArray(), ReferenceEqualityComparer.Instance);
        var found = new List<PyGcObject>();
        foreach (var o in CycleCollector.TrackedObjects())
        {
            bool refers = false;
            CycleCollector.VisitAsCollector(o, r => refers |= targets.Contains(r));
            if (refers && Complete(o)) found.Add(o);
        }
        var result = PyList.New(found.Count);
        foreach (var o in found) result.Append(o);
        return result;
    }

    /// <summary>get_stats(): per generation, its collections and what they found.</summary>
    static PyObject GetStats(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        ArgParser.Positional("get_stats", a, k, 0, 0);
        var result = PyList.New(3);
        for (int g = 0; g < 3; g++)
        {
            var (collections, collected, uncollectable) = CycleCollector.Stats(g);
            var d = PyDict.New();
            SetInt(d, "collections", collections);
            SetInt(d, "collected", collected);
            SetInt(d, "uncollectable", uncollectable);
            result.AppendSteal(d);
        }
        return result;
    }

    static void SetInt(PyDict d, string key, long value)
    {
        var v = PyInt.New(value);
        d.SetItemNew(key, v);
        Rc.Dec(v);
    }
}
