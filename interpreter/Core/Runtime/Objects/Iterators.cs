// The iterators of the built-in containers: over lists and tuples, strings, dicts (keys,
// values, items) and sets, and over objects that only define __getitem__. Each owns a
// reference to what it iterates.
namespace MiniPy.Runtime;

public sealed class SeqIterator : PyGcObject
{
    public static PyType ListIterType, TupleIterType;
    static readonly FreeList<SeqIterator> free = new(64);
    public PyObject Seq; // a PyList or PyTuple; null once exhausted
    public int Index;

    public static SeqIterator New(PyObject seq)
    {
        var it = ForLoop(seq);
        TrackIfNeeded(it);
        return it;
    }

    /// <summary>An iterator that the cycle collector does not watch: a for loop's, which only
    /// the loop's value stack holds and which dies with the loop (one a suspended generator
    /// holds mid-loop is the exception, and a cycle through it is left to the end).</summary>
    public static SeqIterator ForLoop(PyObject seq) => Make(seq is PyList ? ListIterType : TupleIterType, seq, 0);

    static SeqIterator Make(PyType type, PyObject seq, int index)
    {
        var it = free.Pop();
        it ??= new SeqIterator();
        it.ObType = type;
        it.Seq = seq == null ? null : Rc.New(seq);
        it.Index = index;
        it.Marks = 0; // storage from the free list is a new object to the collector
        Heap.Allocated(type);
        return it;
    }

    /// <summary>An iterator over a container the collector watches is watched too, as
    /// CPython's are: a list can hold the exception whose traceback holds the frame that
    /// holds the iterator, a cycle only the collector frees.</summary>
    static void TrackIfNeeded(SeqIterator it)
    {
        if (it.Seq != null && CycleCollector.MayBeTracked(it.Seq)) CycleCollector.Track(it);
    }

    internal override void ClearReferences() => Rc.Clear(ref Seq);

    /// <summary>An iterator over seq (a list or tuple; null: exhausted) that has handed out
    /// its first index items (os.fork's copy of a loop part-way through).</summary>
    public static SeqIterator Resume(PyObject seq, int index)
    {
        var it = Make(seq is PyTuple ? TupleIterType : ListIterType, seq, index);
        TrackIfNeeded(it);
        return it;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Seq != null) visit(Seq);
    }

    protected internal override void Dealloc()
    {
        CycleCollector.Untrack(this);
        Heap.Freed(this);
        Rc.Clear(ref Seq);
        if (!Heap.PoisonFreed) free.Push(this);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        var seq = Seq;
        if (seq == null) return null;
        if (seq is PyList l)
        {
            var item = l.ItemNewOrNull(Index);
            if (item != null) { Index++; return item; }
        }
        else
        {
            var t = (PyTuple)seq;
            if (Index < t.Items.Length) return Rc.New(t.Items[Index++]);
        }
        Rc.Clear(ref Seq);
        return null;
    }
}

public sealed class StrIterator : PyObject
{
    public static PyType Type;
    PyStr str;
    int index;

    public static StrIterator New(PyStr s)
    {
        var it = new StrIterator { ObType = Type, str = Rc.New(s) };
        Heap.Allocated(Type);
        return it;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (str != null) visit(str);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref str);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (str == null) return null;
        var v = str.Value;
        if (index < v.Length)
        {
            char c = v[index++];
            if (char.IsHighSurrogate(c) && index < v.Length && char.IsLowSurrogate(v[index]))
                return PyStr.New(v.Substring(index++ - 1, 2));
            return PyStr.New(c);
        }
        Rc.Clear(ref str);
        return null;
    }
}

public enum DictIterKind { Keys, Values, Items }

public sealed class DictIterator : PyObject
{
    public static PyType KeyIterType, ValueIterType, ItemIterType;
    PyDict dict;
    int index;
    int usedAtStart;
    DictIterKind kind;

