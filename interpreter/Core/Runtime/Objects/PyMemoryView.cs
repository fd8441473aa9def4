// memoryview: a window onto the bytes of a bytes or bytearray object, or of a byte store
// (IByteStore: shared memory), without copying. Slicing a view gives a view of the same
// bytes; over a bytearray or a store a view is writable (item and same-length slice
// assignment change the bytes). Items are bytes (format 'B',
// one dimension); cast() changes only between the byte formats 'B', 'b' and 'c'. A view
// with a step other than 1 holds a copy of its bytes, read-only. After release() (or the
// with-statement) every use is CPython's ValueError.
namespace MiniPy.Runtime;

public sealed class PyMemoryView : PyObject
{
    public static PyType Type;

    /// <summary>The object whose bytes these are: a PyBytes, a PyByteArray or an IByteStore (owned).</summary>
    PyObject source;
    int start, length;
    char format = 'B';
    bool released;

    PyMemoryView() { }

    static PyMemoryView Make(PyObject source, int start, int length, char format)
    {
        var view = new PyMemoryView { ObType = Type, source = Rc.New(source), start = start, length = length, format = format };
        Heap.Allocated(Type);
        return view;
    }

    /// <summary>memoryview(object).</summary>
    public static PyObject Construct(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        var a = ArgParser.Parse("memoryview", args, kwnames, new[] { "object" }, 1);
        return a[0] switch
        {
            PyBytes b => Make(b, 0, b.Value.Length, 'B'),
            PyByteArray ba => Make(ba, 0, ba.Data.Count, 'B'),
            IByteStore store => Make(a[0], 0, OpenStore(store).ByteLength, 'B'),
            PyMemoryView v => Make(v.Live().source, v.start, v.length, v.format),
            PyInstance { BaseValue: PyBytes or PyByteArray } wrapped => Construct(cls, new[] { wrapped.BaseValue }, null),
            _ => throw Err.TypeError($"memoryview: a bytes-like object is required, not '{a[0].ObType.Name}'"),
        };
    }

    /// <summary>What a copy of this view needs (the fork emulation's snapshot).</summary>
    public (PyObject Source, int Start, int Length, char Format, bool Released) Parts => (source, start, length, format, released);

    /// <summary>A view made again from its parts (new reference); the source is not stolen.</summary>
    public static PyMemoryView Rebuild(PyObject source, int start, int length, char format, bool released)
    {
        if (source is not (PyBytes or PyByteArray or IByteStore) || format is not ('B' or 'b' or 'c') || start < 0 || length < 0)
            throw Err.ValueError("bad memoryview parts");
        var view = Make(source, start, length, format);
        view.released = released;
        return view;
    }

    PyMemoryView Live() => released ? throw Err.ValueError("operation forbidden on released memoryview object") : this;

    public bool ReadOnly => source is not (PyByteArray or IByteStore);

    static IByteStore OpenStore(IByteStore store) => store.IsOpen ? store : throw Err.ValueError("operation forbidden on released memoryview object");

    byte At(int i)
    {
        int index = start + i;
        if (source is PyBytes b) return b.Value[index];
        if (source is IByteStore store) return OpenStore(store).ReadByte(index);
        var data = ((PyByteArray)source).Data;
        // The bytearray may have shrunk since the view was made (CPython forbids that).
        if ((uint)index >= (uint)data.Count) throw Shrunk();
        return data[index];
    }

    static PyRaise Shrunk() => Err.New(ErrorTypes.BufferError, "memoryview: the bytearray it views has been resized");

    void Store(int index, byte value)
    {
        if (source is IByteStore store)
        {
            OpenStore(store).WriteByte(index, value);
            return;
        }
        var data = ((PyByteArray)source).Data;
        if ((uint)index >= (uint)data.Count) throw Shrunk();
        data[index] = value;
    }

    /// <summary>A copy of the bytes in view.</summary>
    public byte[] ToArray()
    {
        Live();
        var result = new byte[length];
        for (int i = 0; i < length; i++) result[i] = At(i);
        return result;
    }

    PyObject Item(byte value) => format switch
    {
        'b' => PyInt.New((sbyte)value),
        'c' => PyBytes.New(new[] { value }),
        _ => PyInt.New(value),
    };

    public override long LengthOrMinusOne() => Live().length;

    public override PyObject GetItem(PyObject key)
    {
        Live();
        if (key is PySlice slice)
        {
            slice.Indices(length, out long from, out _, out long step, out long count);
            if (step == 1) return Make(source, start + (int)from, (int)count, format);
            var copy = new byte[count];
            for (long i = 0; i < count; i++) copy[i] = At((int)(from + i * step));
            var bytes = PyBytes.New(copy);
            try { return Make(bytes, 0, copy.Length, format); } finally { Rc.Dec(bytes); }
        }
        long index = Ops.IndexOf(key, "memoryview: invalid slice key");
        if (index < 0) index += length;
        if (index < 0 || index >= length) throw Err.New(ErrorTypes.IndexError, "index out of bounds on dimension 1");
        return Item(At((int)index));
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        Live();
        if (ReadOnly) throw Err.TypeError("cannot modify read-only memory");
        if (key is PySlice slice)
        {
            slice.Indices(length, out long from, out _, out long step, out long count);
            var bytes = PyByteArray.BytesOf(value) ?? (value is PyMemoryView v ? v.ToArray() : null)
                ?? throw Err.TypeError($"a bytes-like object is required, not '{value.ObType.Name}'");
            if (bytes.Length != count) throw Err.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            for (long i = 0; i < count; i++) Store(start + (int)(from + i * step), bytes[i]);
            return;
        }
        long index = Ops.IndexOf(key, "memoryview: invalid slice key");
        if (index < 0) index += length;
        if (index < 0 || index >= length) throw Err.New(ErrorTypes.IndexError, "index out of bounds on dimension 1");
        if (value is not PyInt n || n.IsBig || n.Value < (format == 'b' ? -128 : 0) || n.Value > (format == 'b' ? 127 : 255))
        {
            if (value is PyInt) throw Err.ValueError($"memoryview: invalid value for format '{format}'");
            throw Err.TypeError($"memoryview: invalid type for format '{format}'");
        }
        Store(start + (int)index, (byte)n.Value);
    }

