// The SyntaxWarnings CPython 3.11's compiler gives for code that can only fail, most often
// a forgotten comma between two items of a list:
//
//     assert (x, "message")     assertion is always true, perhaps remove parentheses?
//     [(1, 2) (3, 4)]           'tuple' object is not callable; perhaps you missed a comma?
//     [None [0]]                'NoneType' object is not subscriptable; perhaps you missed a comma?
//     [[1, 2] ["a"]]            list indices must be integers or slices, not str; perhaps ...
//
// Only what the source itself shows counts: a literal or a display (a list, tuple, dict or
// set, a comprehension, an f-string, a lambda) called or subscripted. The warnings are
// printed when the module is compiled, as the "is" with a literal one (Compiler.Expressions).
using MiniPy.Syntax;

namespace MiniPy.Compiler;

public sealed partial class Compiler
{
    /// <summary>The type a literal or display makes (CPython's infer_type), or null when the
    /// source does not say.</summary>
    static string TypeMadeBy(Expr e) => e switch
    {
        TupleExpr => "tuple",
        ListExpr or ListComp => "list",
        DictExpr or DictComp => "dict",
        SetExpr or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        JoinedStr or FormattedValue => "str",
        Constant c => c.Value switch
        {
            null => "NoneType",
            bool => "bool",
            System.Numerics.BigInteger => "int",
            double => "float",
            System.Numerics.Complex => "complex",
            string => "str",
            byte[] => "bytes",
            EllipsisValue => "ellipsis",
            _ => null,
        },
        _ => null,
    };

    void Warn(Node at, string message) => warnings.Add(new CompileWarning(at.Line, at.Col + 1, message));

    /// <summary>A call of a literal or a display.</summary>
    void WarnIfNeverCallable(Call c)
    {
        if (c.Func is Constant or TupleExpr or ListExpr or ListComp or DictExpr or DictComp or SetExpr or SetComp
            or GeneratorExp or JoinedStr or FormattedValue && TypeMadeBy(c.Func) is { } type)
            Warn(c, $"'{type}' object is not callable; perhaps you missed a comma?");
    }

    /// <summary>A subscript of something that has none, or by an index that can only fail.</summary>
    void WarnIfNeverSubscriptable(Subscript s)
    {
        var value = s.Value;
        bool unsubscriptable = value switch
        {
            Constant c => c.Value is null or EllipsisValue or System.Numerics.BigInteger or double or System.Numerics.Complex,
            SetExpr or SetComp or GeneratorExp or Lambda => true,
            _ => false,
        };
        if (unsubscriptable)
        {
            Warn(s, $"'{TypeMadeBy(value)}' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        var indexType = TypeMadeBy(s.Index);
        if (indexType == null || indexType is "int" or "bool" || s.Index is Slice) return;
        bool sequence = value switch
        {
            Constant c => c.Value is string or byte[],
            TupleExpr or ListExpr or ListComp or JoinedStr or FormattedValue => true,
            _ => false,
        };
        if (sequence)
            Warn(s, $"{TypeMadeBy(value)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?");
    }

    /// <summary>assert (test, message): a non-empty tuple is always true.</summary>
    void WarnIfAssertAlwaysTrue(Assert a)
    {
        if (a.Test is TupleExpr { Elts.Count: > 0 })
            Warn(a, "assertion is always true, perhaps remove parentheses?");
    }
}
