// Splits the body of an f-string into literal text and {expression!conversion:spec} fields, as
// CPython 3.11 does: {{ and }} are braces, '=' after the expression repeats its text, the spec
// may hold nested fields, and each expression is parsed by the expression grammar in place.
using System.Text;

namespace MiniPy.Syntax;

internal static class FormattedScanner
{
    /// <summary>
    /// Scans text[start..end) of at.Source into parts (Constant strings and FormattedValues).
    /// Inside a format spec it stops at the first unmatched '}' and returns its index; otherwise returns end.
    /// </summary>
    public static int Scan(SourceInput at, int start, int end, bool raw, List<Expr> parts, bool insideSpec)
    {
        string text = at.Source;
        var loc = new Loc(at.Line, at.Column - 1);
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length == 0) return;
            string value = raw ? literal.ToString() : StringLiterals.DecodeEscapes(literal.ToString(), isBytes: false, at);
            if (parts.Count > 0 && parts[^1] is Constant previous) previous.Value = (string)previous.Value + value;
            else parts.Add(Nodes.At(new Constant(value), loc));
            literal.Clear();
        }

        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == '{')
            {
                if (!insideSpec && i + 1 < end && text[i + 1] == '{') { literal.Append('{'); i += 2; continue; }
                Flush();
                i = ScanField(at, i + 1, end, raw, parts, loc);
                continue;
            }
            if (c == '}')
            {
                if (insideSpec) { Flush(); return i; }
                if (i + 1 < end && text[i + 1] == '}') { literal.Append('}'); i += 2; continue; }
                throw ParseContext.Current.Error("f-string: single '}' is not allowed", at.MoveTo(i));
            }
            if (c == '\\' && !raw && i + 1 < end)
            {
                char next = text[i + 1];
                if (next == 'N' && i + 2 < end && text[i + 2] == '{')
                {
                    int close = text.IndexOf('}', i + 2, end - i - 2);
                    if (close < 0) close = end - 1;
                    literal.Append(text, i, close + 1 - i);
                    i = close + 1;
                    continue;
                }
                if (next == '\\' || next == '\'' || next == '"' || next == '\n')
                {
                    literal.Append(c).Append(next);
                    i += 2;
                    continue;
                }
            }
            literal.Append(c);
            i++;
        }
        Flush();
        if (insideSpec) throw ParseContext.Current.Error("f-string: expecting '}'", at.MoveTo(end));
        return end;
    }

    /// <summary>The index just past the literal whose body ends at end (its closing quote,
    /// or three of them), at most the source's last character, as CPython reports it.</summary>
    static int AfterLiteral(string text, int end)
    {
        if (end >= text.Length) return Math.Max(0, text.Length - 1);
        char q = text[end];
        bool triple = end + 2 < text.Length && text[end + 2] == q && text[end + 1] == q;
        int after = end + (triple ? 3 : 1);
        return Math.Min(after, text.Length - 1);
    }

    /// <summary>Scans one field after its '{'; returns the index after its closing '}'.</summary>
    private static int ScanField(SourceInput at, int start, int end, bool raw, List<Expr> parts, Loc loc)
    {
        string text = at.Source;
        int depth = 0;
        int j = start;
        bool selfDocumenting = false;
        while (j < end)
        {
            char c = text[j];
            if (c == '\'' || c == '"')
            {
                int close = text.IndexOf(c, j + 1, end - j - 1);
                if (close < 0) throw ParseContext.Current.Error("f-string: unterminated string", at.MoveTo(j));
                // Not even inside a string of the expression (a rule of 3.11's, lifted in 3.12).
                int slash = text.IndexOf('\\', j + 1, close - j - 1);
                if (slash >= 0) throw ParseContext.Current.Error("f-string expression part cannot include a backslash", at.MoveTo(AfterLiteral(text, end)));
                j = close + 1;
                continue;
            }
            // These two are reported, as CPython 3.11 reports them, just past the literal.
            if (c == '\\') throw ParseContext.Current.Error("f-string expression part cannot include a backslash", at.MoveTo(AfterLiteral(text, end)));
            if (c == '#') throw ParseContext.Current.Error("f-string expression part cannot include '#'", at.MoveTo(AfterLiteral(text, end)));
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || (c == '}' && depth > 0)) depth--;
            else if (depth == 0)
            {
                char next = j + 1 < end ? text[j + 1] : '\0';
                char previous = j > start ? text[j - 1] : '\0';
                if (c == '}') break;
                if (c == '!' && next != '=') break;
                if (c == ':') break;
                if (c == '=' && next != '=' && "=!<>".IndexOf(previous) < 0) { selfDocumenting = true; break; }
            }
            j++;
        }
        if (j >= end) throw ParseContext.Current.Error("f-string: expecting '}'", at.MoveTo(Math.Min(j, text.Length)));

        string expressionText = text.Substring(start, j - start);
        if (string.IsNullOrWhiteSpace(expressionText))
            throw ParseContext.Current.Error("f-string: empty expression not allowed", at.MoveTo(j));
        var exprAt = at.MoveTo(start);
        var value = ExpressionGrammar.ParseEmbedded(expressionText, exprAt.Line, exprAt.Column);
        var field = Nodes.At(new FormattedValue { Value = value, Conversion = '\0' }, loc);

        if (selfDocumenting)
        {
            j++; // '='
            while (j < end && text[j] == ' ') j++;
            string echoed = text.Substring(start, j - start);
            if (parts.Count > 0 && parts[^1] is Constant previous) previous.Value = (string)previous.Value + echoed;
            else parts.Add(Nodes.At(new Constant(echoed), loc));
        }
        if (j < end && text[j] == '!')
        {
            char conversion = j + 1 < end ? text[j + 1] : '\0';
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
                throw ParseContext.Current.Error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at.MoveTo(j + 1));
            field.Conversion = conversion;
            j += 2;
        }
        if (j < end && text[j] == ':')
        {
            var specParts = new List<Expr>();
            j = Scan(at, j + 1, end, raw, specParts, insideSpec: true);
            field.FormatSpec = Nodes.At(new JoinedStr { Values = specParts }, loc);
        }
        if (j >= end || text[j] != '}') throw ParseContext.Current.Error("f-string: expecting '}'", at.MoveTo(Math.Min(j, text.Length)));
        if (selfDocumenting && field.Conversion == '\0' && field.FormatSpec == null) field.Conversion = 'r';
        parts.Add(field);
        return j + 1;
    }
}
