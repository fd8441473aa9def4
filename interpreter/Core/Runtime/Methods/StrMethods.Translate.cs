// str.maketrans (a static method building a code point → replacement dict) and
// str.translate (maps each code point through any subscriptable table).
using System.Text;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static void AddTranslateMethods(PyType t)
    {
        BuiltinTypes.AddClassFunction(t, "maketrans", (args, kw) =>
        {
            MethodArgs.Range("str.maketrans", "maketrans", args, kw, 1, 3);
            var table = PyDict.New();
            try
            {
                if (args.Length == 1) FillFromMapping(table, args[0]);
                else FillFromStrings(table, args);
            }
            catch { Rc.Dec(table); throw; }
            return table;
        });
        BuiltinTypes.AddMethod(t, "translate", (self, args, kw) =>
        {
            var table = MethodArgs.One("str.translate", args, kw);
            return PyStr.New(Translate(((PyStr)self).Value, table));
        });
    }

    static void FillFromMapping(PyDict table, PyObject mapping)
    {
        if (mapping is not PyDict d) throw Err.TypeError("if you give only one argument to maketrans it must be a dict");
        for (int i = 0; i < d.EntryCount; i++)
        {
            var key = d.Entries[i].Key;
            if (key == null) continue;
            var value = d.Entries[i].Value;
            if (key is PyStr s)
            {
                if (CodePoints.Count(s.Value) != 1) throw Err.ValueError("string keys in translate table must be of length 1");
                SetCodePoint(table, char.ConvertToUtf32(s.Value, 0), value);
            }
            else if (key is PyInt) table.SetItemNew(key, value);
            else throw Err.TypeError("keys in translate table must be strings or integers");
        }
    }

    static void FillFromStrings(PyDict table, ReadOnlySpan<PyObject> args)
    {
        if (args[0] is not PyStr from) throw Err.TypeError("first maketrans argument must be a string if there is a second argument");
        if (args[1] is not PyStr to) throw Err.TypeError($"maketrans() argument 2 must be str, not {args[1].ObType.Name}");
        var fromPoints = CodePoints.ToArray(from.Value);
        var toPoints = CodePoints.ToArray(to.Value);
        if (fromPoints.Length != toPoints.Length) throw Err.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < fromPoints.Length; i++)
        {
            var value = PyInt.New(toPoints[i]);
            try { SetCodePoint(table, fromPoints[i], value); }
            finally { Rc.Dec(value); }
        }
        if (args.Length < 3) return;
        if (args[2] is not PyStr deleted) throw Err.TypeError($"maketrans() argument 3 must be str, not {args[2].ObType.Name}");
        foreach (var cp in CodePoints.ToArray(deleted.Value)) SetCodePoint(table, cp, PyNone.Instance);
    }

    static void SetCodePoint(PyDict table, int codePoint, PyObject value)
    {
        var key = PyInt.New(codePoint);
        try { table.SetItemNew(key, value); }
        finally { Rc.Dec(key); }
    }

    static string Translate(string s, PyObject table)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            int width = 1;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                width = 2;
            }
            var replacement = LookupTranslation(table, cp);
            if (replacement == null) sb.Append(s, i, width);
            else
            {
                try
                {
                    switch (replacement)
                    {
                        case PyNone: break;
                        case PyStr r: sb.Append(r.Value); break;
                        case PyInt n:
                            if (n.IsBig || n.Value < 0 || n.Value >= 0x110000) throw Err.ValueError("character mapping must be in range(0x110000)");
                            sb.Append(CodePoints.FromCodePoint((int)n.Value));
                            break;
                        default: throw Err.TypeError("character mapping must return integer, None or str");
                    }
                }
                finally { Rc.Dec(replacement); }
            }
            i += width - 1;
        }
        return sb.ToString();
    }

    /// <summary>table[codePoint] (a new reference), or null when the lookup raises LookupError.</summary>
    static PyObject LookupTranslation(PyObject table, int codePoint)
    {
        if (table is PyDict d)
        {
            var key = PyInt.New(codePoint);
            try
            {
                var v = d.GetItemBorrowed(key);
                return v == null ? null : Rc.New(v);
            }
            finally { Rc.Dec(key); }
        }
        var index = PyInt.New(codePoint);
        try { return table.GetItem(index); }
        catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.LookupError))
        {
            Rc.Dec(e.TakeException());
            return null;
        }
        finally { Rc.Dec(index); }
    }
}
