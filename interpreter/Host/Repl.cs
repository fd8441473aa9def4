// The interactive prompt: `./minipy` on a terminal, or `./minipy -i [FILE]` (after the
// program, in its namespace, as `python -i`). Reads an input — one line, or several when
// the first opens a block, a bracket or a string — compiles it in interactive mode (an
// expression statement prints its repr and binds _), runs it in __main__, and prints any
// traceback without leaving. exit(), quit() or Ctrl-D leave; Ctrl-C abandons the line being
// typed or interrupts the code running.
//
// Like CPython, the banner and the prompts go to stderr when the input is not a terminal
// (so `minipy -i < input` leaves stdout to the program), and to the terminal otherwise.
using MiniPy.Runtime;
using MiniPy.Syntax;
using MiniPy.VM;

namespace MiniPy.Host;

public sealed class Repl
{
    readonly Interpreter interp;
    readonly TextReader input;
    readonly TextWriter prompts;
    readonly LineEditor editor;

    Repl(Interpreter interp, bool terminal, TextWriter stderr)
    {
        this.interp = interp;
        if (terminal)
        {
            editor = new LineEditor();
            prompts = Console.Out;
        }
        else
        {
            input = Console.In;
            prompts = stderr;
        }
    }

    public static string Banner(Interpreter interp) =>
        $"MiniPy {typeof(Repl).Assembly.GetName().Version?.ToString(3)} (Python 3.11 subset, {GilTimeline.Describe(interp)}) on linux\n" +
        "Type \"help()\" for MiniPy's options; exit() or Ctrl-D leaves.";

    /// <summary>Runs the prompt until exit() or the end of input, in the __main__ module
    /// (made empty if no program ran first). SystemExit leaves through the caller.</summary>
    public static void Run(Interpreter interp, TextWriter stderr, bool showBanner)
    {
        bool terminal = !Console.IsInputRedirected;
        var repl = new Repl(interp, terminal, stderr);
        if (interp.Modules.GetItemBorrowed(PyStr.Intern("__main__")) is not PyModule)
            interp.RunMain("", "<stdin>");
        var main = (PyModule)interp.Modules.GetItemBorrowed(PyStr.Intern("__main__"));
        if (showBanner) repl.Write(Banner(interp) + "\n");
        repl.Loop(main);
    }

    void Write(string text)
    {
        interp.Stdout.Flush();
        prompts.Write(text);
        prompts.Flush();
    }

    void Loop(PyModule main)
    {
        while (true)
        {
            var source = ReadInput();
            if (source == null)
            {
                if (editor == null) Write("\n"); // the editor has already ended its line
                return;
            }
            if (source.Trim().Length == 0) continue;
            Execute(source, main);
        }
    }

    /// <summary>One input, or null at the end of input. Ctrl-C while typing starts over.</summary>
    string ReadInput()
    {
        var lines = new List<string>();
        while (true)
        {
            string prompt = lines.Count == 0 ? ">>> " : "... ";
            string line;
            if (editor != null)
            {
                var outcome = editor.ReadLine(prompt, out line);
                if (outcome == LineEditor.Outcome.Interrupted)
                {
                    Write("KeyboardInterrupt\n");
                    lines.Clear();
                    continue;
                }
                if (outcome == LineEditor.Outcome.EndOfInput) return lines.Count == 0 ? null : string.Join("\n", lines) + "\n";
            }
            else
            {
                Write(prompt);
                line = input.ReadLine();
                if (line == null) return lines.Count == 0 ? null : string.Join("\n", lines) + "\n";
            }
            lines.Add(line);
            if (!NeedsMore(lines)) return string.Join("\n", lines) + "\n";
        }
    }

    /// <summary>Whether the input so far is unfinished: a block opened by its first line
    /// ends at an empty line; a bracket, a string or a backslash continues to the next.</summary>
    static bool NeedsMore(List<string> lines)
    {
        var text = string.Join("\n", lines);
        if (Unclosed(text)) return true;
        // The first logical line: physical lines joined until its brackets close.
        int n = 1;
        while (n < lines.Count && Unclosed(string.Join("\n", lines.Take(n)))) n++;
        var first = StripComment(lines[n - 1]).TrimEnd();
        bool opensBlock = first.EndsWith(':') || lines[0].TrimStart().StartsWith('@');
        return opensBlock && lines[^1].Trim().Length != 0;
    }

    /// <summary>True while a bracket, a triple-quoted string or a line continuation is open.</summary>
    static bool Unclosed(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '#') { while (i < text.Length && text[i] != '\n') i++; continue; }
            if (c == '"' || c == '\'')
            {
                bool triple = i + 2 < text.Length && text[i + 1] == c && text[i + 2] == c;
                string close = triple ? new string(c, 3) : c.ToString();
                int end = i + close.Length;
                while (end < text.Length && !(text[end] != '\\' && string.CompareOrdinal(text, end, close, 0, close.Length) == 0))
                {
                    if (text[end] == '\\') end++;
                    else if (!triple && text[end] == '\n') break;
                    end++;
                }
                if (end >= text.Length) return triple;
                i = end + close.Length - 1;
                continue;
            }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
        }
        return depth > 0 || text.TrimEnd(' ').EndsWith('\\');
    }

    static string StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash < 0 ? line : line.Substring(0, hash);
    }

    void Execute(string source, PyModule main)
    {
        var ts = ThreadState.Current;
        Compiler.CodeObject code;
        try { code = Compiler.Compiler.CompileInteractive(source, "<stdin>"); }
        catch (SyntaxErrorException se)
        {
            var exc = SyntaxErrors.ToException(se);
            Tracebacks.Print(interp, exc);
            Rc.Dec(exc);
            return;
        }
        try { interp.RunInModule(code, main); }
        catch (PyRaise raise)
        {
            var exc = raise.TakeException();
            if (exc.ObType.IsSubtypeOf(ErrorTypes.SystemExit)) throw new PyRaise(exc);
            Tracebacks.Print(interp, exc);
            Rc.Dec(exc);
        }
        finally
        {
            Rc.Dec(code);
            interp.Stdout.Flush();
            Rc.Clear(ref ts.HandledExc);
        }
    }
}
