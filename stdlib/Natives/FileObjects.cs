// open() and file objects: text files (UTF-8 by default, or the encoding and errors asked
// for; newlines as the newline argument asks: universal newlines read as '\n' by default,
// untranslated with newline='', one terminator translated on writing with '\r' or '\r\n')
// and binary files, with read, readline, readlines, write, writelines, seek, tell, iteration
// by line and the with-statement; a text file's .buffer is its binary layer. Every read and
// write releases the GIL while it waits on the OS.
using System.Text;
using MiniPy.Runtime;
using MiniPy.VM;
using MiniPy.Runtime.Text;

namespace MiniPy.Stdlib;

public sealed class PyFile : PyObject
{
    public static readonly PyType TextType = BuiltinTypes.NewNativeType("TextIOWrapper", "_io", AddMethods);
    public static readonly PyType BinaryType = BuiltinTypes.NewNativeType("BufferedReader", "_io", AddMethods);
    public static readonly PyType BufferedWriterType = BuiltinTypes.NewNativeType("BufferedWriter", "_io", AddMethods);
    public static readonly PyType BufferedRandomType = BuiltinTypes.NewNativeType("BufferedRandom", "_io", AddMethods);

    FileStream stream;
    /// <summary>A text file's binary layer (.buffer) reads and writes its owner's stream
    /// (borrowed: the owner keeps the layer; freeing the owner closes both).</summary>
    PyFile owner;
    PyFile bufferView;
    readonly bool binary, readable, writable;
    /// <summary>The encoding open() was given (null: UTF-8, decoded as the file is read); any
    /// other is decoded whole on the first read and encoded by each write.</summary>
    string encoding;
    string errors = "strict";
    /// <summary>Bytes read ahead of a binary file's readline, not yet handed out.</summary>
    byte[] rawPending = Array.Empty<byte>();
    int rawStart, rawEnd;
    readonly string name, mode;
    /// <summary>UTF-8 text is decoded a block at a time: strictly (an invalid byte is a
    /// UnicodeDecodeError) unless open() was given errors='replace'.</summary>
    Decoder decoder;
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
        ObType = !binary ? TextType : !readable ? BufferedWriterType : writable ? BufferedRandomType : BinaryType;
        Heap.Allocated(ObType);
    }

    /// <summary>open(file, mode='r', encoding=None, newline=None)</summary>
    public static PyObject Open(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var p = ArgParser.Parse("open", args, kw, new[] { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" }, 1);
        // An int is a file descriptor already open (os.open, os.pipe, os.fdopen): the file
        // wraps it, and closes it on close unless closefd is false.
        int descriptor = p[0] is PyInt fdArg && p[0] is not PyBool ? (int)ArgParser.Int(fdArg, "fd") : -1;
        if (descriptor < 0 && p[0] is PyInt) throw Err.ValueError("negative file descriptor");
        bool closefd = p[6] == null || Ops.IsTrue(p[6]);
        if (descriptor < 0 && !closefd) throw Err.ValueError("Cannot use closefd=False with file name");
        string path = descriptor >= 0 ? descriptor.ToString() : FsPaths.Of(p[0]);
        string mode = p[1] == null ? "r" : ArgParser.Str(p[1], "open", 2);
        bool binary = mode.Contains('b');
        bool plus = mode.Contains('+');
        char kind = mode.Length > 0 ? mode[0] == 'b' || mode[0] == 't' ? (mode.Length > 1 ? mode[1] : 'r') : mode[0] : 'r';
        if ("rwax".IndexOf(kind) < 0 || mode.Count(c => "rwax".IndexOf(c) >= 0) != 1)
            throw Err.ValueError($"invalid mode: '{mode}'");
        if (binary && p[3] != null && p[3] is not PyNone) throw Err.ValueError("binary mode doesn't take an encoding argument");
        if (binary && p[4] != null && p[4] is not PyNone) throw Err.ValueError("binary mode doesn't take an errors argument");
        string encoding = p[3] == null || p[3] is PyNone ? null : p[3] is PyStr es ? es.Value
            : throw Err.TypeError($"open() argument 'encoding' must be str or None, not {p[3].ObType.Name}");
        string errors = p[4] == null || p[4] is PyNone ? "strict" : p[4] is PyStr ers ? ers.Value
            : throw Err.TypeError($"open() argument 'errors' must be str or None, not {p[4].ObType.Name}");
        if (encoding == "locale") encoding = null; // the locale's encoding, which is the default (UTF-8)
        if (encoding != null)
        {
            Codecs.Encode("", encoding, "strict"); // LookupError for an unknown codec, before the file is touched
            // UTF-8 strict or with replacement is decoded a block at a time; any other
            // error handler, as for other codecs, by the codec on the whole text.
            if (IsUtf8(encoding) && errors is "strict" or "replace") encoding = null;
        }
        else if (!binary && errors is not ("strict" or "replace")) encoding = "utf-8"; // the default, with another handler
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
        var stream = descriptor >= 0 ? OpenDescriptor(descriptor, closefd, access) : OpenPath(path, kind, plus, fileMode, access);
        return new PyFile(stream, path, mode, binary, access != FileAccess.Write, access != FileAccess.Read)
        {
            newline = newline,
            encoding = encoding,
            errors = errors,
            givenEncoding = p[3] is PyStr given && given.Value != "locale" ? given.Value : null,
            keepsDescriptor = descriptor >= 0 && !closefd,
            namedByDescriptor = descriptor >= 0,
        };
    }

    static FileStream OpenDescriptor(int descriptor, bool closefd, FileAccess access)
    {
        try { return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle((IntPtr)descriptor, closefd), access, 1); }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw OsError(ErrorTypes.OSError, 9, "Bad file descriptor", null);
        }
    }

    static FileStream OpenPath(string path, char kind, bool plus, FileMode fileMode, FileAccess access)
    {
        try
        {
            var fs = Blocking.Run(() => new FileStream(path, fileMode, access, FileShare.ReadWrite | FileShare.Delete));
            if (kind == 'a' && plus) fs.Seek(0, SeekOrigin.End);
            return fs;
        }
        catch (FileNotFoundException) { throw OsError(ErrorTypes.FileNotFoundError, 2, "No such file or directory", path); }
        catch (DirectoryNotFoundException) when (UnderRegularFile(path)) { throw OsError(ErrorTypes.NotADirectoryError, 20, "Not a directory", path); }
        catch (DirectoryNotFoundException) { throw OsError(ErrorTypes.FileNotFoundError, 2, "No such file or directory", path); }
        catch (UnauthorizedAccessException) when (Directory.Exists(path)) { throw OsError(ErrorTypes.IsADirectoryError, 21, "Is a directory", path); }
        catch (UnauthorizedAccessException) { throw OsError(ErrorTypes.PermissionError, 13, "Permission denied", path); }
        catch (IOException) when (kind == 'x' && File.Exists(path)) { throw OsError(ErrorTypes.FileExistsError, 17, "File exists", path); }
        catch (IOException e) when (OsErrorMethods.ErrnoOf(e) is int errno and not 0) { throw OsPosix.ErrnoFailure(errno, path); }
        catch (IOException e) { throw OsError(ErrorTypes.OSError, 5, e.Message, path); }
    }

    /// <summary>Whether a directory on the way to path is a regular file (ENOTDIR).</summary>
    static bool UnderRegularFile(string path)
    {
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir)) return true;
            if (Directory.Exists(dir)) return false;
        }
        return false;
    }

    string givenEncoding;

    static bool IsUtf8(string encoding) => encoding.ToLowerInvariant().Replace('_', '-') is "utf-8" or "utf8" or "u8" or "utf";

    /// <summary>A text file's binary layer: the same file, read and written as bytes.</summary>
    PyFile(PyFile owner) : this(null, owner.name, owner.mode.Replace("t", "") + (owner.mode.Contains('b') ? "" : "b"), true, owner.readable, owner.writable)
    {
        this.owner = owner;
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
        var view = bufferView;
        bufferView = null;
        if (view != null)
        {
            // Freeing a text file closes it, its binary layer included (as in CPython).
            view.owner = null;
            Rc.Dec(view);
        }
        var s = stream;
        stream = null;
        s?.Dispose();
    }

    /// <summary>The file's stream (its owner's, for a binary layer); null once closed.</summary>
    FileStream Stream => owner != null ? owner.stream : stream;

    FileStream Open() => Stream ?? throw Err.ValueError("I/O operation on closed file.");

    /// <summary>Open() for a binary file's read, readline or write, which CPython's buffered
    /// files name in their message ("read of closed file").</summary>
    FileStream Open(string operation) => Stream ?? throw Err.ValueError(binary ? operation : "I/O operation on closed file.");

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "lseek")]
    static extern long SetOffset(int fd, long offset, int whence);

    /// <summary>Set for a file opened from a descriptor: its name is the descriptor's number,
    /// an int, as CPython's.</summary>
    bool namedByDescriptor;

    /// <summary>Set for a file opened from a descriptor the program keeps (closefd=False).</summary>
    bool keepsDescriptor;

    void Close()
    {
        if (owner != null) { owner.Close(); return; }
        var s = stream;
        stream = null;
        if (s == null) return;
        if (keepsDescriptor && s.CanSeek)
        {
            // .NET reads and writes a seekable file at positions of its own, leaving the
            // descriptor's offset where it was: move it to where this file got to, as a
            // file that shares the descriptor moves it, for the program's next os.read.
            s.Flush();
            SetOffset((int)s.SafeFileHandle.DangerousGetHandle(), s.Position, 0);
        }
        Blocking.Run(() => s.Dispose());
    }

    void CheckReadable()
    {
        Open();
        if (!readable) throw Unsupported(binary ? "read" : "not readable");
    }

    void CheckWritable()
    {
        Open();
        if (!writable) throw Unsupported(binary ? "write" : "not writable");
    }

    /// <summary>Where the program is in the file: the stream's position less what was read
    /// ahead and not yet given out.</summary>
    long Position()
    {
        long ahead = binary ? rawEnd - rawStart
            : encoding == null ? Encoding.UTF8.GetByteCount(pending.ToString())
            : Codecs.Encode(pending.ToString(), encoding, errors, withSignature: false).Length;
        return Open().Position - ahead;
    }

    /// <summary>io.UnsupportedOperation (an OSError and a ValueError), as CPython's files raise
    /// for a read of a file opened for writing and the like.</summary>
    internal static PyRaise Unsupported(string message)
    {
        var ts = ThreadState.Current;
        var io = ts.Interp.ImportModule(ts, "io"); // borrowed
        var type = Ops.GetAttr(io, "UnsupportedOperation");
        var text = PyStr.New(message);
        try { return new PyRaise((PyException)Ops.Call(type, text)); }
        finally { Rc.Dec(text); Rc.Dec(type); }
    }

    /// <summary>Decodes another block of the file into the pending text; false at end of file.</summary>
    bool Fill()
    {
        if (eof) return false;
        var stream = Open();
        if (encoding != null)
        {
            // Decoded whole: the codec's errors then name the file's own positions.
            var all = new MemoryStream();
            Blocking.Run(() => stream.CopyTo(all));
            pending.Append(Codecs.Decode(all.ToArray(), encoding, errors));
            eof = true;
            if (newline == null) NormalizeNewlines();
            return false;
        }
        var buffer = new byte[8192];
        int n = Blocking.Run(() => stream.Read(buffer, 0, buffer.Length));
        bool last = n == 0;
        decoder ??= new UTF8Encoding(false, throwOnInvalidBytes: errors != "replace").GetDecoder();
        char[] chars;
        try
        {
            chars = new char[decoder.GetCharCount(buffer, 0, n, last)];
            decoder.GetChars(buffer, 0, n, chars, 0, last);
        }
        catch (DecoderFallbackException e)
        {
            // The codec's own error, CPython's, with positions in this block (CPython's too
            // count from the block it was decoding).
            Codecs.Decode(buffer.AsSpan(0, n), "utf-8", "strict");
            int at = Math.Clamp(e.Index, 0, Math.Max(0, n - 1));
            throw UnicodeErrorMethods.New(true, "utf-8", PyBytes.New(buffer[..n]), at, at + 1, "invalid start byte");
        }
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

    /// <summary>The next line, or at most limit characters of it (limit -1: the whole line).</summary>
    string ReadLine(long limit = -1)
    {
        CheckReadable();
        if (limit == 0) return "";
        // limit counts characters (code points): a cut inside a surrogate pair moves past it.
        int Upto(int n)
        {
            if (limit < 0) return n;
            int cut = CodePoints.CharIndex(pending.ToString(0, Math.Min(pending.Length, (int)Math.Min(int.MaxValue, limit * 2))), (int)Math.Min(limit, int.MaxValue));
            return Math.Min(n, cut);
        }
        int searched = 0;
        while (true)
        {
            int stop = Upto(pending.Length);
            for (int i = searched; i < stop; i++)
            {
                int end = LineEnd(i);
                if (end == -2) break; // a '\r' at the end of the text read so far: more decides
                if (end >= 0) return Take(Upto(end));
            }
            if (limit >= 0 && Upto(pending.Length) < pending.Length) return Take(Upto(pending.Length));
            searched = Math.Max(0, pending.Length - 1);
            int before = pending.Length;
            // At the end of the file, what is left is the last line; but the last read may
            // have brought text (a whole file decoded at once) to look through first.
            if (!Fill() && pending.Length == before) return Take(Upto(pending.Length));
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
        var stream = Open("read of closed file");
        CheckReadable();
        int ahead = rawEnd - rawStart;
        if (count < 0)
        {
            var ms = new MemoryStream();
            ms.Write(rawPending, rawStart, ahead);
            rawStart = rawEnd = 0;
            Blocking.Run(() => stream.CopyTo(ms));
            return ms.ToArray();
        }
        var buf = new byte[count];
        int total = (int)Math.Min(count, ahead);
        Array.Copy(rawPending, rawStart, buf, 0, total);
        rawStart += total;
        while (total < count)
        {
            int n = Blocking.Run(() => stream.Read(buf, total, (int)count - total));
            if (n == 0) break;
            total += n;
        }
        Array.Resize(ref buf, total);
        return buf;
    }

    /// <summary>One line of a binary file, with its b'\n'; empty at the end.</summary>
    byte[] ReadLineBytes(long limit)
    {
        var stream = Open("readline of closed file");
        CheckReadable();
        int searched = rawStart;
        while (true)
        {
            int nl = Array.IndexOf(rawPending, (byte)'\n', searched, rawEnd - searched);
            int available = rawEnd - rawStart;
            if (nl >= 0 || (limit >= 0 && available >= limit))
            {
                int length = nl >= 0 ? nl + 1 - rawStart : available;
                if (limit >= 0) length = (int)Math.Min(length, limit);
                return TakeRaw(length);
            }
            searched = rawEnd;
            if (rawStart > 0)
            {
                Array.Copy(rawPending, rawStart, rawPending, 0, available);
                searched -= rawStart;
                rawStart = 0;
                rawEnd = available;
            }
            if (rawPending.Length - rawEnd < 4096) Array.Resize(ref rawPending, Math.Max(8192, rawPending.Length * 2));
            var into = rawPending;
            int at = rawEnd;
            int n = Blocking.Run(() => stream.Read(into, at, into.Length - at));
            if (n == 0) return TakeRaw(limit >= 0 ? (int)Math.Min(available, limit) : available);
            rawEnd += n;
        }
    }

    byte[] TakeRaw(int length)
    {
        var line = new byte[length];
        Array.Copy(rawPending, rawStart, line, 0, length);
        rawStart += length;
        if (rawStart == rawEnd) rawStart = rawEnd = 0;
        return line;
    }

    /// <summary>read1: what is read ahead, or else what one read of the stream gives — at
    /// most count bytes (any number when count is negative).</summary>
    byte[] ReadOnce(long count)
    {
        var stream = Open("read of closed file");
        CheckReadable();
        if (count == 0) return [];
        if (rawEnd == rawStart) FillRawOnce(stream);
        int available = rawEnd - rawStart;
        return TakeRaw(count < 0 ? available : (int)Math.Min(available, count));
    }

    /// <summary>peek: the bytes read ahead, reading one block first when there are none;
    /// nothing is consumed.</summary>
    byte[] Peek()
    {
        var stream = Open("peek of closed file");
        CheckReadable();
        if (rawEnd == rawStart) FillRawOnce(stream);
        return rawPending.AsSpan(rawStart, rawEnd - rawStart).ToArray();
    }

    void FillRawOnce(FileStream stream)
    {
        rawStart = rawEnd = 0;
        if (rawPending.Length < 8192) Array.Resize(ref rawPending, 8192);
        var into = rawPending;
        rawEnd = Blocking.Run(() => stream.Read(into, 0, into.Length));
    }

    /// <summary>Gives the bytes read ahead back to the stream (before a write or a seek).</summary>
    void DropReadAhead()
    {
        int ahead = rawEnd - rawStart;
        rawStart = rawEnd = 0;
        if (ahead > 0 && Stream is { CanSeek: true } s) s.Seek(-ahead, SeekOrigin.Current);
    }

    public override PyObject Iter()
    {
        Open();
        return Rc.New(this);
    }

    public override PyObject Next()
    {
        if (binary)
        {
            var bytes = ReadLineBytes(-1);
            return bytes.Length == 0 ? null : PyBytes.New(bytes);
        }
        var line = ReadLine();
        return line.Length == 0 ? null : PyStr.New(line);
    }

    public override PyObject GetAttr(PyStr attr) => attr.Value switch
    {
        "closed" => PyBool.From(Stream == null),
        "name" => namedByDescriptor ? PyInt.New(long.Parse(name)) : PyStr.New(name),
        "mode" => PyStr.New(mode),
        "encoding" when !binary => PyStr.New(EncodingName),
        "errors" when !binary => PyStr.New(errors),
        "newlines" when !binary => Rc.New(PyNone.Instance),
        "buffer" when !binary => Rc.New(bufferView ??= NewBufferView()),
        "raw" when binary => Rc.New(this),
        _ => base.GetAttr(attr),
    };

    PyFile NewBufferView() => new PyFile(this);

    /// <summary>What f.encoding says: the name open() was given, else the locale's UTF-8.</summary>
    string EncodingName => givenEncoding ?? "UTF-8";

    public override string Repr() => binary
        ? $"<_io.{ObType.Name} name={NameRepr}>"
        : $"<_io.TextIOWrapper name={NameRepr} mode='{mode}' encoding='{EncodingName}'>";

    string NameRepr => namedByDescriptor ? name : $"'{name}'";

    static PyObject None => Rc.New(PyNone.Instance);

    /// <summary>writelines(lines), as every stream here has it: write() for each item.</summary>
    internal static PyObject WriteLines(PyObject self, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("writelines", args, kw, 1, 1);
        foreach (var line in Ops.ToArray(args[0]))
        {
            try { Rc.Dec(Ops.CallMethod(self, "write", line)); }
            finally { Rc.Dec(line); }
        }
        return None;
    }

    static long SizeArg(ReadOnlySpan<PyObject> args) => args.Length > 0 && args[0] is not PyNone ? ArgParser.Int(args[0], "read") : -1;

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "read", (self, a, k) =>
        {
            var f = (PyFile)self;
            return f.binary ? PyBytes.New(f.ReadBytes(SizeArg(a))) : PyStr.New(f.ReadText(SizeArg(a)));
        });
        if (t.Name != "TextIOWrapper")
        {
            BuiltinTypes.AddMethod(t, "read1", (self, a, k) => PyBytes.New(((PyFile)self).ReadOnce(SizeArg(a))));
            BuiltinTypes.AddMethod(t, "peek", (self, a, k) => PyBytes.New(((PyFile)self).Peek()));
        }
        BuiltinTypes.AddMethod(t, "truncate", (self, a, k) =>
        {
            ArgParser.Positional("truncate", a, k, 0, 1);
            var f = (PyFile)self;
            var stream = f.Open("truncate of closed file");
            if (!f.writable) throw Unsupported("truncate");
            long size = a.Length > 0 && a[0] is not PyNone ? ArgParser.Int(a[0], "truncate") : f.Position();
            if (size < 0) throw PyFile.OsError(ErrorTypes.OSError, 22, "Invalid argument", null);
            f.DropReadAhead();
            f.pending.Clear();
            // The position stays where it was, past the end or not, as CPython's.
            long position = stream.Position;
            Blocking.Run(() => { stream.Flush(); stream.SetLength(size); });
            stream.Position = position;
            return PyInt.New(size);
        });
        BuiltinTypes.AddMethod(t, "readline", (self, a, k) =>
        {
            var f = (PyFile)self;
            if (f.binary) return PyBytes.New(f.ReadLineBytes(SizeArg(a)));
            return PyStr.New(f.ReadLine(SizeArg(a)));
        });
        BuiltinTypes.AddMethod(t, "__iter__", (self, a, k) => self.Iter());
        BuiltinTypes.AddMethod(t, "__next__", (self, a, k) => self.Next() ?? throw Err.StopIteration(null));
        BuiltinTypes.AddMethod(t, "readlines", (self, a, k) =>
        {
            var f = (PyFile)self;
            var list = PyList.New();
            if (f.binary)
            {
                byte[] bytes;
                while ((bytes = f.ReadLineBytes(-1)).Length > 0) list.AppendSteal(PyBytes.New(bytes));
                return list;
            }
            string line;
            while ((line = f.ReadLine()).Length > 0) list.AppendSteal(PyStr.New(line));
            return list;
        });
        BuiltinTypes.AddMethod(t, "write", (self, a, k) =>
        {
            ArgParser.Positional("write", a, k, 1, 1);
            var f = (PyFile)self;
            f.Open("write to closed file");
            f.CheckWritable();
            f.DropReadAhead();
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
                data = f.encoding == null ? Encoding.UTF8.GetBytes(s) : Codecs.Encode(s, f.encoding, f.errors, withSignature: f.Open().Position == 0);
            }
            var stream = f.Open();
            Blocking.Run(() => stream.Write(data, 0, data.Length));
            return PyInt.New(written);
        });
        BuiltinTypes.AddMethod(t, "writelines", PyFile.WriteLines);
        BuiltinTypes.AddMethod(t, "flush", (self, a, k) =>
        {
            var f = (PyFile)self;
            Blocking.Run(() => f.Open().Flush());
            return None;
        });
        BuiltinTypes.AddMethod(t, "close", (self, a, k) =>
        {
            ((PyFile)self).Close();
            return None;
        });
        BuiltinTypes.AddMethod(t, "seek", (self, a, k) =>
        {
            ArgParser.Positional("seek", a, k, 1, 2);
            var f = (PyFile)self;
            long whence = a.Length > 1 ? ArgParser.Int(a[1], "seek") : 0;
            long offset = ArgParser.Int(a[0], "seek");
            if (whence is < 0 or > 2)
                throw Err.ValueError(f.binary ? $"whence value {whence} unsupported" : $"invalid whence ({whence}, should be 0, 1 or 2)");
            if (!f.binary && whence != 0 && offset != 0)
                throw Unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
            if (!f.binary && whence == 0 && offset < 0) throw Err.ValueError($"negative seek position {offset}");
            var stream = f.Open();
            long target = whence == 0 ? offset : whence == 1 ? f.Position() + offset : stream.Length + offset;
            // Before the start of the file: the system's EINVAL, as CPython reports it.
            if (target < 0) throw OsError(ErrorTypes.OSError, 22, "Invalid argument", null);
            f.pending.Clear();
            f.eof = false;
            f.rawStart = f.rawEnd = 0;
            long pos = stream.Seek(target, SeekOrigin.Begin);
            return PyInt.New(pos);
        });
        BuiltinTypes.AddMethod(t, "tell", (self, a, k) => PyInt.New(((PyFile)self).Position()));
        // The descriptor the operating system gave the open file (os.stat, os.fstat, select).
        BuiltinTypes.AddMethod(t, "fileno", (self, a, k) => PyInt.New((long)((PyFile)self).Open().SafeFileHandle.DangerousGetHandle()));
        BuiltinTypes.AddMethod(t, "readable", (self, a, k) => PyBool.From(((PyFile)self).readable));
        BuiltinTypes.AddMethod(t, "writable", (self, a, k) => PyBool.From(((PyFile)self).writable));
        BuiltinTypes.AddMethod(t, "seekable", (self, a, k) => PyBool.From(((PyFile)self).Open().CanSeek));
        BuiltinTypes.AddMethod(t, "__enter__", (self, a, k) => { ((PyFile)self).Open(); return Rc.New(self); });
        BuiltinTypes.AddMethod(t, "__exit__", (self, a, k) => { Rc.Dec(Ops.CallMethod(self, "close")); return None; });
    }
}
