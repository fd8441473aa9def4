// What calling a built-in type does: int("42"), list(range(3)), dict(a=1), super(), ...
using System.Numerics;
using MiniPy.Runtime.Text;
using MiniPy.VM;

namespace MiniPy.Runtime;

public static class Constructors
{
    // Parameter names, made once (an array literal in a call is allocated on every call).
    static readonly string[] StrParameters = new[] { "object", "encoding", "errors" };
    static readonly string[] IntParameters = new[] { "x", "base" };
    static readonly string[] BytesParameters = new[] { "source", "encoding", "errors" };

    static PyRaise Convert(FormatValueException e) => Err.New(Formatting.ErrorTypeByName(e.PythonExceptionType), e.Message);

    public static PyObject Str(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        if (kw == null && args.Length == 1) return Ops.StrObj(args[0]);
        var a = ArgParser.Parse("str", args, kw, StrParameters, 0);
        if (a[0] == null) return PyStr.New("");
        if (a[1] != null || a[2] != null)
        {
            // bytes.decode(encoding, errors), with the codecs it knows.
            var raw = BuiltinSubclass.Unwrap(a[0]);
            if (raw is PyStr) throw Err.TypeError("decoding str is not supported");
            if (raw is not (PyBytes or PyByteArray)) throw Err.TypeError($"decoding to str: need a bytes-like object, {a[0].ObType.Name} found");
            var encoding = a[1] ?? PyStr.Intern("utf-8");
            var errors = a[2] ?? PyStr.Intern("strict");
            return Ops.CallMethod(raw, "decode", encoding, errors);
        }
        return Ops.StrObj(a[0]);
    }

    public static PyObject Int(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var a = ArgParser.Parse("int", args, kw, IntParameters, 0);
        if (a[0] == null)
        {
            if (a[1] != null) throw Err.TypeError("int() missing string argument");
            return PyInt.New(0);
        }
        var x = BuiltinSubclass.Unwrap(a[0]);
        if (a[1] != null)
        {
            long b = ArgParser.Int(a[1], "base");
            string text = x is PyStr xs ? xs.Value : x is PyBytes xb ? System.Text.Encoding.ASCII.GetString(xb.Value)
                : throw Err.TypeError("int() can't convert non-string with explicit base");
            if (b != 0 && (b < 2 || b > 36)) throw Err.ValueError("int() base must be >= 2 and <= 36, or 0");
            try { return PyInt.New(NumberParsing.ParseInt(text, (int)b)); }
            catch (FormatValueException e) { throw Convert(e); }
        }
        return ToInt(x);
    }

