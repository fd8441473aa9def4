// bytearray: a mutable sequence of byte values. It answers every method bytes has (they
// return bytearrays here; see BytesMethods) and the list-like mutations: item and slice
// assignment and deletion, append, extend, insert, pop, remove, clear, reverse, += and *=.
// It compares equal to bytes with the same content and, being mutable, is not hashable.
// Its bytes live in a List<byte>; under the free-threaded mode it takes no lock, like the
// runtime's rarer list methods (see ObjectLocks), so threads must not change one at once.
using System.Runtime.InteropServices;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public sealed class PyByteArray : PyObject
{
    public static PyType Type;
    public readonly List<byte> Data;

    PyByteArray(List<byte> data) { Data = data; }

    public static PyByteArray New(IEnumerable<byte> bytes)
    {
        var b = new PyByteArray(new List<byte>(bytes)) { ObType = Type };
        Heap.Allocated(Type);
        return b;
    }

    public ReadOnlySpan<byte> Span => CollectionsMarshal.AsSpan(Data);
    public byte[] ToArray() => Data.ToArray();

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview), or null.</summary>
    public static byte[] BytesOf(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray a => a.ToArray(),
        PyMemoryView m => m.ToArray(),
        PyInstance { BaseValue: PyBytes or PyByteArray } wrapped => BytesOf(wrapped.BaseValue),
        _ => null,
    };

    public override string Repr() => ReprNamed("bytearray");

    /// <summary>The repr under a type's name: a subclass's instances print as Buf(b'...').</summary>
    public string ReprNamed(string typeName)
    {
        // As bytes's repr, except that CPython's bytearray escapes a single quote even
        // inside double quotes.
        var r = StringRepr.BytesRepr(Span);
        if (r.Length >= 3 && r[1] == '"') r = "b\"" + r[2..^1].Replace("'", "\\'") + "\"";
        return typeName + "(" + r + ")";
    }
    public override bool IsTrue() => Data.Count > 0;
    public override bool IsHashable => false;
    public override long Hash() => throw Err.TypeError("unhashable type: 'bytearray'");
    public override long LengthOrMinusOne() => Data.Count;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var o = other is PyBytes or PyByteArray ? BytesOf(other) : null;
        if (o == null) return Rc.New(PyNotImplemented.Instance);
        return PyBool.From(Ops.CompareResult(Span.SequenceCompareTo(o), op));
    }

    static byte ByteValue(PyObject value)
    {
        long v = Ops.IndexOf(value, $"'{value.ObType.Name}' object cannot be interpreted as an integer");
        if (v < 0 || v > 255) throw Err.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }

    /// <summary>The bytes to store from a value: bytes-like, or an iterable of ints.</summary>
    static byte[] Source(PyObject value)
    {
        var b = BytesOf(value);
        if (b != null) return b;
        if (value is PyInt) throw Err.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        if (value is PyStr) throw Err.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return BytesMethods.BytesFromObject(value);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            s.Indices(Data.Count, out long start, out _, out long step, out long len);
            var r = new byte[len];
            for (long i = 0, j = start; i < len; i++, j += step) r[i] = Data[(int)j];
            return New(r);
        }
        long idx = Ops.IndexOf(key, "bytearray indices must be integers or slices");
        if (idx < 0) idx += Data.Count;
        if ((ulong)idx >= (ulong)Data.Count) throw Err.IndexError("bytearray index out of range");
        return PyInt.New(Data[(int)idx]);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice s)
        {
            var src = Source(value);
            s.Indices(Data.Count, out long start, out long stop, out long step, out long len);
            if (step == 1)
            {
                if (stop < start) stop = start;
                Data.RemoveRange((int)start, (int)(stop - start));
                Data.InsertRange((int)start, src);
                return;
            }
            if (src.Length == 0)
            {
                DelItem(key);
                return;
            }
            if (src.Length != len)
                throw Err.ValueError($"attempt to assign bytes of size {src.Length} to extended slice of size {len}");
            for (long i = 0, j = start; i < len; i++, j += step) Data[(int)j] = src[i];
            return;
        }
        long idx = Ops.IndexOf(key, "bytearray indices must be integers or slices");
        if (idx < 0) idx += Data.Count;
        if ((ulong)idx >= (ulong)Data.Count) throw Err.IndexError("bytearray index out of range");
        Data[(int)idx] = ByteValue(value);
    }

    public override void DelItem(PyObject key)
    {
        if (key is PySlice s)
        {
            s.Indices(Data.Count, out long start, out _, out long step, out long len);
            if (len == 0) return;
            if (step == 1) { Data.RemoveRange((int)start, (int)len); return; }
            var doomed = new bool[Data.Count];
            for (long i = 0, j = start; i < len; i++, j += step) doomed[j] = true;
            int kept = 0;
            for (int i = 0; i < Data.Count; i++) if (!doomed[i]) Data[kept++] = Data[i];
            Data.RemoveRange(kept, Data.Count - kept);
            return;
        }
        long idx = Ops.IndexOf(key, "bytearray indices must be integers or slices");
        if (idx < 0) idx += Data.Count;
        if ((ulong)idx >= (ulong)Data.Count) throw Err.IndexError("bytearray index out of range");
        Data.RemoveAt((int)idx);
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyInt) return Data.Contains(ByteValue(item));
        var b = BytesOf(item) ?? throw Err.TypeError($"a bytes-like object is required, not '{item.ObType.Name}'");
        return Span.IndexOf(b) >= 0;
    }

    // Iteration sees the bytearray as it changes, as CPython's does.
    public override PyObject Iter() => SequenceIterator.New(this);

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Mod && !reflected)
        {
            var formatted = (PyBytes)PercentFormat.FormatBytes(Data.ToArray(), other);
            try { return New(formatted.Value); }
            finally { Rc.Dec(formatted); }
        }
        if (op == BinaryOpKind.Add && !reflected)
        {
            var o = BytesOf(other);
            if (o == null) return Rc.New(PyNotImplemented.Instance); // see Ops.SequenceFallback
            var r = New(Data);
            r.Data.AddRange(o);
            return r;
        }
        if (op == BinaryOpKind.Mul && other is PyInt n)
        {
            int total = SequenceSizes.Repeated(SequenceSizes.Count(n), Data.Count);
            var r = New(Array.Empty<byte>());
            if (total == 0) return r;
            r.Data.Capacity = total;
            for (int i = 0; i < total; i += Data.Count) r.Data.AddRange(Data);
            return r;
        }
        return Rc.New(PyNotImplemented.Instance);
    }

    public override PyObject InPlaceOp(BinaryOpKind op, PyObject other)
    {
        if (op == BinaryOpKind.Add)
        {
            var o = BytesOf(other);
            if (o == null) return null; // the binary operator decides (see Ops.SequenceFallback)
            Data.AddRange(o);
            return Rc.New(this);
        }
        if (op == BinaryOpKind.Mul && other is PyInt n)
        {
            long count = SequenceSizes.Count(n);
            if (count <= 0) { Data.Clear(); return Rc.New(this); }
            if (Data.Count == 0) return Rc.New(this);
            SequenceSizes.Repeated(count, Data.Count);
            var copy = Data.ToArray();
            for (long k = 1; k < count; k++) Data.AddRange(copy);
            return Rc.New(this);
        }
        return null;
    }

    /// <summary>bytearray(), bytearray(n), bytearray(bytes-like or iterable of ints),
    /// bytearray(str, encoding[, errors]).</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var a = ArgParser.Parse("bytearray", args, kw, new[] { "source", "encoding", "errors" }, 0);
        byte[] data;
        if (a[0] == null)
        {
            if (a[1] != null || a[2] != null) throw Err.TypeError(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
            data = Array.Empty<byte>();
        }
        else if (a[0] is PyStr s)
        {
            if (a[1] == null) throw Err.TypeError("string argument without an encoding");
            string encoding = StrMethods.NamedStrArgument(a[1], "bytearray", "encoding");
            string errors = a[2] == null ? "strict" : StrMethods.NamedStrArgument(a[2], "bytearray", "errors");
            data = Codecs.Encode(s.Value, encoding, errors);
        }
        else
        {
            if (a[1] != null || a[2] != null) throw Err.TypeError(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
            if (a[0] is PyInt n)
            {
                if (n.IsBig ? n.Big.Sign < 0 : n.Value < 0) throw Err.ValueError("negative count");
                data = new byte[SequenceSizes.Length(SequenceSizes.Count(n))];
            }
            else data = BytesOf(a[0]) ?? BytesMethods.BytesFromObject(a[0]);
        }
        var result = New(data);
        if (cls == Type) return result;
        return BuiltinSubclass.Wrap(cls, result);
    }

    public static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "append", (self, args, kw) =>
        {
            ((PyByteArray)self).Data.Add(ByteValue(MethodArgs.One("bytearray.append", args, kw)));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "extend", (self, args, kw) =>
        {
            var src = MethodArgs.One("bytearray.extend", args, kw);
            if (src is PyStr) throw Err.TypeError("expected iterable of integers; got: 'str'");
            ((PyByteArray)self).Data.AddRange(BytesOf(src) ?? BytesMethods.BytesFromObject(src));
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "insert", (self, args, kw) =>
        {
            ArgParser.Positional("insert", args, kw, 2, 2);
            var data = ((PyByteArray)self).Data;
            long index = MethodArgs.Index(args[0]);
            byte value = ByteValue(args[1]);
            if (index < 0) index = Math.Max(0, index + data.Count);
            data.Insert((int)Math.Min(index, data.Count), value);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "pop", (self, args, kw) =>
        {
            ArgParser.Positional("pop", args, kw, 0, 1);
            var data = ((PyByteArray)self).Data;
            if (data.Count == 0) throw Err.IndexError("pop from empty bytearray");
            long index = args.Length > 0 ? MethodArgs.Index(args[0]) : -1;
            if (index < 0) index += data.Count;
            if ((ulong)index >= (ulong)data.Count) throw Err.IndexError("pop index out of range");
            byte b = data[(int)index];
            data.RemoveAt((int)index);
            return PyInt.New(b);
        });
        BuiltinTypes.AddMethod(t, "remove", (self, args, kw) =>
        {
            var data = ((PyByteArray)self).Data;
            int at = data.IndexOf(ByteValue(MethodArgs.One("bytearray.remove", args, kw)));
            if (at < 0) throw Err.ValueError("value not found in bytearray");
            data.RemoveAt(at);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "clear", (self, args, kw) =>
        {
            MethodArgs.None("bytearray.clear", args, kw);
            ((PyByteArray)self).Data.Clear();
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "reverse", (self, args, kw) =>
        {
            MethodArgs.None("bytearray.reverse", args, kw);
            ((PyByteArray)self).Data.Reverse();
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "copy", (self, args, kw) =>
        {
            MethodArgs.None("bytearray.copy", args, kw);
            return New(((PyByteArray)self).Data);
        });
    }
}
