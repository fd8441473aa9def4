// The statement grammar: one logical line at a time. A line is a decorator, the header of a
// compound statement (if/elif/else/while/for/try/except/finally/with/def/class, optionally with
// its suite after the colon), or simple statements separated by ';'.
using Sprache;

namespace MiniPy.Syntax;

internal static class StatementGrammar
{
    private static Parser<string> Op(string op) => Tokens.Operator(op);
    private static Parser<string> Kw(string word) => Tokens.Keyword(word);

    private static readonly Parser<Expr> Expression = ExpressionGrammar.Expression;
    private static readonly Parser<Expr> NamedExpression = ExpressionGrammar.NamedExpression;
    private static readonly Parser<Expr> StarExpressions = ExpressionGrammar.StarExpressions;
    private static readonly Parser<Expr> YieldOrStarExpressions = ExpressionGrammar.YieldOrStarExpressions;

    private static T At<T>(T node, Loc loc) where T : Node => Nodes.At(node, loc);

    // ───────────── simple statements ─────────────

    private static Parser<Stmt> Bare<T>(string keyword) where T : Stmt, new() =>
        from loc in Tokens.Here from k in Kw(keyword) select (Stmt)At(new T(), loc);

    private static readonly Parser<Stmt> PassStatement = Bare<Pass>("pass");
    private static readonly Parser<Stmt> BreakStatement = Bare<Break>("break");
    private static readonly Parser<Stmt> ContinueStatement = Bare<Continue>("continue");

    private static readonly Parser<Stmt> ReturnStatement =
        from loc in Tokens.Here
        from k in Kw("return")
        from value in StarExpressions.Optional()
        select (Stmt)At(new Return { Value = CheckNotStarred(value.GetOrDefault()) }, loc);

    private static readonly Parser<Stmt> RaiseStatement =
        from loc in Tokens.Here
        from k in Kw("raise")
        from exception in (from exc in Expression
                           from cause in Kw("from").Then(_ => Expression).Optional()
                           select (exc, cause: cause.GetOrDefault())).Optional()
        select (Stmt)At(new Raise { Exc = exception.IsDefined ? exception.Get().exc : null, Cause = exception.IsDefined ? exception.Get().cause : null }, loc);

    private static readonly Parser<List<string>> NameList =
        from first in Tokens.Identifier
        from rest in Op(",").Then(_ => Tokens.Identifier).Many()
        select Prepend(first, rest);

    private static readonly Parser<Stmt> GlobalStatement =
        from loc in Tokens.Here
        from k in Kw("global")
        from names in NameList
        select (Stmt)At(new Global { Names = names }, loc);

    private static readonly Parser<Stmt> NonlocalStatement =
        from loc in Tokens.Here
        from k in Kw("nonlocal")
        from names in NameList
        select (Stmt)At(new Nonlocal { Names = names }, loc);

    private static readonly Parser<Stmt> DelStatement =
        from loc in Tokens.Here
        from k in Kw("del")
        from first in Expression
        from rest in Op(",").Then(_ => Expression).Many()
        from trailing in Op(",").Optional()
        select (Stmt)MakeDelete(loc, Prepend(first, rest));

    private static Stmt MakeDelete(Loc loc, List<Expr> targets)
    {
        targets.ForEach(Targets.CheckDeletable);
        return At(new Delete { Targets = targets }, loc);
    }

    private static readonly Parser<Stmt> AssertStatement =
        from loc in Tokens.Here
        from k in Kw("assert")
        from test in Expression
        from message in Op(",").Then(_ => Expression).Optional()
        select (Stmt)At(new Assert { Test = test, Msg = message.GetOrDefault() }, loc);

    // ───────────── imports ─────────────

    private static readonly Parser<string> DottedName =
        from first in Tokens.Identifier
        from rest in Op(".").Then(_ => Tokens.Identifier).Many()
        select rest.Any() ? first + "." + string.Join(".", rest) : first;

    private static readonly Parser<Alias> DottedAsName =
        from loc in Tokens.Here
        from name in DottedName
        from asName in Kw("as").Then(_ => Tokens.Identifier).Optional()
        select At(new Alias { Name = name, AsName = asName.GetOrDefault() }, loc);

