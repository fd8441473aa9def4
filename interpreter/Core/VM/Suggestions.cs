// "Did you mean" hints: the name a misspelt attribute or variable most likely meant, as
// CPython 3.11's Python/suggestions.c finds it and its default exception display shows it:
//
//     AttributeError: 'list' object has no attribute 'appendd'. Did you mean: 'append'?
//
// The candidates are dir(obj) for an AttributeError (its name and obj attributes say which),
// and for a NameError the names of the frame it was raised in: its local variables, then its
// globals, then the builtins (the first of those with a close name wins). Closeness is a
// Levenshtein distance over the names' UTF-8 bytes where inserting, deleting or replacing a
// character costs 2 and changing only its case costs 1; a name is offered only when its
// distance is at most a third of the two names' lengths together, and the closest wins.
// Nothing is offered for more than 750 candidates or a name longer than 40 bytes.
using System.Text;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class Suggestions
{
    const int MaxCandidates = 750, MaxStringSize = 40, MoveCost = 2, CaseCost = 1;

    /// <summary>The closest of candidates to name, or null when none is close enough.</summary>
    public static string Closest(string name, IEnumerable<string> candidates)
    {
        var all = candidates as IList<string> ?? candidates.ToList();
        if (all.Count >= MaxCandidates) return null;
        var wrong = Encoding.UTF8.GetBytes(name);
        string best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in all)
        {
            if (candidate == name) continue;
            var item = Encoding.UTF8.GetBytes(candidate);
            int maxDistance = (wrong.Length + item.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, bestDistance - 1); // no worse than one found
            int distance = Distance(wrong, item, maxDistance);
            if (distance > maxDistance) continue;
            if (best == null || distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost; // not the same letter in another case
        if (a == b) return 0;
        if (a is >= (byte)'A' and <= (byte)'Z') a += 'a' - 'A';
        if (b is >= (byte)'A' and <= (byte)'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    /// <summary>The distance of a and b, or any number above maxCost once it must exceed it.</summary>
    static int Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost)
    {
        // What the two share at the start and the end costs nothing.
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length) { var t = a; a = b; b = t; }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        // One row of the distance matrix, updated in place: row[i] = cost(b[..j], a[..i+1]).
        Span<int> row = stackalloc int[a.Length];
        for (int i = 0; i < a.Length; i++) row[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int j = 0; j < b.Length; j++)
        {
            int diagonal = result = j * MoveCost;
            int minimum = int.MaxValue;
            for (int i = 0; i < a.Length; i++)
            {
                int substitute = diagonal + SubstitutionCost(b[j], a[i]);
                diagonal = row[i];
                int insertOrDelete = Math.Min(result, diagonal) + MoveCost;
                result = Math.Min(insertOrDelete, substitute);
                row[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }

    /// <summary>For a NameError raised in frame f: the closest of its local variables, else of
    /// its globals, else of the builtins.</summary>
    public static string ForName(Frame f, string name)
    {
        var scopes = new List<IEnumerable<string>> { f.Code.VarNames };
        if (f.Globals != null) scopes.Add(KeysOf(f.Globals));
        if (f.Builtins != null) scopes.Add(KeysOf(f.Builtins));
        foreach (var scope in scopes)
            if (Closest(name, scope.ToList()) is { } found) return found;
        return null;
    }

    static IEnumerable<string> KeysOf(PyDict d)
    {
        for (int i = 0; i < d.EntryCount; i++)
            if (d.Entries[i].Key is PyStr s) yield return s.Value;
    }

    /// <summary>For an AttributeError with its name and obj: the closest name dir(obj) lists.</summary>
    public static string ForAttribute(PyException exc)
    {
        if (exc.Dict?.GetItemBorrowed("name") is not PyStr name || exc.Dict.GetItemBorrowed("obj") is not { } obj) return null;
        PyObject listing = null;
        try
        {
            listing = Ops.Call(ThreadState.Current.Interp.Builtins.GetItemBorrowed("dir"), obj);
            var names = new List<string>();
            if (listing is PyList list)
                for (int i = 0; i < list.Count; i++)
                    if (list.Items[i] is PyStr s) names.Add(s.Value);
            return Closest(name.Value, names);
        }
        catch (PyRaise r)
        {
            Rc.Dec(r.TakeException());
            return null;
        }
        finally { Rc.XDec(listing); }
    }
}
