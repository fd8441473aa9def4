// CPython 3.11's "invalid syntax. Perhaps you forgot a comma?": inside brackets, two
// expressions side by side — `print(1 2)`, `[a b]`, `f(x.y z)` — are most likely a missing
// comma. CPython's grammar finds this with a rule that re-parses the failing spot
// (invalid_expression: a disjunction followed by another expression, at bracket level > 0);
// here the same shape is recognised in the text of the line where the parse stopped: the
// expression that ends just before that point (back to the enclosing bracket, a comma, a
// colon, an `=`, a `yield` or an `else`) and the one that starts there. The error spans both, as
// CPython's carets do.
namespace MiniPy.Syntax;

internal static class ForgottenComma
{
    /// <summary>Keywords that may stand inside the expression before the gap: operators and
    /// constants. Any other keyword (if, for, lambda...) means another error is meant.</summary>
    static readonly HashSet<string> ExpressionWords = new() { "and", "or", "not", "in", "is", "None", "True", "False", "await" };

    /// <summary>The hint's error, or null when the failure at `at` does not have its shape.
    /// `text` is the logical line starting at physical line `firstLine`.</summary>
    public static SyntaxErrorException Find(ParseContext context, string text, int firstLine, int atLine, int atColumn)
    {
        int p = TextScan.OffsetOf(text, firstLine, atLine, atColumn);
        if (p < 0 || p >= text.Length) return null;
        int segmentStart = SegmentStart(text, p, out _);
        if (segmentStart < 0) return null; // not inside brackets
        int aStart = segmentStart;
        while (aStart < p && char.IsWhiteSpace(text[aStart])) aStart++;
        string legacy = text[aStart..p].Trim() is "print" or "exec" ? text[aStart..p].Trim() : null;
        if (aStart >= p || (legacy == null && !ExpressionBefore(text, aStart, p))) return null;
        int bEnd = ExpressionEnd(text, p);
        if (bEnd <= p) return null;
        var (aLine, aCol) = TextScan.Position(text, firstLine, aStart);
        var (bLine, bCol) = TextScan.Position(text, firstLine, bEnd);
        // `print x` inside brackets is the Python 2 statement, as at the start of a line.
        string message = legacy != null ? $"Missing parentheses in call to '{legacy}'. Did you mean {legacy}(...)?" : "invalid syntax. Perhaps you forgot a comma?";
        var error = new SyntaxErrorException(message, context.FileName, aLine, aCol, context.LineText(aLine))
        {
            EndOffset = bLine == aLine ? bCol : 0,
        };
        return error;
    }

    /// <summary>Where the expression that ends at p begins its run: just after the innermost
    /// open bracket, or the last comma, colon, `=`, `yield` or `else` at that bracket's level; -1
    /// outside brackets. innermostOpen: the index of that bracket (-1 outside).</summary>
    internal static int SegmentStart(string text, int p, out int innermostOpen)
    {
        var starts = new Stack<(int open, int segment)>();
        int start = 0;
        for (int i = 0; i < p; i++)
        {
            char c = text[i];
            if (c == '"' || c == '\'') { i = TextScan.SkipString(text, i, out _) - 1; continue; }
            if (c == '(' || c == '[' || c == '{') { starts.Push((i, start)); start = i + 1; continue; }
            if (c == ')' || c == ']' || c == '}') { if (starts.Count > 0) start = starts.Pop().segment; continue; }
            if (c == ',' || c == ':' || (c == '=' && !IsComparison(text, i))) { start = i + 1; continue; }
            if (TextScan.IsWordAt(text, i, "yield") || TextScan.IsWordAt(text, i, "else")) { int n = text[i] == 'y' ? 5 : 4; start = i + n; i += n - 1; }
        }
        innermostOpen = starts.Count == 0 ? -1 : starts.Peek().open;
        return starts.Count == 0 ? -1 : start;
    }

    static bool IsComparison(string text, int i)
        => (i + 1 < text.Length && text[i + 1] == '=') || (i > 0 && "=<>!+-*/%&|^@:".IndexOf(text[i - 1]) >= 0);

