// Biased reference counting (PEP 703), the free-threaded mode's counts (--refcount biased).
//
// ═══════════════════════════ Why counts are biased ═══════════════════════════
//
// Without the GIL a count must change atomically, or two threads' increments are lost (the
// plain mode shows exactly that). But an atomic instruction is dear: it waits for the
// processor's store buffer to drain, and the eval loop changes counts on nearly every
// instruction — with every change atomic, single-threaded code runs about twice as slowly.
// Most objects, though, are only ever touched by the thread that made them. So each object
// has an OWNER (the thread that allocated it) and two counts:
//
//   • RefCount, the LOCAL count: changed only by the owner, with plain instructions;
//   • SharedRefs, the SHARED count: changed by every other thread, with atomic ones.
//
// The object's real count is their sum. Either may be the one that falls: thread A makes a
// list (local 1), thread B takes a reference (shared 1), A drops its own (local 0) — the
// object lives on in B. So reaching zero is decided by a hand-over, never by one count alone:
//
//   • When the LOCAL count reaches zero the owner gives the object up (Heap.LocalCountReachedZero): if
//     the shared count is zero too, nobody else holds it and the owner frees it; otherwise
//     the owner clears its ownership and marks the shared count MERGED. From then on every
//     thread, the old owner too, counts in the shared field alone, and the thread whose
//     decrement takes a merged count to zero frees the object.
//   • The SHARED count may go below zero: A increments locally and hands the reference to
//     B, which gives it up with a shared decrement. That is fine while A still counts its
//     local references — the sum is what counts. But when a shared decrement would take the
//     shared count below zero while it is unmerged, nobody could tell whether the sum has
//     reached zero (the local count is A's alone to read). So B does not decrement: it marks
//     the count QUEUED and hands its reference to A's merge queue. A, at its next check
//     (each call of a Python function, the end of each blocking wait such as a join, every
//     few thousand loop iterations, and before it exits), merges the two counts and drops
//     the queue's reference, freeing the object if that was the last one. If A has already
//     exited, B merges at once: nobody counts locally any more.
//
// A merge (ExplicitMerge, Heap.LocalCountReachedZero) clears the local count and the owner *before* it
// publishes the merged count: from that moment another thread may free the object and its
// storage may be reused, so nothing may be written to it afterwards. It follows that an
// object with an owner is only ever freed by that owner — the free lists use this to find
// the freeing thread's list from the object, without a thread-local lookup.
//
// The shared field keeps its flags in its two low bits, the count above them, as CPython's
// ob_ref_shared does: 0 (nothing), QUEUED (a merge is pending in the owner's queue), MERGED
// (no owner; the shared field is the whole count).
//
// Reads without a lock (the free-threaded mode's dict and list reads) take a reference with
// TryIncLive: the owner increments locally; another thread increments the shared count only
// when it is non-zero and not merged-to-zero. A shared count of exactly zero may be what the
// owner is reading at that moment to decide the object is dead, so those reads give up and
// take the container's lock instead (_Py_TryIncRefShared).
//
// Thread ids here are small numbers handed out once and never reused, so an object owned by
// a thread that has exited is never mistaken for another thread's.
using System.Runtime.CompilerServices;

namespace MiniPy.Runtime;

public static class BiasedCounts
{
    public const int SharedShift = 2;
    /// <summary>One reference in the shared field.</summary>
    public const int SharedOne = 1 << SharedShift;
    public const int FlagMask = 3;
    /// <summary>A merge of the two counts is waiting in the owner's queue.</summary>
    public const int Queued = 2;
    /// <summary>The object has no owner: the shared field holds the whole count.</summary>
    public const int Merged = 3;

    [ThreadStatic] static int currentThreadId;
    [ThreadStatic] static MergeQueue currentQueue;
    static int lastThreadId;
    /// <summary>The merge queue of every thread that owns objects, by thread id.</summary>
    static readonly Dictionary<int, MergeQueue> queues = new();

