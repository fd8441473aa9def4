// The compiled-code cache: like CPython's __pycache__, a module's code objects are written
// to disk after the first compilation and read back on later imports, so a program (and
// every child process) skips parsing and compiling unchanged modules. Entries are keyed by
// the file's path and text and by the interpreter build, so an edit or a rebuild never reads
// a stale entry; anything unreadable is simply compiled again.
using System.Numerics;
using System.Text;
using MiniPy.Runtime;

namespace MiniPy.Compiler;

public static class CodeCache
{
    const int Magic = 0x4D505943; // "MPYC"
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "__mpycache__");
    static readonly bool Enabled = Environment.GetEnvironmentVariable("MINIPY_NO_CACHE") != "1";
    static readonly string Build = BuildId();

    /// <summary>The code of a source file, from the cache when it holds this exact text.</summary>
    public static CodeObject Compile(string text, string path) => Compile(text, path, out _);

    /// <summary>Compile, saying whether the code was compiled now (not read from the cache).</summary>
    public static CodeObject Compile(string text, string path, out bool compiledNow)
    {
        compiledNow = true;
        if (!Enabled) return Compiler.CompileSource(text, path);
        string file = Path.Combine(Folder, Key(text, path) + ".mpyc");
        var source = new SourceText(path, text);
        try
        {
            if (File.Exists(file))
            {
                using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
                if (reader.ReadInt32() == Magic)
                {
                    var cached = ReadCode(reader, source);
                    cached.CompileWarnings = ReadWarnings(reader);
                    compiledNow = false;
                    return cached;
                }
            }
        }
        catch (Exception)
        {
            // A damaged or foreign entry is a cache miss, never an error.
        }
        var code = Compiler.CompileSource(text, path);
        TryWrite(file, code);
        return code;
    }

    /// <summary>The entry's file name: a 128-bit hash of build, path and text. A plain
    /// FNV-1a pair rather than a cryptographic hash, whose library would cost every process
    /// milliseconds to load; the cache guards against accidents, not against attackers.</summary>
    static string Key(string text, string path)
    {
        ulong a = 0xcbf29ce484222325, b = 0x84222325cbf29ce4;
        Mix(Build, ref a, ref b);
        Mix(Path.GetFullPath(path), ref a, ref b);
        Mix(text, ref a, ref b);
        return a.ToString("X16") + b.ToString("X16");
    }

    /// <summary>The build's module version id, as hex digits (without Guid's formatting code,
    /// which would be compiled in every process that starts).</summary>
    static string BuildId()
    {
        var bytes = typeof(CodeCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray();
        var chars = new char[bytes.Length * 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = "0123456789abcdef"[bytes[i] >> 4];
            chars[2 * i + 1] = "0123456789abcdef"[bytes[i] & 15];
        }
        return new string(chars);
    }

    static void Mix(string s, ref ulong a, ref ulong b)
    {
        const ulong prime = 0x100000001b3;
        foreach (char ch in s)
        {
            a = (a ^ ch) * prime;
            b = (b ^ (ulong)(ch * 31 + 7)) * prime;
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        a = (a ^ 0xFFFF) * prime;
        b = (b ^ 0xFFFE) * prime;
    }

    static void TryWrite(string file, CodeObject code)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var temp = file + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
            using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
            {
                writer.Write(Magic);
                WriteCode(writer, code);
                WriteWarnings(writer, code.CompileWarnings);
            }
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException) { }
    }

    /// <summary>A module's compile-time warnings, after its code: a count, then line and text.</summary>
    static void WriteWarnings(BinaryWriter w, CompileWarning[] warnings)
    {
        w.Write(warnings?.Length ?? 0);
        foreach (var warning in warnings ?? Array.Empty<CompileWarning>())
        {
            w.Write(warning.Line);
            w.Write(warning.Column);
            w.Write(warning.Message);
        }
    }

    static CompileWarning[] ReadWarnings(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n == 0) return null;
        if (n < 0 || n > 100000) throw new InvalidDataException("bad warning count");
        var warnings = new CompileWarning[n];
        for (int i = 0; i < n; i++) warnings[i] = new CompileWarning(r.ReadInt32(), r.ReadInt32(), r.ReadString());
        return warnings;
    }

    /// <summary>A code object as bytes (the cache's own format), for the fork emulation to
    /// send to a child.</summary>
    public static byte[] Serialize(CodeObject code)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) WriteCode(w, code);
        return ms.ToArray();
    }

    /// <summary>The code object Serialize wrote; a new reference. Bad data is an InvalidDataException.</summary>
    public static CodeObject Deserialize(byte[] data, SourceText source)
    {
        using var r = new BinaryReader(new MemoryStream(data), System.Text.Encoding.UTF8);
        return ReadCode(r, source);
    }

    // ───────────── writing ─────────────

    static void WriteCode(BinaryWriter w, CodeObject c)
    {
        w.Write(c.Name);
        w.Write(c.QualName);
        w.Write(c.FirstLine);
        WriteInts(w, c.Instructions);
        WriteInts(w, c.Lines);
        WriteInts(w, c.Spans);
        w.Write(c.Consts.Length);
        foreach (var k in c.Consts) WriteConst(w, k);
        w.Write(c.Names.Length);
        foreach (var n in c.Names) w.Write(n.Value);
        WriteStrings(w, c.VarNames);
        WriteStrings(w, c.CellVars);
        WriteStrings(w, c.FreeVars);
        WriteInts(w, c.CellToArg);
        w.Write(c.ArgCount);
        w.Write(c.PosOnlyCount);
        w.Write(c.KwOnlyCount);
        w.Write((int)c.Flags);
        w.Write(c.StackSize);
        w.Write(c.MaxBlocks);
        w.Write(c.HasDocString);
    }

    static void WriteInts(BinaryWriter w, int[] values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    static void WriteStrings(BinaryWriter w, string[] values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    static void WriteConst(BinaryWriter w, PyObject o)
    {
        switch (o)
        {
            case PyNone: w.Write((byte)0); break;
            case PyBool b: w.Write((byte)(b.Value != 0 ? 1 : 2)); break;
            case PyInt i when !i.IsBig: w.Write((byte)3); w.Write(i.Value); break;
            case PyInt i:
            {
                w.Write((byte)4);
                var bytes = i.Big.ToByteArray();
                w.Write(bytes.Length);
                w.Write(bytes);
                break;
            }
            case PyFloat f: w.Write((byte)5); w.Write(f.Value); break;
            case PyStr s when s.Value.AsSpan().ContainsAnyInRange('\ud800', '\udfff'):
                // Surrogates (an emoji's pair, or a lone one from "\ud800") as UTF-16 units:
                // UTF-8 cannot carry a lone surrogate.
                w.Write((byte)20);
                w.Write(s.Value.Length);
                foreach (char ch in s.Value) w.Write((ushort)ch);
                break;
            case PyStr s: w.Write((byte)6); w.Write(s.Value); break;
            case PyBytes by: w.Write((byte)7); w.Write(by.Value.Length); w.Write(by.Value); break;
            case PyTuple t:
                w.Write((byte)8);
                w.Write(t.Items.Length);
                foreach (var item in t.Items) WriteConst(w, item);
                break;
            case CodeObject c: w.Write((byte)9); WriteCode(w, c); break;
            case PyEllipsis: w.Write((byte)10); break;
            case PyComplex z: w.Write((byte)11); w.Write(z.Real); w.Write(z.Imag); break;
            case PySet { IsFrozen: true } fs:
                // Slot by slot: the table's layout is the order the program sees.
                w.Write((byte)12);
                w.Write(fs.TableSize);
                for (int i = 0; i < fs.TableSize; i++)
                {
                    var key = fs.KeyAt(i);
                    w.Write(key != null);
                    if (key != null) WriteConst(w, key);
                }
                break;
            default: throw new InvalidDataException("constant of type " + o.ObType.Name);
        }
    }

    // ───────────── reading ─────────────

    static CodeObject ReadCode(BinaryReader r, SourceText source)
    {
        var c = new CodeObject { Source = source, Consts = Array.Empty<PyObject>() };
        try
        {
            c.Name = r.ReadString();
            c.QualName = r.ReadString();
            c.FirstLine = r.ReadInt32();
            c.Instructions = ReadInts(r);
            c.Lines = ReadInts(r);
            c.Spans = ReadInts(r);
            var consts = new PyObject[ReadCount(r)];
            c.Consts = consts;
            for (int i = 0; i < consts.Length; i++) consts[i] = ReadConst(r, source);
            var names = new PyStr[ReadCount(r)];
            for (int i = 0; i < names.Length; i++) names[i] = PyStr.Intern(r.ReadString());
            c.Names = names;
            c.VarNames = ReadStrings(r);
            c.CellVars = ReadStrings(r);
            c.FreeVars = ReadStrings(r);
            c.CellToArg = ReadInts(r);
            c.ArgCount = r.ReadInt32();
            c.PosOnlyCount = r.ReadInt32();
            c.KwOnlyCount = r.ReadInt32();
            c.Flags = (CodeFlags)r.ReadInt32();
            c.StackSize = r.ReadInt32();
            c.MaxBlocks = r.ReadInt32();
            c.HasDocString = r.ReadBoolean();
            c.ParamNames = Array.ConvertAll(c.VarNames, PyStr.Intern);
            if (c.Lines.Length != c.Instructions.Length || c.Spans.Length != 3 * c.Instructions.Length || c.CellToArg.Length != c.CellVars.Length)
                throw new InvalidDataException("inconsistent code object");
            return c;
        }
        catch
        {
            Rc.Dec(c);
            throw;
        }
    }

    static int ReadCount(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 1 << 24) throw new InvalidDataException("bad length");
        return n;
    }

    static int[] ReadInts(BinaryReader r)
    {
        var values = new int[ReadCount(r)];
        for (int i = 0; i < values.Length; i++) values[i] = r.ReadInt32();
        return values;
    }

    static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[ReadCount(r)];
        for (int i = 0; i < values.Length; i++) values[i] = r.ReadString();
        return values;
    }

    static PyObject ReadConst(BinaryReader r, SourceText source)
    {
        switch (r.ReadByte())
        {
            case 0: return Rc.New(PyNone.Instance);
            case 1: return PyBool.From(true);
            case 2: return PyBool.From(false);
            case 3: return PyInt.New(r.ReadInt64());
            case 4: return PyInt.New(new BigInteger(r.ReadBytes(ReadCount(r))));
            case 5: return PyFloat.New(r.ReadDouble());
            case 6: return Rc.New(PyStr.Intern(r.ReadString()));
            case 20:
            {
                var units = new char[ReadCount(r)];
                for (int i = 0; i < units.Length; i++) units[i] = (char)r.ReadUInt16();
                return Rc.New(PyStr.Intern(new string(units)));
            }
            case 7: return PyBytes.New(r.ReadBytes(ReadCount(r)));
            case 8:
            {
                var t = PyTuple.New(ReadCount(r));
                try
                {
                    for (int i = 0; i < t.Items.Length; i++) t.Items[i] = ReadConst(r, source);
                }
                catch
                {
                    // Slots not yet read are empty; give the tuple what it needs to be freed.
                    for (int i = 0; i < t.Items.Length; i++) t.Items[i] ??= Rc.New(PyNone.Instance);
                    Rc.Dec(t);
                    throw;
                }
                return t;
            }
            case 9: return ReadCode(r, source);
            case 10: return Rc.New(PyEllipsis.Instance);
            case 11: return PyComplex.New(r.ReadDouble(), r.ReadDouble());
            case 12:
            {
                int size = ReadCount(r);
                if (size < 8 || (size & (size - 1)) != 0) throw new InvalidDataException("bad set table");
                var slots = new PyObject[size];
                try
                {
                    for (int i = 0; i < size; i++) if (r.ReadBoolean()) slots[i] = ReadConst(r, source);
                }
                catch
                {
                    foreach (var k in slots) Rc.XDec(k);
                    throw;
                }
                return PySet.FrozenFromLayout(slots);
            }
            default: throw new InvalidDataException("unknown constant tag");
        }
    }
}
