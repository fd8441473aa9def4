// Futex: sleeping until a word of memory changes, the way Linux's own locks do. A waiter
// says "put me to sleep while this 32-bit word still holds the value I last saw"; the
// kernel checks the word and queues the thread in one step, so a wake that happens between
// the waiter's last look and its sleep is never lost (the kernel sees the changed word and
// returns at once). A waker changes the word first and then asks the kernel to wake the
// sleepers queued on that address.
//
// The words used here live in memory mapped by several processes (SemaphoreTable), so the
// calls are the process-shared variants (no FUTEX_PRIVATE_FLAG): the kernel keys the queue
// by the physical page, and a sleeper in one process is woken by a waker in another.
//
// Where the futex system call is missing (another OS, another architecture) waits fall back
// to short sleeps: slower to hand over, but still correct, because every caller re-checks
// the word after waking.
using System.Runtime.InteropServices;

namespace MiniPy.Stdlib;

static unsafe class Futex
{
    const int FutexWait = 0;
    const int FutexWake = 1;
    const int ENOSYS = 38;

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // syscall(2) with the futex argument list; glibc's syscall is plain assembly that moves
    // its arguments into registers, so declaring it with fixed arguments is safe.
    [DllImport("libc", EntryPoint = "syscall", SetLastError = true)]
    static extern long SysCall(long number, int* word, int op, int value, TimeSpec* timeout, IntPtr word2, int value3);

    static readonly long futexNumber = !OperatingSystem.IsLinux() ? -1 : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 202,
        Architecture.Arm64 => 98,
        _ => -1,
    };

    static bool available = futexNumber > 0;

    /// <summary>Sleeps while *word == expected, for at most milliseconds. May return early
    /// (a wake, a signal, a changed word): the caller re-checks.</summary>
    public static void Wait(int* word, int expected, int milliseconds)
    {
        if (available)
        {
            try
            {
                var limit = new TimeSpec { Seconds = milliseconds / 1000, Nanoseconds = milliseconds % 1000 * 1_000_000L };
                if (SysCall(futexNumber, word, FutexWait, expected, &limit, IntPtr.Zero, 0) == 0) return;
                if (Marshal.GetLastPInvokeError() != ENOSYS) return;
            }
            catch (EntryPointNotFoundException) { }
            catch (DllNotFoundException) { }
            available = false;
        }
        if (Volatile.Read(ref *word) == expected) Thread.Sleep(Math.Min(milliseconds, 1));
    }

    /// <summary>Wakes up to count threads sleeping on word, in any process.</summary>
    public static void Wake(int* word, int count)
    {
        if (!available) return;
        try { SysCall(futexNumber, word, FutexWake, count, null, IntPtr.Zero, 0); }
        catch (EntryPointNotFoundException) { available = false; }
        catch (DllNotFoundException) { available = false; }
    }
}
