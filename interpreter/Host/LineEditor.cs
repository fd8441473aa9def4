// Line editing for the interactive prompt on a terminal: move with the arrows, Home/End or
// Ctrl-A/Ctrl-E, delete with Backspace/Delete, recall earlier lines with Up/Down, Ctrl-D
// on an empty line to leave, Ctrl-C to abandon the line, Ctrl-U/Ctrl-K to cut. The line is
// redrawn in full after each key, which keeps the code short and right for lines shorter
// than the terminal (the usual case at a prompt).
namespace MiniPy.Host;

public sealed class LineEditor
{
    readonly List<string> history = new();

    /// <summary>What ReadLine saw instead of a line.</summary>
    public enum Outcome { Line, EndOfInput, Interrupted }

    public Outcome ReadLine(string prompt, out string line)
    {
        var buffer = new System.Text.StringBuilder();
        int cursor = 0;
        int recalled = history.Count;
        string pending = "";
        Console.Write(prompt);
        bool ctrlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                bool control = (key.Modifiers & ConsoleModifiers.Control) != 0;
                switch (key.Key)
                {
                    case ConsoleKey.Enter:
                        Console.Write('\n');
                        line = buffer.ToString();
                        if (line.Trim().Length > 0 && (history.Count == 0 || history[^1] != line)) history.Add(line);
                        return Outcome.Line;
                    case ConsoleKey.Backspace:
                        if (cursor > 0) { buffer.Remove(--cursor, 1); Redraw(prompt, buffer, cursor); }
                        continue;
                    case ConsoleKey.Delete:
                        if (cursor < buffer.Length) { buffer.Remove(cursor, 1); Redraw(prompt, buffer, cursor); }
                        continue;
                    case ConsoleKey.LeftArrow:
                        if (cursor > 0) { cursor--; Redraw(prompt, buffer, cursor); }
                        continue;
                    case ConsoleKey.RightArrow:
                        if (cursor < buffer.Length) { cursor++; Redraw(prompt, buffer, cursor); }
                        continue;
                    case ConsoleKey.Home:
                        cursor = 0;
                        Redraw(prompt, buffer, cursor);
                        continue;
                    case ConsoleKey.End:
                        cursor = buffer.Length;
                        Redraw(prompt, buffer, cursor);
                        continue;
                    case ConsoleKey.UpArrow:
                    case ConsoleKey.DownArrow:
                        if (recalled == history.Count) pending = buffer.ToString();
                        recalled = Math.Clamp(recalled + (key.Key == ConsoleKey.UpArrow ? -1 : 1), 0, history.Count);
                        buffer.Clear().Append(recalled == history.Count ? pending : history[recalled]);
                        cursor = buffer.Length;
                        Redraw(prompt, buffer, cursor);
                        continue;
                    case ConsoleKey.Tab:
                        buffer.Insert(cursor, "    ");
                        cursor += 4;
                        Redraw(prompt, buffer, cursor);
                        continue;
                }
                if (control)
                {
                    switch (key.Key)
                    {
                        case ConsoleKey.C:
                            Console.Write('\n');
                            line = null;
                            return Outcome.Interrupted;
                        case ConsoleKey.D:
                            if (buffer.Length == 0) { Console.Write('\n'); line = null; return Outcome.EndOfInput; }
                            if (cursor < buffer.Length) { buffer.Remove(cursor, 1); Redraw(prompt, buffer, cursor); }
                            continue;
                        case ConsoleKey.A: cursor = 0; Redraw(prompt, buffer, cursor); continue;
                        case ConsoleKey.E: cursor = buffer.Length; Redraw(prompt, buffer, cursor); continue;
                        case ConsoleKey.U: buffer.Remove(0, cursor); cursor = 0; Redraw(prompt, buffer, cursor); continue;
                        case ConsoleKey.K: buffer.Length = cursor; Redraw(prompt, buffer, cursor); continue;
                        case ConsoleKey.L: Console.Write("\x1b[H\x1b[2J"); Redraw(prompt, buffer, cursor); continue;
                    }
                    continue;
                }
                if (key.KeyChar >= ' ')
                {
                    buffer.Insert(cursor++, key.KeyChar);
                    if (cursor == buffer.Length) Console.Write(key.KeyChar);
                    else Redraw(prompt, buffer, cursor);
                }
            }
        }
        finally { Console.TreatControlCAsInput = ctrlC; }
    }

    /// <summary>Rewrites the prompt and the line, then puts the cursor back (ANSI codes).</summary>
    static void Redraw(string prompt, System.Text.StringBuilder buffer, int cursor)
    {
        var text = buffer.ToString();
        Console.Write("\r\x1b[K" + prompt + text);
        int back = text.Length - cursor;
        if (back > 0) Console.Write($"\x1b[{back}D");
    }
}
