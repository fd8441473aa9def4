// Per-object locks for the free-threaded mode (--object-locks, part of --free-threaded).
//
// Every list, dict and set has a lock that its mutations take, and so do the reads that
// hand out a reference to one of its items: the reference is taken (the count raised)
// while the lock is held, so no other thread can remove and free that item in between —
// the guarantee a borrowed read under the GIL gets for free. The lock is never held across
// a call into Python code that could block: a value that a store replaces is released
// after the lock is let go (freeing it may run __del__). Key comparisons in dict and set
// lookups can call a class's __eq__ under the lock; the lock is re-entrant, so a __eq__
// that touches the same dict works, as CPython 3.13's per-object critical sections allow.
//
// The lock is a small mutex kept inside the object (ObjectMutex: the owning thread and a
// re-entry depth, 8 bytes), as CPython 3.13 keeps a one-byte PyMutex in every object: taking
// it uncontended is one compare-and-swap, and no lock object is ever allocated — which
// matters when every new instance's attribute dict is written once and dropped. A .NET
// monitor on the object itself would be worse still: an object whose header holds an
// identity hash (ConditionalWeakTable, ReferenceEqualityComparer) always takes the
// monitor's slow path. With the switch off the mutex is never touched and the checks fold
// away (Heap.ObjectLocks is static readonly).
namespace MiniPy.Runtime;

public struct ObjectMutex
{
    int owner;   // the thread holding it (its BiasedCounts id), 0 when free
    int depth;   // re-entries by the owner beyond the first

    public void Enter() => Enter(BiasedCounts.CurrentThreadId);

    /// <summary>Enter for a caller that knows its thread's id (BiasedCounts.CurrentThreadId).</summary>
    public void Enter(int me)
    {
        if (Interlocked.CompareExchange(ref owner, me, 0) == 0) return;
        if (Volatile.Read(ref owner) == me) { depth++; return; }
        var spinner = new SpinWait();
        while (Interlocked.CompareExchange(ref owner, me, 0) != 0) spinner.SpinOnce();
    }

    public void Exit()
    {
        if (depth > 0) { depth--; return; }
        Volatile.Write(ref owner, 0);
    }
}
