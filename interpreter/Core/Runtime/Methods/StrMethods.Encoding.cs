// str.encode (to be filled in).
namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static void AddEncodingMethods(PyType t) { }
}
