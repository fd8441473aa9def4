// _json: the native half of json, as CPython has one (its Modules/_json.c): scan(s, idx,
// decoder, JSONDecodeError) reads a value, with the decoder's hooks and the Python
// decoder's errors, and encode(obj,
// encoder, indent) writes a whole document at once, with what the JSONEncoder instance
// says — skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, the separators and
// default() — and produces exactly what Lib/json/encoder.py's pieces join to. The Python
// encoder stays for iterencode (json.dump's chunks) and for subclasses that override it.
//
// Like CPython's: a str, int or float subclass is written as its value (an IntEnum as its
// number), a list or tuple subclass as a list, a dict subclass through its items(); objects
// met again inside themselves are "Circular reference detected"; nesting deeper than the
// recursion limit is a RecursionError, never a host stack overflow.
using System.Runtime.CompilerServices;
using System.Text;
using MiniPy.Runtime;
using MiniPy.Runtime.Text;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class JsonModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_json");
        m.AddFunction("encode", (a, k) =>
        {
            ArgParser.Positional("encode", a, k, 3, 3);
            var writer = new Writer(a[1], a[2] is PyStr indent ? indent.Value : null);
            writer.Write(a[0], 0);
            return PyStr.New(writer.Text.ToString());
        });
        // scan(s, idx, decoder, JSONDecodeError): the value starting at idx and where it
        // ends, as the decoder's options make it; StopIteration(idx) when no value starts
        // there (the decoder's "Expecting value").
        m.AddFunction("scan", (a, k) =>
        {
            ArgParser.Positional("scan", a, k, 4, 4);
            var reader = new Reader(ArgParser.Str(a[0], "scan", 1), a[2], a[3]);
            int end = (int)ArgParser.Int(a[1], "idx");
            if (end < 0 || end >= reader.Length || !reader.StartsValue(end))
            {
                var at = PyInt.New(end);
                try { throw Err.StopIteration(at); } finally { Rc.Dec(at); }
            }
            var value = reader.Value(ref end);
            var endObj = PyInt.New(end);
            try { return PyTuple.Of(value, endObj); }
            finally { Rc.Dec(value); Rc.Dec(endObj); }
        });
        return m;
    }

    /// <summary>JSON text to values: a recursive-descent reader with the Python decoder's
    /// errors (JSONDecodeError(msg, doc, pos)) and its hooks.</summary>
    sealed class Reader
    {
        readonly string s;
        readonly PyObject objectHook, pairsHook, parseFloat, parseInt, parseConstant, errorType;
        readonly bool strict, nativeFloat, nativeInt;
        readonly ThreadState ts = ThreadState.Current;
        public int Length => s.Length;

        public Reader(string s, PyObject decoder, PyObject errorType)
        {
            this.s = s;
            this.errorType = errorType;
            objectHook = Option(decoder, "object_hook");
            pairsHook = Option(decoder, "object_pairs_hook");
            parseFloat = Option(decoder, "parse_float");
            parseInt = Option(decoder, "parse_int");
            parseConstant = Option(decoder, "parse_constant");
            var strictObj = Ops.GetAttr(decoder, "strict");
            try { strict = Ops.IsTrue(strictObj); } finally { Rc.Dec(strictObj); }
            nativeFloat = parseFloat == null || ReferenceEquals(parseFloat, PyFloat.Type);
            nativeInt = parseInt == null || ReferenceEquals(parseInt, PyInt.Type);
        }

        /// <summary>The decoder's hook (borrowed: the decoder keeps it alive), or null for None.</summary>
        static PyObject Option(PyObject decoder, string name)
        {
            var v = Ops.GetAttr(decoder, name);
            Rc.Dec(v);
            return v is PyNone ? null : v;
        }

        PyRaise Error(string message, int pos)
        {
            var msg = PyStr.New(message);
            var doc = PyStr.New(s);
            var at = PyInt.New(pos);
            try { return Ops.Call(errorType, new PyObject[] { msg, doc, at }) is PyException e ? new PyRaise(e) : Err.ValueError(message); }
            finally { Rc.Dec(msg); Rc.Dec(doc); Rc.Dec(at); }
        }

        public bool StartsValue(int i) => s[i] is '"' or '{' or '[' or '-' or (>= '0' and <= '9') || Starts("null", i) || Starts("true", i)
            || Starts("false", i) || Starts("NaN", i) || Starts("Infinity", i);

        bool Starts(string word, int i) => string.CompareOrdinal(s, i, word, 0, word.Length) == 0 && i + word.Length <= s.Length;

        int Skip(int i)
        {
            while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r') i++;
            return i;
        }

        /// <summary>The value at i (which must start one); i moves past it.</summary>
        public PyObject Value(ref int i)
        {
            if (i >= s.Length) throw Error("Expecting value", i);
            char c = s[i];
            switch (c)
            {
                case '"': return PyStr.New(ReadString(ref i));
                case '{': return Nested(ref i, true);
                case '[': return Nested(ref i, false);
            }
            if (Starts("null", i)) { i += 4; return Rc.New(PyNone.Instance); }
            if (Starts("true", i)) { i += 4; return PyBool.From(true); }
            if (Starts("false", i)) { i += 5; return PyBool.From(false); }
            if (Starts("NaN", i)) { i += 3; return Constant("NaN"); }
            if (Starts("Infinity", i)) { i += 8; return Constant("Infinity"); }
            if (Starts("-Infinity", i)) { i += 9; return Constant("-Infinity"); }
            return Number(ref i);
        }

        PyObject Constant(string name)
        {
            if (parseConstant == null) return PyFloat.New(name == "NaN" ? double.NaN : name == "Infinity" ? double.PositiveInfinity : double.NegativeInfinity);
            var text = PyStr.New(name);
            try { return Ops.Call(parseConstant, text); } finally { Rc.Dec(text); }
        }

        PyObject Number(ref int i)
        {
            int start = i, n = s.Length;
            if (i < n && s[i] == '-') i++;
            if (i < n && s[i] == '0') i++;
            else if (i < n && s[i] is >= '1' and <= '9') { while (i < n && char.IsAsciiDigit(s[i])) i++; }
            else throw Error("Expecting value", start);
            bool isFloat = false;
            if (i + 1 < n && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
            {
                isFloat = true;
                i++;
                while (i < n && char.IsAsciiDigit(s[i])) i++;
            }
            if (i < n && s[i] is 'e' or 'E')
            {
                int j = i + 1;
                if (j < n && s[j] is '+' or '-') j++;
                if (j < n && char.IsAsciiDigit(s[j]))
                {
                    isFloat = true;
                    i = j;
                    while (i < n && char.IsAsciiDigit(s[i])) i++;
                }
            }
            var text = s[start..i];
            if (isFloat && nativeFloat) return PyFloat.New(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            if (!isFloat && nativeInt && text.Length < 18) return PyInt.New(long.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            var textObj = PyStr.New(text);
            try { return Ops.Call(isFloat ? parseFloat ?? PyFloat.Type : parseInt ?? PyInt.Type, textObj); }
            finally { Rc.Dec(textObj); }
        }

        /// <summary>The string whose opening quote is at i; i moves past its closing quote.</summary>
        string ReadString(ref int i)
        {
            int begin = i, n = s.Length;
            i++;
            StringBuilder built = null;
            int chunkStart = i;
            while (true)
            {
                if (i >= n) throw Error("Unterminated string starting at", begin);
                char c = s[i];
                if (c == '"')
                {
                    string last = s[chunkStart..i];
                    i++;
                    return built == null ? last : built.Append(last).ToString();
                }
                if (c < ' ' && strict) throw Error("Invalid control character at", i);
                if (c != '\\') { i++; continue; }
                built ??= new StringBuilder();
                built.Append(s, chunkStart, i - chunkStart);
                if (i + 1 >= n) throw Error("Unterminated string starting at", begin);
                char e = s[i + 1];
                if (e == 'u')
                {
                    int code = Hex4(i + 1);
                    i += 6;
                    if (code is >= 0xd800 and <= 0xdbff && i + 1 < n && s[i] == '\\' && s[i + 1] == 'u')
                    {
                        int low = Hex4(i + 1);
                        if (low is >= 0xdc00 and <= 0xdfff)
                        {
                            built.Append((char)code).Append((char)low);
                            i += 6;
                            chunkStart = i;
                            continue;
                        }
                    }
                    built.Append((char)code);
                }
                else
                {
                    built.Append(e switch
                    {
                        '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
                        _ => throw Error("Invalid \\escape", i),
                    });
                    i += 2;
                }
                chunkStart = i;
            }
        }

        int Hex4(int pos)
        {
            if (pos + 5 <= s.Length && int.TryParse(s.AsSpan(pos + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out int code)
                && s.AsSpan(pos + 1, 4).IndexOfAnyExcept("0123456789abcdefABCDEF") < 0)
                return code;
            throw Error("Invalid \\uXXXX escape", pos);
        }

        /// <summary>An object or array whose opening bracket is at i.</summary>
        PyObject Nested(ref int i, bool isObject)
        {
            if (++ts.Depth > ts.Interp.RecursionLimit)
            {
                ts.Depth--;
                throw Err.New(ErrorTypes.RecursionError, "maximum recursion depth exceeded while decoding a JSON " + (isObject ? "object" : "array") + " from a unicode string");
            }
            try
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
                return isObject ? ReadObject(ref i) : ReadArray(ref i);
            }
            finally { ts.Depth--; }
        }

        PyObject ReadArray(ref int i)
        {
            var values = PyList.New();
            try
            {
                i = Skip(i + 1);
                if (i < s.Length && s[i] == ']') { i++; return values; }
                while (true)
                {
                    if (i >= s.Length || !StartsValue(i)) throw Error("Expecting value", i);
                    values.AppendSteal(Value(ref i));
                    i = Skip(i);
                    if (i < s.Length && s[i] == ']') { i++; return values; }
                    if (i >= s.Length || s[i] != ',') throw Error("Expecting ',' delimiter", i);
                    i = Skip(i + 1);
                }
            }
            catch { Rc.Dec(values); throw; }
        }

        PyObject ReadObject(ref int i)
        {
            var pairs = PyList.New();
            try
            {
                i = Skip(i + 1);
                if (!(i < s.Length && s[i] == '}'))
                {
                    while (true)
                    {
                        if (i >= s.Length || s[i] != '"') throw Error("Expecting property name enclosed in double quotes", i);
                        var key = PyStr.New(ReadString(ref i));
                        PyObject value;
                        try
                        {
                            i = Skip(i);
                            if (i >= s.Length || s[i] != ':') throw Error("Expecting ':' delimiter", i);
                            i = Skip(i + 1);
                            if (i >= s.Length || !StartsValue(i)) throw Error("Expecting value", i);
                            value = Value(ref i);
                        }
                        catch { Rc.Dec(key); throw; }
                        var pair = PyTuple.Of(key, value);
                        Rc.Dec(key);
                        Rc.Dec(value);
                        pairs.AppendSteal(pair);
                        i = Skip(i);
                        if (i < s.Length && s[i] == '}') break;
                        if (i >= s.Length || s[i] != ',') throw Error("Expecting ',' delimiter", i);
                        i = Skip(i + 1);
                    }
                }
                i++;
                if (pairsHook != null) return Ops.Call(pairsHook, pairs);
                var d = PyDict.New();
                try
                {
                    for (int p = 0; p < pairs.Count; p++)
                    {
                        var pair = (PyTuple)pairs.Items[p];
                        d.SetItem(pair.Items[0], pair.Items[1]);
                    }
                }
                catch { Rc.Dec(d); throw; }
                if (objectHook == null) return d;
                try { return Ops.Call(objectHook, d); } finally { Rc.Dec(d); }
            }
            finally { Rc.Dec(pairs); }
        }
    }

    sealed class Writer
    {
        public readonly StringBuilder Text = new();
        readonly PyObject encoder;
        readonly bool skipKeys, ensureAscii, allowNan, sortKeys;
        readonly string indent, itemSeparator, keySeparator;
        readonly HashSet<PyObject> markers;
        readonly ThreadState ts = ThreadState.Current;

        public Writer(PyObject encoder, string indent)
        {
            this.encoder = encoder;
            this.indent = indent;
            skipKeys = Flag("skipkeys");
            ensureAscii = Flag("ensure_ascii");
            allowNan = Flag("allow_nan");
            sortKeys = Flag("sort_keys");
            markers = Flag("check_circular") ? new HashSet<PyObject>(ReferenceEqualityComparer.Instance) : null;
            itemSeparator = Str("item_separator");
            keySeparator = Str("key_separator");
        }

        bool Flag(string name)
        {
            var v = Ops.GetAttr(encoder, name);
            try { return Ops.IsTrue(v); } finally { Rc.Dec(v); }
        }

        string Str(string name)
        {
            var v = Ops.GetAttr(encoder, name);
            try { return v is PyStr s ? s.Value : throw Err.TypeError($"{name} must be a str"); } finally { Rc.Dec(v); }
        }

        public void Write(PyObject o, int level)
        {
            switch (Unwrapped(o))
            {
                case PyNone: Text.Append("null"); return;
                case PyBool b: Text.Append(b.Value != 0 ? "true" : "false"); return;
                case PyStr s: WriteString(s.Value); return;
                case PyInt i: Text.Append(i.IsBig ? i.Big.ToString() : i.Value.ToString()); return;
                case PyFloat f: Text.Append(FloatText(f.Value)); return;
                case PyList or PyTuple: WriteList(o, level); return;
                case PyDict: WriteDict(o, level); return;
            }
            // Anything else is what default() makes of it.
            Enter(o);
            var hook = Ops.GetAttr(encoder, "default"); // the instance's own default= first
            PyObject made;
            try { made = Ops.Call(hook, o); } finally { Rc.Dec(hook); }
            ts.Depth++; // a default() that always makes something new still ends in RecursionError
            try { Write(made, level); }
            finally { ts.Depth--; Rc.Dec(made); }
            markers?.Remove(o);
        }

        /// <summary>The built-in value a subclass instance extends (an IntEnum's int).</summary>
        static PyObject Unwrapped(PyObject o) => o is PyInstance { BaseValue: { } inner } && inner is PyStr or PyInt or PyFloat or PyList or PyTuple or PyDict ? inner : o;

        string FloatText(double d)
        {
            string text;
            if (double.IsNaN(d)) text = "NaN";
            else if (double.IsPositiveInfinity(d)) text = "Infinity";
            else if (double.IsNegativeInfinity(d)) text = "-Infinity";
            else return FloatRepr.Repr(d);
            if (!allowNan) throw Err.ValueError("Out of range float values are not JSON compliant");
            return text;
        }

        void Enter(PyObject o)
        {
            if (++ts.Depth > ts.Interp.RecursionLimit)
            {
                ts.Depth--;
                throw Err.New(ErrorTypes.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
            }
            ts.Depth--;
            RuntimeHelpers.EnsureSufficientExecutionStack();
            if (markers != null && !markers.Add(o)) throw Err.ValueError("Circular reference detected");
        }

        void NewLine(int level)
        {
            if (indent == null) return;
            Text.Append('\n');
            for (int i = 0; i < level; i++) Text.Append(indent);
        }

        void WriteList(PyObject o, int level)
        {
            var items = Ops.ToList(o);
            try
            {
                if (items.Count == 0) { Text.Append("[]"); return; }
                Enter(o);
                ts.Depth++;
                try
                {
                    Text.Append('[');
                    NewLine(level + 1);
                    for (int i = 0; i < items.Count; i++)
                    {
                        if (i > 0) { Text.Append(itemSeparator); NewLine(level + 1); }
                        Write(items.Items[i], level + 1);
                    }
                    NewLine(level);
                    Text.Append(']');
                }
                finally { ts.Depth--; }
                markers?.Remove(o);
            }
            finally { Rc.Dec(items); }
        }

        void WriteDict(PyObject o, int level)
        {
            var pairs = Ops.CallMethod(o, "items"); // a dict subclass's own items(), as CPython's encoder asks
            PyList list = null;
            try
            {
                list = Ops.ToList(pairs);
                if (list.Count == 0) { Text.Append("{}"); return; }
                if (sortKeys) Rc.Dec(Ops.CallMethod(list, "sort"));
                Enter(o);
                ts.Depth++;
                try
                {
                    Text.Append('{');
                    NewLine(level + 1);
                    bool first = true;
                    for (int i = 0; i < list.Count; i++)
                    {
                        if (list.Items[i] is not PyTuple { Count: 2 } pair) throw Err.ValueError("items must return 2-tuples");
                        var key = KeyText(pair.Items[0]);
                        if (key == null) continue; // skipkeys
                        if (!first) { Text.Append(itemSeparator); NewLine(level + 1); }
                        first = false;
                        WriteString(key);
                        Text.Append(keySeparator);
                        Write(pair.Items[1], level + 1);
                    }
                    NewLine(level);
                    Text.Append('}');
                }
                finally { ts.Depth--; }
                markers?.Remove(o);
            }
            finally { Rc.Dec(pairs); Rc.XDec(list); }
        }

        /// <summary>A key as JSON writes it: strings as they are, numbers, true/false/null as
        /// text; null to skip it (skipkeys), else CPython's TypeError.</summary>
        string KeyText(PyObject key)
        {
            switch (Unwrapped(key))
            {
                case PyStr s: return s.Value;
                case PyBool b: return b.Value != 0 ? "true" : "false";
                case PyNone: return "null";
                case PyFloat f: return FloatText(f.Value);
                case PyInt i: return i.IsBig ? i.Big.ToString() : i.Value.ToString();
            }
            if (skipKeys) return null;
            throw Err.TypeError($"keys must be str, int, float, bool or None, not {key.ObType.Name}");
        }

        void WriteString(string s)
        {
            Text.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': Text.Append("\\\""); break;
                    case '\\': Text.Append("\\\\"); break;
                    case '\n': Text.Append("\\n"); break;
                    case '\r': Text.Append("\\r"); break;
                    case '\t': Text.Append("\\t"); break;
                    case '\b': Text.Append("\\b"); break;
                    case '\f': Text.Append("\\f"); break;
                    default:
                        // Control characters always, and with ensure_ascii everything outside
                        // printable ASCII, as \uXXXX (an astral character as its surrogate pair).
                        if (c < 0x20 || (ensureAscii && c > 0x7e)) Text.Append("\\u").Append(((int)c).ToString("x4"));
                        else Text.Append(c);
                        break;
                }
            }
            Text.Append('"');
        }
    }
}
