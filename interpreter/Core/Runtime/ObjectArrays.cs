// Stores into arrays of object references without the runtime's array covariance check. A
// store into a PyObject[] of, say, a PyInt makes .NET confirm that the array really accepts
// PyInts, because an array of a subclass could hide behind the PyObject[] type; that check
// costs a helper call on every store. The arrays written through Slot — a frame's slots, a
// list's or tuple's items, a set's table — are always allocated as exactly PyObject[], so the
// check can never fail, and writing through a reference to the element skips it. The index
// is still checked.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MiniPy.Runtime;

public static class ObjectArrays
{
    /// <summary>The element a[i], for a store: `Slot(a, i) = value`. The array must have
    /// been made as a PyObject[], not an array of a subclass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref PyObject Slot(PyObject[] a, int i)
    {
        if ((uint)i >= (uint)a.Length) ThrowOutOfRange();
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), (nint)(uint)i);
    }

    static void ThrowOutOfRange() => throw new IndexOutOfRangeException();
}
