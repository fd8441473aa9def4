// _io: the interpreter's own file objects, by kind, for io.py. What open() returns and the
// standard streams are native types (named after CPython's _io classes); io.py registers
// them as virtual subclasses of its TextIOBase and BufferedIOBase, so that
// isinstance(open(path), io.TextIOBase) is true, as in CPython.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class IoModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_io");
        m.SetSteal("text_types", PyTuple.Of(PyFile.TextType, TextStream.StreamType(), StdinStream.Type));
        m.SetSteal("buffered_types", PyTuple.Of(PyFile.BinaryType, PyFile.BufferedWriterType, PyFile.BufferedRandomType,
            StdBinaryWriter.Type, StdBinaryReader.Type));
        return m;
    }
}
