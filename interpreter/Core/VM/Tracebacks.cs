// Printing exceptions the way CPython does: the chain of causes and contexts, each with
// "Traceback (most recent call last):", its File/line/name entries and source lines, then
// "Type: message". SyntaxErrors print their file, line, source and caret instead.
using System.Text;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class Tracebacks
{
    public static string Format(PyException exc)
    {
        var sb = new StringBuilder();
        FormatChain(exc, sb, new HashSet<PyException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    static void FormatChain(PyException exc, StringBuilder sb, HashSet<PyException> seen)
    {
        seen.Add(exc);
        if (exc.Cause != null && !seen.Contains(exc.Cause))
        {
            FormatChain(exc.Cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context != null && !exc.SuppressContext && !seen.Contains(exc.Context))
        {
            FormatChain(exc.Context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(exc, sb);
    }

    static void FormatOne(PyException exc, StringBuilder sb)
    {
        if (exc.Traceback != null)
        {
            sb.Append("Traceback (most recent call last):\n");
            // As CPython's traceback module: the same entry (file, line, function) more than
            // three times in a row — recursion — is shown three times, then counted.
            PyTraceback last = null;
            int count = 0;
            for (var tb = exc.Traceback; tb != null; tb = tb.NextTb)
            {
                if (last == null || tb.Code.FileName != last.Code.FileName || tb.Line != last.Line || tb.Code.Name != last.Code.Name)
                {
                    AppendRepeated(sb, count);
                    last = tb;
                    count = 0;
                }
                if (++count > RecursiveCutoff) continue;
                sb.Append("  File \"").Append(tb.Code.FileName).Append("\", line ").Append(tb.Line)
                  .Append(", in ").Append(tb.Code.Name).Append('\n');
                var line = tb.Code.Source.Line(tb.Line);
                if (!string.IsNullOrWhiteSpace(line))
                {
                    sb.Append("    ").Append(line.Trim()).Append('\n');
                    var carets = TracebackCarets.For(tb.Code, tb.Pc, line);
                    if (carets != null) sb.Append(carets).Append('\n');
                }
            }
            AppendRepeated(sb, count);
        }
        if (exc.ObType.IsSubtypeOf(ErrorTypes.SyntaxError)) SyntaxErrors.AppendDetails(exc, sb);
        sb.Append(ExceptionLine(exc)).Append('\n');
    }

    const int RecursiveCutoff = 3;

    static void AppendRepeated(StringBuilder sb, int count)
    {
        if (count <= RecursiveCutoff) return;
        int more = count - RecursiveCutoff;
        sb.Append("  [Previous line repeated ").Append(more).Append(more == 1 ? " more time]\n" : " more times]\n");
    }

    /// <summary>"Type: message", or just "Type" when the message is empty.</summary>
    public static string ExceptionLine(PyException exc)
    {
        string name = exc.ObType.Module is "builtins" or "__main__" ? exc.ObType.Name : exc.ObType.QualifiedName;
        string msg;
        try
        {
            msg = exc.ObType.IsSubtypeOf(ErrorTypes.SyntaxError) ? SyntaxErrors.Message(exc) : exc.Str();
        }
        catch (PyRaise r)
        {
            Rc.Dec(r.TakeException());
            msg = "<exception str() failed>";
        }
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    /// <summary>Reports an exception that cannot propagate (see Unraisable) on the running
    /// interpreter's stderr, as CPython's default sys.unraisablehook.</summary>
    public static void PrintUnraisable(PyException exc, PyObject where)
    {
        var interp = ThreadState.Current?.Interp;
        if (interp == null) return;
        string place;
        try { place = Ops.Repr(where); }
        catch (PyRaise r)
        {
            Rc.Dec(r.TakeException());
            place = $"<{where.ObType.Name} object at 0x{Identity.Of(where):x}>";
        }
        interp.Stdout.Flush();
        interp.Stderr.Write("Exception ignored in: " + place + "\n" + Format(exc));
        interp.Stderr.Flush();
    }

    /// <summary>Prints the exception to the interpreter's stderr.</summary>
    public static void Print(Interpreter interp, PyException exc)
    {
        interp.Stdout.Flush();
        interp.Stderr.Write(Format(exc));
        interp.Stderr.Flush();
    }
}
