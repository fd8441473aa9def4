// sys.stdout and sys.stderr: text streams with write() and flush() over the host's writers.
using MiniPy.Runtime;
using MiniPy.Runtime.Text;

namespace MiniPy.Stdlib;

public sealed class TextStream : PyObject
{
    static PyType type;
    public readonly TextWriter Writer;
    readonly string name;

    static PyType StreamType()
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
            ((TextStream)self).Writer.Write(s.Value);
            return PyInt.New(CodePoints.Count(s.Value));
        });
        BuiltinTypes.AddMethod(t, "flush", (self, args, kw) =>
        {
            ((TextStream)self).Writer.Flush();
            return Rc.New(PyNone.Instance);
        });
        BuiltinTypes.AddMethod(t, "isatty", (self, args, kw) =>
            PyBool.From(((TextStream)self).name == "<stdout>" ? !Console.IsOutputRedirected : !Console.IsErrorRedirected));
        BuiltinTypes.AddMethod(t, "fileno", (self, args, kw) => PyInt.New(((TextStream)self).name == "<stdout>" ? 1 : 2));
    }

    public TextStream(TextWriter writer, string name)
    {
        Writer = writer;
        this.name = name;
        ObType = StreamType();
        Heap.Allocated(ObType);
    }

    public override string Repr() => $"<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>";
}
