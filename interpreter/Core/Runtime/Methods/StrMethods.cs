// Methods of a built-in type (to be filled in).
namespace MiniPy.Runtime;

public static class StrMethods
{
    public static void Add(PyType t) { }
}
