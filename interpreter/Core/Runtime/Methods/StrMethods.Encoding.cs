// str.encode(encoding='utf-8', errors='strict'), through Codecs.
namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static readonly string[] encodeNames = { "encoding", "errors" };

    static void AddEncodingMethods(PyType t)
    {
        BuiltinTypes.AddMethod(t, "encode", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("encode", args, kw, encodeNames, 0);
            string encoding = a[0] == null ? "utf-8" : NamedStrArgument(a[0], "encode", "encoding");
            string errors = a[1] == null ? "strict" : NamedStrArgument(a[1], "encode", "errors");
            return PyBytes.New(Codecs.Encode(((PyStr)self).Value, encoding, errors));
        });
    }

    /// <summary>A str argument of a keyword-taking method: "encode() argument 'encoding' must be str, not int".</summary>
    internal static string NamedStrArgument(PyObject o, string function, string parameter)
    {
        if (o is PyStr s) return s.Value;
        throw Err.TypeError($"{function}() argument '{parameter}' must be str, not {o.ObType.Name}");
    }
}
