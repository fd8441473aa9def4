// The token-level rules the grammar is built from: skipping blanks, keywords, names, operators
// and the end of a line. Each is a Sprache parser that first skips blanks, then matches one
// token the way CPython's tokenizer would (longest operator, whole words), and on failure tells
// the parse context how far the parse got, so errors point where CPython's caret points.
// The hot rules are compiled fully optimized from the start (AggressiveOptimization), so a
// freshly started process parses at full speed from its first line.
using System.Runtime.CompilerServices;
using Sprache;

namespace MiniPy.Syntax;

/// <summary>A 1-based line and 0-based column, as nodes carry them.</summary>
internal readonly record struct Loc(int Line, int Col);

internal static class Tokens
{
    public static readonly HashSet<string> Keywords = new()
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    };

    private static readonly string[] ThreeCharOperators = { "**=", "//=", ">>=", "<<=", "..." };
    private static readonly string[] TwoCharOperators =
    {
        "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=",
    };
    private const string OneCharOperators = "+-*/%@&|^~<>()[]{},:.;=";

    // ───────────── blanks and positions ─────────────

    /// <summary>Skips spaces, tabs, form feeds and the newlines inside brackets (comments are already blanked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SourceInput SkipBlanks(IInput input)
    {
        var s = (SourceInput)input;
        string text = s.Source;
        int p = s.Position;
        while (p < text.Length && IsBlank(text[p])) p++;
        return s.MoveTo(p);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';

    /// <summary>Consumes blanks and returns where the next token starts; never fails.</summary>
    public static readonly Parser<Loc> Here = [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
    {
        var s = SkipBlanks(input);
        return Result.Success(new Loc(s.Line, s.Column - 1), s);
    };

    /// <summary>Like Here, but yields the input itself (for error positions).</summary>
    public static readonly Parser<SourceInput> HereInput = [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
    {
        var s = SkipBlanks(input);
        return Result.Success(s, s);
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IResult<T> Fail<T>(SourceInput at, string[] expected)
    {
        at.Context?.NoteFailure(at);
        return Result.Failure<T>(at, "unexpected token", expected);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IResult<T> Fail<T>(SourceInput at, string expected) => Fail<T>(at, new[] { expected });

    /// <summary>The input after a token that ends at position: blanks after a token are consumed with it,
    /// so the next token's rules all start from the same input without re-skipping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SourceInput After(SourceInput start, int position)
    {
        string text = start.Source;
        while (position < text.Length && IsBlank(text[position])) position++;
        return start.MoveTo(position);
    }

    private static readonly string[] EndOfLineExpected = { "end of line" };
    private static readonly string[] NameExpected = { "name" };

    /// <summary>Succeeds only at the end of the logical line.</summary>
    public static readonly Parser<Unit> EndOfLine = [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
    {
        var s = SkipBlanks(input);
        return s.AtEnd ? Result.Success(Unit.Value, s) : Fail<Unit>(s, EndOfLineExpected);
    };

    // ───────────── words ─────────────

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c) || (c > 127 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.LetterNumber);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsIdentifierPart(char c)
    {
        if (c < 128) return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation
            or System.Globalization.UnicodeCategory.LetterNumber;
    }

    /// <summary>Length of the word starting at position, 0 when no identifier starts there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordLength(string text, int position)
    {
        if (position >= text.Length || !IsIdentifierStart(text[position])) return 0;
        int p = position + 1;
        while (p < text.Length && IsIdentifierPart(text[p])) p++;
        return p - position;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WordLengthAt(string text, int position) => WordLength(text, position);

    /// <summary>The word (identifier or keyword) at position, or null.</summary>
    public static string WordAt(string text, int position)
    {
        int length = WordLength(text, position);
        return length == 0 ? null : text.Substring(position, length);
    }

    /// <summary>A reserved word, matched as a whole word.</summary>
    public static Parser<string> Keyword(string word)
    {
        var expected = new[] { "'" + word + "'" };
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
        {
            var s = SkipBlanks(input);
            int length = WordLength(s.Source, s.Position);
            if (length == word.Length && string.CompareOrdinal(s.Source, s.Position, word, 0, length) == 0)
                return Result.Success(word, After(s, s.Position + length));
            return Fail<string>(s, expected);
        };
    }

    /// <summary>An identifier that is not a reserved word.</summary>
    public static readonly Parser<string> Identifier = [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
    {
        var s = SkipBlanks(input);
        int length = WordLength(s.Source, s.Position);
        if (length == 0) return Fail<string>(s, NameExpected);
        string word = s.Source.Substring(s.Position, length);
        if (Keywords.Contains(word)) return Fail<string>(s, NameExpected);
        return Result.Success(word, After(s, s.Position + length));
    };

    /// <summary>A rule that always fails here (for a lookahead choice with nothing to try).</summary>
    public static Parser<T> Nothing<T>(string expected)
    {
        var expectations = new[] { expected };
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) => Fail<T>(SkipBlanks(input), expectations);
    }

    /// <summary>An identifier with the position where it starts.</summary>
    public static readonly Parser<(string name, Loc at)> LocatedIdentifier = [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
    {
        var result = Identifier(input);
        if (!result.WasSuccessful) return Result.Failure<(string, Loc)>(result.Remainder, result.Message, result.Expectations);
        var start = SkipBlanks(input);
        return Result.Success((result.Value, new Loc(start.Line, start.Column - 1)), result.Remainder);
    };

    // ───────────── operators ─────────────

    /// <summary>The operator token at position (longest match), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string OperatorAt(string text, int position)
    {
        if (position >= text.Length) return null;
        char c = text[position];
        if (OneCharOperators.IndexOf(c) < 0 && c != '!') return null;
        if (position + 2 < text.Length)
            foreach (var op in ThreeCharOperators)
                if (op[0] == c && text[position + 1] == op[1] && text[position + 2] == op[2]) return op;
        if (position + 1 < text.Length)
        {
            char d = text[position + 1];
            foreach (var op in TwoCharOperators)
                if (op[0] == c && op[1] == d) return op;
        }
        if (c == '.' && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1])) return null; // a number like .5
        return c == '!' ? null : OneCharStrings[OneCharOperators.IndexOf(c)];
    }

    private static readonly string[] OneCharStrings = OneCharOperators.Select(ch => ch.ToString()).ToArray();

    /// <summary>An operator or delimiter token, matched as the tokenizer would split it.</summary>
    public static Parser<string> Operator(string op)
    {
        var expected = new[] { "'" + op + "'" };
        char first = op[0];
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
        {
            var s = SkipBlanks(input);
            string text = s.Source;
            int p = s.Position;
            if (p < text.Length && text[p] == first && p + op.Length <= text.Length
                && string.CompareOrdinal(text, p, op, 0, op.Length) == 0 && (object)OperatorAt(text, p) is string found && found == op)
                return Result.Success(op, After(s, p + op.Length));
            return Fail<string>(s, expected);
        };
    }

    /// <summary>One of several operators, each standing for a value (e.g. '+' for Add): one token read, one table look-up.</summary>
    public static Parser<T> OperatorChoice<T>(params (string op, T value)[] table)
    {
        var values = table.ToDictionary(entry => entry.op, entry => entry.value);
        var expected = table.Select(entry => "'" + entry.op + "'").ToArray();
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
        {
            var s = SkipBlanks(input);
            string found = OperatorAt(s.Source, s.Position);
            if (found != null && values.TryGetValue(found, out var value))
                return Result.Success(value, After(s, s.Position + found.Length));
            return Fail<T>(s, expected);
        };
    }

    /// <summary>A word operator (and, in, not in, is, is not ...) or a symbol operator, standing for a value.</summary>
    public static Parser<T> WordOrOperatorChoice<T>(params (string op, T value)[] table)
    {
        var values = table.ToDictionary(entry => entry.op, entry => entry.value);
        var expected = table.Select(entry => "'" + entry.op + "'").ToArray();
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
        {
            var s = SkipBlanks(input);
            string text = s.Source;
            int length = WordLength(text, s.Position);
            if (length > 0)
            {
                string word = text.Substring(s.Position, length);
                var after = After(s, s.Position + length);
                int nextLength = WordLength(text, after.Position);
                if (nextLength > 0)
                {
                    string pair = word + " " + text.Substring(after.Position, nextLength);
                    if (values.TryGetValue(pair, out var pairValue)) return Result.Success(pairValue, After(s, after.Position + nextLength));
                }
                if (values.TryGetValue(word, out var wordValue)) return Result.Success(wordValue, after);
                return Fail<T>(s, expected);
            }
            string found = OperatorAt(text, s.Position);
            if (found != null && values.TryGetValue(found, out var value))
                return Result.Success(value, After(s, s.Position + found.Length));
            return Fail<T>(s, expected);
        };
    }
}

/// <summary>The value of a parser that only matters for succeeding.</summary>
internal sealed class Unit
{
    public static readonly Unit Value = new();
    private Unit() { }
}