    /// <summary>This thread's owner id (registered on first use).</summary>
    public static int CurrentThreadId
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int id = currentThreadId;
            return id != 0 ? id : Register();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Register()
    {
        int id = Interlocked.Increment(ref lastThreadId);
        var queue = new MergeQueue();
        lock (queues) queues[id] = queue;
        currentQueue = queue;
        currentThreadId = id;
        return id;
    }

    /// <summary>The current thread's merge queue: its owner checks it now and then.</summary>
    public static MergeQueue CurrentQueue
    {
        get
        {
            _ = CurrentThreadId;
            return currentQueue;
        }
    }

    /// <summary>A thread's last act: merge what others queued for it and give up its id. Its
    /// objects keep the old id; other threads merge them at once from now on.</summary>
    public static void ThreadExiting()
    {
        int id = currentThreadId;
        if (id == 0) return;
        var queue = currentQueue;
        while (true)
        {
            // Merging frees objects, and a __del__ may count more of this thread's objects
            // plainly: the queue is unregistered (after which other threads merge this
            // thread's objects themselves) only once it stays empty.
            queue.MergeAll();
            lock (queues)
            {
                if (!queue.Pending)
                {
                    queues.Remove(id);
                    currentThreadId = 0;
                    currentQueue = null;
                    break;
                }
            }
        }
        ThreadFreeLists.Forget(id); // they hand out objects owned by the old id
    }

    /// <summary>Marks a newly allocated (or reused) object as the current thread's, counted once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Adopt(PyObject o) => Adopt(o, CurrentThreadId);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Adopt(PyObject o, int thread)
    {
        o.RefCount = 1;
        o.SharedRefs = 0;
        o.OwnerThread = thread;
    }

    /// <summary>The object's whole count: local and shared together.</summary>
    public static int CountOf(PyObject o)
    {
        int shared = Volatile.Read(ref o.SharedRefs);
        // A queued reference was given up but is still in the owner's local count.
        return o.RefCount + (shared >> SharedShift) - ((shared & FlagMask) == Queued ? 1 : 0);
    }

    /// <summary>An increment by a thread that does not own the object (never an immortal
    /// singleton: Rc tells those apart first, inline).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void IncNotOwned(PyObject o) => Interlocked.Add(ref o.SharedRefs, SharedOne);

    /// <summary>A decrement by a thread that does not own the object (never an immortal
    /// singleton: Rc tells those apart first, inline).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void DecNotOwned(PyObject o)
    {
        if (Heap.PoisonFreed && Poison.IsPoisoned(o)) { Poison.Report(o, "a release"); return; }
        DecShared(o);
    }

    /// <summary>The owner gives up an object whose local count is zero; true when the whole
    /// count is zero, so the caller frees it.</summary>
    public static bool GiveUpOwnership(PyObject o)
    {
        int shared = Volatile.Read(ref o.SharedRefs);
        if (shared == 0) return true;
        // Ownership is cleared first: a zero owner always means a merged count.
        Volatile.Write(ref o.OwnerThread, 0);
        while (true)
        {
            int merged = (shared & ~FlagMask) | Merged;
            int seen = Interlocked.CompareExchange(ref o.SharedRefs, merged, shared);
            if (seen == shared) return merged == Merged;
            shared = seen;
        }
    }

    /// <summary>A decrement by a thread that does not own the object.</summary>
    static void DecShared(PyObject o)
    {
        int shared = Volatile.Read(ref o.SharedRefs);
        bool queue;
        int next;
        while (true)
        {
            // A zero, unflagged shared count cannot go lower without the owner: queue it.
            queue = shared == 0;
            next = queue ? Queued : shared - SharedOne;
            int seen = Interlocked.CompareExchange(ref o.SharedRefs, next, shared);
            if (seen == shared) break;
            shared = seen;
        }
        if (queue) QueueForOwner(o);
        else if (next == Merged) Heap.ReachedZero(o, 0);
        else if ((next & FlagMask) == Merged && next < 0) Heap.ReachedZero(o, next >> SharedShift);
    }

