// _json: the native half of json, as CPython has one (its Modules/_json.c): encode(obj,
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
        return m;
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
            var pairs = o is PyDict exact && exact.ObType == PyDict.Type ? Ops.CallMethod(exact, "items") : Ops.CallMethod(o, "items");
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
