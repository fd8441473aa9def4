// Printing exceptions the way CPython does: the chain of causes and contexts, each with
// "Traceback (most recent call last):", its File/line/name entries and source lines, then
// "Type: message" and the exception's notes. SyntaxErrors print their file, line, source and
// caret instead. An exception group is drawn as CPython draws it: "Exception Group
// Traceback", then each sub-exception in a numbered box, nested groups indented within,
// every line of a box behind a "| " margin (at most 15 sub-exceptions and 10 levels shown).
using System.Text;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class Tracebacks
{
    /// <summary>The exception and its traceback, as CPython prints them. withSuggestions: as
    /// its default display (sys.excepthook, threading.excepthook) shows them, with the
    /// "Did you mean" hints of Suggestions.cs; the traceback module's text has none.</summary>
    public static string Format(PyException exc, bool withSuggestions = false)
    {
        var printer = new Printer { WithSuggestions = withSuggestions };
        printer.Format(exc);
        return printer.ToString();
    }

    const string CauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
    const string ContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";
    const int MaxGroupWidth = 15, MaxGroupDepth = 10;

    /// <summary>The state of one print: exceptions already shown (a chain may loop), and
    /// how deep in exception groups the current line is.</summary>
    sealed class Printer
    {
        readonly StringBuilder sb = new();
        readonly HashSet<PyException> seen = new(ReferenceEqualityComparer.Instance);
        public bool WithSuggestions;
        int depth;
        bool needClose;

        public override string ToString() => sb.ToString();

        /// <summary>Appends text line by line behind the margin of the current depth.</summary>
        void Emit(string text, char margin = '|')
        {
            if (depth == 0)
            {
                sb.Append(text);
                return;
            }
            string prefix = new string(' ', 2 * depth) + margin + " ";
            for (int start = 0; start < text.Length;)
            {
                int newline = text.IndexOf('\n', start);
                int end = newline < 0 ? text.Length : newline + 1;
                sb.Append(prefix).Append(text, start, end - start);
                start = end;
            }
        }

        public void Format(PyException exc)
        {
            var chain = new List<(string message, PyException exc)>();
            for (var current = exc; current != null;)
            {
                seen.Add(current);
                if (current.Cause != null && !seen.Contains(current.Cause))
                {
                    chain.Add((CauseMessage, current));
                    current = current.Cause;
                }
                else if (current.Context != null && !current.SuppressContext && !seen.Contains(current.Context))
                {
                    chain.Add((ContextMessage, current));
                    current = current.Context;
                }
                else
                {
                    chain.Add((null, current));
                    current = null;
                }
            }
            for (int i = chain.Count - 1; i >= 0; i--)
            {
                var (message, e) = chain[i];
                if (message != null) Emit(message);
                FormatOne(e);
            }
        }

        void FormatOne(PyException exc)
        {
            var group = GroupMembers(exc);
            if (group == null)
            {
                if (exc.Traceback != null)
                {
                    Emit("Traceback (most recent call last):\n");
                    Emit(StackText(exc));
                }
                Emit(ExceptionOnly(exc, WithSuggestions));
                return;
            }
            try { FormatGroup(exc, group); }
            finally { Rc.Dec(group); }
        }

        void FormatGroup(PyException exc, PyTuple members)
        {
            if (depth > MaxGroupDepth)
            {
                Emit($"... (max_group_depth is {MaxGroupDepth})\n");
                return;
            }
            bool topLevel = depth == 0;
            if (topLevel) depth++;
            if (exc.Traceback != null)
            {
                Emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                Emit(StackText(exc));
            }
            Emit(ExceptionOnly(exc, WithSuggestions));
            int count = members.Count;
            int shown = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
            needClose = false;
            for (int i = 0; i < shown; i++)
            {
                bool last = i == shown - 1;
                if (last) needClose = true; // the closing line may come from a nested group
                bool truncated = i >= MaxGroupWidth;
                string title = truncated ? "..." : (i + 1).ToString();
                sb.Append(' ', 2 * depth).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
                depth++;
                if (!truncated && members.Items[i] is PyException member) Format(member);
                else if (truncated)
                {
                    int remaining = count - MaxGroupWidth;
                    Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
                }
                if (last && needClose)
                {
                    sb.Append(' ', 2 * depth).Append("+------------------------------------\n");
                    needClose = false;
                }
                depth--;
            }
            if (topLevel) depth = 0;
        }
    }

    /// <summary>The sub-exceptions of an exception group (a new reference), or null for any
    /// other exception.</summary>
    static PyTuple GroupMembers(PyException exc)
    {
        bool isGroup = false;
        foreach (var t in exc.ObType.Mro)
            if (t.IsHeapType && t.Name == "BaseExceptionGroup" && t.Module == "builtins") { isGroup = true; break; }
        if (!isGroup) return null;
        var members = Ops.GetAttrOrNull(exc, "exceptions");
        if (members is PyTuple tuple) return tuple;
        Rc.XDec(members);
        return null;
    }

    /// <summary>Where the traceback module's formatting finds the lines of code that names no
    /// file (`<doctest ...>`, a name put in linecache's cache): linecache.getline, as in
    /// CPython's traceback.py. Null for the interpreter's own printing, which, as CPython's,
    /// quotes only files. Set for one call by _traceback.format.</summary>
    [ThreadStatic] public static Func<string, int, string> PseudoFileLines;

    /// <summary>The File/line entries of exc's traceback with their source lines.</summary>
    static string StackText(PyException exc)
    {
        var sb = new StringBuilder();
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
            // Code from `-c`, exec() or the prompt ("<string>", "<stdin>") shows no line, as
            // in CPython, whose printer reads lines from the file a name names.
            var line = !IsPseudoFileName(tb.Code.FileName) ? tb.Code.Source.Line(tb.Line)
                : PseudoFileLines?.Invoke(tb.Code.FileName, tb.Line);
            if (!string.IsNullOrWhiteSpace(line))
            {
                sb.Append("    ").Append(line.Trim()).Append('\n');
                var carets = TracebackCarets.For(tb.Code, tb.Pc, line);
                if (carets != null) sb.Append(carets).Append('\n');
            }
        }
        AppendRepeated(sb, count);
        return sb.ToString();
    }

    /// <summary>A name in angle brackets, which names no file.</summary>
    static bool IsPseudoFileName(string name) => name.Length >= 2 && name[0] == '<' && name[^1] == '>';

    /// <summary>"Type: message" (with a SyntaxError's location first), then the notes.</summary>
    public static string ExceptionOnly(PyException exc, bool withSuggestions = false)
    {
        var sb = new StringBuilder();
        if (exc.ObType.IsSubtypeOf(ErrorTypes.SyntaxError)) SyntaxErrors.AppendDetails(exc, sb);
        sb.Append(ExceptionLine(exc));
        if (withSuggestions && Suggestion(exc) is { } meant) sb.Append(". Did you mean: '").Append(meant).Append("'?");
        sb.Append('\n');
        AppendNotes(exc, sb);
        return sb.ToString();
    }

    /// <summary>The notes add_note() attached (PEP 678), each on its own lines.</summary>
    static void AppendNotes(PyException exc, StringBuilder sb)
    {
        var notes = exc.InstanceDict?.GetItemBorrowed("__notes__");
        if (notes == null || notes is PyNone) return;
        if (notes is PyList or PyTuple)
        {
            foreach (var note in Ops.ToArray(notes))
            {
                try { sb.Append(SafeText(note, "note", false)).Append('\n'); }
                finally { Rc.Dec(note); }
            }
            return;
        }
        sb.Append(SafeText(notes, "__notes__", true)).Append('\n');
    }

    static string SafeText(PyObject o, string what, bool repr)
    {
        try { return repr ? Ops.Repr(o) : Ops.Str(o); }
        catch (PyRaise r)
        {
            Rc.Dec(r.TakeException());
            return $"<{what} {(repr ? "repr" : "str")}() failed>";
        }
    }

    const int RecursiveCutoff = 3;

    static void AppendRepeated(StringBuilder sb, int count)
    {
        if (count <= RecursiveCutoff) return;
        int more = count - RecursiveCutoff;
        sb.Append("  [Previous line repeated ").Append(more).Append(more == 1 ? " more time]\n" : " more times]\n");
    }

    /// <summary>The name an AttributeError or a NameError most likely meant (Suggestions.cs).</summary>
    static string Suggestion(PyException exc)
    {
        if (exc.ObType.IsSubtypeOf(ErrorTypes.AttributeError)) return Suggestions.ForAttribute(exc);
        if (exc.ObType.IsSubtypeOf(ErrorTypes.NameError)) return exc.NameSuggestion;
        return null;
    }

    /// <summary>"Type: message", or just "Type" when the message is empty.</summary>
    public static string ExceptionLine(PyException exc)
    {
        var type = exc.ObType;
        string name = type.Module is "builtins" or "__main__" ? type.QualifiedNameInModule ?? type.Name : type.QualifiedName;
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
        var sys = interp.Modules?.GetItemBorrowed(PyStr.Intern("sys")) as PyModule;
        var hook = sys?.Dict.GetItemBorrowed(PyStr.Intern("excepthook"));
        if (hook != null && hook is not PyNone)
        {
            // sys.excepthook prints it (by default to sys.stderr as the program left it).
            var tb = Ops.GetAttr(exc, "__traceback__");
            try
            {
                Rc.Dec(hook.Call(new PyObject[] { exc.ObType, exc, tb }, null));
                return;
            }
            catch (PyRaise e)
            {
                // As CPython: the hook's own error, then the exception it was given.
                var hookError = e.TakeException();
                interp.Stderr.Write("Error in sys.excepthook:\n" + Format(hookError, withSuggestions: true) + "\nOriginal exception was:\n");
                Rc.Dec(hookError);
            }
            finally { Rc.Dec(tb); }
        }
        interp.Stderr.Write(Format(exc, withSuggestions: true));
        interp.Stderr.Flush();
    }
}
