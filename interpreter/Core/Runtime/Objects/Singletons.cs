// None, NotImplemented and Ellipsis: the static singletons that are not numbers.
namespace MiniPy.Runtime;

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    PyNone() { IsStatic = true; }
    public override string Repr() => "None";
    public override bool IsTrue() => false;
    public override long Hash() => 0xFCA86420;
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    PyNotImplemented() { IsStatic = true; }
    public override string Repr() => "NotImplemented";
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    PyEllipsis() { IsStatic = true; }
    public override string Repr() => "Ellipsis";
}
