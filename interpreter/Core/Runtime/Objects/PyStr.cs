// str: immutable text over a .NET string, with a cached hash and an intern table for
// identifiers (attribute and variable names are interned by the compiler and compared by
// reference first).
using System.Collections.Concurrent;
using System.Text;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public sealed class PyStr : PyObject
{
    public static PyType Type;
    public override bool AllowsMethodFastPath => true;
    static readonly ConcurrentDictionary<string, PyStr> interned = new();
    static readonly PyStr[] latin1 = new PyStr[256];
    public static PyStr Empty;

    /// <summary>The text. A str never changes as the program sees it; the one exception is
    /// invisible: AppendInPlace, on a str nothing else can see.</summary>
    public string Value => text as string ?? Settle();
    /// <summary>The text as a string, or — after AppendInPlace — as a StringBuilder holding
    /// it with room to grow, until it is next read. One field for both keeps every str small.</summary>
    object text;
    /// <summary>The hash, once computed (-1 until then: a str's hash is never negative).</summary>
    long hash = -1;
    /// <summary>What len() and indexing need, found once (a str never changes): 0 until
    /// looked at, 1 when Value has no surrogates (chars are code points), 2 when it has.</summary>
    int surrogates;
    int codePointCount;

    PyStr(string v) { text = v; }

    /// <summary>`s += t` (or `s = s + t`) on a str that only the variable being assigned and
    /// the value stack hold, so that no one can see it change: CPython resizes the string in
    /// place, making a loop of appends linear rather than quadratic, and so does this — the
    /// text grows in a builder and becomes a string again when it is next read. The eval
    /// loop decides when (Eval.AppendsInPlace).</summary>
    public void AppendInPlace(string more)
    {
        if (text is not StringBuilder growing)
        {
            var current = (string)text;
            text = growing = new StringBuilder(current, Math.Max(16, current.Length * 2));
        }
        growing.Append(more);
        hash = -1;
        surrogates = 0;
        codePointCount = 0;
    }

    string Settle()
    {
        var current = text;
        if (current is string already) return already;
        var settled = ((StringBuilder)current).ToString();
        text = settled;
        return settled;
    }

    internal static void InitStatics()
    {
        for (int i = 0; i < 256; i++)
        {
            latin1[i] = new PyStr(((char)i).ToString()) { ObType = Type, IsStatic = true };
            interned[latin1[i].Value] = latin1[i];
        }
        Empty = new PyStr("") { ObType = Type, IsStatic = true };
        interned[""] = Empty;
    }

    /// <summary>Gives strings interned before the str type existed their type.</summary>
    internal static void FixInternedTypes()
    {
        foreach (var entry in interned) entry.Value.ObType = Type;
    }

    /// <summary>A new reference to a str holding v.</summary>
    public static PyStr New(string v)
    {
        if (v.Length <= 1)
        {
            if (v.Length == 0) return Rc.New(Empty);
            if (v[0] < 256) return Rc.New(latin1[v[0]]);
        }
        var s = new PyStr(v) { ObType = Type };
        Heap.Allocated(Type);
        return s;
    }

    public static PyStr New(char c) => c < 256 ? Rc.New(latin1[c]) : New(c.ToString());

    /// <summary>The interned str for an identifier: a borrowed reference that lives for the
    /// whole run (interned strings are static, like the singletons).</summary>
    public static PyStr Intern(string v)
    {
        if (interned.TryGetValue(v, out var s)) return s;
        var n = new PyStr(v) { ObType = Type, IsStatic = true };
        return interned.GetOrAdd(v, n);
    }

    protected internal override void Dealloc() => Heap.Freed(this);

    public override string Repr() => StringRepr.Repr(Value);
    public override string Str() => Value;
    public override bool IsTrue() => Value.Length != 0;
    public override long LengthOrMinusOne() => CodePointCount;

    /// <summary>Whether every char is a code point of its own (no surrogates).</summary>
    public bool IsBmpOnly
    {
        get
        {
            int state = surrogates;
            if (state == 0) surrogates = state = CodePoints.IsBmpOnly(Value) ? 1 : 2;
            return state == 1;
        }
    }

    /// <summary>len(): the number of code points.</summary>
    public int CodePointCount
    {
        get
        {
            if (IsBmpOnly) return Value.Length;
            int n = codePointCount;
            return n != 0 ? n : codePointCount = CodePoints.Count(Value);
        }
    }

    public override long Hash()
    {
        if (hash >= 0) return hash;
        // FNV-1a over UTF-16 units, folded to a non-negative 61-bit range; stable across runs.
        ulong h = 14695981039346656037UL;
        foreach (char c in Value) { h ^= c; h *= 1099511628211UL; }
        long r = (long)(h & 0x1FFFFFFFFFFFFFFF);
        hash = r;
        return r;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyStr o) return Rc.New(PyNotImplemented.Instance);
        if (op == CompareOp.Eq) return PyBool.From(ReferenceEquals(this, o) || Value == o.Value);
        if (op == CompareOp.Ne) return PyBool.From(!ReferenceEquals(this, o) && Value != o.Value);
        return PyBool.From(Ops.CompareResult(CompareCodePoints(Value, o.Value), op));
    }

    public override bool Contains(PyObject item)
    {
        if (item is not PyStr s) throw Err.TypeError($"'in <string>' requires string as left operand, not {item.ObType.Name}");
        return Value.Contains(s.Value, StringComparison.Ordinal);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            if (!IsBmpOnly) return StrSlicing.SliceCodePoints(this, slice);
            slice.Indices(Value.Length, out long start, out long stop, out long step, out long len);
            if (step == 1) return New(Value.Substring((int)start, (int)len));
            var sb = new StringBuilder((int)len);
            for (long i = 0, j = start; i < len; i++, j += step) sb.Append(Value[(int)j]);
            return New(sb.ToString());
        }
        long idx = Ops.IndexOf(key, "string indices must be integers");
        if (!IsBmpOnly) return StrSlicing.IndexCodePoint(this, idx);
        if (idx < 0) idx += Value.Length;
        if ((ulong)idx >= (ulong)Value.Length) throw Err.IndexError("string index out of range");
        return New(Value[(int)idx]);
    }

    public override PyObject Iter() => StrIterator.New(this);

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && !reflected)
        {
            if (other is PyStr o) return New(string.Concat(Value, o.Value));
            return Rc.New(PyNotImplemented.Instance); // see Ops.SequenceFallback
        }
        if (op == BinaryOpKind.Mul && other is PyInt n)
        {
            long count = SequenceSizes.Count(n);
            if (count <= 0 || Value.Length == 0) return New("");
            SequenceSizes.Repeated(count, Value.Length);
            var sb = new StringBuilder(Value.Length * (int)count);
            for (long i = 0; i < count; i++) sb.Append(Value);
            return New(sb.ToString());
        }
        if (op == BinaryOpKind.Mod && !reflected) return PercentFormat.Format(Value, other);
        return Rc.New(PyNotImplemented.Instance);
    }

    public override string ToString() => Value;

    /// <summary>Orders two texts by code points, as Python does. An ordinal comparison of
    /// UTF-16 units agrees except where half of a surrogate pair (a character above U+FFFF)
    /// meets a character from U+E000 to U+FFFF: the pair stands for the larger character, so
    /// the units of a pair are ranked above every other unit. A lone surrogate is a code point
    /// of its own, compared as it is.</summary>
    public static int CompareCodePoints(string a, string b)
    {
        if (ReferenceEquals(a, b)) return 0;
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            if (x < 0xD800 && y < 0xD800) return x - y;
            return CodePointOrderAt(a, i) - CodePointOrderAt(b, i);
        }
        return a.Length - b.Length;
    }

    static int CodePointOrderAt(string s, int i)
    {
        char c = s[i];
        bool inPair = char.IsHighSurrogate(c) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]);
        return inPair ? 0x10000 + c : c;
    }
}

/// <summary>Indexing and slicing of strings that contain characters outside the BMP.</summary>
static class StrSlicing
{
    public static PyObject IndexCodePoint(PyStr s, long idx)
    {
        var cps = CodePoints.ToArray(s.Value);
        if (idx < 0) idx += cps.Length;
        if ((ulong)idx >= (ulong)cps.Length) throw Err.IndexError("string index out of range");
        return PyStr.New(CodePoints.FromCodePoint(cps[idx]));
    }

    public static PyObject SliceCodePoints(PyStr s, PySlice slice)
    {
        var cps = CodePoints.ToArray(s.Value);
        slice.Indices(cps.Length, out long start, out _, out long step, out long len);
        var sb = new StringBuilder();
        for (long i = 0, j = start; i < len; i++, j += step) sb.Append(CodePoints.FromCodePoint(cps[j]));
        return PyStr.New(sb.ToString());
    }
}