    public static DictIterator New(PyDict d, DictIterKind kind)
    {
        var t = kind == DictIterKind.Keys ? KeyIterType : kind == DictIterKind.Values ? ValueIterType : ItemIterType;
        var it = new DictIterator { ObType = t, dict = Rc.New(d), kind = kind, usedAtStart = d.Count };
        Heap.Allocated(t);
        return it;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (dict != null) visit(dict);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref dict);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        var d = dict;
        if (d == null) return null;
        if (d.Count != usedAtStart)
        {
            usedAtStart = -1;
            throw Err.New(ErrorTypes.RuntimeError, "dictionary changed size during iteration");
        }
        while (index < d.EntryCount)
        {
            ref var e = ref d.Entries[index++];
            if (e.Key == null) continue;
            switch (kind)
            {
                case DictIterKind.Keys: return Rc.New(e.Key);
                case DictIterKind.Values: return Rc.New(e.Value);
                default: return PyTuple.Of(e.Key, e.Value);
            }
        }
        Rc.Clear(ref dict);
        return null;
    }
}

/// <summary>dict.keys(), dict.values() and dict.items(): live views of a dict.</summary>
public sealed class DictView : PyObject
{
    public static PyType KeysType, ValuesType, ItemsType;
    public PyDict Dict;
    public DictIterKind Kind;

    public static DictView New(PyDict d, DictIterKind kind)
    {
        var t = kind == DictIterKind.Keys ? KeysType : kind == DictIterKind.Values ? ValuesType : ItemsType;
        var v = new DictView { ObType = t, Dict = Rc.New(d), Kind = kind };
        Heap.Allocated(t);
        return v;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (Dict != null) visit(Dict);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref Dict);
    }

    public override long LengthOrMinusOne() => Dict.Count;
    public override PyObject Iter() => DictIterator.New(Dict, Kind);

    // Keys and items views compare as sets, so, like sets, they cannot be hashed.
    public override bool IsHashable => Kind == DictIterKind.Values;
    public override long Hash() => IsHashable ? base.Hash() : throw Err.TypeError($"unhashable type: '{ObType.Name}'");

    public override bool Contains(PyObject item)
    {
        if (Kind == DictIterKind.Keys) return Dict.ContainsKey(item);
        if (Kind == DictIterKind.Items && item is PyTuple t && t.Count == 2)
        {
            var v = Dict.GetItemBorrowed(t.Items[0]);
            return v != null && Ops.EqualsBool(v, t.Items[1]);
        }
        return base.Contains(item);
    }

    public override string Repr()
    {
        var list = PyList.New();
        try
        {
            list.Extend(this);
            return ObType.Name + "(" + list.Repr() + ")";
        }
        finally { Rc.Dec(list); }
    }

    /// <summary>Keys and items views are set-like: they compare with sets and with each
    /// other as sets do, and &, |, -, ^ give sets.</summary>
    public bool IsSetLike => Kind != DictIterKind.Values;

    static bool IsSetLikeOperand(PyObject o) => o is PySet || o is DictView { IsSetLike: true };

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (!IsSetLike) return base.RichCompare(other, op);
        if (!IsSetLikeOperand(other)) return Rc.New(PyNotImplemented.Instance);
        // As CPython's dictview_richcompare: by sizes and membership, so that items whose
        // values cannot be hashed still compare.
        long mine = Dict.Count, theirs = Ops.Length(other);
        bool result = op switch
        {
            CompareOp.Eq => mine == theirs && AllContainedIn(this, other),
            CompareOp.Ne => !(mine == theirs && AllContainedIn(this, other)),
            CompareOp.Lt => mine < theirs && AllContainedIn(this, other),
            CompareOp.Le => mine <= theirs && AllContainedIn(this, other),
            CompareOp.Gt => mine > theirs && AllContainedIn(other, this),
            _ => mine >= theirs && AllContainedIn(other, this),
        };
        return PyBool.From(result);
    }

    static bool AllContainedIn(PyObject items, PyObject container)
    {
        var it = Ops.GetIter(items);
        try
        {
            for (var item = it.Next(); item != null; item = it.Next())
            {
                bool found;
                try { found = container.Contains(item); } finally { Rc.Dec(item); }
                if (!found) return false;
            }
            return true;
        }
        finally { Rc.Dec(it); }
    }

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (!IsSetLike || op is not (BinaryOpKind.And or BinaryOpKind.Or or BinaryOpKind.Sub or BinaryOpKind.Xor))
            return Rc.New(PyNotImplemented.Instance);
        if (op == BinaryOpKind.And) return Intersect(other);
        // As CPython's dictviews_or/sub/xor: a set of the left operand, updated in place by the
        // right one (its order is the result's).
        var left = reflected ? other : this;
        // A keys view of a plain dict is made a set from the dict itself (which makes room
        // for all its keys first), as CPython's dictviews_to_set does.
        if (left is DictView { Kind: DictIterKind.Keys } keys && keys.Dict.ObType == PyDict.Type) left = keys.Dict;
        var result = PySet.FromIterable(left);
        var right = reflected ? this : other;
        try
        {
            if (op == BinaryOpKind.Or) result.UpdateFrom(right);
            else
            {
                var rightSet = right as PySet ?? PySet.FromIterable(right);
                try { Rc.Dec(result.InPlaceOp(op, rightSet)); }
                finally { if (!ReferenceEquals(rightSet, right)) Rc.Dec(rightSet); }
            }
            return result;
        }
        catch
        {
            Rc.Dec(result);
            throw;
        }
    }

    /// <summary>view &amp; other, as CPython's _PyDictView_Intersect: the smaller side's keys
    /// (the view's against a set at least as large, or a larger view) that the other holds,
    /// in the order they are walked.</summary>
    PyObject Intersect(PyObject other)
    {
        long mine = LengthOrMinusOne();
        bool walkSelf = other is PySet set && set.ObType == PySet.SetType && mine <= set.Count
                        || other is DictView view && view.IsSetLike && mine < view.LengthOrMinusOne();
        var walked = walkSelf ? (PyObject)this : other;
        var probed = walkSelf ? other : this;
        var result = PySet.New();
        var it = Ops.GetIter(walked);
        try
        {
            PyObject key;
            while ((key = Ops.Next(it)) != null)
            {
                try { if (probed.Contains(key)) result.Add(key); }
                finally { Rc.Dec(key); }
            }
            return result;
        }
        catch
        {
            Rc.Dec(result);
            throw;
        }
        finally { Rc.Dec(it); }
    }
}