    private static readonly Parser<Stmt> ImportStatement =
        from loc in Tokens.Here
        from k in Kw("import")
        from first in DottedAsName
        from rest in Op(",").Then(_ => DottedAsName).Many()
        select (Stmt)At(new Import { Names = Prepend(first, rest) }, loc);

    private static readonly Parser<Alias> ImportAsName =
        from loc in Tokens.Here
        from name in Tokens.Identifier
        from asName in Kw("as").Then(_ => Tokens.Identifier).Optional()
        select At(new Alias { Name = name, AsName = asName.GetOrDefault() }, loc);

    private static readonly Parser<List<Alias>> ImportAsNames =
        from first in ImportAsName
        from rest in Op(",").Then(_ => ImportAsName).Many()
        select Prepend(first, rest);

    private static readonly Parser<List<Alias>> ImportedNames =
        (from loc in Tokens.Here from star in Op("*") select new List<Alias> { At(new Alias { Name = "*" }, loc) })
        .Or(from open in Op("(")
            from names in ImportAsNames
            from trailing in Op(",").Optional()
            from close in Op(")")
            select names)
        .Or(from names in ImportAsNames
            from at in Tokens.HereInput
            from trailing in Op(",").Optional()
            select trailing.IsDefined
                ? throw ParseContext.Current.Error("trailing comma not allowed without surrounding parentheses", at)
                : names);

    private static readonly Parser<string> OptionalDottedName = DottedName.Optional().Select(m => m.GetOrDefault());

    private static readonly Parser<int> RelativeLevel =
        Op("...").Return(3).Or(Op(".").Return(1)).Many().Select(dots => dots.Sum());

    private static readonly Parser<Stmt> FromImportStatement =
        from loc in Tokens.Here
        from k in Kw("from")
        from level in RelativeLevel
        from module in level == 0 ? DottedName : OptionalDottedName
        from import in Kw("import")
        from names in ImportedNames
        select (Stmt)At(new ImportFrom { Module = module, Names = names, Level = level }, loc);

    // ───────────── expression statements and assignments ─────────────

    private static readonly Parser<BinaryOperator> AugmentedOperator = Tokens.OperatorChoice(
        ("+=", BinaryOperator.Add), ("-=", BinaryOperator.Sub), ("*=", BinaryOperator.Mult), ("/=", BinaryOperator.Div),
        ("//=", BinaryOperator.FloorDiv), ("%=", BinaryOperator.Mod), ("**=", BinaryOperator.Pow), ("@=", BinaryOperator.MatMult),
        ("&=", BinaryOperator.BitAnd), ("|=", BinaryOperator.BitOr), ("^=", BinaryOperator.BitXor),
        ("<<=", BinaryOperator.LShift), (">>=", BinaryOperator.RShift));

    /// <summary>What may follow the first expression of a statement; builds the statement from it.</summary>
    private static readonly Parser<Func<Expr, Stmt>> AssignmentTail =
        (from values in Op("=").Then(_ => YieldOrStarExpressions).AtLeastOnce()
         select (Func<Expr, Stmt>)(first => MakeAssign(first, values.ToList())))
        .Or(from op in AugmentedOperator
            from value in YieldOrStarExpressions
            select (Func<Expr, Stmt>)(target => MakeAugmentedAssign(target, op, value)))
        .Or(from colon in Op(":")
            from annotation in Expression
            from value in Op("=").Then(_ => YieldOrStarExpressions).Optional()
            select (Func<Expr, Stmt>)(target => MakeAnnotatedAssign(target, annotation, value.GetOrDefault())));

    private static Stmt MakeAssign(Expr first, List<Expr> values)
    {
        var assign = Nodes.AtNode(new Assign { Value = CheckNotStarred(values[^1]) }, first);
        assign.Targets.Add(first);
        assign.Targets.AddRange(values.Take(values.Count - 1));
        for (int i = 0; i < assign.Targets.Count; i++)
            Targets.CheckAssignable(assign.Targets[i], suggestEquals: i == assign.Targets.Count - 1);
        return assign;
    }

    private static Stmt MakeAugmentedAssign(Expr target, BinaryOperator op, Expr value)
    {
        Targets.CheckAugmentable(target);
        return Nodes.AtNode(new AugAssign { Target = target, Op = op, Value = CheckNotStarred(value) }, target);
    }

