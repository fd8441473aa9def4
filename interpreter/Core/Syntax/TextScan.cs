// TextScan: reading a logical line's text directly — where a physical position falls in
// it, words, spaces, string literals and token ends — for the syntax errors that look at the
// text around the place the parse stopped (BlockAssembler's carets, ForgottenComma,
// MistakenEquals).
namespace MiniPy.Syntax;

internal static class TextScan
{
    /// <summary>The index in `text` (a logical line starting on physical line firstLine) of
    /// 1-based line and column; -1 when the line is not in it.</summary>
    internal static int OffsetOf(string text, int firstLine, int line, int column)
    {
        int offset = 0;
        for (int l = firstLine; l < line; l++)
        {
            int nl = text.IndexOf('\n', offset);
            if (nl < 0) return -1;
            offset = nl + 1;
        }
        return offset + column - 1;
    }

    /// <summary>The 1-based line and column of an index in `text` (OffsetOf's inverse).</summary>
    internal static (int line, int column) Position(string text, int firstLine, int offset)
    {
        int line = firstLine, lineStart = 0;
        for (int i = 0; i < offset; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, offset - lineStart + 1);
    }

    internal static bool IsWordAt(string text, int i, string word)
        => string.CompareOrdinal(text, i, word, 0, word.Length) == 0
           && (i == 0 || !IsNameChar(text[i - 1]))
           && (i + word.Length >= text.Length || !IsNameChar(text[i + word.Length]));

    internal static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    internal static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\\')) i++;
        return i;
    }

    /// <summary>Past the string literal whose quote is at i; closed is false when it runs on
    /// to the end of the text (which is then what it returns).</summary>
    internal static int SkipString(string text, int i, out bool closed)
    {
        char q = text[i];
        bool triple = i + 2 < text.Length && text[i + 1] == q && text[i + 2] == q;
        int k = i + (triple ? 3 : 1);
        for (; k < text.Length; k++)
        {
            if (text[k] == '\\') { k++; continue; }
            if (text[k] == q && (!triple || (k + 2 < text.Length && text[k + 1] == q && text[k + 2] == q)))
            {
                closed = true;
                return k + (triple ? 3 : 1);
            }
        }
        closed = false;
        return text.Length;
    }

    /// <summary>The 1-based column just past the string literal whose quote is at `quote`; 0
    /// when it does not end in the text.</summary>
    static int StringEnd(string text, int quote)
    {
        int end = SkipString(text, quote, out bool closed);
        return closed ? end + 1 : 0;
    }

    static readonly string[] LongOperators =
    {
        "**=", "//=", ">>=", "<<=", "...", "**", "//", "->", "==", "!=", "<=", ">=", "<<", ">>",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", ":=", "@=",
    };

    /// <summary>The 1-based column just past the token that starts at 1-based column `column`
    /// of `text` (a name, number, string or operator); 0 when there is none.</summary>
    internal static int TokenEnd(string text, int column)
    {
        int i = column - 1;
        if (text == null || i < 0 || i >= text.Length) return 0;
        char c = text[i];
        int j = i;
        if (char.IsLetter(c) || c == '_')
        {
            while (j < text.Length && IsIdentifierPart(text[j])) j++;
            // A string's prefix (r, b, f, rb...) belongs to the string.
            if (j < text.Length && (text[j] == '"' || text[j] == '\'') && j - i <= 2 && text[i..j].ToLowerInvariant() is "r" or "b" or "f" or "u" or "rb" or "br" or "fr" or "rf")
                return StringEnd(text, j);
            return j + 1;
        }
        if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
        {
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_' || text[j] == '.'
                   || ((text[j] == '+' || text[j] == '-') && (text[j - 1] == 'e' || text[j - 1] == 'E')))) j++;
            return j + 1;
        }
        if (c == '"' || c == '\'') return StringEnd(text, i);
        foreach (var op in LongOperators)
            if (string.CompareOrdinal(text, i, op, 0, op.Length) == 0) return i + op.Length + 1;
        return i + 2;
    }

    /// <summary>A character that may continue a name (letters, digits, combining marks, connectors).</summary>
    static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
        or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}
