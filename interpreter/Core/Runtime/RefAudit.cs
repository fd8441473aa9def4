// The reference audit (--audit-refs; automatic with the GIL off and plain counts): count the
// references each object really has and compare with the count it stores.
//
// A reference count is a claim: "this many owned references to me exist". The audit checks
// the claim the slow way. Starting from the roots — the module table, the builtins, every
// thread's frames and the exception it is handling — it follows every owned reference that
// every object holds (VisitReferences, the same references Dealloc would release), and for
// each object reached it counts the edges that point at it. That number is the real count.
//   stored > real: the count is too high, the object would never be freed (a leak; a lost
//                  decrement does this).
//   stored < real: the count is too low; the object will be freed while something still
//                  points at it, or already was (a lost increment does this).
// With the GIL on, or with atomic counts, every count should match: a mismatch there is a
// bug in MiniPy. Objects the runtime itself holds from places the walk cannot see — types,
// code objects, modules, built-in functions and the shared singletons — are walked through
// but not judged.
using System.Text;

namespace MiniPy.Runtime;

public sealed class RefAudit
{
    readonly Dictionary<PyObject, int> realCounts = new(ReferenceEqualityComparer.Instance);
    readonly Queue<PyObject> toVisit = new();
    readonly Action<PyObject> edge;
    readonly List<Finding> findings = new();

    public int Checked { get; private set; }
    public int TooHigh { get; private set; }
    public int TooLow { get; private set; }
    public IReadOnlyList<Finding> Findings => findings;

    public readonly record struct Finding(PyObject Object, int Stored, int Real)
    {
        public int Difference => Stored - Real;
    }

    public RefAudit() => edge = CountEdge;

    /// <summary>One owned reference held by something outside the object graph (a root).</summary>
    public void AddRootReference(PyObject o)
    {
        if (o != null) CountEdge(o);
    }

    /// <summary>The owned references a non-object holder has (a frame's slots, say).</summary>
    public void AddRootReferences(Action<Action<PyObject>> visitor) => visitor(edge);

    void CountEdge(PyObject o)
    {
        if (realCounts.TryGetValue(o, out int n)) realCounts[o] = n + 1;
        else
        {
            realCounts[o] = 1;
            toVisit.Enqueue(o);
        }
    }

    /// <summary>Walks everything reachable from the roots and compares counts.</summary>
    public RefAudit Run()
    {
        while (toVisit.Count > 0)
        {
            var o = toVisit.Dequeue();
            // A torn container may hold anything; what cannot be walked is skipped.
            try { o.VisitReferences(edge); } catch (Exception) { }
        }
        foreach (var (o, real) in realCounts)
        {
            if (!Judged(o)) continue;
            Checked++;
            int stored = Rc.CountOf(o);
            if (stored == real) continue;
            if (stored > real) TooHigh++; else TooLow++;
            findings.Add(new Finding(o, stored, real));
        }
        findings.Sort((a, b) => Math.Abs(b.Difference).CompareTo(Math.Abs(a.Difference)));
        return this;
    }

    /// <summary>Objects whose every owner the walk can see. The runtime holds types, code,
    /// modules, built-in callables and interned names from tables of its own.</summary>
    static bool Judged(PyObject o) =>
        !o.IsStatic && o is not (PyType or PyModule or PyBuiltinFunction or PyMethodDescriptor)
        && o.ObType?.Name != "code";

    /// <summary>The report: the first line, exactly as tests and people read it, then the
    /// worst few mismatches, then what the damage ledger saw during the run.</summary>
    public string Report(int worst = 5)
    {
        var sb = new StringBuilder();
        sb.Append("refcount audit: ").Append(Checked).Append(" objects checked, ")
          .Append(TooHigh).Append(" counts too high, ").Append(TooLow).AppendLine(" counts too low");
        for (int i = 0; i < findings.Count && i < worst; i++)
        {
            var f = findings[i];
            sb.Append("  ").Append(f.Object.ObType?.Name ?? "?").Append(' ').Append(Corruption.ShortRepr(f.Object))
              .Append(": stored ").Append(f.Stored).Append(", really ").Append(f.Real)
              .AppendLine(f.Stored > f.Real
                  ? " (too high: it would never be freed)"
                  : " (too low: it will be freed, or was, while still in use)");
        }
        if (findings.Count > worst) sb.Append("  ... and ").Append(findings.Count - worst).AppendLine(" more");
        long freedInUse = Corruption.Count(DamageKind.NegativeCount) + Corruption.Count(DamageKind.UseAfterFree)
                          + Corruption.Count(DamageKind.StorageReused);
        if (Heap.ToleratesCorruption)
            sb.Append("  objects seen freed while still referenced during the run: ").Append(freedInUse).AppendLine();
        return sb.ToString();
    }
}
