// The abstract object layer (CPython's Objects/abstract.c): the operations the VM and the
// built-ins apply to any object — comparison with reflection and NotImplemented, binary
// operators with the int and float fast paths, iteration, calls and attribute access.
// Arguments are borrowed; object results are new references.
using System.Runtime.CompilerServices;
using MiniPy.VM;

namespace MiniPy.Runtime;

public static class Ops
{
    // ───────────── text ─────────────

    public static string Repr(PyObject o)
    {
        var ts = ThreadState.Current;
        if (ts != null && ++ts.NativeDepth > ts.RecursionLimit) { ts.NativeDepth--; throw Err.New(ErrorTypes.RecursionError, "maximum recursion depth exceeded while getting the repr of an object"); }
        try { return o.Repr(); }
        finally { if (ts != null) ts.NativeDepth--; }
    }

    public static string Str(PyObject o) => o is PyStr s ? s.Value : o.Str();

    public static PyStr ReprObj(PyObject o) => PyStr.New(Repr(o));
    public static PyStr StrObj(PyObject o) => o is PyStr s ? Rc.New(s) : PyStr.New(o.Str());

    /// <summary>Calls a dunder that must return a str (__repr__, __str__) and unwraps it.</summary>
    public static string CallDunderForString(PyObject o, string name)
    {
        var r = CallMethod(o, name);
        try
        {
            if (r is not PyStr s) throw Err.TypeError($"{name} returned non-string (type {r.ObType.Name})");
            return s.Value;
        }
        finally { Rc.Dec(r); }
    }

