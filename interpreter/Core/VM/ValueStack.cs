// Stores into a frame's slots (its locals, cells and value stack) without the runtime's
// array covariance check. A store into a PyObject[] of, say, a PyInt makes .NET confirm that
// the array really accepts PyInts, because an array of a subclass could hide behind the
// PyObject[] type; that check costs a helper call on every push of the eval loop. A frame's
// slots are always allocated as exactly PyObject[] (FramePool), so the check can never fail,
// and writing through a reference to the element skips it. The index is still checked.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class ValueStack
{
    /// <summary>The slot s[i], for a store: `Slot(s, sp++) = value`.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref PyObject Slot(PyObject[] s, int i)
    {
        if ((uint)i >= (uint)s.Length) ThrowOutOfRange();
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), (nint)(uint)i);
    }

    static void ThrowOutOfRange() => throw new IndexOutOfRangeException();
}
