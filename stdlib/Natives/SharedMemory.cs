// SharedMemory: the storage under multiprocessing.Value and Array — a file in /dev/shm (a
// RAM-backed file system) mapped into every process that uses it, so a store in one process
// is seen by a load in another with no copying and no messages. Elements are C types by
// the array module's type codes (b B h H i I l L q Q f d, and c for one byte); the lock
// that makes read-modify-write safe lives in the broker (get_lock()).
//
// The root process creates the files in a folder of its own and removes the folder at exit.
using System.IO.MemoryMappedFiles;
using MiniPy.Runtime;

namespace MiniPy.Stdlib;

public sealed class SharedBuffer : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("SharedBuffer", "_multiprocessing", AddMethods);
    MemoryMappedFile file;
    MemoryMappedViewAccessor view;
    public string Path;
    public long Size;

    static string folder;
    static readonly object folderLock = new();
    static long counter;

    internal static string Folder()
    {
        lock (folderLock)
        {
            if (folder != null) return folder;
            var root = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
            folder = System.IO.Path.Combine(root, $"minipy-mp-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
            Directory.CreateDirectory(folder);
            var f = folder;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(f, true); } catch { } };
            return folder;
        }
    }

    /// <summary>Creates a zero-filled buffer of size bytes.</summary>
    public static SharedBuffer Create(long size)
    {
        var path = System.IO.Path.Combine(Folder(), "buf" + Interlocked.Increment(ref counter));
        using (var fs = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite)) fs.SetLength(Math.Max(size, 1));
        return Open(path, size);
    }

    /// <summary>Maps an existing buffer by its path (a child receiving a Value or Array).</summary>
    public static SharedBuffer Open(string path, long size)
    {
        if (size < 0) throw Err.ValueError("negative size");
        MemoryMappedFile f;
        try
        {
            var fi = new FileInfo(path);
            if (!fi.Exists || fi.Length < Math.Max(size, 1)) throw Err.New(ErrorTypes.FileNotFoundError, "shared memory not found: " + path);
            f = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite);
        }
        catch (IOException e) { throw Err.New(ErrorTypes.OSError, e.Message); }
        catch (UnauthorizedAccessException e) { throw Err.New(ErrorTypes.PermissionError, e.Message); }
        var b = new SharedBuffer { ObType = Type, file = f, view = f.CreateViewAccessor(0, 0, MemoryMappedFileAccess.ReadWrite), Path = path, Size = size };
        Heap.Allocated(Type);
        return b;
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        view?.Dispose();
        file?.Dispose();
        view = null;
        file = null;
    }

    public static int ItemSize(string code) => code switch
    {
        "b" or "B" or "c" or "?" => 1,
        "h" or "H" => 2,
        "i" or "I" or "f" or "u" => 4,
        "l" or "L" or "q" or "Q" or "d" => 8,
        _ => throw Err.ValueError("bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f, d, c, ? or u): " + code),
    };

    /// <summary>The character a stored code point stands for (a lone surrogate as itself).</summary>
    static string Character(int codePoint)
        => codePoint is >= 0 and < 0x10000 ? ((char)codePoint).ToString()
            : codePoint is >= 0x10000 and <= 0x10FFFF ? char.ConvertFromUtf32(codePoint) : "\0";

    long Offset(string code, long index)
    {
        int size = ItemSize(code);
        long off = index * size;
        if (index < 0 || off + size > Size) throw Err.IndexError("invalid index");
        return off;
    }

    public PyObject Load(string code, long index)
    {
        long off = Offset(code, index);
        var v = view;
        return code switch
        {
            "b" => PyInt.New(v.ReadSByte(off)),
            "B" => PyInt.New(v.ReadByte(off)),
            "c" => PyBytes.New(new[] { v.ReadByte(off) }),
            "?" => PyBool.From(v.ReadByte(off) != 0),
            "u" => PyStr.New(Character(v.ReadInt32(off))),
            "h" => PyInt.New(v.ReadInt16(off)),
            "H" => PyInt.New(v.ReadUInt16(off)),
            "i" => PyInt.New(v.ReadInt32(off)),
            "I" => PyInt.New(v.ReadUInt32(off)),
            "l" or "q" => PyInt.New(v.ReadInt64(off)),
            "L" or "Q" => PyInt.New(new System.Numerics.BigInteger(v.ReadUInt64(off))),
            "f" => PyFloat.New(v.ReadSingle(off)),
            _ => PyFloat.New(v.ReadDouble(off)),
        };
    }

    public void Store(string code, long index, PyObject value)
    {
        long off = Offset(code, index);
        var v = view;
        if (code == "c")
        {
            if (value is not PyBytes b || b.Value.Length != 1) throw Err.TypeError("one character bytes, bytearray or integer expected");
            v.Write(off, b.Value[0]);
            return;
        }
        if (code == "?")
        {
            v.Write(off, (byte)(Ops.IsTrue(value) ? 1 : 0));
            return;
        }
        if (code == "u")
        {
            if (value is not PyStr ch || ch.CodePointCount != 1) throw Err.TypeError("one character unicode string expected");
            v.Write(off, ch.Value.Length == 1 ? ch.Value[0] : char.ConvertToUtf32(ch.Value[0], ch.Value[1]));
            return;
        }
        if (code is "f" or "d")
        {
            double d = value is PyFloat f ? f.Value : value is PyInt i ? i.ToDouble() : throw Err.TypeError($"must be real number, not {value.ObType.Name}");
            if (code == "f") v.Write(off, (float)d); else v.Write(off, d);
            return;
        }
        if (value is not PyInt n) throw Err.TypeError($"an integer is required (got type {value.ObType.Name})");
        // C semantics: the value is truncated to the element's width, as ctypes does.
        var big = n.AsBig;
        ulong bits = (ulong)(big & ulong.MaxValue);
        switch (code)
        {
            case "b": case "B": v.Write(off, (byte)bits); break;
            case "h": case "H": v.Write(off, (ushort)bits); break;
            case "i": case "I": v.Write(off, (uint)bits); break;
            default: v.Write(off, bits); break;
        }
    }

    static SharedBuffer Self(PyObject o) => (SharedBuffer)o;

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "load", (self, a, k) =>
        {
            ArgParser.Positional("load", a, k, 2, 2);
            return Self(self).Load(ArgParser.Str(a[0], "load", 1), ArgParser.Int(a[1], "load"));
        });
        BuiltinTypes.AddMethod(t, "store", (self, a, k) =>
        {
            ArgParser.Positional("store", a, k, 3, 3);
            Self(self).Store(ArgParser.Str(a[0], "store", 1), ArgParser.Int(a[1], "store"), a[2]);
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "path", (self, a, k) => PyStr.New(Self(self).Path));
        BuiltinTypes.AddMethod(t, "size", (self, a, k) => PyInt.New(Self(self).Size));
    }
}
