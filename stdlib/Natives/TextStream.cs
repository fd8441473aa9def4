// sys.stdout and sys.stderr: text streams over the host's writers (write, flush, the file
// attributes programs read, and .buffer, the binary layer of StdBinaryStreams.cs).
using MiniPy.Runtime;
using MiniPy.Runtime.Text;

namespace MiniPy.Stdlib;

public sealed class TextStream : PyObject
{
    static PyType type;
    public readonly TextWriter Writer;
    readonly string name;
    StdBinaryWriter buffer;

    public string Name => name;
    public int FileNumber => name == "<stdout>" ? 1 : 2;

    internal static PyType StreamType()
    {
        if (type != null) return type;
        return type = BuiltinTypes.NewNativeType("TextIOWrapper", "_io", AddMethods);
    }

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "write", (self, args, kw) =>
        {
            ArgParser.Positional("write", args, kw, 1, 1);
            if (args[0] is not PyStr s) throw Err.TypeError($"write() argument must be str, not {args[0].ObType.Name}");
            var stream = (TextStream)self;
            stream.Writer.Write(stream.Encodable(s));
            return PyInt.New(CodePoints.Count(s.Value));
        });
        BuiltinTypes.AddMethod(t, "flush", (self, args, kw) =>
        {
            ((TextStream)self).Writer.Flush();
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "isatty", (self, args, kw) =>
            PyBool.From(((TextStream)self).name == "<stdout>" ? !Console.IsOutputRedirected : !Console.IsErrorRedirected));
        BuiltinTypes.AddMethod(t, "fileno", (self, args, kw) => PyInt.New(((TextStream)self).FileNumber));
        BuiltinTypes.AddMethod(t, "writelines", PyFile.WriteLines);
        BuiltinTypes.AddMethod(t, "writable", (self, args, kw) => PyBool.From(true));
        BuiltinTypes.AddMethod(t, "readable", (self, args, kw) => PyBool.From(false));
        BuiltinTypes.AddMethod(t, "seekable", (self, args, kw) => PyBool.From(false));
        BuiltinTypes.AddMethod(t, "reconfigure", (self, args, kw) => Reconfigure(args, kw));
        BuiltinTypes.AddGetter(t, "buffer", self =>
        {
            var s = (TextStream)self;
            return Rc.New(s.buffer ??= new StdBinaryWriter(s));
        });
        BuiltinTypes.AddGetter(t, "name", self => PyStr.New(((TextStream)self).name));
        BuiltinTypes.AddGetter(t, "mode", self => PyStr.New("w"));
        BuiltinTypes.AddGetter(t, "encoding", self => PyStr.New("utf-8"));
        BuiltinTypes.AddGetter(t, "errors", self => PyStr.New(((TextStream)self).name == "<stderr>" ? "backslashreplace" : "strict"));
        BuiltinTypes.AddGetter(t, "closed", self => PyBool.From(false));
        BuiltinTypes.AddGetter(t, "line_buffering", self => PyBool.From(false));
        BuiltinTypes.AddGetter(t, "newlines", self => Rc.New(PyNone.Instance));
    }

    /// <summary>The text of s, checked as the stream's UTF-8 takes it: a lone surrogate
    /// (which UTF-8 cannot encode) is CPython's UnicodeEncodeError on stdout; stderr's error
    /// handler is backslashreplace, which the host's encoding applies (StdStreamEncoding).</summary>
    string Encodable(PyStr s)
    {
        int bad = name == "<stderr>" ? -1 : CodePoints.LoneSurrogateAt(s.Value);
        if (bad >= 0) throw UnicodeErrorMethods.SurrogateNotEncodable(s, bad);
        return s.Value;
    }

    /// <summary>TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering,
    /// write_through): the standard streams stay UTF-8 with '\n' line ends, which is what
    /// programs ask for with it; another encoding is a LookupError if unknown, as in CPython.</summary>
    internal static PyObject Reconfigure(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        if (args.Length > (kw?.Count ?? 0)) throw Err.TypeError("reconfigure() takes no positional arguments");
        var p = ArgParser.Parse("reconfigure", args, kw, new[] { "encoding", "errors", "newline", "line_buffering", "write_through" }, 0);
        if (p[0] is PyStr encoding) Codecs.Encode("", encoding.Value, "strict");
        return Rc.New(PyNone.Instance);
    }

    public TextStream(TextWriter writer, string name)
    {
        Writer = writer;
        this.name = name;
        ObType = StreamType();
        Heap.Allocated(ObType);
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        var b = buffer;
        buffer = null;
        if (b != null) Rc.Dec(b);
    }

    public override string Repr() => $"<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>";
}
