// str.maketrans and str.translate (to be filled in).
namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static void AddTranslateMethods(PyType t) { }
}
