// Builds the module from logical lines: parses each line with the statement grammar, joins
// clause headers with the indented blocks below them (and if/elif/else, try/except/else/finally,
// loop else clauses), attaches decorators, and checks what CPython's compiler checks early:
// 'return' outside a function, 'break'/'continue' outside a loop, 'yield' outside a function.
using Sprache;

namespace MiniPy.Syntax;

internal sealed class BlockAssembler
{
    /// <summary>Where a block sits: inside a function? inside a loop? at module level?</summary>
    private readonly record struct Scope(bool InFunction, bool InLoop, bool AtModuleLevel)
    {
        public static readonly Scope Module = new(false, false, true);
    }

    private readonly LayoutResult layout;
    private readonly List<LogicalLine> lines;
    private readonly ParseContext context;
    private int index;
    private int parsedIndex = -1;
    private LineItem parsedItem;
    private List<SourceInput> parsedYields;
    private SyntaxErrorException firstLateError; // a compile-time error, reported only if parsing succeeds

    public BlockAssembler(LayoutResult layout, ParseContext context)
    {
        this.layout = layout;
        lines = layout.Lines;
        this.context = context;
    }

    public Module Assemble()
    {
        var module = new Module { Line = 1, Col = 0 };
        module.Body = ParseBlock(0, Scope.Module);
        if (layout.Error != null) throw layout.Error;
        if (firstLateError != null) throw firstLateError;
        return module;
    }

    // ───────────── lines ─────────────

    /// <summary>Parses lines[index] (once, however often it is peeked at).</summary>
    private LineItem Peek()
    {
        if (parsedIndex == index) return parsedItem;
        var line = lines[index];
        context.FurthestFailure = null;
        context.YieldPositions.Clear();
        IResult<LineItem> result;
        try
        {
            result = StatementGrammar.LogicalLine(Tokens.After(new SourceInput(line.Text, 0, line.Line, 1, context), 0));
        }
        catch (SyntaxErrorException e)
        {
            throw Preferred(e);
        }
        if (!result.WasSuccessful) throw Preferred(InvalidSyntax(line, (SourceInput)result.Remainder));
        parsedIndex = index;
        parsedItem = result.Value;
        parsedYields = context.YieldPositions.Count == 0 ? null : context.YieldPositions.ToList();
        return parsedItem;
    }

    private LineItem Next()
    {
        var item = Peek();
        index++;
        return item;
    }

    /// <summary>A bad string or bracket anywhere in the file wins over a grammar error, as in CPython.</summary>
    private SyntaxErrorException Preferred(SyntaxErrorException e) =>
        e.Kind == "SyntaxError" && layout.Error != null && layout.ErrorOverridesSyntaxErrors ? layout.Error : e;

    private SyntaxErrorException InvalidSyntax(LogicalLine line, SourceInput remainder)
    {
        var at = context.FurthestFailure ?? remainder;
        // In a line cut off by the end of the file inside a bracket, a failure on a later physical
        // line means the bracket was never closed (CPython reaches the end of input there).
        if (line.Unclosed && at.Line > line.Line) return layout.Error;
        string trimmed = line.Text.Trim();
        var hint = Python2Statement(trimmed, line) ?? ForgottenComma.Find(context, line.Text, line.Line, at.Line, at.Column)
                   ?? MistakenEquals.Find(context, line.Text, line.Line, at.Line, at.Column);
        if (hint != null) return hint;
        // CPython's carets run under the whole token the parser stopped at.
        string text = context.LineText(at.Line);
        int end = TextScan.TokenEnd(text, at.Column);
        if (end <= at.Column) return context.Error("invalid syntax", at);
        return new SyntaxErrorException("invalid syntax", context.FileName, at.Line, at.Column, text) { EndOffset = end };
    }

