// Methods of set and frozenset (to be filled in).
namespace MiniPy.Runtime;

public static class SetMethods
{
    public static void Add(PyType t, bool frozen) { }
}