    /// <summary>Ends a resurrection whose object was merged while its finalizer ran (its
    /// queue was merged): drops the resurrection's reference from the shared count and
    /// tells whether that was the last.</summary>
    internal static bool DropMergedIsLast(PyObject o)
    {
        int shared = Volatile.Read(ref o.SharedRefs);
        while (true)
        {
            int next = shared - SharedOne;
            int seen = Interlocked.CompareExchange(ref o.SharedRefs, next, shared);
            if (seen == shared) return next == Merged;
            shared = seen;
        }
    }

    /// <summary>Hands the caller's reference to o's owner, which merges the counts; if the
    /// owner has exited (or just gave the object up), merges here.</summary>
    static void QueueForOwner(PyObject o)
    {
        int owner = Volatile.Read(ref o.OwnerThread);
        if (owner == 0)
        {
            // The owner merged concurrently: the shared field is now the whole count.
            DecShared(o);
            return;
        }
        lock (queues)
        {
            if (queues.TryGetValue(owner, out var q))
            {
                q.Add(o);
                return;
            }
        }
        // The owner has exited; nobody counts locally any more.
        if (ExplicitMerge(o, -1) == 0) Heap.ReachedZero(o, 0);
    }

    /// <summary>Folds the local count into the shared one, adds extra, marks it merged and
    /// clears ownership; returns the whole count. Only the owner, or anyone once the owner
    /// has exited, may call it: it reads the local count.</summary>
    internal static int ExplicitMerge(PyObject o, int extra)
    {
        // The local count is taken and ownership cleared before the merged count is
        // published: once it is, another thread may free the object and reuse its storage,
        // and a late store here would then damage the new object (CPython's gh-119999).
        int local = o.RefCount;
        o.RefCount = 0;
        Volatile.Write(ref o.OwnerThread, 0);
        int shared = Volatile.Read(ref o.SharedRefs);
        int count;
        while (true)
        {
            count = (shared >> SharedShift) + local + extra;
            int merged = (count << SharedShift) | Merged;
            int seen = Interlocked.CompareExchange(ref o.SharedRefs, merged, shared);
            if (seen == shared) break;
            shared = seen;
        }
        return count;
    }

    /// <summary>_Py_TryIncref: a new reference unless the object is dead or may be dying.</summary>
    public static bool TryInc(PyObject o, int thread)
    {
        if (o.OwnerThread == thread)
        {
            if (o.RefCount <= 0) return false;
            o.RefCount++;
            return true;
        }
        int shared = Volatile.Read(ref o.SharedRefs);
        while (true)
        {
            if (shared == 0 || shared == Merged || (shared & FlagMask) == Merged && shared < 0) return false;
            int seen = Interlocked.CompareExchange(ref o.SharedRefs, shared + SharedOne, shared);
            if (seen == shared) return true;
            shared = seen;
        }
    }
}

/// <summary>One thread's objects waiting for their counts to be merged: other threads put
/// them here when their decrement would have taken an unmerged shared count below zero.
/// Each holds the reference its queuer gave up.</summary>
public sealed class MergeQueue
{
    readonly List<PyObject> items = new();
    /// <summary>Set when something is queued; the owner checks it at cheap points.</summary>
    public volatile bool Pending;

    internal void Add(PyObject o)
    {
        lock (items)
        {
            items.Add(o);
            Pending = true;
        }
    }

    /// <summary>Run by the owner: merge each queued object, dropping the queue's reference.</summary>
    public void MergeAll()
    {
        PyObject[] taken;
        lock (items)
        {
            Pending = false;
            if (items.Count == 0) return;
            taken = items.ToArray();
            items.Clear();
        }
        foreach (var o in taken)
            if (BiasedCounts.ExplicitMerge(o, -1) == 0) Heap.ReachedZero(o, 0);
    }
}