    /// <summary>`print "x"` and `exec "code"`, Python 2 statements: CPython 3.11's hint, with
    /// carets under the whole statement.</summary>
    private SyntaxErrorException Python2Statement(string trimmed, LogicalLine line)
    {
        foreach (var name in new[] { "print", "exec" })
        {
            if (!trimmed.StartsWith(name, StringComparison.Ordinal) || trimmed.Length <= name.Length) continue;
            char next = trimmed[name.Length];
            if (next != ' ' && next != '\t') continue;
            var rest = trimmed.Substring(name.Length).TrimStart();
            if (rest.Length == 0 || "=(.[,;:)+-*/%<>!&|^".IndexOf(rest[0]) >= 0 || rest.StartsWith("in ") || rest.StartsWith("is ")) continue;
            string text = context.LineText(line.Line);
            int start = line.IndentChars + 1;
            int end = CodeEnd(text) + 1;
            return new SyntaxErrorException($"Missing parentheses in call to '{name}'. Did you mean {name}(...)?",
                context.FileName, line.Line, start, text) { EndOffset = end };
        }
        return null;
    }

    /// <summary>The length of a line without its comment and trailing blanks (a '#' inside a
    /// string is not a comment).</summary>
    private static int CodeEnd(string text)
    {
        char quote = '\0';
        int end = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
            }
            else if (c == '"' || c == '\'') quote = c;
            else if (c == '#') { end = i; break; }
        }
        return text.Substring(0, end).TrimEnd().Length;
    }

    private bool AtEnd(int depth) => index >= lines.Count || lines[index].Depth < depth;

    // ───────────── blocks ─────────────

    private List<Stmt> ParseBlock(int depth, Scope scope)
    {
        var body = new List<Stmt>();
        var decorators = new List<Expr>();
        while (index < lines.Count && lines[index].Depth >= depth)
        {
            var line = lines[index];
            if (line.Depth > depth)
                throw UnexpectedIndent(line);
            var item = Next();
            var yields = parsedYields;
            switch (item)
            {
                case DecoratorLine decorator:
                    CheckYields(yields, scope);
                    decorators.Add(decorator.Decorator);
                    if (AtEnd(depth) || lines[index].Depth > depth) RequireDefinitionAfterDecorator(line);
                    continue;
                case SimpleLine simple:
                    if (decorators.Count > 0) throw context.Error("invalid syntax", simple.At.Line, simple.At.Col + 1);
                    CheckYields(yields, scope);
                    CheckStatements(simple.Statements, scope);
                    body.AddRange(simple.Statements);
                    break;
                case ClauseHeader header:
                    if (decorators.Count > 0 && header.Kind is not (ClauseKind.Def or ClauseKind.Class))
                        throw context.Error("invalid syntax", header.At.Line, header.At.Col + 1);
                    body.Add(BuildCompound(header, yields, depth, scope, decorators));
                    decorators = new List<Expr>();
                    break;
            }
        }
        if (decorators.Count > 0) RequireDefinitionAfterDecorator(lines[index - 1]);
        return body;
    }

    private void RequireDefinitionAfterDecorator(LogicalLine decoratorLine)
    {
        if (index < lines.Count) return; // the next line's own checks report it
        if (layout.Error != null) throw layout.Error;
        throw context.Error("invalid syntax", decoratorLine.LastLine, context.LineText(decoratorLine.LastLine).Length + 1);
    }

    private Stmt BuildCompound(ClauseHeader header, List<SourceInput> yields, int depth, Scope scope, List<Expr> decorators)
    {
        switch (header.Kind)
        {
            case ClauseKind.If:
                return BuildIf(header, yields, depth, scope);
            case ClauseKind.While:
            case ClauseKind.For:
            {
                var stmt = (Stmt)header.Node;
                var body = Body(header, yields, depth, scope, scope with { InLoop = true });
                var orElse = new List<Stmt>();
                if (NextClauseIs(depth, ClauseKind.Else))
                {
                    var elseHeader = (ClauseHeader)Next();
                    orElse = Body(elseHeader, parsedYields, depth, scope, scope);
                }
                if (stmt is While w) { w.Body = body; w.OrElse = orElse; }
                else if (stmt is For f) { f.Body = body; f.OrElse = orElse; }
                return stmt;
            }
            case ClauseKind.Try:
                return BuildTry(header, yields, depth, scope);
            case ClauseKind.With:
            {
                var with = (With)header.Node;
                with.Body = Body(header, yields, depth, scope, scope);
                return with;
            }
            case ClauseKind.Match:
                return BuildMatch(header, yields, depth, scope);
            case ClauseKind.Def:
            {
                var def = (FunctionDef)header.Node;
                def.Decorators = decorators;
                def.Body = Body(header, yields, depth, scope, new Scope(InFunction: true, InLoop: false, AtModuleLevel: false));
                return def;
            }
            case ClauseKind.Class:
            {
                var classDef = (ClassDef)header.Node;
                classDef.Decorators = decorators;
                classDef.Body = Body(header, yields, depth, scope, new Scope(InFunction: false, InLoop: false, AtModuleLevel: false));
                return classDef;
            }
            default: // elif, else, except, finally without the statement they continue
                throw context.Error("invalid syntax", header.At.Line, header.At.Col + 1);
        }
    }

    /// <summary>match: an indented block of case clauses, nothing else.</summary>
    private Stmt BuildMatch(ClauseHeader header, List<SourceInput> yields, int depth, Scope scope)
    {
        var node = (Match)header.Node;
        CheckYields(yields, scope);
        if (header.InlineBody != null) throw context.Error("invalid syntax", header.At.Line, header.At.Col + 1);
        string message = $"expected an indented block after 'match' statement on line {header.At.Line}";
        if (index >= lines.Count)
        {
            if (layout.Error != null) throw layout.Error;
            var last = lines[index - 1];
            throw context.Error(message, last.LastLine, context.LineText(last.LastLine).Length + 1, "IndentationError");
        }
        if (lines[index].Depth <= depth) throw context.Error(message, lines[index].Line, lines[index].IndentChars + 1, "IndentationError");
        int caseDepth = depth + 1;
        while (index < lines.Count && lines[index].Depth >= caseDepth)
        {
            var line = lines[index];
            if (line.Depth > caseDepth) throw UnexpectedIndent(line);
            if (Peek() is not ClauseHeader { Kind: ClauseKind.Case } caseHeader)
                throw context.Error("invalid syntax", line.Line, line.IndentChars + 1);
            Next();
            var clause = (MatchCase)caseHeader.Node;
            clause.Body = Body(caseHeader, parsedYields, caseDepth, scope, scope);
            node.Cases.Add(clause);
        }
        return node;
    }

    private Stmt BuildIf(ClauseHeader header, List<SourceInput> yields, int depth, Scope scope)
    {
        var node = (If)header.Node;
        node.Body = Body(header, yields, depth, scope, scope);
        if (NextClauseIs(depth, ClauseKind.Elif))
        {
            var elif = (ClauseHeader)Next();
            node.OrElse = new List<Stmt> { BuildIf(elif, parsedYields, depth, scope) };
        }
        else if (NextClauseIs(depth, ClauseKind.Else))
        {
            var elseHeader = (ClauseHeader)Next();
            node.OrElse = Body(elseHeader, parsedYields, depth, scope, scope);
        }
        return node;
    }

    private Stmt BuildTry(ClauseHeader header, List<SourceInput> yields, int depth, Scope scope)
    {
        var node = (Try)header.Node;
        node.Body = Body(header, yields, depth, scope, scope);
        while (NextClauseIs(depth, ClauseKind.Except))
        {
            var exceptHeader = (ClauseHeader)Next();
            var handler = (ExceptHandler)exceptHeader.Node;
            if (node.Handlers.Count > 0 && node.Handlers[^1].Type == null)
                throw context.Error("default 'except:' must be last", node.Handlers[^1].Line, node.Handlers[^1].Col + 1);
            handler.Body = Body(exceptHeader, parsedYields, depth, scope, scope);
            node.Handlers.Add(handler);
        }
        if (node.Handlers.Count > 0 && NextClauseIs(depth, ClauseKind.Else))
        {
            var elseHeader = (ClauseHeader)Next();
            node.OrElse = Body(elseHeader, parsedYields, depth, scope, scope);
        }
        if (NextClauseIs(depth, ClauseKind.Finally))
        {
            var finallyHeader = (ClauseHeader)Next();
            node.FinalBody = Body(finallyHeader, parsedYields, depth, scope, scope);
        }
        else if (node.Handlers.Count == 0)
        {
            if (index < lines.Count)
                throw context.Error("expected 'except' or 'finally' block", lines[index].Line, lines[index].IndentChars + 1);
            if (layout.Error != null) throw layout.Error;
            var last = lines[index - 1];
            throw context.Error("expected 'except' or 'finally' block", last.LastLine, context.LineText(last.LastLine).Length + 1);
        }
        return node;
    }

    private bool NextClauseIs(int depth, ClauseKind kind) =>
        index < lines.Count && lines[index].Depth == depth && Peek() is ClauseHeader h && h.Kind == kind;

    /// <summary>The body of a clause: its same-line suite, or the indented block below it.</summary>
    private List<Stmt> Body(ClauseHeader header, List<SourceInput> yields, int depth, Scope outer, Scope inner)
    {
        var start = header.InlineBodyStart;
        CheckYields(yields?.Where(y => start == null || y.Position < start.Position).ToList(), outer);
        if (header.InlineBody != null)
        {
            CheckYields(yields?.Where(y => y.Position >= start.Position).ToList(), inner);
            CheckStatements(header.InlineBody, inner);
            return header.InlineBody;
        }
        string message = $"expected an indented block after {header.Description} on line {header.At.Line}";
        if (index >= lines.Count)
        {
            if (layout.Error != null) throw layout.Error;
            var last = lines[index - 1];
            throw context.Error(message, last.LastLine, context.LineText(last.LastLine).Length + 1, "IndentationError");
        }
        var next = lines[index];
        if (next.Depth <= depth)
            throw context.Error(message, next.Line, next.IndentChars + 1, "IndentationError");
        return ParseBlock(depth + 1, inner);
    }

    // ───────────── checks CPython's compiler makes ─────────────

    private void Late(string message, Node at)
    {
        firstLateError ??= ErrorSpans.At(message, context.FileName, at, context.LineText(at.Line));
    }

    private void CheckYields(List<SourceInput> yields, Scope scope)
    {
        if (yields == null || yields.Count == 0 || scope.InFunction) return;
        firstLateError ??= context.Error("'yield' outside function", yields[0]);
    }

    private void CheckStatements(List<Stmt> statements, Scope scope)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case Return when !scope.InFunction:
                    Late("'return' outside function", statement);
                    break;
                case Break when !scope.InLoop:
                    Late("'break' outside loop", statement);
                    break;
                case Continue when !scope.InLoop:
                    Late("'continue' not properly in loop", statement);
                    break;
                case Nonlocal when scope.AtModuleLevel:
                    Late("nonlocal declaration not allowed at module level", statement);
                    break;
            }
        }
    }

    /// <summary>"unexpected indent", shown without a caret, as CPython shows it (its
    /// end_offset is -1).</summary>
    SyntaxErrorException UnexpectedIndent(LogicalLine line)
    {
        var error = context.Error("unexpected indent", line.Line, line.IndentChars, "IndentationError");
        return new SyntaxErrorException(error.Msg, error.FileName, error.LineNo, error.Offset, error.LineText, error.Kind) { EndOffset = -1 };
    }
}
