// The numeric dunders that built-in functions and operators answer for int, float and complex
// (abs, round, divmod, math.floor/ceil/trunc, + - * / ** on complex), as methods too, for code
// that calls them by name: `super().__round__(n)` in a subclass, `x.__abs__()`,
// `(5).__floor__()`. Each does what the function or operator does with the built-in value.
using System.Numerics;

namespace MiniPy.Runtime;

public static partial class NumberMethods
{
    static bool IsRealNumber(PyObject o) => BuiltinSubclass.Unwrap(o) is PyInt or PyFloat;

    public static void AddNumericDunders(PyType t)
    {
        void AddMissing(string name, NativeMethod method)
        {
            if (t.Dict.GetItemBorrowed(name) == null) BuiltinTypes.AddMethod(t, name, method);
        }

        AddMissing("__abs__", (self, a, k) => { MethodArgs.None("__abs__", a, k); return BuiltinFunctions.Abs(new[] { self }, null); });
        if (t == PyComplex.Type)
        {
            foreach (var (name, kind) in new[] { ("add", BinaryOpKind.Add), ("sub", BinaryOpKind.Sub), ("mul", BinaryOpKind.Mul),
                                                ("truediv", BinaryOpKind.TrueDiv), ("pow", BinaryOpKind.Pow) })
            {
                var op = kind;
                AddMissing("__" + name + "__", (self, a, k) => ComplexOperand(a, k) ? Ops.BinaryOp(self, a[0], op) : Rc.New(PyNotImplemented.Instance));
                AddMissing("__r" + name + "__", (self, a, k) => ComplexOperand(a, k) ? Ops.BinaryOp(a[0], self, op) : Rc.New(PyNotImplemented.Instance));
            }
            AddMissing("__neg__", (self, a, k) => Ops.UnaryOp(self, UnaryOpKind.Neg));
            AddMissing("__pos__", (self, a, k) => Ops.UnaryOp(self, UnaryOpKind.Pos));
            AddMissing("__bool__", (self, a, k) => PyBool.From(Ops.IsTrue(self)));
            return;
        }
        AddMissing("__round__", (self, a, k) =>
        {
            ArgParser.Positional("__round__", a, k, 0, 1);
            return BuiltinFunctions.Round(a.Length == 0 ? new[] { self } : new[] { self, a[0] }, null);
        });
        AddMissing("__divmod__", (self, a, k) =>
        {
            ArgParser.Positional("__divmod__", a, k, 1, 1);
            return IsRealNumber(a[0]) ? BuiltinFunctions.DivMod(new[] { self, a[0] }, null) : Rc.New(PyNotImplemented.Instance);
        });
        AddMissing("__rdivmod__", (self, a, k) =>
        {
            ArgParser.Positional("__rdivmod__", a, k, 1, 1);
            return IsRealNumber(a[0]) ? BuiltinFunctions.DivMod(new[] { a[0], self }, null) : Rc.New(PyNotImplemented.Instance);
        });
        AddMissing("__getnewargs__", (self, a, k) => PyTuple.Of(self));
        AddMissing("__floor__", (self, a, k) => Integral(self, Math.Floor));
        AddMissing("__ceil__", (self, a, k) => Integral(self, Math.Ceiling));
        AddMissing("__trunc__", (self, a, k) => Integral(self, Math.Truncate));
        AddMissing("__int__", (self, a, k) => Integral(self, Math.Truncate));
    }

    static bool ComplexOperand(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        ArgParser.Positional("operator", a, k, 1, 1);
        return BuiltinSubclass.Unwrap(a[0]) is PyInt or PyFloat or PyComplex;
    }

    /// <summary>An int's own value, or a float rounded by round as an int; infinity and NaN
    /// are CPython's errors.</summary>
    static PyObject Integral(PyObject self, Func<double, double> round)
    {
        if (self is PyInt i) return PyInt.New(i.AsBig);
        double v = ((PyFloat)self).Value;
        if (double.IsInfinity(v)) throw Err.New(ErrorTypes.OverflowError, "cannot convert float infinity to integer");
        if (double.IsNaN(v)) throw Err.ValueError("cannot convert float NaN to integer");
        return PyInt.New(new BigInteger(round(v)));
    }
}
