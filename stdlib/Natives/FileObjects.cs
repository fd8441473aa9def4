// open() and file objects: text files (UTF-8; newlines as the newline argument asks:
// universal newlines read as '\n' by default, untranslated with newline='', one terminator
// translated on writing with '\r' or '\r\n') and binary files, with read, readline, readlines, write, writelines, seek, tell, iteration by line and
// the with-statement. Every read and write releases the GIL while it waits on the OS.
using System.Text;
using MiniPy.Runtime;
using MiniPy.VM;
using MiniPy.Runtime.Text;

namespace MiniPy.Stdlib;

public sealed class PyFile : PyObject
{
    public static readonly PyType TextType = BuiltinTypes.NewNativeType("TextIOWrapper", "_io", AddMethods);
    public static readonly PyType BinaryType = BuiltinTypes.NewNativeType("BufferedReader", "_io", AddMethods);

    FileStream stream;
    readonly bool binary, readable, writable;
    readonly string name, mode;
    readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    readonly StringBuilder pending = new();   // decoded text not yet handed out
    bool eof;
    /// <summary>open()'s newline: null (universal, translated to '\n'), "" (universal, kept
    /// as read), "\n", "\r" or "\r\n" (that terminator only, kept; written for '\n').</summary>
    string newline;

    PyFile(FileStream s, string name, string mode, bool binary, bool readable, bool writable)
    {
        stream = s;
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.readable = readable;
        this.writable = writable;
        ObType = binary ? BinaryType : TextType;
        Heap.Allocated(ObType);
    }

    /// <summary>open(file, mode='r', encoding=None, newline=None)</summary>
    public static PyObject Open(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var p = ArgParser.Parse("open", args, kw, new[] { "file", "mode", "buffering", "encoding", "errors", "newline" }, 1);
        string path = FsPaths.Of(p[0]);
        string mode = p[1] == null ? "r" : ArgParser.Str(p[1], "open", 2);
        bool binary = mode.Contains('b');
        bool plus = mode.Contains('+');
        char kind = mode.Length > 0 ? mode[0] == 'b' || mode[0] == 't' ? (mode.Length > 1 ? mode[1] : 'r') : mode[0] : 'r';
        if ("rwax".IndexOf(kind) < 0 || mode.Count(c => "rwax".IndexOf(c) >= 0) != 1)
            throw Err.ValueError($"invalid mode: '{mode}'");
        if (binary && p[3] != null && p[3] is not PyNone) throw Err.ValueError("binary mode doesn't take an encoding argument");
        string newline = null;
        if (p[5] != null && p[5] is not PyNone)
        {
            if (p[5] is not PyStr nl) throw Err.TypeError($"open() argument 'newline' must be str or None, not {p[5].ObType.Name}");
            if (binary) throw Err.ValueError("binary mode doesn't take a newline argument");
            if (nl.Value is not ("" or "\n" or "\r" or "\r\n")) throw Err.ValueError($"illegal newline value: {nl.Value}");
            newline = nl.Value;
        }
        var (fileMode, access) = kind switch
        {
            'r' => (FileMode.Open, plus ? FileAccess.ReadWrite : FileAccess.Read),
            'w' => (FileMode.Create, plus ? FileAccess.ReadWrite : FileAccess.Write),
            'a' => (FileMode.Append, FileAccess.Write),
            _ => (FileMode.CreateNew, plus ? FileAccess.ReadWrite : FileAccess.Write),
        };
        if (kind == 'a' && plus) { fileMode = FileMode.OpenOrCreate; access = FileAccess.ReadWrite; }
        FileStream fs;
        try
        {
            fs = Blocking.Run(() => new FileStream(path, fileMode, access, FileShare.ReadWrite | FileShare.Delete));
            if (kind == 'a' && plus) fs.Seek(0, SeekOrigin.End);
        }
        catch (FileNotFoundException) { throw OsError(ErrorTypes.FileNotFoundError, 2, "No such file or directory", path); }
        catch (DirectoryNotFoundException) { throw OsError(ErrorTypes.FileNotFoundError, 2, "No such file or directory", path); }
        catch (UnauthorizedAccessException) when (Directory.Exists(path)) { throw OsError(ErrorTypes.IsADirectoryError, 21, "Is a directory", path); }
        catch (UnauthorizedAccessException) { throw OsError(ErrorTypes.PermissionError, 13, "Permission denied", path); }
        catch (IOException) when (kind == 'x' && File.Exists(path)) { throw OsError(ErrorTypes.FileExistsError, 17, "File exists", path); }
        catch (IOException e) { throw OsError(ErrorTypes.OSError, 5, e.Message, path); }
        return new PyFile(fs, path, mode, binary, access != FileAccess.Write, access != FileAccess.Read) { newline = newline };
    }

