// A per-type free list: the storage of deallocated objects, kept for the next allocation of
// the same type. Reuse is what makes a too-low reference count visible: the freed object
// silently becomes the next one allocated. With the GIL on there is one list per type; with
// it off each thread has its own, so threads never contend for it (a freed object is still
// reused, by whichever thread freed it; in the free-threaded mode the reads that skip the
// lock check for this, see Heap.ReusesFreedStorage).
namespace MiniPy.Runtime;

public sealed class FreeList<T> where T : PyObject
{
    readonly T[] items;
    int count;
    /// <summary>This list's slot in each thread's set of free lists.</summary>
    readonly int id;

    public FreeList(int capacity)
    {
        items = new T[capacity];
        id = ThreadFreeLists.NewSlot();
    }

    ThreadFreeLists.Stack Local()
    {
        var all = ThreadFreeLists.Current;
        if (all != null && id < all.Length && all[id] is { } stack) return stack;
        return ThreadFreeLists.Make(id, items.Length);
    }

    /// <summary>The free list of the thread with id `thread` (BiasedCounts.CurrentThreadId),
    /// which must be the running thread: found by id in a shared table, without a
    /// thread-local lookup (on Linux each [ThreadStatic] read is a call into the C library).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    ThreadFreeLists.Stack OfThread(int thread)
    {
        var byOwner = ThreadFreeLists.ByOwner;
        if ((uint)thread < (uint)byOwner.Length && byOwner[thread] is { } all && id < all.Length && all[id] is { } stack) return stack;
        return Local();
    }

    /// <summary>Takes a freed object, or null when the list is empty. Its count is set as a
    /// new object's is: one reference, the caller's.</summary>
    public T Pop() => Pop(0);

    /// <summary>Pop for a caller that knows its thread's id (0: look it up).</summary>
    public T Pop(int thread)
    {
        if (!Heap.ReusesFreedStorage) return null;
        if (Heap.PerThreadFreeLists)
        {
            var local = thread != 0 ? OfThread(thread) : Local();
            if (local.Count == 0) return null;
            var t = System.Runtime.CompilerServices.Unsafe.As<T>(local.Items[--local.Count]);
            local.Items[local.Count] = null;
            // A freed object has a count of zero. Anything else means a thread still held a
            // reference to it and took another after it was freed.
            int stale = t.RefCount;
            if (Heap.WatchesRaces && stale != 0) Heap.ReusedWhileReferenced(t, stale);
            if (Heap.BiasedCounts) BiasedCounts.Adopt(t, local.Owner); // saves a second thread-local lookup
            else Rc.Reborn(t);
            return t;
        }
        int n = count - 1;
        if ((uint)n >= (uint)items.Length) return null;
        count = n;
        var o = items[n];
        items[n] = null;
        Rc.Reborn(o);
        return o;
    }

    /// <summary>items[i] = o without the covariance check an array store of a subclass
    /// costs; i is in range (checked by the caller).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    static void StoreUnchecked<TItem>(TItem[] items, int i, T o) where TItem : class
        => System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(items), i)
            = System.Runtime.CompilerServices.Unsafe.As<TItem>(o);

    /// <summary>Keeps a freed object; returns false when the list is full.</summary>
    public bool Push(T o)
    {
        if (!Heap.ReusesFreedStorage) return false;
        if (Heap.PerThreadFreeLists)
        {
            // With biased counts an object that still has an owner is freed by that owner (a
            // merged object has none; see BiasedCounts): its owner's list is the running
            // thread's, found without a thread-local lookup.
            int owner = Heap.BiasedCounts ? o.OwnerThread : 0;
            var local = owner != 0 ? OfThread(owner) : Local();
            if (local.Count == local.Items.Length) return false;
            StoreUnchecked(local.Items, local.Count++, o);
            return true;
        }
        int n = count;
        if ((uint)n >= (uint)items.Length) return false;
        StoreUnchecked(items, n, o);
        count = n + 1;
        return true;
    }
}

/// <summary>Each thread's own free lists (used with the GIL off), one slot per FreeList. Kept
/// outside the generic class: a thread-static field of a generic type is found through a
/// slow runtime lookup on every access.</summary>
static class ThreadFreeLists
{
    internal sealed class Stack
    {
        public PyObject[] Items;
        public int Count;
        /// <summary>The owning thread's id for biased counts (see BiasedCounts).</summary>
        public int Owner;
    }

    [ThreadStatic] internal static Stack[] Current;
    static int slots;
    /// <summary>With the GIL off: each registered thread's free lists (its Current), by its id.
    /// Read without a lock; replaced by a larger copy when an id outgrows it.</summary>
    internal static volatile Stack[][] ByOwner = new Stack[16][];
    static readonly object byOwnerLock = new();

    internal static int NewSlot() => Interlocked.Increment(ref slots) - 1;

    internal static Stack Make(int id, int capacity)
    {
        var all = Current;
        if (all == null || all.Length <= id)
        {
            Array.Resize(ref all, Math.Max(id + 1, 16));
            Current = all;
            Publish(BiasedCounts.CurrentThreadId, all);
        }
        return all[id] ??= new Stack { Items = new PyObject[capacity], Owner = Heap.BiasedCounts ? BiasedCounts.CurrentThreadId : 0 };
    }

    static void Publish(int owner, Stack[] lists)
    {
        lock (byOwnerLock)
        {
            var table = ByOwner;
            if (owner >= table.Length)
            {
                Array.Resize(ref table, Math.Max(owner + 1, table.Length * 2));
            }
            else table = (Stack[][])table.Clone();
            table[owner] = lists;
            ByOwner = table;
        }
    }

    /// <summary>Forgets this thread's free lists (it is leaving, and gives up its owner id).</summary>
    internal static void Forget(int owner)
    {
        Current = null;
        if (owner != 0) Publish(owner, null);
    }
}
