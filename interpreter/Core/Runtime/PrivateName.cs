// PrivateName: the rule of private name mangling (CPython's _Py_Mangle). Inside class C an
// identifier __spam (two leading underscores, not two trailing ones, no dot) stands for
// _C__spam; the class name loses its leading underscores first, and a class named only with
// underscores mangles nothing. The compiler applies it to the names in class bodies
// (Compiler/PrivateNames.cs); class creation applies it to the names in __slots__.
namespace MiniPy.Runtime;

public static class PrivateName
{
    public static string Mangle(string className, string name)
    {
        if (className == null || name == null || name.Length < 3 || !name.StartsWith("__") || name.EndsWith("__") || name.Contains('.'))
            return name;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }
}
