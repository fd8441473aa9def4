// Operator chains for the precedence ladder: operand (operator operand)*. They do what Sprache's
// Parse.ChainOperator does, as one loop: ChainOperator builds several parser objects and a
// delegate to a generic method for every operand it reads, which made it the largest cost of a
// parse. When no operator follows (the common case) a chain costs one failed token attempt.
using System.Runtime.CompilerServices;
using Sprache;

namespace MiniPy.Syntax;

internal static class Chains
{
    /// <summary>operand (op operand)* folded to the left: a - b - c is (a - b) - c.</summary>
    public static Parser<Expr> LeftAssociative(Parser<Expr> operand, Func<SourceInput, bool> startsOperator, Parser<BinaryOperator> op) =>
        Sequence(operand, startsOperator, op, (first, rest, ends) =>
        {
            for (int i = 0; i < rest.Count; i++)
            {
                first = Nodes.Binary(rest[i].Item1, first, rest[i].Item2);
                Nodes.EndAtText(first, ends[i]);
            }
            return first;
        });

    /// <summary>Sequence for a build that needs no operand's end.</summary>
    public static Parser<Expr> Sequence<TOp>(Parser<Expr> operand, Func<SourceInput, bool> startsOperator, Parser<TOp> op, Func<Expr, List<(TOp, Expr)>, Expr> build) =>
        Sequence(operand, startsOperator, op, (first, rest, _) => build(first, rest));

    /// <summary>
    /// operand (op operand)*; build receives the first operand and the (operator, operand) pairs and
    /// is called only when there is at least one pair. As in ChainOperator, an operator not followed
    /// by an operand is left unconsumed. op is only tried where startsOperator holds for the next token.
    /// </summary>
    /// <remarks>build also receives, for each pair, the input just after its operand's text
    /// (where an operation ending with that operand ends).</remarks>
    public static Parser<Expr> Sequence<TOp>(Parser<Expr> operand, Func<SourceInput, bool> startsOperator, Parser<TOp> op, Func<Expr, List<(TOp, Expr)>, List<IInput>, Expr> build) =>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
        {
            var first = operand(input);
            if (!first.WasSuccessful) return first;
            List<(TOp, Expr)> rest = null;
            List<IInput> ends = null;
            var remainder = first.Remainder;
            while (startsOperator(Tokens.SkipBlanks(remainder)))
            {
                var @operator = op(remainder);
                if (!@operator.WasSuccessful) break;
                var next = operand(@operator.Remainder);
                if (!next.WasSuccessful) break;
                (rest ??= new List<(TOp, Expr)>()).Add((@operator.Value, next.Value));
                (ends ??= new List<IInput>()).Add(next.Remainder);
                remainder = next.Remainder;
            }
            if (rest == null) return first;
            var built = build(first.Value, rest, ends);
            Nodes.StartAt(built, input);
            Nodes.EndAtText(built, remainder);
            return Result.Success(built, remainder);
        };

    /// <summary>
    /// first [suffix]: the suffix runs only when startsSuffix holds at the next token, and
    /// combine joins them; without a suffix (or if it fails) the result is alone(first).
    /// This is first.Then(suffix.Optional()) without paying for the attempt when the next token
    /// already rules the suffix out (x ** y, a if b else c, a, b, x = 1 ...). ends, if given,
    /// is told the combined node and the input after the suffix.
    /// </summary>
    public static Parser<TResult> OptionalSuffix<T, TSuffix, TResult>(
        Parser<T> first, Func<SourceInput, bool> startsSuffix, Parser<TSuffix> suffix,
        Func<T, TSuffix, TResult> combine, Func<T, TResult> alone, Action<TResult, IInput> ends = null) =>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
        {
            var head = first(input);
            if (!head.WasSuccessful) return Result.Failure<TResult>(head.Remainder, head.Message, head.Expectations);
            var at = Tokens.SkipBlanks(head.Remainder);
            if (startsSuffix(at))
            {
                var tail = suffix(head.Remainder);
                if (tail.WasSuccessful)
                {
                    var combined = combine(head.Value, tail.Value);
                    ends?.Invoke(combined, tail.Remainder);
                    return Result.Success(combined, tail.Remainder);
                }
            }
            return Result.Success(alone(head.Value), head.Remainder);
        };

    /// <summary>operand postfix*: each postfix (.name, (args), [index]) wraps what came before.</summary>
    public static Parser<Expr> Postfix(Parser<Expr> operand, Parser<Func<Expr, Expr>> postfix) =>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
        {
            var head = operand(input);
            if (!head.WasSuccessful) return head;
            var value = head.Value;
            var remainder = head.Remainder;
            Nodes.EndAt(value, remainder);
            while (true)
            {
                var next = postfix(remainder);
                if (!next.WasSuccessful) break;
                value = next.Value(value);
                remainder = next.Remainder;
                Nodes.StartAt(value, input);
                Nodes.EndAt(value, remainder);
            }
            return ReferenceEquals(remainder, head.Remainder) ? head : Result.Success(value, remainder);
        };
}
