// SyntaxError objects: made from the parser's SyntaxErrorException with the attributes CPython
// gives them (msg, filename, lineno, offset, text, end_lineno, end_offset), and printed with the offending line and
// a caret under the column.
using System.Text;
using MiniPy.Runtime;
using MiniPy.Syntax;

namespace MiniPy.VM;

public static class SyntaxErrors
{
    public static PyException ToException(SyntaxErrorException se)
    {
        var type = se.Kind switch
        {
            "IndentationError" => ErrorTypes.IndentationError,
            "TabError" => ErrorTypes.TabError,
            _ => ErrorTypes.SyntaxError,
        };
        // As CPython's: args are (msg, (filename, lineno, offset, text, end_lineno,
        // end_offset)), and the fields are read from them. The text ends in a newline, as
        // the tokenizer reads every line.
        var details = new PyObject[]
        {
            PyStr.New(se.FileName), PyInt.New(se.LineNo), PyInt.New(se.Offset),
            se.LineText == null ? Rc.New(PyNone.Instance) : PyStr.New(se.LineText.EndsWith('\n') ? se.LineText : se.LineText + "\n"),
            PyInt.New(se.EndLineNo > se.LineNo ? se.EndLineNo : se.LineNo),
            // A single caret's end is its start, as the compiler's errors give it in CPython.
            se.EndOffset > se.Offset || se.EndLineNo > se.LineNo || se.EndOffset == -1 ? PyInt.New(se.EndOffset) : PyInt.New(se.Offset),
        };
        var info = PyTuple.FromSpan(details);
        foreach (var o in details) Rc.Dec(o);
        var msg = PyStr.New(se.Msg);
        var exc = PyException.New(type, new PyObject[] { msg, info });
        Rc.Dec(msg);
        Rc.Dec(info);
        SyntaxErrorFields.Fill(exc);
        return exc;
    }

    public static string Message(PyException exc)
    {
        var msg = exc.Dict?.GetItemBorrowed("msg");
        return msg != null ? Ops.Str(msg) : exc.DefaultStr();
    }

    /// <summary>Appends '  File "x.py", line N', the source line and the caret.</summary>
    public static void AppendDetails(PyException exc, StringBuilder sb)
    {
        var d = exc.Dict;
        if (d == null) return;
        var file = d.GetItemBorrowed("filename") as PyStr;
        var line = d.GetItemBorrowed("lineno") as PyInt;
        var text = d.GetItemBorrowed("text") as PyStr;
        var offset = d.GetItemBorrowed("offset") as PyInt;
        if (file == null || line == null) return;
        sb.Append("  File \"").Append(file.Value).Append("\", line ").Append(line.Value).Append('\n');
        if (text == null) return;
        var raw = text.Value.TrimEnd('\n', '\r');
        var stripped = raw.TrimStart();
        int removed = raw.Length - stripped.Length;
        sb.Append("    ").Append(stripped).Append('\n');
        // No caret for an end_offset of -1, as CPython's display (an unexpected indent).
        if (offset != null && offset.Value >= 1 && !(d.GetItemBorrowed("end_offset") is PyInt { Value: -1 }))
        {
            int col = (int)Math.Max(0, Math.Min(offset.Value - 1 - removed, stripped.Length));
            // A range of carets when the error spans text (end_offset), one otherwise.
            // A range that goes on to later lines is marked to the end of this one.
            int toLineEnd = Math.Max(1, stripped.Length - col);
            int width = d.GetItemBorrowed("end_lineno") is PyInt endLine && endLine.Value > line.Value ? toLineEnd
                : d.GetItemBorrowed("end_offset") is PyInt end && end.Value > offset.Value ? (int)Math.Min(end.Value - offset.Value, toLineEnd) : 1;
            sb.Append("    ").Append(' ', col).Append('^', width).Append('\n');
        }
    }
}
