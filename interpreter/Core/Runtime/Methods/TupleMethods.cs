// Methods of a built-in type (to be filled in).
namespace MiniPy.Runtime;

public static class TupleMethods
{
    public static void Add(PyType t) { }
}
