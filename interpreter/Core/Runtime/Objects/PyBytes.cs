// bytes: an immutable sequence of byte values.
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public sealed class PyBytes : PyObject
{
    public static PyType Type;
    public byte[] Value;
    public override bool AllowsMethodFastPath => true;

    public static PyBytes New(byte[] v)
    {
        var b = new PyBytes { ObType = Type, Value = v };
        Heap.Allocated(Type);
        return b;
    }

    public override string Repr() => StringRepr.BytesRepr(Value);
    public override long LengthOrMinusOne() => Value.Length;

    public override long Hash()
    {
        ulong h = 14695981039346656037UL;
        foreach (byte c in Value) { h ^= c; h *= 1099511628211UL; }
        return (long)(h & 0x1FFFFFFFFFFFFFFF);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var o = other is PyBytes or PyByteArray ? PyByteArray.BytesOf(other) : null;
        if (o == null) return Rc.New(PyNotImplemented.Instance);
        int c = ((ReadOnlySpan<byte>)Value).SequenceCompareTo(o);
        return PyBool.From(Ops.CompareResult(c, op));
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            s.Indices(Value.Length, out long start, out _, out long step, out long len);
            var r = new byte[len];
            for (long i = 0, j = start; i < len; i++, j += step) r[i] = Value[j];
            return New(r);
        }
        long idx = Ops.IndexOf(key, "byte indices must be integers or slices");
        if (idx < 0) idx += Value.Length;
        if ((ulong)idx >= (ulong)Value.Length) throw Err.IndexError("index out of range");
        return PyInt.New(Value[idx]);
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyInt i) return Array.IndexOf(Value, (byte)i.Value) >= 0;
        if (PyByteArray.BytesOf(item) is { } b) return ((ReadOnlySpan<byte>)Value).IndexOf(b) >= 0;
        throw Err.TypeError($"a bytes-like object is required, not '{item.ObType.Name}'");
    }

    public override PyObject Iter()
    {
        var list = PyList.New(Value.Length);
        foreach (var b in Value) list.AppendSteal(PyInt.New(b));
        var it = list.Iter();
        Rc.Dec(list);
        return it;
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && !reflected && PyByteArray.BytesOf(other) is { } o)
        {
            var r = new byte[Value.Length + o.Length];
            Value.CopyTo(r, 0);
            o.CopyTo(r, Value.Length);
            return New(r);
        }
        if (op == BinaryOpKind.Mul && other is PyInt n)
        {
            long count = SequenceSizes.Count(n);
            var r = new byte[SequenceSizes.Repeated(count, Value.Length)];
            if (r.Length == 0) return New(r);
            for (long k = 0; k < count; k++) Value.CopyTo(r, k * Value.Length);
            return New(r);
        }
        if (op == BinaryOpKind.Mod && !reflected) return PercentFormat.FormatBytes(Value, other);
        return Rc.New(PyNotImplemented.Instance);
    }
}
