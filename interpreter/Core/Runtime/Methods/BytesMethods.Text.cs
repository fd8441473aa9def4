// The methods bytes shares with str for text in ASCII: case (capitalize swapcase title), the
// predicates (isalnum isalpha isascii isdigit islower isspace istitle isupper), layout
// (center ljust rjust zfill expandtabs), partition rpartition splitlines, and translate
// with maketrans. Only the ASCII letters, digits and whitespace count: b'\xe9'.isalpha() is
// False, as in CPython.
namespace MiniPy.Runtime;

public static partial class BytesMethods
{
    static bool IsLower(byte c) => c >= 'a' && c <= 'z';
    static bool IsUpper(byte c) => c >= 'A' && c <= 'Z';
    static bool IsAlpha(byte c) => IsLower(c) || IsUpper(c);
    static bool IsDigit(byte c) => c >= '0' && c <= '9';
    static byte ToUpper(byte c) => IsLower(c) ? (byte)(c - 32) : c;
    static byte ToLower(byte c) => IsUpper(c) ? (byte)(c + 32) : c;

    static void AddTextMethods(PyType t)
    {
        string type = t == PyByteArray.Type ? "bytearray" : "bytes";
        AddMapping(t, type, "capitalize", v =>
        {
            for (int i = 0; i < v.Length; i++) v[i] = i == 0 ? ToUpper(v[i]) : ToLower(v[i]);
        });
        AddMapping(t, type, "swapcase", v =>
        {
            for (int i = 0; i < v.Length; i++) v[i] = IsUpper(v[i]) ? ToLower(v[i]) : ToUpper(v[i]);
        });
        AddMapping(t, type, "title", v =>
        {
            bool previousCased = false;
            for (int i = 0; i < v.Length; i++)
            {
                v[i] = previousCased ? ToLower(v[i]) : ToUpper(v[i]);
                previousCased = IsAlpha(v[i]);
            }
        });
        AddPredicate(t, type, "isalnum", v => v.Length > 0 && Array.TrueForAll(v, c => IsAlpha(c) || IsDigit(c)));
        AddPredicate(t, type, "isalpha", v => v.Length > 0 && Array.TrueForAll(v, IsAlpha));
        AddPredicate(t, type, "isascii", v => Array.TrueForAll(v, c => c < 128));
        AddPredicate(t, type, "isdigit", v => v.Length > 0 && Array.TrueForAll(v, IsDigit));
        AddPredicate(t, type, "isspace", v => v.Length > 0 && Array.TrueForAll(v, IsSpace));
        AddPredicate(t, type, "islower", v => Array.Exists(v, IsLower) && !Array.Exists(v, IsUpper));
        AddPredicate(t, type, "isupper", v => Array.Exists(v, IsUpper) && !Array.Exists(v, IsLower));
        AddPredicate(t, type, "istitle", IsTitle);
        AddPad(t, "center");
        AddPad(t, "ljust");
        AddPad(t, "rjust");
        BuiltinTypes.AddMethod(t, "zfill", (self, args, kw) =>
        {
            long width = MethodArgs.Index(MethodArgs.One($"{type}.zfill", args, kw));
            var v = Data(self);
            if (width <= v.Length) return Unchanged(self);
            var result = new byte[SequenceSizes.Length(width)];
            int fill = result.Length - v.Length;
            Array.Fill(result, (byte)'0', 0, fill);
            v.CopyTo(result, fill);
            if (v.Length > 0 && (v[0] == '+' || v[0] == '-'))
            {
                result[0] = v[0];
                result[fill] = (byte)'0';
            }
            return Like(self, result);
        });
        BuiltinTypes.AddMethod(t, "expandtabs", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("expandtabs", args, kw, new[] { "tabsize" }, 0);
            long tabsize = a[0] == null ? 8 : MethodArgs.Index(a[0]);
            var result = new List<byte>();
            int column = 0;
            foreach (var c in Data(self))
            {
                if (c == '\t')
                {
                    if (tabsize > 0)
                    {
                        int spaces = (int)(tabsize - column % tabsize);
                        for (int i = 0; i < spaces; i++) result.Add((byte)' ');
                        column += spaces;
                    }
                }
                else
                {
                    result.Add(c);
                    column = c == '\n' || c == '\r' ? 0 : column + 1;
                }
            }
            return Like(self, result.ToArray());
        });
        AddPartition(t, "partition", fromRight: false);
        AddPartition(t, "rpartition", fromRight: true);
        BuiltinTypes.AddMethod(t, "splitlines", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("splitlines", args, kw, new[] { "keepends" }, 0);
            bool keepends = a[0] != null && Ops.IsTrue(a[0]);
            var v = Data(self);
            var lines = PyList.New();
            int start = 0;
            for (int i = 0; i < v.Length; i++)
            {
                if (v[i] != '\n' && v[i] != '\r') continue;
                int end = i;
                if (v[i] == '\r' && i + 1 < v.Length && v[i + 1] == '\n') i++;
                lines.AppendSteal(Like(self, v[start..(keepends ? i + 1 : end)]));
                start = i + 1;
            }
            if (start < v.Length) lines.AppendSteal(Like(self, v[start..]));
            return lines;
        });
        BuiltinTypes.AddMethod(t, "translate", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("translate", args, kw, new[] { "table", "delete" }, 1, 2);
            byte[] table = a[0] is PyNone ? null : BytesArgument(a[0]);
            if (table != null && table.Length != 256) throw Err.ValueError("translation table must be 256 characters long");
            var delete = a[1] == null ? Array.Empty<byte>() : BytesArgument(a[1]);
            var result = new List<byte>();
            foreach (var c in Data(self))
                if (Array.IndexOf(delete, c) < 0) result.Add(table == null ? c : table[c]);
            return Like(self, result.ToArray());
        });
        BuiltinTypes.AddClassFunction(t, "maketrans", (args, kw) =>
        {
            MethodArgs.Range("maketrans", "maketrans", args, kw, 2, 2);
            var from = BytesArgument(args[0]);
            var to = BytesArgument(args[1]);
            if (from.Length != to.Length) throw Err.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return PyBytes.New(table);
        });
    }

    static bool IsTitle(byte[] v)
    {
        bool cased = false, previousCased = false;
        foreach (var c in v)
        {
            if (IsUpper(c))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (IsLower(c))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    /// <summary>A method that rewrites a copy of the bytes in place.</summary>
    static void AddMapping(PyType t, string type, string name, Action<byte[]> rewrite)
        => BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.None($"{type}.{name}", args, kw);
            var v = (byte[])Data(self).Clone();
            rewrite(v);
            return Like(self, v);
        });

    static void AddPredicate(PyType t, string type, string name, Func<byte[], bool> test)
        => BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.None($"{type}.{name}", args, kw);
            return PyBool.From(test(Data(self)));
        });

    /// <summary>center, ljust, rjust(width, fillbyte=b' ').</summary>
    static void AddPad(PyType t, string name)
        => BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.Range(name, name, args, kw, 1, 2);
            long width = MethodArgs.Index(args[0]);
            byte fill = (byte)' ';
            if (args.Length > 1)
            {
                var f = PyByteArray.BytesOf(args[1]);
                if (f == null || f.Length != 1)
                    throw Err.TypeError($"{name}() argument 2 must be a byte string of length 1, not {args[1].ObType.Name}");
                fill = f[0];
            }
            var v = Data(self);
            if (width <= v.Length) return Unchanged(self);
            int size = SequenceSizes.Length(width);
            int margin = size - v.Length;
            int left = name switch
            {
                "ljust" => 0,
                "rjust" => margin,
                _ => margin / 2 + (margin & (int)width & 1),
            };
            var result = new byte[size];
            Array.Fill(result, fill);
            v.CopyTo(result, left);
            return Like(self, result);
        });

    static void AddPartition(PyType t, string name, bool fromRight)
        => BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.Range(name, name, args, kw, 1, 1);
            var sep = BytesArgument(args[0]);
            if (sep.Length == 0) throw Err.ValueError("empty separator");
            var v = Data(self);
            int at = fromRight ? v.AsSpan().LastIndexOf(sep) : v.AsSpan().IndexOf(sep);
            var parts = PyTuple.New(3);
            if (at >= 0)
            {
                parts.Items[0] = Like(self, v[..at]);
                parts.Items[1] = Like(self, sep);
                parts.Items[2] = Like(self, v[(at + sep.Length)..]);
            }
            else
            {
                // Not found: the whole at the end for rpartition, at the start for partition.
                for (int i = 0; i < 3; i++) parts.Items[i] = Like(self, (fromRight ? i == 2 : i == 0) ? v : Array.Empty<byte>());
            }
            return parts;
        });
}
