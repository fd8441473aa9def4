// The methods of bytes: decode hex fromhex join split rsplit strip lstrip rstrip startswith
// endswith find rfind index rindex count replace upper lower removeprefix removesuffix (the
// ASCII text methods are in BytesMethods.Text.cs).
using System.Text;

namespace MiniPy.Runtime;

public static partial class BytesMethods
{
    static readonly string[] decodeNames = { "encoding", "errors" };
    static readonly string[] hexNames = { "sep", "bytes_per_sep" };
    static readonly string[] splitNames = { "sep", "maxsplit" };

    public static void Add(PyType t)
    {
        BuiltinTypes.AddMethod(t, "decode", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("decode", args, kw, decodeNames, 0);
            string encoding = a[0] == null ? "utf-8" : StrMethods.NamedStrArgument(a[0], "decode", "encoding");
            string errors = a[1] == null ? "strict" : StrMethods.NamedStrArgument(a[1], "decode", "errors");
            return PyStr.New(Codecs.Decode(Data(self), encoding, errors));
        });
        BuiltinTypes.AddMethod(t, "hex", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("hex", args, kw, hexNames, 0);
            return PyStr.New(Hex(Data(self), a[0], a[1] == null ? 1 : MethodArgs.Index(a[1])));
        });
        BuiltinTypes.AddClassFunction(t, "fromhex", (args, kw) =>
        {
            var arg = MethodArgs.One("bytes.fromhex", args, kw);
            if (arg is not PyStr s) throw Err.TypeError($"fromhex() argument must be str, not {arg.ObType.Name}");
            var data = FromHex(s.Value);
            return t == PyByteArray.Type ? PyByteArray.New(data) : PyBytes.New(data);
        });
        BuiltinTypes.AddMethod(t, "join", (self, args, kw) =>
        {
            var iterable = MethodArgs.One("bytes.join", args, kw);
            var items = StrMethods.IterableItems(iterable, "can only join an iterable");
            try { return Like(self, Join(Data(self), items)); }
            finally { foreach (var o in items) Rc.Dec(o); }
        });
        BuiltinTypes.AddMethod(t, "upper", (self, args, kw) =>
        {
            MethodArgs.None("bytes.upper", args, kw);
            var v = (byte[])Data(self).Clone();
            for (int i = 0; i < v.Length; i++) if (v[i] >= 'a' && v[i] <= 'z') v[i] -= 32;
            return Like(self, v);
        });
        BuiltinTypes.AddMethod(t, "lower", (self, args, kw) =>
        {
            MethodArgs.None("bytes.lower", args, kw);
            var v = (byte[])Data(self).Clone();
            for (int i = 0; i < v.Length; i++) if (v[i] >= 'A' && v[i] <= 'Z') v[i] += 32;
            return Like(self, v);
        });
        AddStrip(t, "strip", true, true);
        AddStrip(t, "lstrip", true, false);
        AddStrip(t, "rstrip", false, true);
        AddSplit(t, "split", false);
        AddSplit(t, "rsplit", true);
        AddSearchMethods(t);
        AddTextMethods(t);
        BuiltinTypes.AddMethod(t, "replace", (self, args, kw) =>
        {
            MethodArgs.Range("bytes.replace", "replace", args, kw, 2, 3);
            var oldValue = BytesArgument(args[0]);
            var newValue = BytesArgument(args[1]);
            long count = args.Length > 2 ? MethodArgs.Index(args[2]) : -1;
            return Like(self, Replace(Data(self), oldValue, newValue, count < 0 ? long.MaxValue : count));
        });
        BuiltinTypes.AddMethod(t, "removeprefix", (self, args, kw) =>
        {
            var prefix = BytesArgument(MethodArgs.One("bytes.removeprefix", args, kw));
            var v = Data(self);
            if (prefix.Length == 0 || !v.AsSpan().StartsWith(prefix)) return Unchanged(self);
            return Like(self, v.AsSpan(prefix.Length).ToArray());
        });
        BuiltinTypes.AddMethod(t, "removesuffix", (self, args, kw) =>
        {
            var suffix = BytesArgument(MethodArgs.One("bytes.removesuffix", args, kw));
            var v = Data(self);
            if (suffix.Length == 0 || !v.AsSpan().EndsWith(suffix)) return Unchanged(self);
            return Like(self, v.AsSpan(0, v.Length - suffix.Length).ToArray());
        });
    }

    /// <summary>The bytes of a bytes-like argument: "a bytes-like object is required, not 'str'".</summary>
    static byte[] BytesArgument(PyObject o)
        => PyByteArray.BytesOf(o) ?? throw Err.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'");

    /// <summary>The bytes of self, a bytes or a bytearray (a copy for a bytearray).</summary>
    static byte[] Data(PyObject self) => self is PyBytes b ? b.Value : ((PyByteArray)self).ToArray();

    /// <summary>A result of self's own type: bytes from bytes, bytearray from bytearray.</summary>
    static PyObject Like(PyObject self, byte[] v) => self is PyByteArray ? PyByteArray.New(v) : PyBytes.New(v);

    /// <summary>self when nothing changed: bytes is immutable, a bytearray is copied.</summary>
    static PyObject Unchanged(PyObject self) => self is PyByteArray a ? PyByteArray.New(a.Data) : Rc.New(self);

    /// <summary>int.from_bytes's argument: bytes, or an iterable of ints in range(256).</summary>
    public static byte[] BytesFromObject(PyObject o)
    {
        if (PyByteArray.BytesOf(o) is { } b) return b;
        if (o is PyStr) throw Err.TypeError("cannot convert 'str' object to bytes");
        var result = new List<byte>();
        var it = Ops.GetIter(o);
        try
        {
            PyObject item;
            while ((item = Ops.Next(it)) != null)
            {
                long v;
                try { v = MethodArgs.Index(item); }
                finally { Rc.Dec(item); }
                if (v < 0 || v > 255) throw Err.ValueError("bytes must be in range(0, 256)");
                result.Add((byte)v);
            }
        }
        finally { Rc.Dec(it); }
        return result.ToArray();
    }

    static bool IsSpace(byte c) => c == ' ' || (c >= '\t' && c <= '\r');

    static string Hex(byte[] v, PyObject sepObj, long bytesPerSep)
    {
        const string digits = "0123456789abcdef";
        string sep = null;
        if (sepObj != null)
        {
            if (sepObj is PyStr s) sep = s.Value;
            else if (PyByteArray.BytesOf(sepObj) is { } sb) sep = Encoding.Latin1.GetString(sb);
            else throw Err.TypeError($"object of type '{sepObj.ObType.Name}' has no len()");
            if (sep.Length != 1) throw Err.ValueError("sep must be length 1.");
        }
        var result = new StringBuilder(v.Length * 3);
        long group = Math.Abs(bytesPerSep);
        for (int i = 0; i < v.Length; i++)
        {
            if (sep != null && i > 0 && group > 0)
            {
                // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
                long position = bytesPerSep > 0 ? v.Length - i : i;
                if (position % group == 0) result.Append(sep);
            }
            result.Append(digits[v[i] >> 4]).Append(digits[v[i] & 15]);
        }
        return result.ToString();
    }

    static byte[] FromHex(string s)
    {
        var result = new List<byte>(s.Length / 2);
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') { i++; continue; }
            int high = HexValue(s[i]);
            if (high < 0) throw Err.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            int low = i + 1 < s.Length ? HexValue(s[i + 1]) : -1;
            if (low < 0) throw Err.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            result.Add((byte)(high * 16 + low));
            i += 2;
        }
        return result.ToArray();
    }

    static int HexValue(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    static byte[] Join(byte[] sep, PyObject[] items)
    {
        long length = items.Length == 0 ? 0 : (long)sep.Length * (items.Length - 1);
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not (PyBytes or PyByteArray)) throw Err.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].ObType.Name} found");
            length += items[i] is PyBytes b ? b.Value.Length : ((PyByteArray)items[i]).Data.Count;
        }
        var result = new byte[length];
        int pos = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) { sep.CopyTo(result, pos); pos += sep.Length; }
            var v = PyByteArray.BytesOf(items[i]);
            v.CopyTo(result, pos);
            pos += v.Length;
        }
        return result;
    }

    static void AddStrip(PyType t, string name, bool left, bool right)
    {
        string qualifiedName = "bytes." + name;
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.Range(qualifiedName, name, args, kw, 0, 1);
            byte[] chars = args.Length == 1 && args[0] is not PyNone ? BytesArgument(args[0]) : null;
            var v = Data(self);
            int start = 0, end = v.Length;
            if (left) while (start < end && (chars == null ? IsSpace(v[start]) : Array.IndexOf(chars, v[start]) >= 0)) start++;
            if (right) while (end > start && (chars == null ? IsSpace(v[end - 1]) : Array.IndexOf(chars, v[end - 1]) >= 0)) end--;
            if (start == 0 && end == v.Length) return Unchanged(self);
            return Like(self, v.AsSpan(start, end - start).ToArray());
        });
    }

    static void AddSplit(PyType t, string name, bool fromRight)
    {
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            var a = MethodArgs.Keywords(name, args, kw, splitNames, 0);
            byte[] sep = a[0] == null || a[0] is PyNone ? null : BytesArgument(a[0]);
            if (sep != null && sep.Length == 0) throw Err.ValueError("empty separator");
            long maxsplit = a[1] == null ? -1 : MethodArgs.Index(a[1]);
            if (maxsplit < 0) maxsplit = long.MaxValue;
            var v = Data(self);
            var pieces = new List<(int start, int end)>();
            if (sep == null) SplitWhitespace(v, maxsplit, fromRight, pieces);
            else SplitOn(v, sep, maxsplit, fromRight, pieces);
            var result = PyList.New(pieces.Count);
            foreach (var (start, end) in pieces) result.AppendSteal(Like(self, v.AsSpan(start, end - start).ToArray()));
            return result;
        });
    }

    static void SplitWhitespace(byte[] v, long maxsplit, bool fromRight, List<(int, int)> pieces)
    {
        if (!fromRight)
        {
            int i = 0;
            while (true)
            {
                while (i < v.Length && IsSpace(v[i])) i++;
                if (i == v.Length) return;
                if (maxsplit-- == 0) { pieces.Add((i, v.Length)); return; }
                int j = i;
                while (j < v.Length && !IsSpace(v[j])) j++;
                pieces.Add((i, j));
                i = j;
            }
        }
        int end = v.Length;
        while (true)
        {
            while (end > 0 && IsSpace(v[end - 1])) end--;
            if (end == 0) break;
            if (maxsplit-- == 0) { pieces.Add((0, end)); break; }
            int j = end;
            while (j > 0 && !IsSpace(v[j - 1])) j--;
            pieces.Add((j, end));
            end = j;
        }
        pieces.Reverse();
    }

    static void SplitOn(byte[] v, byte[] sep, long maxsplit, bool fromRight, List<(int, int)> pieces)
    {
        if (!fromRight)
        {
            int i = 0;
            while (maxsplit-- > 0)
            {
                int j = v.AsSpan(i).IndexOf(sep);
                if (j < 0) break;
                pieces.Add((i, i + j));
                i += j + sep.Length;
            }
            pieces.Add((i, v.Length));
            return;
        }
        int end = v.Length;
        while (maxsplit-- > 0)
        {
            int j = v.AsSpan(0, end).LastIndexOf(sep);
            if (j < 0) break;
            pieces.Add((j + sep.Length, end));
            end = j;
        }
        pieces.Add((0, end));
        pieces.Reverse();
    }

    static byte[] Replace(byte[] v, byte[] oldValue, byte[] newValue, long count)
    {
        var output = new List<byte>(v.Length);
        if (oldValue.Length == 0)
        {
            for (int i = 0; i <= v.Length; i++)
            {
                if (count > 0) { output.AddRange(newValue); count--; }
                if (i < v.Length) output.Add(v[i]);
            }
            return output.ToArray();
        }
        int pos = 0;
        while (count-- > 0)
        {
            int j = v.AsSpan(pos).IndexOf(oldValue);
            if (j < 0) break;
            output.AddRange(v.AsSpan(pos, j).ToArray());
            output.AddRange(newValue);
            pos += j + oldValue.Length;
        }
        output.AddRange(v.AsSpan(pos).ToArray());
        return output.ToArray();
    }
}
