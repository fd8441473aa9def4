// int: arbitrary-precision integers with machine-word fast paths. A value that fits in a
// long is kept in Value; one that fits in 128 bits in Value and High (an Int128, "wide": no
// BigInteger, so no array to allocate for the sums and products that just outgrow a long);
// larger ones in a BigInteger. Small ints -5..256 are shared singletons.
//
// Int128 arithmetic is kept inside the few methods marked "wide" below, each never inlined:
// ahead-of-time (ReadyToRun) compilation refuses any method that passes an Int128 to a call
// (the type's calling convention may change between runtime versions), and a refused method
// starts out as the JIT's slowest code. Confined so, only those methods wait for the JIT, and
// only when a program's ints outgrow 64 bits; the rest of int (and the eval loop that calls
// it) starts precompiled.
using System.Numerics;
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime;

public class PyInt : PyObject
{
    public static PyType Type;
    public override bool AllowsMethodFastPath => true;
    const int SmallMin = -5, SmallMax = 256;
    static readonly PyInt[] small = new PyInt[SmallMax - SmallMin + 1];
    static readonly FreeList<PyInt> free = new(1024);

    /// <summary>The value when !IsBig; the low 64 bits of Wide when IsWide.</summary>
    public long Value;
    long high;
    BigInteger big;
    /// <summary>Outside a long's range: the value is Big (and Wide, when IsWide).</summary>
    public bool IsBig;
    /// <summary>IsBig, and within an Int128's range: kept as Wide, no BigInteger made.</summary>
    public bool IsWide;

    /// <summary>The value of an IsBig int (made on demand for a wide one).</summary>
    public BigInteger Big => IsWide ? WideToBig() : big;

    [MethodImpl(MethodImplOptions.NoInlining)]
    BigInteger WideToBig() => (BigInteger)Wide;

    /// <summary>The value of an IsWide int.</summary>
    public Int128 Wide => new((ulong)high, (ulong)Value);

    /// <summary>Whether the value fits in an Int128 (a long or a wide int).</summary>
    public bool FitsWide => !IsBig || IsWide;

    /// <summary>The value when FitsWide.</summary>
    public Int128 AsWide => IsBig ? Wide : Value;

    static readonly BigInteger WideMin = -(BigInteger.One << 127), WideMax = (BigInteger.One << 127) - 1;

    protected PyInt() { }

    internal static void InitSmallInts()
    {
        for (int i = SmallMin; i <= SmallMax; i++)
            small[i - SmallMin] = new PyInt { Value = i, ObType = Type, IsStatic = true };
    }

    /// <summary>A new reference to the int v.</summary>
    public static PyInt New(long v) => New(v, 0);

    /// <summary>Whether v is one of the shared small ints (-5..256), which New hands out.</summary>
    public static bool IsSmall(long v) => (ulong)(v - SmallMin) <= (ulong)(SmallMax - SmallMin);

    /// <summary>New for a caller that knows its thread's biased-count id (0: look it up).</summary>
    public static PyInt New(long v, int thread)
    {
        if ((ulong)(v - SmallMin) <= (ulong)(SmallMax - SmallMin))
        {
            var s = small[v - SmallMin];
            if (thread != 0) Rc.Inc(s, thread);
            else Rc.Inc(s);
            return s;
        }
        var o = free.Pop(thread);
        o ??= new PyInt();
        o.ObType = Type;
        o.Value = v;
        o.IsBig = false;
        o.IsWide = false;
        Heap.Allocated(Type);
        return o;
    }

