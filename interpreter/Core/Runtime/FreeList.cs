// A per-type free list: the storage of deallocated objects, kept for the next allocation of
// the same type. Reuse is what makes a too-low reference count visible: the freed object
// silently becomes the next one allocated.
namespace MiniPy.Runtime;

public sealed class FreeList<T> where T : PyObject
{
    readonly T[] items;
    int count;

    public FreeList(int capacity) { items = new T[capacity]; }

    /// <summary>Takes a freed object, or null when the list is empty.</summary>
    public T Pop()
    {
        int n = count - 1;
        if ((uint)n >= (uint)items.Length) return null;
        count = n;
        var o = items[n];
        items[n] = null;
        return o;
    }

    /// <summary>Keeps a freed object; returns false when the list is full.</summary>
    public bool Push(T o)
    {
        int n = count;
        if ((uint)n >= (uint)items.Length) return false;
        items[n] = o;
        count = n + 1;
        return true;
    }

    public int Count => count;
}
