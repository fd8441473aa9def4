// What the VM adds to the damage ledger (Runtime/Corruption.cs) when the GIL is off: where a
// race was seen — the Python thread, function, line and instruction — and the translation of
// a host fault provoked by a torn container into a MiniPy SystemError that says so.
//
// A list whose length was bumped by two threads at once can claim more items than its array
// holds; a dict whose table was rebuilt under another thread's feet can hold a null where an
// entry should be. The runtime's code trusts those invariants, so the damage surfaces as a
// .NET IndexOutOfRangeException or NullReferenceException somewhere inside it. With the GIL
// on that is a MiniPy bug; with it off it is the lesson, and it becomes
// `SystemError: heap corruption: ...` naming the container, raised in the thread that hit it.
using System.Diagnostics;
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

public static class RaceDamage
{
    /// <summary>Installs the "where" hook; called once before the program runs.</summary>
    public static void Install() => Corruption.WhereHook = DescribeCurrentPlace;

    /// <summary>"Thread-2 (bump), in bump() line 12 at BINARY_OP", or null off the VM.</summary>
    public static string DescribeCurrentPlace()
    {
        var ts = ThreadState.Current;
        if (ts == null) return null;
        var f = ts.CurrentFrame;
        if (f == null) return ts.Name;
        var code = f.Code;
        int pc = f.LastPc;
        string op = pc >= 0 && pc < code.Instructions.Length ? ((Op)(code.Instructions[pc] & 0xFF)).ToString() : "?";
        string fn = code.Name == "<module>" ? "the module body" : code.Name + "()";
        return $"{ts.Name}, in {fn} line {f.Line} at {op}";
    }

    /// <summary>True for the host faults a torn container provokes.</summary>
    public static bool IsTearFault(Exception ex) =>
        ex is IndexOutOfRangeException or NullReferenceException or ArgumentOutOfRangeException
            or ArgumentException or InvalidCastException or ArrayTypeMismatchException
            or InvalidOperationException or TornContainerException;

    /// <summary>The SystemError for a host fault caused by racing threads, recorded in the ledger.</summary>
    public static PyException ToSystemError(Exception ex)
    {
        string container = ex is TornContainerException torn ? torn.Container : ContainerOf(ex);
        string what = container == null
            ? "an object's internal state was changed by two threads at once"
            : $"a {container} was changed by two threads at once and its storage no longer matches its length";
        Corruption.Record(DamageKind.TornContainer, $"{what} (raised as SystemError in this thread)");
        return PyException.WithMessage(ErrorTypes.SystemError,
            $"heap corruption: {what} (the GIL is off)");
    }

    /// <summary>The Python container whose code was running when the fault happened, found
    /// from the host stack: the first frame in one of the container types.</summary>
    static string ContainerOf(Exception ex)
    {
        try
        {
            var trace = new StackTrace(ex, false);
            foreach (var frame in trace.GetFrames())
            {
                var type = frame.GetMethod()?.DeclaringType;
                while (type != null && type.DeclaringType != null) type = type.DeclaringType;
                string name = type == null ? null : Named(type);
                if (name != null) return name;
            }
        }
        catch { }
        return null;
    }

    static string Named(Type t)
    {
        if (t == typeof(PyList) || t == typeof(ListMethods)) return "list";
        if (t == typeof(PyDict) || t == typeof(DictMethods)) return "dict";
        if (t == typeof(PySet) || t == typeof(SetMethods)) return "set";
        if (t == typeof(PyTuple)) return "tuple";
        return null;
    }
}
