// The format of the interpreter's own log (--log-level): one line per event, on stderr,
//   minipy 12:00:01.234 gil      Thread-2 (worker) dropped the GIL on request
// the time, a short name for the part of the interpreter that spoke, and the message —
// without the console logger's "dbug: Category[0]" header line.
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace MiniPy.Host;

public sealed class LogFormatter : ConsoleFormatter
{
    public const string FormatterName = "minipy";

    public LogFormatter() : base(FormatterName) { }

    public override void Write<TState>(in LogEntry<TState> entry, Microsoft.Extensions.Logging.IExternalScopeProvider scopeProvider, TextWriter writer)
    {
        var message = entry.Formatter?.Invoke(entry.State, entry.Exception);
        if (message == null) return;
        string part = entry.Category.StartsWith("MiniPy.") ? entry.Category.Substring(7).ToLowerInvariant() : entry.Category;
        writer.Write($"minipy {DateTime.Now:HH:mm:ss.fff} {part,-8}{(entry.LogLevel >= LogLevel.Warning ? entry.LogLevel.ToString().ToLowerInvariant() + ": " : "")}{message}\n");
    }

    /// <summary>The levels --log-level takes, by the names people type.</summary>
    public static bool TryParseLevel(string text, out LogLevel level)
    {
        switch (text?.ToLowerInvariant())
        {
            case "trace": level = LogLevel.Trace; return true;
            case "debug": level = LogLevel.Debug; return true;
            case "info": case "information": level = LogLevel.Information; return true;
            case "warn": case "warning": level = LogLevel.Warning; return true;
            case "error": level = LogLevel.Error; return true;
            default: level = LogLevel.None; return false;
        }
    }
}
