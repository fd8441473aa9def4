// The exception the layout pass and the grammar throw for bad source. The runtime turns it
// into a Python SyntaxError (or IndentationError / TabError when Kind says so).
namespace MiniPy.Syntax;

public sealed class SyntaxErrorException : Exception
{
    /// <summary>"SyntaxError", "IndentationError" or "TabError".</summary>
    public string Kind { get; }
    public string Msg { get; }
    public string FileName { get; }
    /// <summary>1-based line number.</summary>
    public int LineNo { get; }
    /// <summary>1-based column of the offending character, as CPython's SyntaxError.offset.</summary>
    public int Offset { get; }
    /// <summary>The text of the offending physical line, without its newline.</summary>
    public string LineText { get; }
    /// <summary>1-based column just past the offending text (CPython's end_offset), 0 for a
    /// single caret, or -1 for none (CPython's "unexpected indent").</summary>
    public int EndOffset { get; init; }
    /// <summary>The line EndOffset is on (CPython's end_lineno), when it is not LineNo; 0
    /// otherwise.</summary>
    public int EndLineNo { get; init; }

    public SyntaxErrorException(string msg, string fileName, int lineNo, int offset, string lineText, string kind = "SyntaxError")
        : base(msg)
    {
        Kind = kind; Msg = msg; FileName = fileName; LineNo = lineNo; Offset = offset; LineText = lineText;
    }
}
