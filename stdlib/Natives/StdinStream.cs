// sys.stdin: the standard input as a text stream (read, readline, readlines, iteration),
// reading the terminal or a pipe line by line. A read that waits lets other threads run
// (the GIL is released around it), as CPython's does.
using System.Text;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public sealed class StdinStream : PyObject
{
    public static readonly PyType Type = BuiltinTypes.NewNativeType("TextIOWrapper", "_io", AddMethods);
    readonly TextReader reader;
    bool closed;
    StdBinaryReader buffer;

    public StdinStream(TextReader reader)
    {
        this.reader = reader;
        ObType = Type;
        Heap.Allocated(Type);
    }

    void CheckOpen()
    {
        if (closed) throw Err.ValueError("I/O operation on closed file.");
    }

    /// <summary>One line with its newline, or its first limit characters when limit is not
    /// negative (the rest is the next read's); "" at the end of input.</summary>
    internal string ReadLine(long limit = -1)
    {
        CheckOpen();
        var sb = new StringBuilder();
        return Blocking.Run(() =>
        {
            while (limit < 0 || sb.Length < limit)
            {
                int c = reader.Read();
                if (c < 0) return sb.ToString();
                sb.Append((char)c);
                if (c == '\n') return sb.ToString();
            }
            return sb.ToString();
        });
    }

    internal string ReadAll(long size)
    {
        CheckOpen();
        return Blocking.Run(() =>
        {
            if (size < 0) return reader.ReadToEnd();
            // In pieces: a large size is a limit, not an allocation.
            var sb = new StringBuilder();
            var buf = new char[(int)Math.Min(size, 65536)];
            while (sb.Length < size)
            {
                int n = reader.ReadBlock(buf, 0, (int)Math.Min(buf.Length, size - sb.Length));
                if (n == 0) break;
                sb.Append(buf, 0, n);
            }
            return sb.ToString();
        });
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        var line = ReadLine();
        return line.Length == 0 ? null : PyStr.New(line);
    }

    protected override void Dealloc()
    {
        Heap.Freed(this);
        var b = buffer;
        buffer = null;
        if (b != null) Rc.Dec(b);
    }

    public override string Repr() => "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";

    static void AddMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "readline", (self, a, k) =>
        {
            ArgParser.Positional("readline", a, k, 0, 1);
            long size = a.Length == 0 ? -1 : ArgParser.Int(a[0], "readline");
            return PyStr.New(((StdinStream)self).ReadLine(size));
        });
        BuiltinTypes.AddMethod(t, "read", (self, a, k) =>
        {
            ArgParser.Positional("read", a, k, 0, 1);
            long size = a.Length == 0 || a[0] is PyNone ? -1 : ArgParser.Int(a[0], "read");
            return PyStr.New(((StdinStream)self).ReadAll(size));
        });
        BuiltinTypes.AddMethod(t, "readlines", (self, a, k) =>
        {
            var s = (StdinStream)self;
            var list = PyList.New();
            for (var line = s.ReadLine(); line.Length > 0; line = s.ReadLine()) list.AppendSteal(PyStr.New(line));
            return list;
        });
        BuiltinTypes.AddMethod(t, "close", (self, a, k) => { ((StdinStream)self).closed = true; return Rc.New(PyNone.Instance); });
        BuiltinTypes.AddMethod(t, "fileno", (self, a, k) => PyInt.New(0));
        BuiltinTypes.AddMethod(t, "isatty", (self, a, k) => PyBool.From(!Console.IsInputRedirected));
        BuiltinTypes.AddMethod(t, "readable", (self, a, k) => PyBool.From(true));
        BuiltinTypes.AddMethod(t, "writable", (self, a, k) => PyBool.From(false));
        BuiltinTypes.AddMethod(t, "__enter__", (self, a, k) => Rc.New(self));
        BuiltinTypes.AddMethod(t, "__exit__", (self, a, k) => { ((StdinStream)self).closed = true; return Rc.New(PyNone.Instance); });
        BuiltinTypes.AddGetter(t, "closed", self => PyBool.From(((StdinStream)self).closed));
        BuiltinTypes.AddGetter(t, "name", self => PyStr.New("<stdin>"));
        BuiltinTypes.AddGetter(t, "encoding", self => PyStr.New("utf-8"));
        BuiltinTypes.AddGetter(t, "errors", self => PyStr.New("strict"));
        BuiltinTypes.AddGetter(t, "buffer", self =>
        {
            var s = (StdinStream)self;
            return Rc.New(s.buffer ??= new StdBinaryReader(s));
        });
        BuiltinTypes.AddMethod(t, "seekable", (self, a, k) => PyBool.From(false));
        BuiltinTypes.AddMethod(t, "reconfigure", (self, a, k) => TextStream.Reconfigure(a, k));
        BuiltinTypes.AddGetter(t, "mode", self => PyStr.New("r"));
    }
}