    /// <summary>int(x) for one argument.</summary>
    public static PyObject ToInt(PyObject x)
    {
        switch (x)
        {
            case PyBool b: return PyInt.New(b.Value);
            case PyInt i: return Rc.New(i);
            case PyFloat f:
                try { return PyInt.New(IntegerConversion.Truncate(f.Value)); }
                catch (FormatValueException e) { throw Convert(e); }
            case PyStr s:
                try { return PyInt.New(NumberParsing.ParseInt(s.Value, 10)); }
                catch (FormatValueException e) { throw Convert(e); }
            case PyBytes by:
                try { return PyInt.New(NumberParsing.ParseInt(System.Text.Encoding.ASCII.GetString(by.Value), 10)); }
                catch (FormatValueException e) { throw Convert(e); }
        }
        foreach (var name in new[] { "__int__", "__index__", "__trunc__" })
        {
            if (x.ObType.Lookup(name) != null)
            {
                var r = Ops.CallMethod(x, name);
                if (r is PyInt) return r;
                Rc.Dec(r);
                throw Err.TypeError($"{name} returned non-int (type {r.ObType.Name})");
            }
        }
        throw Err.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.ObType.Name}'");
    }

    public static PyObject Bool(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("bool", args, kw, 0, 1);
        return PyBool.From(args.Length == 1 && Ops.IsTrue(args[0]));
    }

    public static PyObject Float(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("float", args, kw, 0, 1);
        if (args.Length == 0) return PyFloat.New(0.0);
        var x = BuiltinSubclass.Unwrap(args[0]);
        switch (x)
        {
            case PyFloat f: return Rc.New(f);
            case PyInt i:
                try { return PyFloat.New(IntegerConversion.ToDouble(i.AsBig)); }
                catch (FormatValueException e) { throw Convert(e); }
            case PyStr s:
                try { return PyFloat.New(NumberParsing.ParseFloat(s.Value)); }
                catch (FormatValueException e) { throw Convert(e); }
        }
        if (x.ObType.Lookup("__float__") != null)
        {
            var r = Ops.CallMethod(x, "__float__");
            if (r is PyFloat) return r;
            Rc.Dec(r);
            throw Err.TypeError($"{x.ObType.Name}.__float__ returned non-float");
        }
        if (x.ObType.Lookup("__index__") != null)
        {
            var r = Ops.CallMethod(x, "__index__");
            try { return PyFloat.New(PyFloat.ToDouble(r)); } finally { Rc.Dec(r); }
        }
        throw Err.TypeError($"float() argument must be a string or a real number, not '{x.ObType.Name}'");
    }

    public static PyObject Tuple(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("tuple", args, kw, 0, 1);
        return args.Length == 0 ? Rc.New(PyTuple.EmptyTuple) : Ops.ToTuple(args[0]);
    }

    public static PyObject List(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("list", args, kw, 0, 1);
        return args.Length == 0 ? PyList.New() : Ops.ToList(args[0]);
    }

    public static PyObject Dict(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) throw Err.TypeError($"dict expected at most 1 argument, got {npos}");
        var d = PyDict.New();
        try
        {
            if (npos == 1) DictMethods.UpdateFrom(d, args[0]);
            for (int k = 0; k < nkw; k++) d.SetItemNew(kw.Items[k], args[npos + k]);
        }
        catch { Rc.Dec(d); throw; }
        return d;
    }

    public static PyObject Set(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("set", args, kw, 0, 1);
        return args.Length == 0 ? PySet.New() : PySet.FromIterable(args[0]);
    }

    public static PyObject FrozenSet(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("frozenset", args, kw, 0, 1);
        return args.Length == 0 ? PySet.New(true) : PySet.FromIterable(args[0], true);
    }

    public static PyObject Bytes(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var a = ArgParser.Parse("bytes", args, kw, BytesParameters, 0);
        if (a[0] == null) return PyBytes.New(Array.Empty<byte>());
        if (BuiltinSubclass.Unwrap(a[0]) is not PyStr && (a[1] != null || a[2] != null))
            throw Err.TypeError(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
        // A class's own __bytes__ says what its bytes are (a ctypes structure's, say).
        if (a[0].ObType.IsHeapType && HeapTypes.LookupUserDefined(a[0].ObType, PyStr.Intern("__bytes__")) != null)
        {
            var made = Ops.CallMethod(a[0], "__bytes__");
            if (made is PyBytes) return made;
            var typeName = made.ObType.Name;
            Rc.Dec(made);
            throw Err.TypeError($"__bytes__ returned non-bytes (type {typeName})");
        }
        switch (BuiltinSubclass.Unwrap(a[0]))
        {
            case PyStr s:
                if (a[1] == null) throw Err.TypeError("string argument without an encoding");
                return PyBytes.New(Codecs.Encode(s.Value, ArgParser.Str(a[1], "bytes", 2),
                    a.Length > 2 && a[2] != null ? ArgParser.Str(a[2], "bytes", 3) : "strict"));
            case PyInt n:
                if (n.IsBig ? n.Big.Sign < 0 : n.Value < 0) throw Err.ValueError("negative count");
                return PyBytes.New(new byte[SequenceSizes.Length(SequenceSizes.Count(n))]);
            case PyBytes b:
                return Rc.New(b);
            case PyByteArray ba:
                return PyBytes.New(ba.ToArray());
            case PyMemoryView view:
                return PyBytes.New(view.ToArray()); // its bytes, whatever its format
        }
        var items = Ops.ToArray(a[0]);
        var bytes = new byte[items.Length];
        try
        {
            for (int i = 0; i < items.Length; i++)
            {
                long v = ArgParser.Int(items[i], "byte");
                if (v < 0 || v > 255) throw Err.ValueError("bytes must be in range(0, 256)");
                bytes[i] = (byte)v;
            }
        }
        finally { foreach (var o in items) Rc.Dec(o); }
        return PyBytes.New(bytes);
    }

    public static PyObject Range(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        if (kw != null && kw.Count > 0) throw Err.TypeError("range() takes no keyword arguments");
        if (args.Length < 1 || args.Length > 3)
            throw Err.TypeError(args.Length == 0 ? "range expected at least 1 argument, got 0" : $"range expected at most 3 arguments, got {args.Length}");
        if (SmallInt(args, 0, out long a) && SmallInt(args, 1, out long b) && SmallInt(args, 2, out long c))
            return args.Length == 1 ? PyRange.New(0, a, 1) : PyRange.New(a, b, c);
        BigInteger start = 0, stop, step = 1;
        if (args.Length == 1) stop = RangeArg(args[0]);
        else
        {
            start = RangeArg(args[0]);
            stop = RangeArg(args[1]);
            if (args.Length == 3) step = RangeArg(args[2]);
        }
        return PyRange.New(start, stop, step);
    }

    /// <summary>args[i] is an int that fits in 64 bits, or absent (value 1, range's step).</summary>
    static bool SmallInt(ReadOnlySpan<PyObject> args, int i, out long value)
    {
        value = 1;
        if (i >= args.Length) return true;
        if (args[i] is not PyInt { IsBig: false } n) return false;
        value = n.Value;
        return true;
    }

    /// <summary>A bound of range(): an int of any size, or an object with __index__.</summary>
    static BigInteger RangeArg(PyObject o)
    {
        if (o is PyInt i) return i.AsBig;
        if (o is PyFloat) throw Err.TypeError("'float' object cannot be interpreted as an integer");
        return ArgParser.Int(o, "range");
    }

    public static PyObject Slice(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("slice", args, kw, 1, 3);
        if (args.Length == 1) return PySlice.New(null, args[0], null);
        return PySlice.New(args[0], args[1], args.Length == 3 ? args[2] : null);
    }

    /// <summary>super(type, obj), or super() inside a method: the class comes from the
    /// method's __class__ cell and the instance from its first argument.</summary>
    public static PyObject Super(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        if (args.Length == 2)
        {
            if (args[0] is not PyType t) throw Err.TypeError("super() argument 1 must be a type, not " + args[0].ObType.Name);
            return PySuper.New(t, args[1]);
        }
        if (args.Length != 0) throw Err.TypeError("super() takes 0 or 2 arguments");
        var frame = ThreadState.Current?.CurrentFrame;
        if (frame == null || frame.Code.ArgCount == 0) throw Err.RuntimeError("super(): no arguments");
        var code = frame.Code;
        int classSlot = Array.IndexOf(code.FreeVars, "__class__");
        if (classSlot < 0) throw Err.RuntimeError("super(): __class__ cell not found");
        var cell = (PyCell)frame.Slots[code.NLocals + code.CellVars.Length + classSlot];
        if (cell.Contents is not PyType klass) throw Err.RuntimeError("super(): empty __class__ cell");
        var self = frame.Slots[0];
        int selfCell = Array.IndexOf(code.CellVars, code.VarNames[0]);
        if (selfCell >= 0) self = ((PyCell)frame.Slots[code.NLocals + selfCell]).Contents;
        if (self == null) throw Err.RuntimeError("super(): arg[0] deleted");
        return PySuper.New(klass, self);
    }
}
