// The dunder methods of built-in types as attributes: [1, 2].__len__(), int.__add__(1, 2),
// dict.__getitem__, "a".__lt__("b"), (5).__neg__(). CPython exposes each slot of a built-in
// type as a "slot wrapper"; here each is a method descriptor that calls the object's own
// protocol implementation directly (BinaryOp, RichCompare, GetItem...), never the generic
// dispatch that consults dunders, so a wrapper cannot recurse into itself. A binary wrapper
// returns NotImplemented for an operand its type does not handle, as CPython's do.
namespace MiniPy.Runtime;

public static class SlotWrappers
{
    [Flags]
    public enum Protocols
    {
        None = 0,
        Sequence = 1,      // __len__, __getitem__, __contains__, __iter__
        MutableItems = 2,  // __setitem__, __delitem__
        Compare = 4,       // __eq__ ... __ge__
        Arithmetic = 8,    // the binary operators and their reflections
        Unary = 16,        // __neg__, __pos__, __invert__
        Number = 32,       // __bool__, __int__, __float__, __index__ (ints), __hash__
        Text = 64,         // __repr__, __str__, __hash__
        Iterator = 128,    // __iter__ (itself), __next__
    }

    static readonly string[] BinaryNames = { "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and" };
    static readonly string[] CompareNames = { "lt", "le", "eq", "ne", "gt", "ge" };

    /// <summary>Gives t the dunders of the protocols it implements. binaryNames narrows the
    /// arithmetic ones to the operators t really has ("add", "mul"...); null means all.</summary>
    public static void Add(PyType t, Protocols protocols, string[] binaryNames = null)
    {
        void Add(string name, NativeMethod m)
        {
            if (t.Dict.GetItemBorrowed(name) == null) BuiltinTypes.AddMethod(t, name, m);
        }
        Add("__repr__", (self, a, k) => { NoArgs("__repr__", a, k); return PyStr.New(self.Repr()); });
        Add("__str__", (self, a, k) => { NoArgs("__str__", a, k); return PyStr.New(self.Str()); });
        if (protocols.HasFlag(Protocols.Text) || protocols.HasFlag(Protocols.Number))
            Add("__hash__", (self, a, k) => { NoArgs("__hash__", a, k); return PyInt.New(self.Hash()); });
        if (protocols.HasFlag(Protocols.Sequence))
        {
            Add("__len__", (self, a, k) => { NoArgs("__len__", a, k); return PyInt.New(Ops.Length(self)); });
            if (t != PySet.SetType && t != PySet.FrozenSetType) Add("__getitem__", (self, a, k) => self.GetItem(One("__getitem__", a, k)));
            Add("__contains__", (self, a, k) => PyBool.From(self.Contains(One("__contains__", a, k))));
            Add("__iter__", (self, a, k) => { NoArgs("__iter__", a, k); return self.Iter(); });
        }
        if (protocols.HasFlag(Protocols.Iterator))
        {
            Add("__iter__", (self, a, k) => { NoArgs("__iter__", a, k); return self.Iter(); });
            Add("__next__", (self, a, k) =>
            {
                NoArgs("__next__", a, k);
                return self.Next() ?? throw Err.StopIteration(null);
            });
        }
        if (protocols.HasFlag(Protocols.MutableItems))
        {
            Add("__setitem__", (self, a, k) =>
            {
                ArgParser.Positional("__setitem__", a, k, 2, 2);
                self.SetItem(a[0], a[1]);
                return Rc.New(PyNone.Instance);
            });
            Add("__delitem__", (self, a, k) =>
            {
                self.DelItem(One("__delitem__", a, k));
                return Rc.New(PyNone.Instance);
            });
        }
        if (protocols.HasFlag(Protocols.Compare))
        {
            for (int i = 0; i < CompareNames.Length; i++)
            {
                var op = (CompareOp)i;
                var name = "__" + CompareNames[i] + "__";
                Add(name, (self, a, k) => self.RichCompare(One(name, a, k), op));
            }
        }
        if (protocols.HasFlag(Protocols.Arithmetic))
        {
            for (int i = 0; i < BinaryNames.Length; i++)
            {
                if (binaryNames != null && Array.IndexOf(binaryNames, BinaryNames[i]) < 0) continue;
                var op = (BinaryOpKind)i;
                var name = "__" + BinaryNames[i] + "__";
                var reflected = "__r" + BinaryNames[i] + "__";
                Add(name, (self, a, k) =>
                {
                    var other = One(name, a, k);
                    return Ops.SequenceMethodResult(self, other, op, self.BinaryOp(op, other, false));
                });
                Add(reflected, (self, a, k) => self.BinaryOp(op, One(reflected, a, k), true));
            }
        }
        if (protocols.HasFlag(Protocols.Unary))
        {
            Add("__neg__", (self, a, k) => { NoArgs("__neg__", a, k); return self.UnaryOp(UnaryOpKind.Neg); });
            Add("__pos__", (self, a, k) => { NoArgs("__pos__", a, k); return self.UnaryOp(UnaryOpKind.Pos); });
            if (t != PyFloat.Type) Add("__invert__", (self, a, k) => { NoArgs("__invert__", a, k); return self.UnaryOp(UnaryOpKind.Invert); });
        }
        if (protocols.HasFlag(Protocols.Number))
        {
            Add("__bool__", (self, a, k) => { NoArgs("__bool__", a, k); return PyBool.From(self.IsTrue()); });
            Add("__float__", (self, a, k) => { NoArgs("__float__", a, k); return PyFloat.New(PyFloat.ToDouble(self)); });
            if (t != PyFloat.Type)
            {
                Add("__int__", (self, a, k) => { NoArgs("__int__", a, k); return Rc.New(self); });
                Add("__index__", (self, a, k) => { NoArgs("__index__", a, k); return Rc.New(self); });
            }
        }
    }

