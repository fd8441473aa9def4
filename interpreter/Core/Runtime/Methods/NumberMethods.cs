// Methods of a built-in type (to be filled in).
namespace MiniPy.Runtime;

public static class NumberMethods
{
    public static void AddInt(PyType t) { }
    public static void AddFloat(PyType t) { }
}