    internal static PyRaise OsError(PyType type, int errno, string message, string path, string path2 = null)
    {
        var code = PyInt.New(errno);
        var text = PyStr.New(message);
        var exc = PyException.New(type, new PyObject[] { code, text });
        Rc.Dec(code);
        Rc.Dec(text);
        var d = exc.EnsureInstanceDict();
        PyObject fn = path == null ? Rc.New(PyNone.Instance) : PyStr.New(path);
        d.SetItemNew("filename", fn);
        d.SetItemNew("errno", exc.Args.Items[0]);
        d.SetItemNew("strerror", exc.Args.Items[1]);
        Rc.Dec(fn);
        if (path2 != null)
        {
            var fn2 = PyStr.New(path2);
            d.SetItemNew("filename2", fn2);
            Rc.Dec(fn2);
        }
        return new PyRaise(exc);
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        var s = stream;
        stream = null;
        s?.Dispose();
    }

    FileStream Open()
    {
        if (stream == null) throw Err.ValueError("I/O operation on closed file.");
        return stream;
    }

    void CheckReadable()
    {
        Open();
        if (!readable) throw Err.New(ErrorTypes.OSError, "not readable");
    }

    void CheckWritable()
    {
        Open();
        if (!writable) throw Err.New(ErrorTypes.OSError, "not writable");
    }

    /// <summary>Decodes another block of the file into the pending text; false at end of file.</summary>
    bool Fill()
    {
        if (eof) return false;
        var buffer = new byte[8192];
        int n = Blocking.Run(() => stream.Read(buffer, 0, buffer.Length));
        bool last = n == 0;
        var chars = new char[decoder.GetCharCount(buffer, 0, n, last)];
        decoder.GetChars(buffer, 0, n, chars, 0, last);
        pending.Append(chars);
        eof = last;
        if (newline == null) NormalizeNewlines();
        return !last;
    }

    void NormalizeNewlines()
    {
        // Universal newlines: \r\n and \r read as \n (a trailing \r waits for the next block).
        for (int i = 0; i < pending.Length; i++)
        {
            if (pending[i] != '\r') continue;
            if (i + 1 < pending.Length) { if (pending[i + 1] == '\n') pending.Remove(i, 1); else pending[i] = '\n'; }
            else if (eof) pending[i] = '\n';
        }
    }

    string Take(int n)
    {
        var s = pending.ToString(0, n);
        pending.Remove(0, n);
        return s;
    }

    string ReadText(long count)
    {
        CheckReadable();
        if (count < 0) while (Fill()) { }
        else while (pending.Length < count && Fill()) { }
        return Take(count < 0 ? pending.Length : (int)Math.Min(count, pending.Length));
    }

    string ReadLine()
    {
        CheckReadable();
        int searched = 0;
        while (true)
        {
            for (int i = searched; i < pending.Length; i++)
            {
                int end = LineEnd(i);
                if (end == -2) break; // a '\r' at the end of the text read so far: more decides
                if (end >= 0) return Take(end);
            }
            searched = Math.Max(0, pending.Length - 1);
            if (!Fill()) return Take(pending.Length);
        }
    }

    /// <summary>Where the line ends if a terminator starts at i: the index after it; -1 when
    /// none starts there; -2 when it depends on text not read yet.</summary>
    int LineEnd(int i)
    {
        char c = pending[i];
        switch (newline)
        {
            case null:
            case "\n":
                return c == '\n' ? i + 1 : -1;
            case "\r":
                return c == '\r' ? i + 1 : -1;
            case "\r\n":
                if (c != '\r') return -1;
                if (i + 1 < pending.Length) return pending[i + 1] == '\n' ? i + 2 : -1;
                return eof ? -1 : -2;
            default: // "": any of the three, kept as read
                if (c == '\n') return i + 1;
                if (c != '\r') return -1;
                if (i + 1 < pending.Length) return pending[i + 1] == '\n' ? i + 2 : i + 1;
                return eof ? i + 1 : -2;
        }
    }

    byte[] ReadBytes(long count)
    {
        CheckReadable();
        if (count < 0)
        {
            var ms = new MemoryStream();
            Blocking.Run(() => stream.CopyTo(ms));
            return ms.ToArray();
        }
        var buf = new byte[count];
        int total = 0;
        while (total < count)
        {
            int n = Blocking.Run(() => stream.Read(buf, total, (int)count - total));
            if (n == 0) break;
            total += n;
        }
        Array.Resize(ref buf, total);
        return buf;
    }

    public override PyObject Iter()
    {
        Open();
        return Rc.New(this);
    }

    public override PyObject Next()
    {
        if (binary) throw Err.TypeError("iterating binary files is not supported by MiniPy");
        var line = ReadLine();
        return line.Length == 0 ? null : PyStr.New(line);
    }

