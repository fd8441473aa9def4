// str.format and str.format_map (to be filled in).
namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static void AddFormatMethods(PyType t) { }
}
