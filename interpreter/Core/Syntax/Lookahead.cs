// Predictive choice: where the alternatives of a rule begin with different tokens, the next
// token picks the one alternative to run (as an LL(1) parser would) instead of trying each in
// turn with Or. Sprache's Or is correct but pays for every failed attempt (a failure result,
// closures, merged expectations); on the hot paths (atoms, unary operators, statement
// keywords) that cost dominated parsing, so those rules choose with a look at the next token.
using System.Runtime.CompilerServices;
using Sprache;

namespace MiniPy.Syntax;

internal static class Lookahead
{
    /// <summary>Runs whenTrue if test holds at the next token (blanks skipped), otherwise whenFalse.</summary>
    public static Parser<T> If<T>(Func<SourceInput, bool> test, Parser<T> whenTrue, Parser<T> whenFalse) =>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) => test(Tokens.SkipBlanks(input)) ? whenTrue(input) : whenFalse(input);

    /// <summary>Runs the rule that choose picks for the next token (blanks skipped).</summary>
    public static Parser<T> Switch<T>(Func<SourceInput, Parser<T>> choose) =>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) => choose(Tokens.SkipBlanks(input))(input);

    /// <summary>The next token is exactly this operator.</summary>
    public static Func<SourceInput, bool> Operator(string op) =>
        at => !at.AtEnd && at.Current == op[0] && Tokens.OperatorAt(at.Source, at.Position) == op;

    /// <summary>The next token is one of these operators.</summary>
    public static Func<SourceInput, bool> AnyOperator(params string[] ops) =>
        at => !at.AtEnd && Array.IndexOf(ops, Tokens.OperatorAt(at.Source, at.Position)) >= 0;

    /// <summary>The next token is this word.</summary>
    public static Func<SourceInput, bool> Word(string word) => at => IsWord(at, word);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsWord(SourceInput at, string word) =>
        Tokens.WordLengthAt(at.Source, at.Position) == word.Length && string.CompareOrdinal(at.Source, at.Position, word, 0, word.Length) == 0;

    /// <summary>The next tokens are a name and ':=' (a walrus).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool NameThenWalrus(SourceInput at)
    {
        int length = Tokens.WordLengthAt(at.Source, at.Position);
        if (length == 0) return false;
        int p = at.Position + length;
        while (p < at.Source.Length && (at.Source[p] == ' ' || at.Source[p] == '\t' || at.Source[p] == '\n')) p++;
        return Tokens.OperatorAt(at.Source, p) == ":=";
    }
}
