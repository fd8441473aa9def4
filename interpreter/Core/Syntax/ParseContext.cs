// What one parse needs to remember while the static grammar runs: the file name and physical
// lines (for error reports), the furthest point any token was tried and failed (where CPython
// puts the caret for "invalid syntax"), and where 'yield' appeared in the current line.
namespace MiniPy.Syntax;

internal sealed class ParseContext
{
    [ThreadStatic] private static ParseContext current;

    public static ParseContext Current => current;

    public readonly string FileName;
    public readonly string[] PhysicalLines;

    /// <summary>The furthest token start any token rule failed at, in the current text.</summary>
    public SourceInput FurthestFailure;

    /// <summary>Positions of every 'yield' parsed in the current logical line.</summary>
    public readonly List<SourceInput> YieldPositions = new();

    public ParseContext(string fileName, string[] physicalLines)
    {
        FileName = fileName;
        PhysicalLines = physicalLines;
    }

    /// <summary>Makes this the context of the calling thread until the returned scope ends.</summary>
    public IDisposable Enter()
    {
        var previous = current;
        current = this;
        return new Scope(() => current = previous);
    }

    public void NoteFailure(SourceInput at)
    {
        if (FurthestFailure == null || !ReferenceEquals(FurthestFailure.Source, at.Source) || at.Position > FurthestFailure.Position)
            FurthestFailure = at;
    }

    public string LineText(int line) =>
        line >= 1 && line <= PhysicalLines.Length ? PhysicalLines[line - 1] : "";

    public SyntaxErrorException Error(string message, int line, int offset, string kind = "SyntaxError") =>
        new(message, FileName, line, offset, LineText(line), kind);

    /// <summary>An error marked from (line, offset) to (endLine, endOffset), 1-based columns,
    /// the end exclusive, as CPython underlines a range.</summary>
    public SyntaxErrorException Error(string message, int line, int offset, int endLine, int endOffset) =>
        new(message, FileName, line, offset, LineText(line), "SyntaxError")
        {
            EndOffset = endOffset,
            EndLineNo = endLine != line ? endLine : 0,
        };

    /// <summary>An error at a parser position; offset is CPython's 1-based column.</summary>
    public SyntaxErrorException Error(string message, SourceInput at) => Error(message, at.Line, at.Column);

    private sealed class Scope : IDisposable
    {
        private readonly Action onDispose;
        public Scope(Action onDispose) { this.onDispose = onDispose; }
        public void Dispose() => onDispose();
    }
}
