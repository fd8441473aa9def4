// The binary layer under the standard streams: sys.stdout.buffer and sys.stderr.buffer
// (BufferedWriter) and sys.stdin.buffer (BufferedReader). Bytes written go to the process's
// own output after the text layer's pending text, so the two keep their order; when the text
// layer writes somewhere else (a run whose output is captured in memory) the bytes are
// decoded as UTF-8 into it. Reading takes from the text layer's reader, so text and binary
// reads of stdin share one position.
using System.Text;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public sealed class StdBinaryWriter : PyObject
{
    internal static readonly PyType Type = BuiltinTypes.NewNativeType("BufferedWriter", "_io", AddMethods);
    readonly TextStream text;

    public StdBinaryWriter(TextStream text)
    {
        this.text = text;
        ObType = Type;
        Heap.Allocated(Type);
    }

    /// <summary>The byte stream a text writer encodes into, if it is one of this process's
    /// own (else null).</summary>
    static Stream ByteStreamUnder(TextWriter w) => ITextWriterWrapper.Find<StreamWriter>(w)?.BaseStream;

    void Write(byte[] data)
    {
        var writer = text.Writer;
        writer.Flush();
        var bytes = ByteStreamUnder(writer);
        if (bytes == null) { writer.Write(Encoding.UTF8.GetString(data)); return; }
        Blocking.Run(() =>
        {
            bytes.Write(data, 0, data.Length);
            bytes.Flush();
        });
    }

    public override string Repr() => $"<_io.BufferedWriter name='{text.Name}'>";

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "write", (self, a, k) =>
        {
            ArgParser.Positional("write", a, k, 1, 1);
            var data = PyByteArray.BytesOf(a[0]) ?? throw Err.TypeError($"a bytes-like object is required, not '{a[0].ObType.Name}'");
            ((StdBinaryWriter)self).Write(data);
            return PyInt.New(data.Length);
        });
        BuiltinTypes.AddMethod(t, "writelines", PyFile.WriteLines);
        BuiltinTypes.AddMethod(t, "flush", (self, a, k) =>
        {
            ((StdBinaryWriter)self).text.Writer.Flush();
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "fileno", (self, a, k) => PyInt.New(((StdBinaryWriter)self).text.FileNumber));
        BuiltinTypes.AddMethod(t, "writable", (self, a, k) => PyBool.From(true));
        BuiltinTypes.AddMethod(t, "readable", (self, a, k) => PyBool.From(false));
        BuiltinTypes.AddMethod(t, "seekable", (self, a, k) => PyBool.From(false));
        BuiltinTypes.AddGetter(t, "name", self => PyStr.New(((StdBinaryWriter)self).text.Name));
        BuiltinTypes.AddGetter(t, "closed", self => PyBool.From(false));
        BuiltinTypes.AddGetter(t, "mode", self => PyStr.New("wb"));
    }
}

public sealed class StdBinaryReader : PyObject
{
    internal static readonly PyType Type = BuiltinTypes.NewNativeType("BufferedReader", "_io", AddMethods);
    readonly StdinStream text;

    public StdBinaryReader(StdinStream text)
    {
        this.text = text;
        ObType = Type;
        Heap.Allocated(Type);
    }

    static PyBytes Bytes(string s) => PyBytes.New(Encoding.UTF8.GetBytes(s));

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        var line = text.ReadLine();
        return line.Length == 0 ? null : Bytes(line);
    }

    public override string Repr() => "<_io.BufferedReader name='<stdin>'>";

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "read", (self, a, k) =>
        {
            ArgParser.Positional("read", a, k, 0, 1);
            long size = a.Length == 0 || a[0] is PyNone ? -1 : ArgParser.Int(a[0], "read");
            return Bytes(((StdBinaryReader)self).text.ReadAll(size));
        });
        BuiltinTypes.AddMethod(t, "readline", (self, a, k) =>
        {
            ArgParser.Positional("readline", a, k, 0, 1);
            return Bytes(((StdBinaryReader)self).text.ReadLine());
        });
        BuiltinTypes.AddMethod(t, "readlines", (self, a, k) =>
        {
            var reader = ((StdBinaryReader)self).text;
            var list = PyList.New();
            for (var line = reader.ReadLine(); line.Length > 0; line = reader.ReadLine()) list.AppendSteal(Bytes(line));
            return list;
        });
        BuiltinTypes.AddMethod(t, "fileno", (self, a, k) => PyInt.New(0));
        BuiltinTypes.AddMethod(t, "readable", (self, a, k) => PyBool.From(true));
        BuiltinTypes.AddMethod(t, "writable", (self, a, k) => PyBool.From(false));
        BuiltinTypes.AddMethod(t, "seekable", (self, a, k) => PyBool.From(false));
        BuiltinTypes.AddGetter(t, "name", self => PyStr.New("<stdin>"));
        BuiltinTypes.AddGetter(t, "closed", self => PyBool.From(false));
        BuiltinTypes.AddGetter(t, "mode", self => PyStr.New("rb"));
    }
}