    public override PyObject Iter()
    {
        var items = PyList.New(length);
        for (int i = 0; i < length; i++) items.AppendSteal(Item(At(i)));
        try { return items.Iter(); } finally { Rc.Dec(items); }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return Rc.New(PyNotImplemented.Instance);
        if (ReferenceEquals(this, other)) return PyBool.From(op == CompareOp.Eq);
        if (released) return PyBool.From(op == CompareOp.Ne);
        var theirs = other is PyMemoryView v ? (v.released ? null : v.ToArray()) : PyByteArray.BytesOf(other);
        if (theirs == null) return Rc.New(PyNotImplemented.Instance);
        bool equal = ((ReadOnlySpan<byte>)ToArray()).SequenceEqual(theirs);
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    public override bool IsHashable => true; // a writable view says why in Hash

    public override long Hash()
    {
        if (!ReadOnly) throw Err.ValueError("cannot hash writable memoryview object");
        var bytes = PyBytes.New(ToArray());
        try { return bytes.Hash(); } finally { Rc.Dec(bytes); }
    }

    public override string Repr() => released ? $"<released memory at 0x{Identity.Of(this):x}>" : $"<memory at 0x{Identity.Of(this):x}>";

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (source != null) visit(source);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref source);
    }

    public override PyObject GetAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "obj": return Rc.New(Live().source);
            case "nbytes": return PyInt.New(Live().length);
            case "readonly": return PyBool.From(Live().ReadOnly);
            case "itemsize": Live(); return PyInt.New(1);
            case "format": Live(); return PyStr.New(format.ToString());
            case "ndim": Live(); return PyInt.New(1);
            case "shape": return OneInt(Live().length);
            case "strides": Live(); return OneInt(1);
            case "contiguous": case "c_contiguous": case "f_contiguous": Live(); return PyBool.From(true);
        }
        return base.GetAttr(name);
    }

    static PyTuple OneInt(long value)
    {
        var t = PyTuple.New(1);
        t.Items[0] = PyInt.New(value);
        return t;
    }

    public static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "tobytes", (self, a, k) =>
        {
            MethodArgs.Keywords("tobytes", a, k, new[] { "order" }, 0);
            return PyBytes.New(((PyMemoryView)self).ToArray());
        });
        BuiltinTypes.AddMethod(t, "tolist", (self, a, k) =>
        {
            MethodArgs.None("memoryview.tolist", a, k);
            var view = ((PyMemoryView)self).Live();
            var list = PyList.New(view.length);
            for (int i = 0; i < view.length; i++) list.AppendSteal(view.Item(view.At(i)));
            return list;
        });
        BuiltinTypes.AddMethod(t, "hex", (self, a, k) =>
        {
            var bytes = PyBytes.New(((PyMemoryView)self).ToArray());
            var hex = Ops.GetAttr(bytes, "hex");
            try { return Ops.Call(hex, a, k); }
            finally { Rc.Dec(hex); Rc.Dec(bytes); }
        });
        BuiltinTypes.AddMethod(t, "release", (self, a, k) =>
        {
            MethodArgs.None("memoryview.release", a, k);
            ((PyMemoryView)self).released = true;
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "toreadonly", (self, a, k) =>
        {
            MethodArgs.None("memoryview.toreadonly", a, k);
            var view = ((PyMemoryView)self).Live();
            var copy = PyBytes.New(view.ToArray());
            try { return Make(copy, 0, view.length, view.format); } finally { Rc.Dec(copy); }
        });
        BuiltinTypes.AddMethod(t, "cast", (self, a, k) =>
        {
            var p = MethodArgs.Keywords("cast", a, k, new[] { "format", "shape" }, 1);
            var view = ((PyMemoryView)self).Live();
            if (p[0] is not PyStr f) throw Err.TypeError($"cast() argument 'format' must be str, not {p[0].ObType.Name}");
            if (f.Value is not ("B" or "b" or "c"))
                throw Err.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            return Make(view.source, view.start, view.length, f.Value[0]);
        });
        BuiltinTypes.AddMethod(t, "__enter__", (self, a, k) => Rc.New(((PyMemoryView)self).Live()));
        BuiltinTypes.AddMethod(t, "__exit__", (self, a, k) =>
        {
            ((PyMemoryView)self).released = true;
            return PyBool.From(false);
        });
    }

}