    private static Stmt MakeAnnotatedAssign(Expr target, Expr annotation, Expr value)
    {
        Targets.CheckAnnotatable(target);
        return Nodes.AtNode(new AnnAssign { Target = target, Annotation = annotation, Value = CheckNotStarred(value) }, target);
    }

    private static Expr CheckNotStarred(Expr value)
    {
        if (value is Starred)
            throw ParseContext.Current.Error("can't use starred expression here", value.Line, value.Col + 1);
        return value;
    }

    private static bool StartsAssignment(SourceInput at)
    {
        string op = Tokens.OperatorAt(at.Source, at.Position);
        return op != null && (op == ":" || op[^1] == '=') && op is not ("==" or "<=" or ">=" or "!=");
    }

    private static readonly Parser<Stmt> ExpressionStatement = Chains.OptionalSuffix(
        YieldOrStarExpressions, StartsAssignment, AssignmentTail,
        (first, tail) => tail(first),
        first => (Stmt)Nodes.AtNode(new ExprStmt { Value = CheckNotStarred(first) }, first));

    /// <summary>A simple statement: chosen by its keyword, else an expression statement or assignment.</summary>
    internal static readonly Parser<Stmt> SimpleStatement = Lookahead.Switch(at => Tokens.WordAt(at.Source, at.Position) switch
    {
        "pass" => PassStatement,
        "break" => BreakStatement,
        "continue" => ContinueStatement,
        "return" => ReturnStatement,
        "raise" => RaiseStatement,
        "global" => GlobalStatement,
        "nonlocal" => NonlocalStatement,
        "del" => DelStatement,
        "assert" => AssertStatement,
        "import" => ImportStatement,
        "from" => FromImportStatement,
        _ => ExpressionStatement,
    }).Named("statement");

    /// <summary>simple_stmts: simple_stmt (';' simple_stmt)* [';'] end-of-line.</summary>
    private static readonly Parser<List<Stmt>> MoreSimpleStatements =
        from rest in Op(";").Then(_ => SimpleStatement).Many()
        from trailing in Op(";").Optional()
        select rest.ToList();

    internal static readonly Parser<List<Stmt>> SimpleStatements =
        from statements in Chains.OptionalSuffix(SimpleStatement, Lookahead.Operator(";"), MoreSimpleStatements,
            (first, rest) => Prepend(first, rest), first => new List<Stmt> { first })
        from end in Tokens.EndOfLine
        select statements;

    // ───────────── compound statement headers ─────────────

    /// <summary>':' — and when the line simply ends instead, CPython's "expected ':'".</summary>
    private static readonly Parser<string> Colon = input =>
    {
        var result = Op(":")(input);
        if (result.WasSuccessful) return result;
        var at = Tokens.SkipBlanks(input);
        if (at.AtEnd) throw ParseContext.Current.Error("expected ':'", at);
        return result;
    };

    /// <summary>The token that must come next: anything else is CPython's "expected 'token'",
    /// marked under the token found there (or at the end of the line). For ':' after a
    /// keyword that takes nothing else (else, try, finally: `else if x:`) and '(' after a
    /// def's name.</summary>
    private static Parser<string> Required(string token) => input =>
    {
        var result = Op(token)(input);
        if (result.WasSuccessful) return result;
        var at = Tokens.SkipBlanks(input);
        string message = $"expected '{token}'";
        if (at.AtEnd) throw ParseContext.Current.Error(message, at);
        int width = Math.Max(1, Tokens.WordLengthAt(at.Source, at.Position));
        throw ParseContext.Current.Error(message, at.Line, at.Column, at.Line, at.Column + width);
    };

    private static readonly Parser<string> ColonAfterKeyword = Required(":");
    private static readonly Parser<string> ParametersOpen = Required("(");

    /// <summary>After the colon: the end of the line (a block follows) or simple statements.</summary>
    private static readonly Parser<Suite> SuiteRule =
        Tokens.EndOfLine.Select(_ => new Suite())
            .Or(from start in Tokens.HereInput
                from statements in SimpleStatements
                select new Suite { Start = start, Statements = statements });

    private static LineItem Header(ClauseKind kind, Loc loc, Node node, Suite suite) =>
        new ClauseHeader { Kind = kind, At = loc, Node = node, InlineBody = suite.Statements, InlineBodyStart = suite.Start };

