// The layout pass: splits source into logical lines with their indentation depth, as CPython's
// tokenizer does before the grammar sees anything. It joins physical lines inside (), [], {}
// and after a trailing backslash, keeps triple-quoted strings whole, skips blank and comment
// lines, blanks out comments and continuation backslashes (so the grammar only sees tokens and
// blanks), turns indentation into depths (a tab advances to the next multiple of 8), and finds
// the tokenizer's errors: unterminated strings, unbalanced brackets, bad dedents.
namespace MiniPy.Syntax;

/// <summary>One logical line: a statement or a clause header, possibly spanning physical lines.</summary>
internal sealed class LogicalLine
{
    /// <summary>The line's text from the start of its first physical line, comments blanked; newlines kept.</summary>
    public string Text;
    /// <summary>The 1-based number of its first physical line.</summary>
    public int Line;
    /// <summary>The 1-based number of its last physical line.</summary>
    public int LastLine;
    /// <summary>Indentation depth: 0 at module level, one more for each enclosing indented block.</summary>
    public int Depth;
    /// <summary>How many characters of indentation the line starts with.</summary>
    public int IndentChars;
    /// <summary>True for the last line of a file that ends inside an open bracket.</summary>
    public bool Unclosed;
}

/// <summary>The logical lines before the first tokenizer error, and that error if there is one.</summary>
internal sealed class LayoutResult
{
    public List<LogicalLine> Lines = new();
    public string[] PhysicalLines;
    /// <summary>The tokenizer error met after Lines, or null.</summary>
    public SyntaxErrorException Error;
    /// <summary>
    /// True when CPython would report Error even if the grammar fails earlier (a bad string or
    /// bracket is found by re-tokenizing the whole file); false for errors only seen at the end
    /// of input (an unclosed bracket) or at a dedent.
    /// </summary>
    public bool ErrorOverridesSyntaxErrors;
}

internal static class Layout
{
    private const int TabSize = 8;

    public static LayoutResult Split(string source, string fileName)
    {
        source = Normalize(source);
        var result = new LayoutResult { PhysicalLines = source.Split('\n') };
        var scanner = new Scanner(source, fileName, result);
        scanner.Run();
        return result;
    }

    /// <summary>Newlines become '\n'; a leading byte-order mark is dropped.</summary>
    public static string Normalize(string source)
    {
        if (source.Length > 0 && source[0] == '\uFEFF') source = source.Substring(1);
        if (source.IndexOf('\r') >= 0) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        return source;
    }

    private sealed class Scanner
    {
        private readonly string source;
        private readonly string fileName;
        private readonly LayoutResult result;
        private readonly char[] clean;
        private readonly List<int> indentColumns = new() { 0 };
        private readonly List<int> indentAltColumns = new() { 0 }; // counting a tab as 1, to detect TabError
        private int pos;
        private int line = 1;
        private int lineStart; // position where the current physical line starts
        private bool unclosed; // the file ended inside a bracket

        public Scanner(string source, string fileName, LayoutResult result)
        {
            this.source = source;
            this.fileName = fileName;
            this.result = result;
            clean = source.ToCharArray();
        }

        private string PhysicalLine(int number) =>
            number >= 1 && number <= result.PhysicalLines.Length ? result.PhysicalLines[number - 1] : "";

        private void Fail(string message, int atLine, int offset, bool overrides, string kind = "SyntaxError")
        {
            result.Error = new SyntaxErrorException(message, fileName, atLine, offset, PhysicalLine(atLine), kind);
            result.ErrorOverridesSyntaxErrors = overrides;
        }

        public void Run()
        {
            while (pos < source.Length)
            {
                lineStart = pos;
                int column = 0, altColumn = 0;
                while (pos < source.Length)
                {
                    char c = source[pos];
                    if (c == ' ') { column++; altColumn++; }
                    else if (c == '\t') { column = (column / TabSize + 1) * TabSize; altColumn++; }
                    else if (c == '\f') { column = 0; altColumn = 0; }
                    else break;
                    pos++;
                }
                int indentChars = pos - lineStart;
                if (pos >= source.Length) break;
                char first = source[pos];
                if (first == '#' || first == '\n')
                {
                    SkipRestOfPhysicalLine();
                    continue;
                }

                int depth = Indent(column, altColumn, indentChars);
                if (depth < 0) return;

                var logical = new LogicalLine { Line = line, Depth = depth, IndentChars = indentChars };
                int start = lineStart;
                int end = ScanLogicalLine();
                if (end < 0) return;
                logical.LastLine = line;
                logical.Unclosed = unclosed;
                logical.Text = new string(clean, start, end - start);
                if (!string.IsNullOrWhiteSpace(logical.Text)) result.Lines.Add(logical);
                pos = end + 1;
                line++;
            }
        }

        private void SkipRestOfPhysicalLine()
        {
            while (pos < source.Length && source[pos] != '\n')
            {
                clean[pos] = ' ';
                pos++;
            }
            pos++;
            line++;
        }