    static void NoArgs(string name, ReadOnlySpan<PyObject> a, PyTuple k) => ArgParser.Positional(name, a, k, 0, 0);

    static PyObject One(string name, ReadOnlySpan<PyObject> a, PyTuple k)
    {
        ArgParser.Positional(name, a, k, 1, 1);
        return a[0];
    }

    /// <summary>Gives each built-in type the dunders of the protocols it implements.</summary>
    public static void AddToBuiltinTypes()
    {
        const Protocols Numbers = Protocols.Compare | Protocols.Arithmetic | Protocols.Unary | Protocols.Number;
        Add(PyInt.Type, Numbers);
        Add(PyFloat.Type, Numbers);
        string[] concatenation = { "add", "mul" }, text = { "add", "mul", "mod" }, setAlgebra = { "and", "or", "sub", "xor" };
        Add(PyStr.Type, Protocols.Sequence | Protocols.Compare | Protocols.Arithmetic | Protocols.Text, text);
        Add(BuiltinTypes.BytesType, Protocols.Sequence | Protocols.Compare | Protocols.Arithmetic | Protocols.Text, text);
        Add(PyTuple.Type, Protocols.Sequence | Protocols.Compare | Protocols.Arithmetic | Protocols.Text, concatenation);
        Add(PyList.Type, Protocols.Sequence | Protocols.MutableItems | Protocols.Compare | Protocols.Arithmetic, concatenation);
        Add(PyDict.Type, Protocols.Sequence | Protocols.MutableItems | Protocols.Compare | Protocols.Arithmetic, new[] { "or" });
        Add(PySet.SetType, Protocols.Sequence | Protocols.Compare | Protocols.Arithmetic, setAlgebra);
        Add(PySet.FrozenSetType, Protocols.Sequence | Protocols.Compare | Protocols.Arithmetic | Protocols.Text, setAlgebra);
        Add(PyRange.Type, Protocols.Sequence | Protocols.Compare | Protocols.Text);
        Add(PyByteArray.Type, Protocols.Sequence | Protocols.MutableItems | Protocols.Compare | Protocols.Arithmetic, text);
        Add(PyMemoryView.Type, Protocols.Sequence | Protocols.MutableItems | Protocols.Compare);
        Add(PyDeque.Type, Protocols.Sequence | Protocols.MutableItems | Protocols.Compare | Protocols.Arithmetic, concatenation);
        foreach (var callable in new[] { PyFunction.Type, PyBuiltinFunction.Type, PyMethod.Type })
            BuiltinTypes.AddMethod(callable, "__call__", (self, a, k) => self.Call(a, k));
        // Mutable containers cannot be hashed: their __hash__ is None, as CPython's.
        foreach (var unhashable in new[] { PyList.Type, PyDict.Type, PySet.SetType, PyByteArray.Type, PyDeque.Type, DictView.KeysType, DictView.ItemsType })
            if (unhashable.Dict.GetItemBorrowed("__hash__") == null) unhashable.Dict.SetItemNew("__hash__", PyNone.Instance);
        foreach (var reversible in new[] { PyList.Type, PyDict.Type, PyRange.Type, DictView.KeysType, DictView.ValuesType, DictView.ItemsType })
            BuiltinTypes.AddMethod(reversible, "__reversed__", (self, a, k) => { NoArgs("__reversed__", a, k); return ReversedIterator.Over(self); });
        foreach (var iterator in new[]
        {
            SeqIterator.ListIterType, SeqIterator.TupleIterType, StrIterator.Type, DictIterator.KeyIterType,
            DictIterator.ValueIterType, DictIterator.ItemIterType, SetIterator.Type, SequenceIterator.Type,
            RangeIterator.Type, BuiltinIterators.EnumerateType, BuiltinIterators.ZipType, BuiltinIterators.MapType,
            BuiltinIterators.FilterType, BuiltinIterators.ReversedType, ReversedIterator.ListReverseType, PyDeque.IteratorType,
            PyDeque.ReverseIteratorType,
        })
            Add(iterator, Protocols.Iterator);
        // How many items an iterator over a list, tuple or range still has (operator.length_hint).
        BuiltinTypes.AddMethod(RangeIterator.Type, "__length_hint__", (self, a, k) =>
        {
            NoArgs("__length_hint__", a, k);
            return PyInt.New(Math.Max(0, ((RangeIterator)self).Remaining));
        });
        foreach (var reversed in new[] { BuiltinIterators.ReversedType, ReversedIterator.ListReverseType })
            BuiltinTypes.AddMethod(reversed, "__length_hint__", (self, a, k) =>
            {
                NoArgs("__length_hint__", a, k);
                return PyInt.New(((ReversedIterator)self).Remaining);
            });
        foreach (var sequenceIterator in new[] { SeqIterator.ListIterType, SeqIterator.TupleIterType })
            BuiltinTypes.AddMethod(sequenceIterator, "__length_hint__", (self, a, k) =>
            {
                NoArgs("__length_hint__", a, k);
                var it = (SeqIterator)self;
                long length = it.Seq == null ? 0 : it.Seq.LengthOrMinusOne();
                return PyInt.New(Math.Max(0, length - it.Index));
            });
        foreach (var view in new[] { DictView.KeysType, DictView.ValuesType, DictView.ItemsType })
        {
            // Views have a length, membership and iteration, but no indexing.
            BuiltinTypes.AddMethod(view, "__len__", (self, a, k) => { NoArgs("__len__", a, k); return PyInt.New(Ops.Length(self)); });
            BuiltinTypes.AddMethod(view, "__contains__", (self, a, k) => PyBool.From(self.Contains(One("__contains__", a, k))));
            BuiltinTypes.AddMethod(view, "__iter__", (self, a, k) => { NoArgs("__iter__", a, k); return self.Iter(); });
        }
        foreach (var view in new[] { DictView.KeysType, DictView.ItemsType })
        {
            Add(view, Protocols.Compare | Protocols.Arithmetic, new[] { "and", "or", "sub", "xor" });
            BuiltinTypes.AddMethod(view, "isdisjoint", (self, a, k) =>
            {
                var other = One("isdisjoint", a, k);
                var it = Ops.GetIter(other);
                try
                {
                    for (var item = it.Next(); item != null; item = it.Next())
                    {
                        bool shared;
                        try { shared = self.Contains(item); } finally { Rc.Dec(item); }
                        if (shared) return PyBool.From(false);
                    }
                    return PyBool.From(true);
                }
                finally { Rc.Dec(it); }
            });
        }
    }
}