    private static readonly Parser<LineItem> IfHeader =
        from loc in Tokens.Here
        from k in Kw("if")
        from test in NamedExpression
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.If, loc, At(new If { Test = test }, loc), suite);

    private static readonly Parser<LineItem> ElifHeader =
        from loc in Tokens.Here
        from k in Kw("elif")
        from test in NamedExpression
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.Elif, loc, At(new If { Test = test }, loc), suite);

    private static Parser<LineItem> KeywordOnlyHeader(string keyword, ClauseKind kind) =>
        from loc in Tokens.Here
        from k in Kw(keyword)
        from colon in ColonAfterKeyword
        from suite in SuiteRule
        select Header(kind, loc, kind == ClauseKind.Try ? At(new Try(), loc) : null, suite);

    private static readonly Parser<LineItem> ElseHeader = KeywordOnlyHeader("else", ClauseKind.Else);
    private static readonly Parser<LineItem> TryHeader = KeywordOnlyHeader("try", ClauseKind.Try);
    private static readonly Parser<LineItem> FinallyHeader = KeywordOnlyHeader("finally", ClauseKind.Finally);

    private static readonly Parser<LineItem> WhileHeader =
        from loc in Tokens.Here
        from k in Kw("while")
        from test in NamedExpression
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.While, loc, At(new While { Test = test }, loc), suite);

    private static readonly Parser<LineItem> ForHeader =
        from loc in Tokens.Here
        from k in Kw("for")
        from target in AtomGrammar.TargetList
        from @in in Kw("in")
        from iter in StarExpressions
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.For, loc, MakeFor(loc, target, iter), suite);

    private static Node MakeFor(Loc loc, Expr target, Expr iter)
    {
        Targets.CheckAssignable(target);
        return At(new For { Target = target, Iter = iter }, loc);
    }

    /// <summary>except*: the star, and then the types it needs (`except*:` is an error).</summary>
    private static readonly Parser<bool> ExceptStar = input =>
    {
        var star = Op("*")(input);
        if (!star.WasSuccessful) return Result.Success(false, input);
        var colon = Colon(star.Remainder);
        if (colon.WasSuccessful) throw ParseContext.Current.Error("expected one or more exception types", Tokens.SkipBlanks(star.Remainder));
        return Result.Success(true, star.Remainder);
    };

    private static readonly Parser<LineItem> ExceptHeader =
        from loc in Tokens.Here
        from k in Kw("except")
        from star in ExceptStar
        from clause in (from type in Expression
                        from name in Kw("as").Then(_ => Tokens.Identifier).Optional()
                        select (type, name: name.GetOrDefault())).Optional()
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.Except, loc,
            At(new ExceptHandler { Type = clause.IsDefined ? clause.Get().type : null, Name = clause.IsDefined ? clause.Get().name : null, IsStar = star }, loc),
            suite);

    private static readonly Parser<WithItem> WithItemRule =
        from loc in Tokens.Here
        from context in Expression
        from target in Kw("as").Then(_ => AtomGrammar.SingleTarget).Optional()
        select MakeWithItem(loc, context, target.GetOrDefault());

    private static WithItem MakeWithItem(Loc loc, Expr context, Expr target)
    {
        if (target != null) Targets.CheckAssignable(target);
        return At(new WithItem { ContextExpr = context, OptionalVars = target }, loc);
    }

    private static readonly Parser<List<WithItem>> WithItems =
        from first in WithItemRule
        from rest in Op(",").Then(_ => WithItemRule).Many()
        select Prepend(first, rest);

    private static readonly Parser<List<WithItem>> ParenthesizedWithItems =
        from open in Op("(")
        from items in WithItems
        from trailing in Op(",").Optional()
        from close in Op(")")
        from colonFollows in Op(":").Preview()
        where colonFollows.IsDefined
        select items;

    private static readonly Parser<LineItem> WithHeader =
        from loc in Tokens.Here
        from k in Kw("with")
        from items in ParenthesizedWithItems.Or(WithItems)
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.With, loc, At(new With { Items = items }, loc), suite);

    private static readonly Parser<LineItem> DefHeader =
        from loc in Tokens.Here
        from k in Kw("def")
        from name in Tokens.Identifier
        from open in ParametersOpen
        from parameters in ParameterGrammar.FunctionParameters
        from close in Op(")")
        from returns in Op("->").Then(_ => Expression).Optional()
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.Def, loc, At(new FunctionDef { Name = name, Args = parameters, Returns = returns.GetOrDefault() }, loc), suite);

    private static readonly Parser<LineItem> ClassHeader =
        from loc in Tokens.Here
        from k in Kw("class")
        from name in Tokens.Identifier
        from arguments in (from open in Op("(")
                           from args in PrimaryGrammar.CallArguments
                           from close in Op(")")
                           select args).Optional()
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.Class, loc, MakeClass(loc, name, arguments.GetOrDefault()), suite);

    private static Node MakeClass(Loc loc, string name, List<PrimaryGrammar.CallArgument> arguments)
    {
        var classDef = At(new ClassDef { Name = name }, loc);
        if (arguments != null) PrimaryGrammar.SplitArguments(arguments, classDef.Bases, classDef.Keywords);
        return classDef;
    }

    /// <summary>match SUBJECT: — `match` is a keyword only here; a line that does not parse
    /// as this header is an ordinary statement (match = 1, match(x)).</summary>
    private static readonly Parser<LineItem> MatchHeader =
        from loc in Tokens.Here
        from k in Kw("match")
        from subject in StarExpressions
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.Match, loc, At(new Match { Subject = subject }, loc), suite);

    private static readonly Parser<LineItem> CaseHeader =
        from loc in Tokens.Here
        from k in Kw("case")
        from pattern in PatternGrammar.Patterns
        from guard in Kw("if").Then(_ => NamedExpression).Optional()
        from colon in Colon
        from suite in SuiteRule
        select Header(ClauseKind.Case, loc, At(new MatchCase { Pattern = pattern, Guard = guard.GetOrDefault() }, loc), suite);

    /// <summary>async def / async for / async with: the header, marked asynchronous.</summary>
    private static readonly Parser<LineItem> AsyncHeader =
        from loc in Tokens.Here
        from k in Kw("async")
        from header in Lookahead.Switch(at => Tokens.WordAt(at.Source, at.Position) switch
        {
            "def" => DefHeader,
            "for" => ForHeader,
            "with" => WithHeader,
            _ => Tokens.Nothing<LineItem>("'def', 'for' or 'with'"),
        })
        select MarkAsync(header, loc);

    /// <summary>The statement starts at 'async', as CPython places it.</summary>
    private static LineItem MarkAsync(LineItem header, Loc loc)
    {
        var node = (header as ClauseHeader)?.Node;
        switch (node)
        {
            case FunctionDef f: f.IsAsync = true; break;
            case For f: f.IsAsync = true; break;
            case With w: w.IsAsync = true; break;
        }
        if (node != null) At(node, loc);
        header.At = loc;
        return header;
    }

    private static readonly Parser<LineItem> DecoratorRule =
        from loc in Tokens.Here
        from at in Op("@")
        from decorator in NamedExpression
        from end in Tokens.EndOfLine
        select (LineItem)new DecoratorLine { At = loc, Decorator = decorator };

    private static readonly Parser<LineItem> SimpleLineRule =
        SimpleStatements.Select(statements => (LineItem)new SimpleLine { At = Nodes.LocOf(statements[0]), Statements = statements });

    /// <summary>One logical line: a clause header (chosen by its keyword), a decorator, or simple statements.</summary>
    internal static readonly Parser<LineItem> LogicalLine = Lookahead.Switch(at =>
        !at.AtEnd && at.Current == '@' ? DecoratorRule : Tokens.WordAt(at.Source, at.Position) switch
        {
            "if" => IfHeader,
            "elif" => ElifHeader,
            "else" => ElseHeader,
            "while" => WhileHeader,
            "for" => ForHeader,
            "try" => TryHeader,
            "except" => ExceptHeader,
            "finally" => FinallyHeader,
            "with" => WithHeader,
            "def" => DefHeader,
            "class" => ClassHeader,
            "async" => AsyncHeader,
            "match" => MatchHeader.Or(SimpleLineRule),
            "case" => CaseHeader.Or(SimpleLineRule),
            _ => SimpleLineRule,
        }).Named("logical line");

    private static List<T> Prepend<T>(T first, IEnumerable<T> rest)
    {
        var list = new List<T> { first };
        list.AddRange(rest);
        return list;
    }
}