    // ───────────── truth, hashing, comparison ─────────────

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject o)
    {
        if (o is PyBool b) return b.Value != 0;
        if (o is PyNone) return false;
        return o.IsTrue();
    }

    public static long Hash(PyObject o)
    {
        if (o is PyStr s) return s.Hash();
        // Named as CPython's tp_name: a built-in type of another module with its module (collections.deque).
        if (!o.IsHashable) throw Err.TypeError($"unhashable type: '{(o.ObType.IsHeapType ? o.ObType.Name : o.ObType.QualifiedName)}'");
        return o.Hash();
    }

    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    /// <summary>a op b for two machine ints, without a branch on op: each operator is three
    /// bits, saying whether it holds when a &lt; b, a == b and a &gt; b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareLongs(long a, long b, CompareOp op)
    {
        const int outcomes = 0b001 | 0b011 << 3 | 0b010 << 6 | 0b101 << 9 | 0b100 << 12 | 0b110 << 15;
        int which = (a > b ? 2 : 0) | (a == b ? 1 : 0);
        return ((outcomes >> ((int)op * 3 + which)) & 1) != 0;
    }

    public static CompareOp Swap(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    static readonly string[] compareSymbols = { "<", "<=", "==", "!=", ">", ">=" };

    /// <summary>a op b with Python's reflection rules (PyObject_RichCompare).</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig)
            return PyBool.From(CompareResult(ia.Value.CompareTo(ib.Value), op));
        bool reflectedFirst = b.ObType != a.ObType && b.ObType.IsSubtypeOf(a.ObType) && b is PyInstance;
        PyObject r;
        if (reflectedFirst)
        {
            r = b.RichCompare(a, Swap(op));
            if (r is not PyNotImplemented) return r;
            Rc.Dec(r);
        }
        r = a.RichCompare(b, op);
        if (r is not PyNotImplemented) return r;
        Rc.Dec(r);
        if (!reflectedFirst)
        {
            r = b.RichCompare(a, Swap(op));
            if (r is not PyNotImplemented) return r;
            Rc.Dec(r);
        }
        if (op == CompareOp.Eq) return PyBool.From(ReferenceEquals(a, b));
        if (op == CompareOp.Ne) return PyBool.From(!ReferenceEquals(a, b));
        throw Err.TypeError($"'{compareSymbols[(int)op]}' not supported between instances of '{a.ObType.MessageName}' and '{b.ObType.MessageName}'");
    }

    public static bool RichCompareBool(PyObject a, PyObject b, CompareOp op)
    {
        var r = RichCompare(a, b, op);
        try { return IsTrue(r); } finally { Rc.Dec(r); }
    }

    /// <summary>a == b as a C# bool, with the identity shortcut CPython's containers use.</summary>
    public static bool EqualsBool(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig) return ia.Value == ib.Value;
        return RichCompareBool(a, b, CompareOp.Eq);
    }

    public static bool LessThan(PyObject a, PyObject b) => RichCompareBool(a, b, CompareOp.Lt);

    // ───────────── arithmetic ─────────────

    static readonly string[] binarySymbols = { "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "|", "^", "&" };
    static readonly string[] inplaceSymbols = { "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=" };

    public static string UnarySymbol(UnaryOpKind op) => op switch { UnaryOpKind.Neg => "-", UnaryOpKind.Pos => "+", UnaryOpKind.Invert => "~", _ => "not" };

    /// <summary>a op b (PyNumber_Add and friends), trying a's method, then b's reflected one.</summary>
    public static PyObject BinaryOp(PyObject a, PyObject b, BinaryOpKind op) => BinaryOp(a, b, op, binarySymbols);

    /// <summary>The operator with its error naming the operator as symbols spells it (+ or +=).</summary>
    static PyObject BinaryOp(PyObject a, PyObject b, BinaryOpKind op, string[] symbols)
    {
        if (a is PyInt ia && b is PyInt ib)
        {
            var n = IntArith.Binary(op, ia, ib);
            if (n is not PyNotImplemented) return n;
            Rc.Dec(n); // ints have no @
            throw Err.TypeError($"unsupported operand type(s) for {symbols[(int)op]}: '{a.ObType.MessageName}' and '{b.ObType.MessageName}'");
        }
        bool rightFirst = b.ObType != a.ObType && b.ObType.IsSubtypeOf(a.ObType) && b is PyInstance;
        PyObject r;
        if (rightFirst)
        {
            r = b.BinaryOp(op, a, true);
            if (r is not PyNotImplemented) return r;
            Rc.Dec(r);
        }
        r = a.BinaryOp(op, b, false);
        if (r is not PyNotImplemented) return r;
        Rc.Dec(r);
        if (!rightFirst && b.ObType != a.ObType)
        {
            r = b.BinaryOp(op, a, true);
            if (r is not PyNotImplemented) return r;
            Rc.Dec(r);
        }
        return SequenceFallback(a, b, op) ?? throw Err.TypeError($"unsupported operand type(s) for {symbols[(int)op]}: '{a.ObType.MessageName}' and '{b.ObType.MessageName}'");
    }

    /// <summary>What CPython's sequence slots do once both operands' number methods declined
    /// (so a class's __radd__ or __rmul__ is tried before): + of a str, bytes, bytearray,
    /// list or tuple with something else is the sequence's own error; * repeats by an object
    /// with __index__, or is "can't multiply sequence by non-int". Null when neither is a sequence.</summary>
    static string SequenceKind(PyObject o) => BuiltinSubclass.Unwrap(o) switch
    {
        PyStr => "str", PyList => "list", PyTuple => "tuple", PyBytes => "bytes", PyByteArray => "bytearray", _ => null,
    };

    /// <summary>What seq.__add__(x) and seq.__mul__(x) called as methods give when the
    /// sequence declined x: CPython's sequence slots raise rather than return NotImplemented.</summary>
    public static PyObject SequenceMethodResult(PyObject self, PyObject other, BinaryOpKind op, PyObject result)
    {
        if (result is not PyNotImplemented || SequenceKind(self) is not { } kind) return result;
        if (op == BinaryOpKind.Add)
        {
            Rc.Dec(result);
            throw Err.TypeError(kind is "bytes" or "bytearray" ? $"can't concat {other.ObType.Name} to {kind}" : $"can only concatenate {kind} (not \"{other.ObType.Name}\") to {kind}");
        }
        if (op != BinaryOpKind.Mul) return result;
        Rc.Dec(result);
        if (!(other is PyInstance && other.ObType.Lookup("__index__") != null))
            throw Err.TypeError($"'{other.ObType.Name}' object cannot be interpreted as an integer");
        var count = PyInt.New(IndexOf(other, ""));
        try { return BuiltinSubclass.Unwrap(self).BinaryOp(BinaryOpKind.Mul, count, false); }
        finally { Rc.Dec(count); }
    }

    static PyObject SequenceFallback(PyObject a, PyObject b, BinaryOpKind op)
    {
        static string Kind(PyObject o) => SequenceKind(o);
        if (op == BinaryOpKind.Add && Kind(a) is { } kind)
            throw Err.TypeError(kind is "bytes" or "bytearray" ? $"can't concat {b.ObType.Name} to {kind}" : $"can only concatenate {kind} (not \"{b.ObType.Name}\") to {kind}");
        if (op != BinaryOpKind.Mul) return null;
        var (sequence, count) = Kind(a) != null ? (a, b) : Kind(b) != null ? (b, a) : (null, null);
        if (sequence == null) return null;
        if (count is PyInstance && count.ObType.Lookup("__index__") != null)
        {
            var n = PyInt.New(IndexOf(count, ""));
            try { return BuiltinSubclass.Unwrap(sequence).BinaryOp(BinaryOpKind.Mul, n, false); }
            finally { Rc.Dec(n); }
        }
        throw Err.TypeError($"can't multiply sequence by non-int of type '{count.ObType.Name}'");
    }

    /// <summary>a op= b: the in-place method when the type has one, else the binary operator.</summary>
    public static PyObject InPlaceOp(PyObject a, PyObject b, BinaryOpKind op)
    {
        if (a is PyInt && b is PyInt) return BinaryOp(a, b, op, inplaceSymbols);
        var r = a.InPlaceOp(op, b);
        if (r != null) return r;
        return BinaryOp(a, b, op, inplaceSymbols);
    }

    public static PyObject UnaryOp(PyObject a, UnaryOpKind op)
    {
        if (op == UnaryOpKind.Not) return PyBool.From(!IsTrue(a));
        return a.UnaryOp(op);
    }

    // ───────────── attributes ─────────────

    public static PyObject GetAttr(PyObject o, PyStr name) => o.GetAttr(name);
    public static PyObject GetAttr(PyObject o, string name) => o.GetAttr(PyStr.Intern(name));

    /// <summary>getattr(o, name, None)-like: null instead of AttributeError.</summary>
    public static PyObject GetAttrOrNull(PyObject o, string name) => o.GetAttrOrNull(PyStr.Intern(name));

    public static void SetAttr(PyObject o, PyStr name, PyObject value) => o.SetAttr(name, value);

    // ───────────── containers ─────────────

    public static long Length(PyObject o)
    {
        long n = o.LengthOrMinusOne();
        if (n < 0) throw Err.TypeError($"object of type '{o.ObType.Name}' has no len()");
        return n;
    }

    /// <summary>An integer index from a subscript key, or TypeError with message.</summary>
    public static long IndexOf(PyObject key, string message)
    {
        if (key is PyInt i)
        {
            if (i.IsBig) throw Err.IndexError("cannot fit 'int' into an index-sized integer");
            return i.Value;
        }
        if (key.TryIndex(out long v)) return v;
        throw Err.TypeError(message + ", not " + key.ObType.Name);
    }

    public static bool ContainsByIteration(PyObject container, PyObject item)
    {
        PyObject it;
        try { it = GetIter(container); }
        catch (PyRaise e) when (e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.TypeError)
                                && container.ObType.Lookup("__iter__") == null && container.ObType.Lookup("__getitem__") == null)
        {
            // Neither a container nor iterable: CPython words `in` on it so.
            Rc.Dec(e.TakeException());
            throw Err.TypeError($"argument of type '{container.ObType.Name}' is not iterable");
        }
        try
        {
            PyObject x;
            while ((x = it.Next()) != null)
            {
                try { if (EqualsBool(x, item)) return true; }
                finally { Rc.Dec(x); }
            }
            return false;
        }
        finally { Rc.Dec(it); }
    }

    public static PyObject GetIter(PyObject o) => o.Iter();

    /// <summary>The next item (new reference) or null at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Next(PyObject iterator) => iterator.Next();

    /// <summary>All items of an iterable as owned references.</summary>
    public static PyObject[] ToArray(PyObject iterable) => ToArray(iterable, null);

    /// <summary>ToArray, with the TypeError for an object that cannot be iterated worded as
    /// notIterable says (CPython's PySequence_Fast: "can only assign an iterable").</summary>
    public static PyObject[] ToArray(PyObject iterable, string notIterable)
    {
        if (iterable is PyTuple t)
        {
            var a = new PyObject[t.Items.Length];
            for (int i = 0; i < a.Length; i++) a[i] = Rc.New(t.Items[i]);
            return a;
        }
        if (iterable is PyList l)
        {
            var a = new PyObject[l.Count];
            for (int i = 0; i < a.Length; i++) a[i] = Rc.New(l.Items[i]);
            return a;
        }
        var list = new List<PyObject>();
        PyObject it;
        try { it = GetIter(iterable); }
        catch (PyRaise e) when (notIterable != null && e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.TypeError))
        {
            Rc.Dec(e.TakeException());
            throw Err.TypeError(notIterable);
        }
        try
        {
            PyObject x;
            while ((x = it.Next()) != null) list.Add(x);
        }
        catch
        {
            foreach (var o in list) Rc.Dec(o);
            throw;
        }
        finally { Rc.Dec(it); }
        return list.ToArray();
    }

    public static PyTuple ToTuple(PyObject iterable)
    {
        if (iterable is PyTuple t && t.ObType == PyTuple.Type) return Rc.New(t);
        var items = ToArray(iterable);
        var r = PyTuple.New(items.Length);
        for (int i = 0; i < items.Length; i++) r.Items[i] = items[i];
        return r;
    }

    public static PyList ToList(PyObject iterable)
    {
        // Sized at once from a sequence whose length is known, as CPython's list() is (so
        // the list has no spare room; sys.getsizeof shows it).
        long known = iterable is PyList or PyTuple or PyRange ? iterable.LengthOrMinusOne() : -1;
        var l = PyList.New(known > 0 && known <= 1 << 20 ? (int)known : 0);
        try { l.Extend(iterable); }
        catch { Rc.Dec(l); throw; }
        return l;
    }

    // ───────────── calls ─────────────

    public static PyObject Call(PyObject f) => f.Call(ReadOnlySpan<PyObject>.Empty, null);
    public static PyObject Call(PyObject f, PyObject a) => f.Call(new[] { a }, null);
    public static PyObject Call(PyObject f, PyObject a, PyObject b) => f.Call(new[] { a, b }, null);
    public static PyObject Call(PyObject f, ReadOnlySpan<PyObject> args, PyTuple kwnames = null) => f.Call(args, kwnames);

    /// <summary>Calls a function found on a class with self as the first argument.</summary>
    public static PyObject CallWithSelf(PyObject func, PyObject self, ReadOnlySpan<PyObject> args, PyTuple kwnames)
    {
        if (func is PyFunction f) return Interpreter.CallFunction(ThreadState.Current, f, self, args, kwnames);
        if (func is PyMethodDescriptor d) return d.CallBound(self, args, kwnames);
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        return func.Call(all, kwnames);
    }

    /// <summary>Looks a method up on o's type and calls it with o as self (for dunder calls).</summary>
    public static PyObject CallMethod(PyObject o, string name, params PyObject[] args)
    {
        var f = o.ObType.Lookup(name);
        if (f == null) throw Err.AttributeMissing(o, PyStr.Intern(name));
        if (f is PyFunction || f is PyMethodDescriptor) return CallWithSelf(f, o, args, null);
        var bound = f.DescrGet(o, o.ObType);
        try { return bound.Call(args, null); } finally { Rc.Dec(bound); }
    }

    public static bool IsCallable(PyObject o) => o.IsCallable || o is PyType;

    // ───────────── types ─────────────

    public static bool IsInstance(PyObject o, PyType t) => o.ObType.IsSubtypeOf(t);
}
