// SemaphoreTable: where the counters of multiprocessing's locks, semaphores, events and
// conditions live. One file in the process's shared-memory folder (see SharedBuffer), mapped
// into every process that uses one of its semaphores, holds 65,536 slots of 16 bytes; a
// semaphore is named across processes by (file path, slot). The first slot is the table's
// header: its first word counts the slots handed out, so a slot is taken with one atomic
// increment and no message to anybody. When a table fills up, the next one is created.
//
// Slots are never reused: a semaphore may still be in use by another process after this
// one dropped it, and nothing tells this process when the last user is gone. The file is
// sparse, so only the pages holding slots in use take memory.
using System.IO.MemoryMappedFiles;
using MiniPy.Runtime;

namespace MiniPy.Stdlib;

sealed unsafe class SemaphoreTable
{
    public const int SlotBytes = 16;
    const int SlotCount = 65536;

    static readonly object tablesLock = new();
    static readonly Dictionary<string, SemaphoreTable> mapped = new();
    static SemaphoreTable own;
    static int tablesCreated;

    public readonly string Path;
    readonly byte* start;
    // Kept so the mapping lives as long as the process: slots are used through raw pointers.
    readonly MemoryMappedFile file;
    readonly MemoryMappedViewAccessor view;

    SemaphoreTable(string path, MemoryMappedFile file)
    {
        Path = path;
        this.file = file;
        view = file.CreateViewAccessor(0, (long)SlotBytes * SlotCount, MemoryMappedFileAccess.ReadWrite);
        byte* p = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
        start = p + view.PointerOffset;
    }

    /// <summary>A fresh slot (zero-filled) in this process's own table.</summary>
    public static (SemaphoreTable table, int slot) Allocate()
    {
        lock (tablesLock)
        {
            while (true)
            {
                own ??= Create();
                int slot = Interlocked.Increment(ref *(int*)own.start);
                if (slot < SlotCount) return (own, slot);
                own = null;
            }
        }
    }

    /// <summary>The table a semaphore received from another process lives in.</summary>
    public static SemaphoreTable Open(string path)
    {
        lock (tablesLock)
        {
            if (mapped.TryGetValue(path, out var t)) return t;
            var info = new FileInfo(path);
            if (!info.Exists || info.Length < (long)SlotBytes * SlotCount)
                throw Err.New(ErrorTypes.FileNotFoundError, "[Errno 2] No such file or directory: semaphore table " + path);
            try { t = new SemaphoreTable(path, MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite)); }
            catch (IOException e) { throw Err.New(ErrorTypes.OSError, e.Message); }
            catch (UnauthorizedAccessException e) { throw Err.New(ErrorTypes.PermissionError, e.Message); }
            mapped[path] = t;
            return t;
        }
    }

    static SemaphoreTable Create()
    {
        var path = System.IO.Path.Combine(SharedBuffer.Folder(), "semaphores" + ++tablesCreated);
        using (var fs = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite)) fs.SetLength((long)SlotBytes * SlotCount);
        var t = new SemaphoreTable(path, MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite));
        mapped[path] = t;
        return t;
    }

    /// <summary>The first word of a slot; the slot's other words follow it.</summary>
    public int* Slot(int slot)
    {
        if (slot <= 0 || slot >= SlotCount) throw Err.ValueError("invalid semaphore slot " + slot);
        return (int*)(start + (long)slot * SlotBytes);
    }
}
