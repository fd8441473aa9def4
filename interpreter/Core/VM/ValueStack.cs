// Stores into a frame's slots (its locals, cells and value stack) without the runtime's
// array covariance check (see Runtime/ObjectArrays.cs): a frame's slots are always
// allocated as exactly PyObject[] (FramePool), so the check could never fail.
using System.Runtime.CompilerServices;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class ValueStack
{
    /// <summary>The slot s[i], for a store: `Slot(s, sp++) = value`.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref PyObject Slot(PyObject[] s, int i) => ref ObjectArrays.Slot(s, i);
}
