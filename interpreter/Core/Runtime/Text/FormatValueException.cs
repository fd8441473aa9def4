// The exception the text primitives throw for bad input. It carries the name of the Python
// exception type to raise ("ValueError", "OverflowError", "TypeError") and CPython's message.
namespace MiniPy.Runtime.Text;

public sealed class FormatValueException : Exception
{
    /// <summary>The Python exception type name, e.g. "ValueError".</summary>
    public string PythonExceptionType { get; }

    public FormatValueException(string pythonExceptionType, string message)
        : base(message)
    {
        PythonExceptionType = pythonExceptionType;
    }

    internal static FormatValueException ValueError(string message) => new("ValueError", message);

    internal static FormatValueException OverflowError(string message) => new("OverflowError", message);
}
