// ObjectSizes: what sys.getsizeof and __sizeof__ report — the sizes CPython 3.11 gives its
// own objects on a 64-bit build, not the sizes of MiniPy's .NET objects (those depend on the
// runtime, and a program that prints getsizeof to compare a list with a generator, or an int
// with a bigger one, should see what it sees under CPython).
//
// The model follows CPython's layouts: an object header of 16 bytes, 16 more in front of
// every object the cycle collector tracks (getsizeof adds that, __sizeof__ does not), an int
// of 30-bit digits, a str of one, two or four bytes a character by its widest one, a list's
// spare room, a dict's index and entry tables, a set's table. A container's spare room is
// CPython's, worked out from its length as CPython's growth rules would have left it after
// items were added one at a time (a list literal, which CPython sizes exactly, rounded up to
// an even count) — MiniPy's own tables grow by other rules.
using System.Numerics;

namespace MiniPy.Runtime;

public static class ObjectSizes
{
    /// <summary>The cycle collector's header in front of a tracked object.</summary>
    const int GcHeader = 16;

    /// <summary>sys.getsizeof(o) for a built-in object: its __sizeof__ plus what CPython
    /// keeps in front of it (see PreHeader).</summary>
    public static long GetSizeOf(PyObject o) => SizeOf(o) + PreHeader(o);

    /// <summary>What CPython keeps in front of an object: the collector's header for the
    /// kinds it tracks (all but numbers, strings, bytes, the singletons, ranges and plain
    /// object()s), and for an instance with a __dict__ two more pointers.</summary>
    public static long PreHeader(PyObject o)
    {
        if (o is PyInt or PyFloat or PyComplex or PyStr or PyBytes or PyByteArray or PyNone or PyEllipsis or PyNotImplemented or PyRange or PyObjectInstance)
            return 0;
        if (o is PyInstance inst && inst.ObType.InstancesHaveDict) return GcHeader + 16;
        return GcHeader;
    }

    /// <summary>o.__sizeof__() for a built-in object.</summary>
    public static long SizeOf(PyObject o) => o switch
    {
        PyBool => 28,
        PyInt i => 24 + 4 * Math.Max(1L, (BitLength(i) + 29) / 30),
        PyFloat => 24,
        PyComplex => 32,
        PyStr s => StrSize(s.Value),
        PyBytes b => 33 + b.Value.Length,
        PyByteArray ba => 56 + (ba.LengthOrMinusOne() == 0 ? 0 : ba.LengthOrMinusOne() + 1),
        PyTuple t => 24 + 8L * t.Items.Length,
        PyList l => 40 + 8L * ListAllocated(l),
        PyDict d => DictSize(d),
        PySet set => 200 + SetTableExtra(set.Count),
        PyNone or PyEllipsis or PyNotImplemented => 16,
        PyRange => 48,
        PySlice => 40,
        PyFunction => 136,
        PyModule => 56,
        PyType => 408,
        PyInstance inst => InstanceSize(inst.ObType),
        PyObjectInstance => 16,
        _ => 32,
    };

    static long BitLength(PyInt i) => (long)BigInteger.Abs(i.AsBig).GetBitLength();

    /// <summary>A compact str: 48 bytes of header and a terminating character, ASCII in one
    /// byte a character, else 72 bytes of header and the widest character's width.</summary>
    static long StrSize(string s)
    {
        int widest = 0, count = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { c = char.ConvertToUtf32(s[i], s[i + 1]); i++; }
            widest = Math.Max(widest, c);
            count++;
        }
        if (widest < 0x80) return 49 + count;
        int width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
        return 72 + (long)width * (count + 1);
    }

    /// <summary>The slots CPython's list would have: a list sized at once (a literal, list(x))
    /// holds its items exactly, rounded up to an even count above two; one grown by appends
    /// has the room list_resize leaves, size + size/8 + 6 rounded down to a multiple of 4.</summary>
    static long ListAllocated(PyList l)
    {
        long n = l.Count;
        if (n == 0) return 0;
        if (l.Items.Length == n) return n <= 2 ? n : (n + 1) & ~1L;
        long allocated = 0;
        while (allocated < n)
        {
            long size = allocated + 1;
            allocated = (size + (size >> 3) + 6) & ~3L;
        }
        return allocated;
    }

    /// <summary>A dict: 48 bytes, and once it holds something a keys table of 32 bytes, an
    /// index per slot (1, 2, 4 or 8 bytes by the table's size) and two thirds of the slots'
    /// worth of entries (16 bytes when every key is a str, else 24). Grown as insertions
    /// grow it: a full table is replaced by one of the least power of two ≥ 3 × used.</summary>
    static long DictSize(PyDict d)
    {
        long used = d.Count;
        if (used == 0) return 48;
        long size = 8;
        while (Usable(size) < used) size = NextPowerOfTwo(Usable(size) * 3);
        bool strKeys = true;
        for (int i = 0; i < d.EntryCount && strKeys; i++)
            if (d.Entries[i].Key != null && d.Entries[i].Key.GetType() != typeof(PyStr)) strKeys = false;
        int indexBytes = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000L ? 4 : 8;
        return 48 + 32 + size * indexBytes + Usable(size) * (strKeys ? 16 : 24);
    }

    static long Usable(long size) => size * 2 / 3;

    static long NextPowerOfTwo(long n)
    {
        long p = 8;
        while (p < n) p <<= 1;
        return p;
    }

    /// <summary>A set keeps 8 slots inside its 200 bytes; a larger table (16 bytes a slot) is
    /// allocated apart. Adding the item that fills three fifths of the table grows it to the
    /// least power of two above four times the items.</summary>
    static long SetTableExtra(long used)
    {
        long mask = 7;
        while (true)
        {
            // The least fill with fill * 5 >= mask * 3 is the one whose add grows the table.
            long fill = (mask * 3 + 4) / 5;
            if (fill > used) break;
            long minUsed = fill > 50000 ? fill * 2 : fill * 4;
            long size = 8;
            while (size <= minUsed) size <<= 1;
            mask = size - 1;
        }
        return mask > 7 ? (mask + 1) * 16 : 0;
    }

    /// <summary>An instance of a class: a header and a slot for each __slots__ name, or with a
    /// __dict__ the weak-reference slot (the dict's pointers are in front, see PreHeader).</summary>
    static long InstanceSize(PyType type)
        => type.InstancesHaveDict ? 24 : 16 + 8L * type.SlotCount;
}
