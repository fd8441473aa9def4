// SharedMemoryBlock: the named block under multiprocessing.shared_memory.SharedMemory — a
// file in /dev/shm, as POSIX shm_open makes on Linux, so the name `psm_1a2b` is the file
// /dev/shm/psm_1a2b and any process (MiniPy's or another program's) can attach to it by
// name. Its bytes are mapped into the process; a memoryview over the block (the `buf`
// attribute) reads and writes them in place, with no copy and no message. The block stays
// until someone unlinks the name, as with CPython; closing only unmaps it here.
using System.IO.MemoryMappedFiles;
using MiniPy.Runtime;

namespace MiniPy.Stdlib;

public sealed class SharedMemoryBlock : PyObject, IByteStore
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("SharedMemoryBlock", "_multiprocessing", AddMethods);
    const int ENOENT = 2, EEXIST = 17;

    MemoryMappedFile file;
    volatile MemoryMappedViewAccessor view;
    int length;
    /// <summary>The name it was opened by ("/psm_1a2b...").</summary>
    public string Name { get; private set; }

    public int ByteLength => length;
    public bool IsOpen => view != null;

    static string Folder => Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();

    /// <summary>The file that stands for a name; a name is one path component, as POSIX wants.</summary>
    static string PathOf(string name)
    {
        string bare = name.StartsWith('/') ? name[1..] : name;
        if (bare.Length == 0 || bare.Contains('/') || bare.Contains('\0'))
            throw PyFile.OsError(ErrorTypes.OSError, 22, "Invalid argument", "/" + bare);
        return System.IO.Path.Combine(Folder, bare);
    }

    /// <summary>Creates the block `name` of `size` zero bytes (FileExistsError if it exists),
    /// or attaches to an existing one (FileNotFoundError if none), whose size is its file's.</summary>
    public static SharedMemoryBlock Open(string name, bool create, long size)
    {
        string path = PathOf(name), shown = "/" + System.IO.Path.GetFileName(path);
        bool created = false;
        try
        {
            if (create)
            {
                if (size > int.MaxValue) throw Err.ValueError("shared memory blocks of 2 GiB or more are not supported");
                if (File.Exists(path)) throw PyFile.OsError(ErrorTypes.FileExistsError, EEXIST, "File exists", shown);
                // Readable and writable by its owner only, as shm_open's mode 0600.
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite };
                using (var fs = new FileStream(path, options))
                {
                    created = true;
                    fs.SetLength(size);
                }
            }
            else
            {
                if (!File.Exists(path)) throw PyFile.OsError(ErrorTypes.FileNotFoundError, ENOENT, "No such file or directory", shown);
                size = new FileInfo(path).Length;
                if (size == 0) throw Err.ValueError("cannot mmap an empty file");
                if (size > int.MaxValue) throw Err.ValueError("shared memory blocks of 2 GiB or more are not supported");
            }
            var f = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite);
            var block = new SharedMemoryBlock { ObType = Type, file = f, view = f.CreateViewAccessor(0, size, MemoryMappedFileAccess.ReadWrite), length = (int)size, Name = shown };
            Heap.Allocated(Type);
            return block;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PyRaise)
        {
            // A block made here but not mapped is removed again; the error is the real one.
            if (created) try { File.Delete(path); } catch (IOException) { }
            if (e is PyRaise) throw;
            if (e is UnauthorizedAccessException) throw PyFile.OsError(ErrorTypes.PermissionError, 13, "Permission denied", shown);
            if (create && !created && File.Exists(path)) throw PyFile.OsError(ErrorTypes.FileExistsError, EEXIST, "File exists", shown);
            throw Err.New(ErrorTypes.OSError, e.Message);
        }
    }

    /// <summary>The block as a child of the fork emulation sees it: attached again by name,
    /// or closed when it was closed in the parent or its name is gone (unlinked) — a real
    /// fork would keep an unlinked block's pages, which a new process cannot reach.</summary>
    public static SharedMemoryBlock ForkCopy(string name, bool open)
    {
        if (open && File.Exists(PathOf(name))) return Open(name, false, 0);
        var closed = new SharedMemoryBlock { ObType = Type, Name = name };
        Heap.Allocated(Type);
        return closed;
    }

    /// <summary>Removes the name; processes that have the block mapped keep their bytes.</summary>
    public static void Unlink(string name)
    {
        string path = PathOf(name);
        if (!File.Exists(path)) throw PyFile.OsError(ErrorTypes.FileNotFoundError, ENOENT, "No such file or directory", "/" + System.IO.Path.GetFileName(path));
        try { File.Delete(path); }
        catch (IOException e) { throw Err.New(ErrorTypes.OSError, e.Message); }
        catch (UnauthorizedAccessException) { throw PyFile.OsError(ErrorTypes.PermissionError, 13, "Permission denied", "/" + System.IO.Path.GetFileName(path)); }
    }

    MemoryMappedViewAccessor Mapped(int index)
    {
        var v = view ?? throw Err.ValueError("operation forbidden on released memoryview object");
        if ((uint)index >= (uint)length) throw Err.IndexError("index out of bounds on dimension 1");
        return v;
    }

    // A block closed by another thread between the check and the access fails as a closed one.
    public byte ReadByte(int index)
    {
        try { return Mapped(index).ReadByte(index); }
        catch (ObjectDisposedException) { throw Err.ValueError("operation forbidden on released memoryview object"); }
    }

    public void WriteByte(int index, byte value)
    {
        try { Mapped(index).Write(index, value); }
        catch (ObjectDisposedException) { throw Err.ValueError("operation forbidden on released memoryview object"); }
    }

    /// <summary>Unmaps the block (its name and bytes stay until unlinked).</summary>
    void Close()
    {
        var v = view;
        view = null;
        v?.Dispose();
        file?.Dispose();
        file = null;
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        Close();
    }

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "close", (self, a, k) =>
        {
            ArgParser.Positional("close", a, k, 0, 0);
            ((SharedMemoryBlock)self).Close();
            return Rc.New(PyNone.Instance);
        });
    }
}