    /// <summary>A new reference to the int v (wide; fully optimized at once, see
    /// IntArith.WideBinary).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PyInt New(Int128 v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return New((long)v, 0);
        var o = free.Pop();
        o ??= new PyInt();
        o.ObType = Type;
        o.Value = (long)(ulong)v;
        o.high = (long)(v >> 64);
        o.IsBig = true;
        o.IsWide = true;
        Heap.Allocated(Type);
        return o;
    }

    public static PyInt New(BigInteger b)
    {
        if (b >= long.MinValue && b <= long.MaxValue) return New((long)b);
        if (b >= WideMin && b <= WideMax) return NewWide(b);
        var o = free.Pop();
        o ??= new PyInt();
        o.ObType = Type;
        o.big = b;
        o.IsBig = true;
        o.IsWide = false;
        Heap.Allocated(Type);
        return o;
    }

    /// <summary>New for a b within an Int128's range (wide).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static PyInt NewWide(BigInteger b) => New((Int128)b);

    /// <summary>Gives an int that only its one owner references (the eval loop checks that)
    /// a new value in place of freeing it and allocating another: v is never a small int,
    /// which must stay the shared one.</summary>
    internal void AssignInPlace(long v)
    {
        Value = v;
        if (IsBig)
        {
            IsBig = IsWide = false;
            high = 0;
            big = default;
        }
    }

    /// <summary>A borrowed reference to a shared small int; -5 &lt;= v &lt;= 256.</summary>
    public static PyInt Small(int v) => small[v - SmallMin];

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        if (Heap.PoisonFreed) { Poison.Mark(this); return; }
        big = default;
        free.Push(this);
    }

    public BigInteger AsBig => IsBig ? Big : Value;

    public override string Repr()
    {
        if (!IsBig) return Value.ToString();
        if (IsWide) return WideRepr();
        try { Text.NumberParsing.CheckDecimalDigits(Big); }
        catch (Text.FormatValueException e) { throw Err.ValueError(e.Message); }
        return Big.ToString();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    string WideRepr() => Wide.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override bool IsTrue() => IsBig || Value != 0;

    public override long Hash()
    {
        if (!IsBig) return HashLong(Value);
        const long modulus = (1L << 61) - 1;
        if (IsWide) return HashWide();
        var m = BigInteger.Remainder(BigInteger.Abs(Big), modulus);
        long h = (long)m;
        if (Big.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /// <summary>Hash of a wide int: |w| mod 2**61-1 with w's sign (Int128.MinValue's
    /// magnitude, 2**127, taken as unsigned).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    long HashWide()
    {
        const long modulus = (1L << 61) - 1;
        var w = Wide;
        long hw = (long)((UInt128)(w < 0 ? -w : w) % (UInt128)modulus);
        if (w < 0) hw = -hw;
        return hw == -1 ? -2 : hw;
    }

    public static long HashLong(long v)
    {
        const long modulus = (1L << 61) - 1;
        if (v >= 0 && v < modulus) return v;
        long h = v == long.MinValue ? -(long)((1UL << 63) % (ulong)modulus) : (v < 0 ? -((-v) % modulus) : v % modulus);
        return h == -1 ? -2 : h;
    }

    public override bool TryIndex(out long value)
    {
        if (IsBig) throw Err.New(ErrorTypes.OverflowError, "Python int too large to convert to C ssize_t");
        value = Value;
        return true;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyInt o)
        {
            int c = !IsBig && !o.IsBig ? Value.CompareTo(o.Value)
                : FitsWide && o.FitsWide ? CompareWide(o)
                : AsBig.CompareTo(o.AsBig);
            return PyBool.From(Ops.CompareResult(c, op));
        }
        if (other is PyFloat f) return PyFloat.CompareWithInt(f.Value, this, Ops.Swap(op));
        return Rc.New(PyNotImplemented.Instance);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    int CompareWide(PyInt o) => AsWide.CompareTo(o.AsWide);

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (other is PyInt o)
            return reflected ? IntArith.Binary(op, o, this) : IntArith.Binary(op, this, o);
        return Rc.New(PyNotImplemented.Instance);
    }

    public override PyObject UnaryOp(UnaryOpKind op)
    {
        switch (op)
        {
            case UnaryOpKind.Neg:
                if (!IsBig && Value != long.MinValue) return New(-Value);
                return New(-AsBig);
            case UnaryOpKind.Pos: return IsBig ? New(Big) : New(Value);
            case UnaryOpKind.Invert: return IsBig ? New(-Big - 1) : New(~Value);
        }
        return base.UnaryOp(op);
    }

    /// <summary>The nearest float (ties to even), as float(n) and mixed arithmetic round it;
    /// OverflowError past the float range. (BigInteger's own conversion truncates.)</summary>
    public double ToDouble()
    {
        if (!IsBig) return Value;
        try { return Text.IntegerConversion.ToDouble(Big); }
        catch (Text.FormatValueException e) { throw Err.New(ErrorTypes.OverflowError, e.Message); }
    }
}

/// <summary>bool: the two singletons True and False, a subclass of int.</summary>
public sealed class PyBool : PyInt
{
    public static new PyType Type;
    public static PyBool True, False;

    PyBool() { }

    internal static void InitSingletons()
    {
        True = new PyBool { Value = 1, ObType = Type, IsStatic = true };
        False = new PyBool { Value = 0, ObType = Type, IsStatic = true };
    }

    /// <summary>A new reference to True or False.</summary>
    public static PyBool From(bool b)
    {
        var o = b ? True : False;
        if (!Heap.ImmortalSingletons) Rc.Inc(o); // an immortal's count never moves
        return o;
    }

    public override string Repr() => Value != 0 ? "True" : "False";

    public override PyObject BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (other is PyBool ob && (op == BinaryOpKind.And || op == BinaryOpKind.Or || op == BinaryOpKind.Xor))
        {
            bool a = Value != 0, b = ob.Value != 0;
            return From(op == BinaryOpKind.And ? a & b : op == BinaryOpKind.Or ? a | b : a ^ b);
        }
        return base.BinaryOp(op, other, reflected);
    }
}
