// ProcessSemaphore: a counting semaphore in two 32-bit words of memory that several
// processes share (a SemaphoreTable slot): the number of permits, and how many threads, in
// any process, are asleep waiting for one.
//
// Taking a permit that is there is one compare-and-swap on the first word: no system call,
// no message, no lock. Only a thread that finds no permit goes to sleep, and it does so on
// the first word with a futex (see Futex.cs): it registers as a sleeper, looks once more,
// and sleeps only while the word still reads 0. A release adds the permit first and then,
// only if the sleeper count is not zero, wakes one sleeper. Because the sleeper registers
// before its last look and the releaser adds before it checks for sleepers (both with full
// fences), at least one of them sees the other: a wake-up cannot be lost.
//
// A woken thread may find the permit already gone (taken by a thread that arrived on the
// fast path); it simply sleeps again. Sleeps are cut into slices so that a Ctrl-C, an
// interpreter shutting down or a timeout is noticed promptly.
using System.Diagnostics;

namespace MiniPy.Stdlib;

readonly unsafe struct ProcessSemaphore
{
    const int SliceMilliseconds = 50;
    readonly int* permits;
    readonly int* sleepers;

    public ProcessSemaphore(int* slot)
    {
        permits = slot;
        sleepers = slot + 1;
    }

    public int Value => Volatile.Read(ref *permits);

    public void Initialize(int value) => Volatile.Write(ref *permits, value);

    /// <summary>Takes a permit if one is there, at once.</summary>
    public bool TryAcquire()
    {
        int v;
        while ((v = Volatile.Read(ref *permits)) > 0)
            if (Interlocked.CompareExchange(ref *permits, v - 1, v) == v) return true;
        return false;
    }

    /// <summary>Sleeps until a permit is taken (true), or until the timeout (seconds,
    /// negative for none) passes or cancel fires (false). Called with the GIL released.</summary>
    public bool Wait(double timeout, CancellationToken cancel)
    {
        // Timeouts too long to count in ticks (about 29,000 years and more) never end.
        double ticks = timeout * Stopwatch.Frequency;
        long deadline = timeout < 0 || ticks >= long.MaxValue / 2 ? long.MaxValue : Stopwatch.GetTimestamp() + (long)ticks;
        Interlocked.Increment(ref *sleepers);
        try
        {
            while (true)
            {
                if (TryAcquire()) return true;
                if (cancel.IsCancellationRequested) return false;
                long now = Stopwatch.GetTimestamp();
                if (now >= deadline) return false;
                long left = (long)Math.Ceiling((deadline - now) * 1000.0 / Stopwatch.Frequency);
                Futex.Wait(permits, 0, (int)Math.Clamp(left, 1, SliceMilliseconds));
            }
        }
        finally { Interlocked.Decrement(ref *sleepers); }
    }

    /// <summary>Adds a permit unless there are already max; false when there were.</summary>
    public bool Release(int max)
    {
        int v;
        do
        {
            v = Volatile.Read(ref *permits);
            if (v >= max) return false;
        } while (Interlocked.CompareExchange(ref *permits, v + 1, v) != v);
        if (Volatile.Read(ref *sleepers) > 0) Futex.Wake(permits, 1);
        return true;
    }
}
