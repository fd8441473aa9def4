// _re: the native half of re. Patterns are run by .NET's regular-expression engine after
// their Python syntax is translated (PatternTranslator below); Lib/re/__init__.py builds
// Python's Pattern and Match objects on top. The engine only ever answers with spans (start,
// end) for each group, so what a program sees is Python's API and Python's group numbering.
//
// The translation: every group is numbered left to right as Python numbers them (named groups
// become plain groups and their names are kept here, because .NET would number named groups
// after the unnamed ones); (?P=name) becomes a numbered back-reference; \Z becomes \z; {,n}
// becomes {0,n}; the flags a, L and u, which .NET lacks, are dropped (re.ASCII makes \d, \w,
// \s and \b ASCII-only by spelling them out); a possessive quantifier (3.11's `a*+`, `\d++`,
// `x{2,3}+`), which .NET lacks, becomes an atomic group around its atom and quantifier
// (`(?>a*)`), which matches the same. A pattern the engine refuses is re.error with CPython's
// wording where one exists.
using System.Text;
using System.Text.RegularExpressions;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class RegexModule
{
    const int IgnoreCase = 2, Multiline = 8, DotAll = 16, Verbose = 64, Ascii = 256;

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_re");
        m.AddFunction("compile", (a, k) =>
        {
            ArgParser.Positional("compile", a, k, 2, 2);
            return CompiledPattern.Compile(ArgParser.Str(a[0], "compile", 1), (int)ArgParser.Int(a[1], "compile"));
        });
        // search(compiled, string, pos, endpos, mode): the spans of one match or None.
        // mode 0: anywhere from pos; 1: starting at pos; 2: the whole of string[pos:endpos].
        m.AddFunction("search", (a, k) =>
        {
            ArgParser.Positional("search", a, k, 5, 5);
            var p = a[0] as CompiledPattern ?? throw Err.TypeError("search() needs a compiled pattern");
            var s = ArgParser.Str(a[1], "search", 2);
            var (pos, end) = Bounds(s, a[2], a[3]);
            var match = MatchIn(p.For((int)ArgParser.Int(a[4], "search")), s, pos, end);
            return match.Success ? p.Spans(match) : Rc.New(PyNone.Instance);
        });
        // all(compiled, string, pos, endpos): the spans of every match, as finditer sees them.
        m.AddFunction("all", (a, k) =>
        {
            ArgParser.Positional("all", a, k, 4, 4);
            var p = a[0] as CompiledPattern ?? throw Err.TypeError("all() needs a compiled pattern");
            var s = ArgParser.Str(a[1], "all", 2);
            var (pos, end) = Bounds(s, a[2], a[3]);
            var list = PyList.New();
            for (var match = MatchIn(p.For(0), s, pos, end); match.Success; match = match.NextMatch())
                list.AppendSteal(p.Spans(match));
            return list;
        });
        // findall(compiled, string, pos, endpos) for a str subject: Pattern.findall's list —
        // the matched text, the one group's text, or a tuple of the groups' texts ('' for a
        // group that did not take part) — made here, without a span per match.
        m.AddFunction("findall", (a, k) =>
        {
            ArgParser.Positional("findall", a, k, 4, 4);
            var p = a[0] as CompiledPattern ?? throw Err.TypeError("findall() needs a compiled pattern");
            var s = ArgParser.Str(a[1], "findall", 2);
            var (pos, end) = Bounds(s, a[2], a[3]);
            var list = PyList.New();
            for (var match = MatchIn(p.For(0), s, pos, end); match.Success; match = match.NextMatch())
            {
                if (p.GroupCount == 0) { list.AppendSteal(PyStr.New(match.Value)); continue; }
                if (p.GroupCount == 1) { list.AppendSteal(PyStr.New(match.Groups[1].Value)); continue; }
                var t = PyTuple.New(p.GroupCount);
                for (int g = 1; g <= p.GroupCount; g++) t.SetItemSteal(g - 1, PyStr.New(match.Groups[g].Value));
                list.AppendSteal(t);
            }
            return list;
        });
        // subn_literal(compiled, string, replacement, count): Pattern.subn with a replacement
        // that has no backslash (no escapes, no group references) and a str subject.
        m.AddFunction("subn_literal", (a, k) =>
        {
            ArgParser.Positional("subn_literal", a, k, 4, 4);
            var p = a[0] as CompiledPattern ?? throw Err.TypeError("subn_literal() needs a compiled pattern");
            var s = ArgParser.Str(a[1], "subn_literal", 2);
            var replacement = ArgParser.Str(a[2], "subn_literal", 3);
            long count = ArgParser.Int(a[3], "subn_literal");
            int n = 0;
            if (count < 0) return PyTuple.PairSteal(PyStr.New(s), PyInt.New(0)); // as CPython: nothing replaced
            var result = p.For(0).Replace(s, _ => { n++; return replacement; }, count == 0 || count > int.MaxValue ? -1 : (int)count);
            return PyTuple.PairSteal(PyStr.New(result), PyInt.New(n));
        });
        m.AddFunction("groups", (a, k) =>
        {
            ArgParser.Positional("groups", a, k, 1, 1);
            return PyInt.New((a[0] as CompiledPattern ?? throw Err.TypeError("groups() needs a compiled pattern")).GroupCount);
        });
        m.AddFunction("groupindex", (a, k) =>
        {
            ArgParser.Positional("groupindex", a, k, 1, 1);
            var pattern = a[0] as CompiledPattern ?? throw Err.TypeError("groupindex() needs a compiled pattern");
            var d = PyDict.New();
            foreach (var (name, index) in pattern.GroupNames)
            {
                var v = PyInt.New(index);
                d.SetItemNew(name, v);
                Rc.Dec(v);
            }
            return d;
        });
        return m;
    }

    /// <summary>The first match in s[..end] from pos (a copy of s only when end cuts it short).</summary>
    static Match MatchIn(Regex regex, string s, int pos, int end)
        => end == s.Length ? regex.Match(s, pos) : regex.Match(s[..end], pos);

    static (int pos, int end) Bounds(string s, PyObject posObj, PyObject endObj)
    {
        long pos = ArgParser.Int(posObj, "pos"), end = endObj is PyNone ? s.Length : ArgParser.Int(endObj, "endpos");
        pos = Math.Clamp(pos, 0, s.Length);
        end = Math.Clamp(end, pos, s.Length);
        return ((int)pos, (int)end);
    }

    public sealed class CompiledPattern : PyObject
    {
        public static readonly PyType Type = BuiltinTypes.NewNativeType("CompiledPattern", "_re", _ => { });
        Regex search, anchored, whole;
        /// <summary>What match() and fullmatch() need, compiled when first needed (most
        /// patterns are only searched).</summary>
        string body;
        RegexOptions options;
        /// <summary>The Python pattern and flags it was compiled from (the fork emulation
        /// compiles it again in a child).</summary>
        public string Source;
        public int Flags;
        public int GroupCount;
        public List<(string name, int index)> GroupNames;

        public static CompiledPattern Compile(string pattern, int flags)
        {
            var t = new PatternTranslator(pattern, (flags & Ascii) != 0, (flags & Verbose) != 0);
            string body;
            try { body = t.Translate(); }
            catch (PyRaise) { throw; }
            var options = RegexOptions.CultureInvariant;
            if ((flags & IgnoreCase) != 0) options |= RegexOptions.IgnoreCase;
            if ((flags & Multiline) != 0) options |= RegexOptions.Multiline;
            if ((flags & DotAll) != 0) options |= RegexOptions.Singleline;
            if ((flags & Verbose) != 0) options |= RegexOptions.IgnorePatternWhitespace;
            var p = new CompiledPattern { ObType = Type, GroupCount = t.Groups, GroupNames = t.Names, Source = pattern, Flags = flags };
            p.body = body;
            p.options = options;
            try { p.search = new Regex(body, options); }
            catch (RegexParseException e)
            {
                throw PatternError(e.Error, pattern, e.Offset);
            }
            Heap.Allocated(Type);
            return p;
        }

        public Regex For(int mode) => mode switch
        {
            1 => anchored ??= new Regex(@"\G(?:" + body + ")", options),
            2 => whole ??= new Regex(@"\G(?:" + body + @")\z", options),
            _ => search,
        };

        /// <summary>((start, end) for the whole match and each group; (-1, -1) for a group
        /// that did not take part.</summary>
        public PyObject Spans(Match match)
        {
            var t = PyTuple.New(GroupCount + 1);
            // The whole match's span without the group collection, which .NET makes only
            // when it is asked for.
            t.SetItemSteal(0, Span(match.Index, match.Index + match.Length));
            for (int g = 1; g <= GroupCount; g++)
            {
                var grp = match.Groups[g];
                t.SetItemSteal(g, grp.Success ? Span(grp.Index, grp.Index + grp.Length) : Span(-1, -1));
            }
            return t;
        }
    }

    static PyTuple Span(int start, int end) => PyTuple.PairSteal(PyInt.New(start), PyInt.New(end));

    static PyRaise PatternError(RegexParseError error, string pattern, int offset)
    {
        int at = Math.Max(0, Math.Min(offset - 1, pattern.Length));
        string message = error switch
        {
            RegexParseError.InsufficientClosingParentheses => $"missing ), unterminated subpattern at position {pattern.LastIndexOf('(')}",
            RegexParseError.InsufficientOpeningParentheses => $"unbalanced parenthesis at position {at}",
            RegexParseError.QuantifierAfterNothing => $"nothing to repeat at position {at}",
            RegexParseError.NestedQuantifiersNotParenthesized => $"multiple repeat at position {at}",
            RegexParseError.UnterminatedBracket => $"unterminated character set at position {Math.Max(0, pattern.LastIndexOf('['))}",
            RegexParseError.ReversedCharacterRange => $"bad character range at position {at}",
            RegexParseError.ReversedQuantifierRange => $"min repeat greater than max repeat at position {Math.Max(0, pattern.LastIndexOf('{', Math.Min(at, pattern.Length - 1)) + 1)}",
            RegexParseError.UnescapedEndingBackslash => $"bad escape (end of pattern) at position {Math.Max(0, pattern.Length - 1)}",
            RegexParseError.UndefinedNumberedReference => $"invalid group reference at position {at}",
            _ => $"bad pattern at position {at}",
        };
        return ReErrorAt(message, pattern);
    }

    /// <summary>re.error for a message ending "at position N": made as re.error(msg, pattern,
    /// N), so it has msg, pattern, pos, lineno and colno and words its text as CPython's.</summary>
    static PyRaise ReErrorAt(string message, string pattern)
    {
        var type = ReError();
        var at = Regex.Match(message, @"^(.*) at position (\d+)$", RegexOptions.Singleline);
        if (type == ErrorTypes.ValueError || !at.Success) return Err.New(type, message);
        var msg = PyStr.New(at.Groups[1].Value);
        var source = PyStr.New(pattern);
        var pos = PyInt.New(long.Parse(at.Groups[2].Value));
        try
        {
            var made = Ops.Call(type, new PyObject[] { msg, source, pos });
            if (made is PyException e) return new PyRaise(e);
            Rc.Dec(made);
            return Err.New(type, message);
        }
        finally { Rc.Dec(msg); Rc.Dec(source); Rc.Dec(pos); }
    }

    /// <summary>re.error (defined by Lib/re, which imports this module first).</summary>
    static PyType ReError()
    {
        var ts = ThreadState.Current;
        if (ts?.Interp.Modules.GetItemBorrowed(PyStr.Intern("re")) is PyModule re && re.Dict.GetItemBorrowed("error") is PyType t)
            return t;
        return ErrorTypes.ValueError;
    }

    /// <summary>Python's regular-expression syntax to .NET's (see the header).</summary>
    sealed class PatternTranslator
    {
        readonly string p;
        readonly bool ascii;
        bool verbose;
        readonly StringBuilder sb = new();
        int i;
        public int Groups;
        public readonly List<(string, int)> Names = new();

        public PatternTranslator(string pattern, bool ascii, bool verbose)
        {
            p = pattern;
            this.ascii = ascii;
            this.verbose = verbose;
        }

        PyRaise Error(string message) => ReErrorAt(message, p);

        /// <summary>Where in the output the last atom (a character, escape, set or group)
        /// begins: a possessive quantifier wraps it from there.</summary>
        int atomStart = -1;
        readonly Stack<int> openGroups = new();

        public string Translate()
        {
            bool inClass = false;
            int classStart = -1;
            while (i < p.Length)
            {
                char c = p[i];
                if (c == '\\')
                {
                    if (i + 1 >= p.Length) throw Error($"bad escape (end of pattern) at position {i}");
                    if (!inClass) atomStart = sb.Length;
                    Escape(inClass);
                    continue;
                }
                if (inClass)
                {
                    if (c == ']') inClass = false;
                    else if (c == '[') { sb.Append("\\["); i++; continue; }
                    sb.Append(c);
                    i++;
                    continue;
                }
                switch (c)
                {
                    case '[':
                        inClass = true;
                        classStart = i;
                        atomStart = sb.Length;
                        sb.Append(c);
                        i++;
                        if (i < p.Length && p[i] == '^') { sb.Append('^'); i++; }
                        // A ']' first in a set is a literal ']'.
                        if (i < p.Length && p[i] == ']') { sb.Append("\\]"); i++; }
                        continue;
                    case '(':
                    {
                        int before = sb.Length;
                        Group();
                        // A group left open is closed by a later ')'; a back-reference
                        // (?P=name) is an atom of its own; inline flags (?i) are neither.
                        if (sb.Length > before && sb[before] == '\\') atomStart = before;
                        else if (sb.Length > before) openGroups.Push(before);
                        continue;
                    }
                    case ')':
                        atomStart = openGroups.Count > 0 ? openGroups.Pop() : -1;
                        sb.Append(c);
                        i++;
                        continue;
                    case '*' or '+' or '?':
                        sb.Append(c);
                        i++;
                        Possessive();
                        continue;
                    case '{':
                    {
                        int close = p.IndexOf('}', i);
                        var inside = close > 0 ? p.AsSpan(i + 1, close - i - 1).ToString() : null;
                        if (inside != null && Regex.IsMatch(inside, "^([0-9]+|[0-9]*,[0-9]*)$") && inside != ",")
                        {
                            // A quantifier: {m}, {m,}, {m,n}, or {,n} (which .NET spells {0,n}).
                            sb.Append('{').Append(inside.StartsWith(',') ? "0" : "").Append(inside).Append('}');
                            i = close + 1;
                            if (i < p.Length && p[i] == '?') { sb.Append('?'); i++; }
                            else Possessive();
                            continue;
                        }
                        break;
                    }
                    case '#' when verbose:
                        while (i < p.Length && p[i] != '\n') i++;
                        continue;
                }
                if (!(verbose && char.IsWhiteSpace(c))) atomStart = sb.Length;
                sb.Append(c);
                i++;
            }
            if (inClass) throw Error($"unterminated character set at position {classStart}");
            return sb.ToString();
        }

        /// <summary>After a quantifier: a '+' makes it possessive, which is the atom and its
        /// quantifier in an atomic group.</summary>
        void Possessive()
        {
            if (i >= p.Length || p[i] != '+' || atomStart < 0) return;
            sb.Insert(atomStart, "(?>");
            sb.Append(')');
            i++;
        }

        void Escape(bool inClass)
        {
            char e = p[i + 1];
            i += 2;
            switch (e)
            {
                case 'Z': sb.Append(inClass ? "Z" : "\\z"); return;
                case 'd' when ascii: sb.Append(inClass ? "0-9" : "[0-9]"); return;
                case 'D' when ascii: sb.Append(inClass ? "\\x00-/:-\\uFFFF" : "[^0-9]"); return;
                case 'w' when ascii: sb.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]"); return;
                case 'W' when ascii: sb.Append(inClass ? "\\W" : "[^a-zA-Z0-9_]"); return;
                case 's' when ascii: sb.Append(inClass ? " \\t\\n\\r\\f\\v" : "[ \\t\\n\\r\\f\\v]"); return;
                case 'S' when ascii: sb.Append(inClass ? "\\S" : "[^ \\t\\n\\r\\f\\v]"); return;
                case 'b' when ascii && !inClass: sb.Append("(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))"); return;
                case 'B' when ascii && !inClass: sb.Append("(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))"); return;
                case 'U':
                {
                    // \UXXXXXXXX: .NET has no 8-digit escape; the character itself, escaped.
                    if (i + 8 > p.Length || !p.AsSpan(i, 8).ToString().All(char.IsAsciiHexDigit))
                        throw Error($"incomplete escape \\U{p[i..Math.Min(p.Length, i + 8)]} at position {i - 2}");
                    int code = Convert.ToInt32(p.Substring(i, 8), 16);
                    if (code > 0x10FFFF) throw Error($"bad escape \\U{p.Substring(i, 8)} at position {i - 2}");
                    sb.Append(Regex.Escape(char.ConvertFromUtf32(code)));
                    i += 8;
                    return;
                }
                case 'N':
                    throw Error($"MiniPy does not know Unicode character names (\\N{{...}}) at position {i - 2}");
                case 'u' or 'x':
                    sb.Append('\\').Append(e);
                    return;
                default:
                    if (char.IsAsciiDigit(e) && !inClass && e != '0')
                    {
                        // A back-reference: \1 .. \99.
                        int start = i - 1;
                        while (i < p.Length && char.IsAsciiDigit(p[i]) && i - start < 2) i++;
                        int n = int.Parse(p.AsSpan(start, i - start));
                        if (n > Groups) throw Error($"invalid group reference {n} at position {start - 1}");
                        sb.Append("\\k<").Append(n).Append('>');
                        return;
                    }
                    if (char.IsAsciiLetter(e) && "abfnrtvAbBdDsSwWZ".IndexOf(e) < 0)
                        throw Error($"bad escape \\{e} at position {i - 2}");
                    sb.Append('\\').Append(e);
                    return;
            }
        }

        void Group()
        {
            int start = i;
            if (i + 1 < p.Length && p[i + 1] == '?')
            {
                if (i + 2 >= p.Length) throw Error($"unexpected end of pattern at position {i + 2}");
                char kind = p[i + 2];
                if (kind == 'P')
                {
                    if (i + 3 < p.Length && p[i + 3] == '<')
                    {
                        int close = p.IndexOf('>', i + 4);
                        if (close < 0) throw Error($"missing >, unterminated name at position {i + 4}");
                        var name = p.Substring(i + 4, close - i - 4);
                        if (name.Length == 0) throw Error($"missing group name at position {i + 4}");
                        if (!(char.IsLetter(name[0]) || name[0] == '_') || !name.All(ch => char.IsLetterOrDigit(ch) || ch == '_'))
                            throw Error($"bad character in group name '{name}' at position {i + 4}");
                        if (Names.Exists(n => n.Item1 == name))
                            throw Error($"redefinition of group name '{name}' as group {Groups + 1}; was group {Names.Find(n => n.Item1 == name).Item2} at position {i + 4}");
                        Groups++;
                        Names.Add((name, Groups));
                        sb.Append('(');
                        i = close + 1;
                        return;
                    }
                    if (i + 3 < p.Length && p[i + 3] == '=')
                    {
                        int close = p.IndexOf(')', i + 4);
                        if (close < 0) throw Error($"missing ), unterminated name at position {i + 4}");
                        var name = p.Substring(i + 4, close - i - 4);
                        int index = Names.Find(n => n.Item1 == name).Item2;
                        if (index == 0) throw Error($"unknown group name '{name}' at position {i + 4}");
                        sb.Append("\\k<").Append(index).Append('>');
                        i = close + 1;
                        return;
                    }
                    throw Error($"unknown extension ?P{(i + 3 < p.Length ? p[i + 3].ToString() : "")} at position {i + 1}");
                }
                if (kind == '(')
                {
                    // (?(group)yes|no): the group by its number, as the translation numbers it.
                    int close = p.IndexOf(')', i + 3);
                    if (close < 0) throw Error($"missing ), unterminated name at position {i + 3}");
                    var reference = p.Substring(i + 3, close - i - 3);
                    int index;
                    if (reference.Length is > 0 and < 10 && reference.All(char.IsAsciiDigit)) index = int.Parse(reference);
                    else
                    {
                        index = Names.Find(n => n.Item1 == reference).Item2;
                        if (index == 0) throw Error($"unknown group name '{reference}' at position {i + 3}");
                    }
                    sb.Append("(?(").Append(index).Append(')');
                    i = close + 1;
                    return;
                }
                if (kind == '<' && i + 3 < p.Length && p[i + 3] != '=' && p[i + 3] != '!')
                    throw Error($"unknown extension ?<{p[i + 3]} at position {i + 1}");
                if (char.IsLetter(kind) || kind == '-')
                {
                    // Inline flags: (?aiLmsux) or scoped (?i:...); .NET lacks a, L and u.
                    int j = i + 2;
                    var flags = new StringBuilder();
                    while (j < p.Length && (char.IsLetter(p[j]) || p[j] == '-'))
                    {
                        if ("imsx-".IndexOf(p[j]) >= 0) flags.Append(p[j]);
                        else if ("aLu".IndexOf(p[j]) < 0) throw Error($"unknown flag at position {j}");
                        if (p[j] == 'x') verbose = true; // its comments are taken out here, so their ( are not groups
                        j++;
                    }
                    sb.Append("(?").Append(flags);
                    i = j;
                    if (flags.Length == 0 && i < p.Length && p[i] == ')') { sb.Length -= 2; i++; }
                    return;
                }
                // (?:, (?=, (?!, (?<=, (?<!, (?>, (?#: the same in both dialects.
                sb.Append("(?");
                i += 2;
                return;
            }
            Groups++;
            sb.Append('(');
            i++;
        }
    }
}