    public override PyObject GetAttr(PyStr attr) => attr.Value switch
    {
        "closed" => PyBool.From(stream == null),
        "name" => PyStr.New(name),
        "mode" => PyStr.New(mode),
        "encoding" when !binary => PyStr.New("UTF-8"),
        _ => base.GetAttr(attr),
    };

    public override string Repr() => binary
        ? $"<_io.BufferedReader name='{name}'>"
        : $"<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='UTF-8'>";

    static PyObject None => Rc.New(PyNone.Instance);

    static long SizeArg(ReadOnlySpan<PyObject> args) => args.Length > 0 && args[0] is not PyNone ? ArgParser.Int(args[0], "read") : -1;

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "read", (self, a, k) =>
        {
            var f = (PyFile)self;
            return f.binary ? PyBytes.New(f.ReadBytes(SizeArg(a))) : PyStr.New(f.ReadText(SizeArg(a)));
        });
        BuiltinTypes.AddMethod(t, "readline", (self, a, k) =>
        {
            var f = (PyFile)self;
            if (f.binary) throw Err.TypeError("readline on binary files is not supported by MiniPy");
            return PyStr.New(f.ReadLine());
        });
        BuiltinTypes.AddMethod(t, "__iter__", (self, a, k) => self.Iter());
        BuiltinTypes.AddMethod(t, "__next__", (self, a, k) => self.Next() ?? throw Err.StopIteration(null));
        BuiltinTypes.AddMethod(t, "readlines", (self, a, k) =>
        {
            var f = (PyFile)self;
            var list = PyList.New();
            string line;
            while ((line = f.ReadLine()).Length > 0) list.AppendSteal(PyStr.New(line));
            return list;
        });
        BuiltinTypes.AddMethod(t, "write", (self, a, k) =>
        {
            ArgParser.Positional("write", a, k, 1, 1);
            var f = (PyFile)self;
            f.CheckWritable();
            byte[] data;
            long written;
            if (f.binary)
            {
                data = PyByteArray.BytesOf(a[0]) ?? throw Err.TypeError($"a bytes-like object is required, not '{a[0].ObType.Name}'");
                written = data.Length;
            }
            else
            {
                var s = a[0] is PyStr ps ? ps.Value : throw Err.TypeError($"write() argument must be str, not {a[0].ObType.Name}");
                written = CodePoints.Count(s);
                if (f.newline is "\r" or "\r\n") s = s.Replace("\n", f.newline);
                data = Encoding.UTF8.GetBytes(s);
            }
            Blocking.Run(() => f.stream.Write(data, 0, data.Length));
            return PyInt.New(written);
        });
        BuiltinTypes.AddMethod(t, "writelines", (self, a, k) =>
        {
            ArgParser.Positional("writelines", a, k, 1, 1);
            foreach (var line in Ops.ToArray(a[0]))
            {
                try { Rc.Dec(Ops.CallMethod(self, "write", line)); }
                finally { Rc.Dec(line); }
            }
            return None;
        });
        BuiltinTypes.AddMethod(t, "flush", (self, a, k) =>
        {
            var f = (PyFile)self;
            Blocking.Run(() => f.Open().Flush());
            return None;
        });
        BuiltinTypes.AddMethod(t, "close", (self, a, k) =>
        {
            var f = (PyFile)self;
            var s = f.stream;
            f.stream = null;
            if (s != null) Blocking.Run(() => s.Dispose());
            return None;
        });
        BuiltinTypes.AddMethod(t, "seek", (self, a, k) =>
        {
            ArgParser.Positional("seek", a, k, 1, 2);
            var f = (PyFile)self;
            long whence = a.Length > 1 ? ArgParser.Int(a[1], "seek") : 0;
            f.pending.Clear();
            f.eof = false;
            long pos = f.Open().Seek(ArgParser.Int(a[0], "seek"), whence == 0 ? SeekOrigin.Begin : whence == 1 ? SeekOrigin.Current : SeekOrigin.End);
            return PyInt.New(pos);
        });
        BuiltinTypes.AddMethod(t, "tell", (self, a, k) =>
        {
            var f = (PyFile)self;
            return PyInt.New(f.Open().Position - Encoding.UTF8.GetByteCount(f.pending.ToString()));
        });
        BuiltinTypes.AddMethod(t, "readable", (self, a, k) => PyBool.From(((PyFile)self).readable));
        BuiltinTypes.AddMethod(t, "writable", (self, a, k) => PyBool.From(((PyFile)self).writable));
        BuiltinTypes.AddMethod(t, "__enter__", (self, a, k) => { ((PyFile)self).Open(); return Rc.New(self); });
        BuiltinTypes.AddMethod(t, "__exit__", (self, a, k) => { Rc.Dec(Ops.CallMethod(self, "close")); return None; });
    }
}