        /// <summary>Updates the indentation stack; returns the depth, or -1 after recording an error.</summary>
        private int Indent(int column, int altColumn, int indentChars)
        {
            int top = indentColumns[^1], altTop = indentAltColumns[^1];
            if (column == top)
            {
                if (altColumn != altTop) return TabError(indentChars);
            }
            else if (column > top)
            {
                if (altColumn <= altTop) return TabError(indentChars);
                indentColumns.Add(column);
                indentAltColumns.Add(altColumn);
            }
            else
            {
                while (indentColumns.Count > 1 && column < indentColumns[^1])
                {
                    indentColumns.RemoveAt(indentColumns.Count - 1);
                    indentAltColumns.RemoveAt(indentAltColumns.Count - 1);
                }
                if (column != indentColumns[^1])
                {
                    Fail("unindent does not match any outer indentation level", line, PhysicalLine(line).Length + 1, overrides: false, "IndentationError");
                    return -1;
                }
                if (altColumn != indentAltColumns[^1]) return TabError(indentChars);
            }
            return indentColumns.Count - 1;
        }

        private int TabError(int indentChars)
        {
            Fail("inconsistent use of tabs and spaces in indentation", line, 1, overrides: true, "TabError");
            return -1;
        }

        /// <summary>Scans from pos to the newline that ends the logical line; returns its position, or -1 after an error.</summary>
        private int ScanLogicalLine()
        {
            var brackets = new List<(char open, int line, int column)>();
            while (pos < source.Length)
            {
                char c = source[pos];
                switch (c)
                {
                    case '\n':
                        if (brackets.Count == 0) return pos;
                        pos++;
                        line++;
                        lineStart = pos;
                        continue;
                    case '#':
                        while (pos < source.Length && source[pos] != '\n') clean[pos++] = ' ';
                        continue;
                    case '\\':
                        if (pos + 1 < source.Length && source[pos + 1] == '\n')
                        {
                            clean[pos] = ' ';
                            pos += 2;
                            line++;
                            lineStart = pos;
                            if (pos >= source.Length)
                            {
                                Fail("unexpected EOF while parsing", line - 1, pos - 1 - LineStartOf(line - 1) + 1, overrides: false);
                                return -1;
                            }
                            continue;
                        }
                        if (pos + 1 >= source.Length)
                        {
                            Fail("unexpected EOF while parsing", line, pos - lineStart + 2, overrides: false);
                            return -1;
                        }
                        Fail("unexpected character after line continuation character", line, pos - lineStart + 2, overrides: true);
                        return -1;
                    case '(' or '[' or '{':
                        brackets.Add((c, line, pos - lineStart));
                        pos++;
                        continue;
                    case ')' or ']' or '}':
                    {
                        int column = pos - lineStart;
                        if (brackets.Count == 0)
                        {
                            Fail($"unmatched '{c}'", line, column + 1, overrides: true);
                            return -1;
                        }
                        var (open, openLine, _) = brackets[^1];
                        char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                        if (c != expected)
                        {
                            string where = openLine != line ? $" on line {openLine}" : "";
                            Fail($"closing parenthesis '{c}' does not match opening parenthesis '{open}'{where}", line, column + 1, overrides: true);
                            return -1;
                        }
                        brackets.RemoveAt(brackets.Count - 1);
                        pos++;
                        continue;
                    }
                    case '\'' or '"':
                        if (!SkipString()) return -1;
                        continue;
                    default:
                        pos++;
                        continue;
                }
            }
            if (brackets.Count > 0)
            {
                // CPython's parser may still fail on a token before the end; the assembler decides.
                var (open, openLine, openColumn) = brackets[^1];
                Fail($"'{open}' was never closed", openLine, openColumn + 1, overrides: false);
                unclosed = true;
            }
            return source.Length;
        }

        private int LineStartOf(int number)
        {
            int p = 0;
            for (int l = 1; l < number; l++) p = source.IndexOf('\n', p) + 1;
            return p;
        }

        /// <summary>Skips the string literal whose quote is at pos; records an error and returns false if it never ends.</summary>
        private bool SkipString()
        {
            int prefixStart = pos;
            while (prefixStart > lineStart && pos - prefixStart < 2 && "rRbBuUfF".IndexOf(source[prefixStart - 1]) >= 0) prefixStart--;
            if (prefixStart > lineStart && Tokens.IsIdentifierPart(source[prefixStart - 1])) prefixStart = pos;
            int startLine = line, startColumn = prefixStart - lineStart;

            char quote = source[pos];
            bool triple = pos + 2 < source.Length && source[pos + 1] == quote && source[pos + 2] == quote;
            pos += triple ? 3 : 1;
            while (pos < source.Length)
            {
                char c = source[pos];
                if (c == '\\' && pos + 1 < source.Length)
                {
                    if (source[pos + 1] == '\n') { line++; lineStart = pos + 2; }
                    pos += 2;
                    continue;
                }
                if (c == '\n')
                {
                    if (!triple)
                    {
                        Fail($"unterminated string literal (detected at line {line})", startLine, startColumn + 1, overrides: true);
                        return false;
                    }
                    line++;
                    pos++;
                    lineStart = pos;
                    continue;
                }
                if (c == quote && (!triple || (pos + 2 < source.Length && source[pos + 1] == quote && source[pos + 2] == quote)))
                {
                    pos += triple ? 3 : 1;
                    return true;
                }
                pos++;
            }
            if (triple)
            {
                int lastLine = 1;
                for (int p = 0; p < source.Length - 1; p++) if (source[p] == '\n') lastLine++;
                Fail($"unterminated triple-quoted string literal (detected at line {lastLine})", startLine, startColumn + 1, overrides: true);
            }
            else Fail($"unterminated string literal (detected at line {line})", startLine, startColumn + 1, overrides: true);
            return false;
        }
    }
}