public sealed class SetIterator : PyObject
{
    public static PyType Type;
    PySet set;
    int slot;
    int sizeAtStart;

    public static SetIterator New(PySet s)
    {
        var it = new SetIterator { ObType = Type, set = Rc.New(s), sizeAtStart = s.Count };
        Heap.Allocated(Type);
        return it;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (set != null) visit(set);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref set);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (set == null) return null;
        if (set.Count != sizeAtStart) throw Err.New(ErrorTypes.RuntimeError, "Set changed size during iteration");
        var k = set.NextElement(ref slot);
        if (k != null) return Rc.New(k);
        Rc.Clear(ref set);
        return null;
    }
}

/// <summary>The iterator for objects that define only __getitem__: indexes 0, 1, 2, ...
/// until IndexError.</summary>
public sealed class SequenceIterator : PyObject
{
    public static PyType Type;
    PyObject seq;
    long index;

    public static SequenceIterator New(PyObject seq)
    {
        var it = new SequenceIterator { ObType = Type, seq = Rc.New(seq) };
        Heap.Allocated(Type);
        return it;
    }

    public override void VisitReferences(Action<PyObject> visit)
    {
        if (seq != null) visit(seq);
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref seq);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (seq == null) return null;
        var i = PyInt.New(index++);
        try { return seq.GetItem(i); }
        catch (PyRaise r) when (r.Exc != null && (r.Exc.ObType.IsSubtypeOf(ErrorTypes.IndexError) || r.Exc.ObType.IsSubtypeOf(ErrorTypes.StopIteration)))
        {
            Rc.Dec(r.TakeException());
            Rc.Clear(ref seq);
            return null;
        }
        finally { Rc.Dec(i); }
    }
}
