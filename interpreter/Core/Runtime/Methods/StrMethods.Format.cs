// str.format(*args, **kwargs) and str.format_map(mapping); the engine is FormatString.
namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static void AddFormatMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "format", (self, args, kw) =>
        {
            int npos = MethodArgs.PositionalCount(args, kw);
            var fields = new FormatString.Arguments(args.Slice(0, npos), kw, args.Slice(npos), null);
            return PyStr.New(FormatString.Format(((PyStr)self).Value, ref fields));
        });
        BuiltinTypes.AddMethod(t, "format_map", (self, args, kw) =>
        {
            var mapping = MethodArgs.One("str.format_map", args, kw);
            var fields = new FormatString.Arguments(ReadOnlySpan<PyObject>.Empty, null, ReadOnlySpan<PyObject>.Empty, mapping);
            return PyStr.New(FormatString.Format(((PyStr)self).Value, ref fields));
        });
    }
}