    /// <summary>Whether text[from..to) reads as one expression CPython's rule accepts before
    /// the gap: not `print`/`exec` alone (that is the Python 2 statement's error), and with
    /// no keyword but the expression ones at its own level.</summary>
    static bool ExpressionBefore(string text, int from, int to)
    {
        var a = text[from..to].Trim();
        if (a.Length == 0 || a == "print" || a == "exec") return false;
        int depth = 0;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '"' || c == '\'') { i = TextScan.SkipString(text, i, out _) - 1; continue; }
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (depth == 0 && (char.IsLetter(c) || c == '_') && (i == from || !TextScan.IsNameChar(text[i - 1])))
            {
                int j = i;
                while (j < to && TextScan.IsNameChar(text[j])) j++;
                string word = text[i..j];
                if (Tokens.Keywords.Contains(word) && !ExpressionWords.Contains(word)) return false;
                i = j - 1;
            }
        }
        return depth == 0;
    }

    /// <summary>The end of the expression starting at p: operands (names, numbers, strings,
    /// bracketed groups, with their calls, subscripts and attributes) joined by binary
    /// operators; p itself when no expression starts there.</summary>
    internal static int ExpressionEnd(string text, int p, bool comparisons = true)
    {
        int end = Operand(text, p);
        if (end <= p) return p;
        while (true)
        {
            int i = TextScan.SkipSpaces(text, end);
            int afterOperator = BinaryOperator(text, i, comparisons);
            if (afterOperator <= i) return end;
            int next = Operand(text, TextScan.SkipSpaces(text, afterOperator));
            if (next <= afterOperator) return end;
            end = next;
        }
    }

    static readonly string[] Operators = { "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "<", ">" };

    static readonly string[] Comparisons = { "<=", ">=", "==", "!=", "<", ">" };

    /// <summary>Past a binary operator at i (or i); with comparisons false, only the
    /// arithmetic and bitwise ones (what CPython's bitwise_or spans).</summary>
    static int BinaryOperator(string text, int i, bool comparisons)
    {
        if (i >= text.Length) return i;
        foreach (var op in Operators)
            if (string.CompareOrdinal(text, i, op, 0, op.Length) == 0)
            {
                if (!comparisons && Array.IndexOf(Comparisons, op) >= 0) return i;
                return i + op.Length < text.Length && text[i + op.Length] == '=' && op is not ("<" or ">" or "=" or "!") ? i : i + op.Length;
            }
        if (!comparisons) return i;
        foreach (var word in new[] { "and", "or", "in", "is" })
            if (TextScan.IsWordAt(text, i, word)) return i + word.Length;
        return i;
    }

    /// <summary>Past one operand starting at i (unary signs and `not` included), or i.</summary>
    internal static int Operand(string text, int i)
    {
        if (i >= text.Length) return i;
        char c = text[i];
        if (c == '-' || c == '+' || c == '~')
        {
            int inner = Operand(text, TextScan.SkipSpaces(text, i + 1));
            return inner > i + 1 ? inner : i;
        }
        if (TextScan.IsWordAt(text, i, "not") || TextScan.IsWordAt(text, i, "await"))
        {
            int skip = i + (text[i] == 'n' ? 3 : 5);
            int inner = Operand(text, TextScan.SkipSpaces(text, skip));
            return inner > skip ? inner : i;
        }
        int end;
        if (c == '"' || c == '\'') end = TextScan.SkipString(text, i, out _);
        else if (c == '(' || c == '[' || c == '{') end = CloseOf(text, i);
        else if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
        {
            end = i;
            while (end < text.Length && (TextScan.IsNameChar(text[end]) || text[end] == '.')) end++;
        }
        else if (char.IsLetter(c) || c == '_')
        {
            end = i;
            while (end < text.Length && TextScan.IsNameChar(text[end])) end++;
            string word = text[i..end];
            if (end < text.Length && (text[end] == '"' || text[end] == '\'') && word.Length <= 2) end = TextScan.SkipString(text, end, out _); // a string prefix
            else if (Tokens.Keywords.Contains(word) && word is not ("None" or "True" or "False")) return i;
        }
        else return i;
        if (end <= i) return i;
        // Trailers: .name, (...), [...]; and adjacent strings.
        while (end < text.Length)
        {
            char t = text[end];
            if (t == '(' || t == '[') end = CloseOf(text, end);
            else if (t == '.' && end + 1 < text.Length && (char.IsLetter(text[end + 1]) || text[end + 1] == '_'))
            {
                end++;
                while (end < text.Length && TextScan.IsNameChar(text[end])) end++;
            }
            else break;
        }
        return end;
    }

    /// <summary>Past the bracket that closes the one at i (the end of the text if none does).</summary>
    static int CloseOf(string text, int i)
    {
        int depth = 0;
        for (int k = i; k < text.Length; k++)
        {
            char c = text[k];
            if (c == '"' || c == '\'') { k = TextScan.SkipString(text, k, out _) - 1; continue; }
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}')
            {
                depth--;
                if (depth == 0) return k + 1;
            }
        }
        return text.Length;
    }
}
