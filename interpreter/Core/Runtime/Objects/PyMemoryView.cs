// memoryview: a window onto the bytes of a bytes or bytearray object, or of a byte store
// (IByteStore: shared memory), without copying. Slicing a view gives a view of the same
// bytes; over a bytearray or a store a view is writable (item and same-length slice
// assignment change the bytes). Items are bytes (format 'B', one dimension) until cast()
// reads them as another of struct's native formats (b c ? h H i I l L q Q n N f d): its
// length, indexes, slices and tolist() then count items of that size. A view
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
        if (source is not (PyBytes or PyByteArray or IByteStore) || ItemSize(format) == 0 || start < 0 || length < 0)
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

    /// <summary>The bytes one item of a format takes; 0 for a format a view cannot have.</summary>
    static int ItemSize(char format) => format switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' => 8,
        _ => 0,
    };

    int itemSize => ItemSize(format);
    int Count => length / itemSize;
    static bool IsByteFormat(char format) => format is 'B' or 'b' or 'c';

    /// <summary>The item at a position (in items), read from its bytes in the machine's order.</summary>
    PyObject ItemAt(int position)
    {
        int size = itemSize;
        if (size == 1)
        {
            byte value = At(position);
            return format switch
            {
                'b' => PyInt.New((sbyte)value),
                'c' => PyBytes.New(new[] { value }),
                '?' => PyBool.From(value != 0),
                _ => PyInt.New(value),
            };
        }
        Span<byte> raw = stackalloc byte[8];
        for (int i = 0; i < size; i++) raw[i] = At(position * size + i);
        return format switch
        {
            'h' => PyInt.New(BitConverter.ToInt16(raw)),
            'H' => PyInt.New(BitConverter.ToUInt16(raw)),
            'i' => PyInt.New(BitConverter.ToInt32(raw)),
            'I' => PyInt.New(BitConverter.ToUInt32(raw)),
            'f' => PyFloat.New(BitConverter.ToSingle(raw)),
            'd' => PyFloat.New(BitConverter.ToDouble(raw)),
            'L' or 'Q' or 'N' => PyInt.New(new System.Numerics.BigInteger(BitConverter.ToUInt64(raw))),
            _ => PyInt.New(BitConverter.ToInt64(raw)),
        };
    }

    /// <summary>The bytes an item value is stored as, or struct's error for a value that does not fit.</summary>
    byte[] Encode(PyObject value)
    {
        switch (format)
        {
            case 'c':
                if (value is PyBytes { Value.Length: 1 } one) return one.Value;
                throw Err.ValueError($"memoryview: invalid value for format '{format}'");
            case '?':
                return new[] { (byte)(Ops.IsTrue(value) ? 1 : 0) };
            case 'f':
            case 'd':
            {
                double d = value is PyFloat fl ? fl.Value : value is PyInt iv ? iv.ToDouble()
                    : throw Err.TypeError($"memoryview: invalid type for format '{format}'");
                return format == 'f' ? BitConverter.GetBytes((float)d) : BitConverter.GetBytes(d);
            }
        }
        if (value is not PyInt n) throw Err.TypeError($"memoryview: invalid type for format '{format}'");
        var big = n.AsBig;
        int size = itemSize;
        bool signed = format is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        var min = signed ? -(System.Numerics.BigInteger.One << (size * 8 - 1)) : System.Numerics.BigInteger.Zero;
        var max = signed ? (System.Numerics.BigInteger.One << (size * 8 - 1)) - 1 : (System.Numerics.BigInteger.One << (size * 8)) - 1;
        if (big < min || big > max) throw Err.ValueError($"memoryview: invalid value for format '{format}'");
        var bytes = BitConverter.GetBytes((ulong)(big & ulong.MaxValue));
        return bytes.AsSpan(0, size).ToArray();
    }

    public override long LengthOrMinusOne() => Live().Count;

    public override PyObject GetItem(PyObject key)
    {
        Live();
        int size = itemSize, count = Count;
        if (key is PySlice slice)
        {
            slice.Indices(count, out long from, out _, out long step, out long taken);
            if (step == 1) return Make(source, start + (int)from * size, (int)taken * size, format);
            var copy = new byte[taken * size];
            for (long i = 0; i < taken; i++)
                for (int b = 0; b < size; b++) copy[i * size + b] = At((int)((from + i * step) * size + b));
            var bytes = PyBytes.New(copy);
            try { return Make(bytes, 0, copy.Length, format); } finally { Rc.Dec(bytes); }
        }
        long index = Ops.IndexOf(key, "memoryview: invalid slice key");
        if (index < 0) index += count;
        if (index < 0 || index >= count) throw Err.New(ErrorTypes.IndexError, "index out of bounds on dimension 1");
        return ItemAt((int)index);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        Live();
        if (ReadOnly) throw Err.TypeError("cannot modify read-only memory");
        int size = itemSize, count = Count;
        if (key is PySlice slice)
        {
            slice.Indices(count, out long from, out _, out long step, out long taken);
            var bytes = PyByteArray.BytesOf(value) ?? (value is PyMemoryView v ? v.ToArray() : null)
                ?? throw Err.TypeError($"a bytes-like object is required, not '{value.ObType.Name}'");
            if (bytes.Length != taken * size) throw Err.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            for (long i = 0; i < taken; i++)
                for (int b = 0; b < size; b++) Store(start + (int)((from + i * step) * size + b), bytes[i * size + b]);
            return;
        }
        long index = Ops.IndexOf(key, "memoryview: invalid slice key");
        if (index < 0) index += count;
        if (index < 0 || index >= count) throw Err.New(ErrorTypes.IndexError, "index out of bounds on dimension 1");
        if (format is 'B' or 'b' && (value is not PyInt n || n.IsBig || n.Value < (format == 'b' ? -128 : 0) || n.Value > (format == 'b' ? 127 : 255)))
        {
            if (value is PyInt) throw Err.ValueError($"memoryview: invalid value for format '{format}'");
            throw Err.TypeError($"memoryview: invalid type for format '{format}'");
        }
        var encoded = Encode(value);
        for (int b = 0; b < size; b++) Store(start + (int)index * size + b, encoded[b]);
    }

    public override PyObject Iter()
    {
        var items = ToList();
        try { return items.Iter(); } finally { Rc.Dec(items); }
    }

    PyList ToList()
    {
        Live();
        int count = Count;
        var items = PyList.New(count);
        for (int i = 0; i < count; i++) items.AppendSteal(ItemAt(i));
        return items;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return Rc.New(PyNotImplemented.Instance);
        if (ReferenceEquals(this, other)) return PyBool.From(op == CompareOp.Eq);
        if (released) return PyBool.From(op == CompareOp.Ne);
        if (other is PyMemoryView { released: false } w && (!IsByteFormat(format) || !IsByteFormat(w.format)) && format != w.format)
        {
            // Views of different formats are equal when their items are.
            var mine = ToList();
            var others = w.ToList();
            try { return PyBool.From(Ops.EqualsBool(mine, others) == (op == CompareOp.Eq)); }
            finally { Rc.Dec(mine); Rc.Dec(others); }
        }
        var theirs = other is PyMemoryView v ? (v.released ? null : v.ToArray()) : PyByteArray.BytesOf(other);
        if (theirs == null) return Rc.New(PyNotImplemented.Instance);
        bool equal = ((ReadOnlySpan<byte>)ToArray()).SequenceEqual(theirs);
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    public override bool IsHashable => true; // a writable view says why in Hash

    public override long Hash()
    {
        if (!ReadOnly) throw Err.ValueError("cannot hash writable memoryview object");
        if (!IsByteFormat(format)) throw Err.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
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
            case "itemsize": return PyInt.New(Live().itemSize);
            case "format": Live(); return PyStr.New(format.ToString());
            case "ndim": Live(); return PyInt.New(1);
            case "shape": return OneInt(Live().Count);
            case "strides": return OneInt(Live().itemSize);
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
            return ((PyMemoryView)self).ToList();
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
            var wanted = f.Value.StartsWith('@') ? f.Value[1..] : f.Value;
            if (wanted.Length != 1 || ItemSize(wanted[0]) == 0)
                throw Err.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            if (!IsByteFormat(view.format) && !IsByteFormat(wanted[0]))
                throw Err.TypeError("memoryview: cannot cast between two non-byte formats");
            if (view.length % ItemSize(wanted[0]) != 0) throw Err.TypeError("memoryview: length is not a multiple of itemsize");
            return Make(view.source, view.start, view.length, wanted[0]);
        });
        BuiltinTypes.AddMethod(t, "__enter__", (self, a, k) => Rc.New(((PyMemoryView)self).Live()));
        BuiltinTypes.AddMethod(t, "__exit__", (self, a, k) =>
        {
            ((PyMemoryView)self).released = true;
            return PyBool.From(false);
        });
    }

}
