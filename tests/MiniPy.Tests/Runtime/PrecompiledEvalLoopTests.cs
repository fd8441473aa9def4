// The eval loop must stay compilable ahead of time (ReadyToRun): the ahead-of-time compiler
// refuses a whole method when it calls one that takes or returns an Int128 or a UInt128
// (their calling convention may change between runtime versions), and a refused eval loop
// starts every process in the JIT's slowest code. This reads the loop's IL, and that of the
// small methods the compiler inlines into it, for such a call.
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using MiniPy.VM;

namespace MiniPy.Tests.Runtime;

public class PrecompiledEvalLoopTests
{
    static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Test]
    public void TheEvalLoopCallsNothingTheAheadOfTimeCompilerRefuses()
    {
        var dispatch = typeof(Eval).GetMethod("Dispatch", BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(typeof(EvalModes.Plain));
        var offending = new List<string>();
        var seen = new HashSet<MethodBase>();
        Scan(dispatch, depth: 0, seen, offending);
        Assert.That(seen.Count, Is.GreaterThan(20), "the scan found the loop's calls");
        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void TheScanFindsACallThatPassesAnInt128()
    {
        var offending = new List<string>();
        Scan(typeof(PrecompiledEvalLoopTests).GetMethod(nameof(PassesAnInt128), BindingFlags.NonPublic | BindingFlags.Static)!,
            depth: 0, new HashSet<MethodBase>(), offending);
        Assert.That(offending, Has.Some.Contains("Takes"));
    }

    static long PassesAnInt128(long a) => (long)Takes(a);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Int128 Takes(Int128 x) => x;

    /// <summary>Records each call in method's IL whose signature has an Int128 or UInt128, and
    /// scans the callees the compiler may inline (aggressively inlined ones, to some depth).</summary>
    static void Scan(MethodBase method, int depth, HashSet<MethodBase> seen, List<string> offending)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il == null) return;
        var module = method.Module;
        Type[] typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        Type[] methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int i = 0; i < il.Length;)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var op = OpCodesByValue[value];
            i += op.Size;
            if (op.OperandType == OperandType.InlineMethod)
            {
                int token = BitConverter.ToInt32(il, i);
                MethodBase callee = null;
                try { callee = module.ResolveMethod(token, typeArgs, methodArgs); }
                catch (ArgumentException) { }
                if (callee != null && seen.Add(callee))
                {
                    if (MentionsWideInteger(callee)) offending.Add($"{method.DeclaringType?.Name}.{method.Name} calls {callee.DeclaringType?.Name}.{callee.Name}");
                    else if (depth < 3 && callee.Module == module
                             && (callee.MethodImplementationFlags & MethodImplAttributes.AggressiveInlining) != 0)
                        Scan(callee, depth + 1, seen, offending);
                }
            }
            i += OperandSize(op, il, i);
        }
    }

    static bool MentionsWideInteger(MethodBase m)
    {
        static bool Wide(Type t) => t == typeof(Int128) || t == typeof(UInt128);
        if (m is MethodInfo mi && Wide(mi.ReturnType)) return true;
        return m.GetParameters().Any(p => Wide(p.ParameterType));
    }

    static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
