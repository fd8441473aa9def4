// native: compiled code that releases the GIL while it computes — the answer numpy and
// friends give to the GIL.
//
// Each function works in two steps. First, holding the GIL, it turns its Python arguments
// into plain .NET values (a count, arrays of doubles): that step reads Python objects and
// their reference counts, so it needs the lock like any other interpreter code. Then it
// computes on those values alone, touching no Python object, and that step may run without
// the lock: with release_gil=True (the default) it goes through Blocking.Run, the bracket
// that drops the GIL and takes it back afterwards, exactly as time.sleep or a lock wait
// does. Two threads in native.sum_of_squares therefore use two cores even with the GIL on;
// with release_gil=False they take turns, like any Python code. The result is turned back
// into a Python object after the lock is held again.
using System.Diagnostics;
using System.Numerics;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class NativeModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("native");
        m.SetSteal("__doc__", PyStr.New("Compiled functions that release the GIL while they compute (release_gil=False keeps it)."));
        m.AddFunction("sum_of_squares", SumOfSquares);
        m.AddFunction("dot", Dot);
        m.AddFunction("busy", Busy);
        return m;
    }

    /// <summary>Runs the pure computation, without the GIL unless asked to keep it.</summary>
    static T Compute<T>(bool releaseGil, Func<T> work) => releaseGil ? Blocking.Run(work) : work();

    static bool ReleaseGil(PyObject flag) => flag == null || Ops.IsTrue(flag);

    /// <summary>sum_of_squares(n, release_gil=True): the exact sum of i*i for i in range(n).</summary>
    static PyObject SumOfSquares(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        var p = ArgParser.Parse("sum_of_squares", a, k, new[] { "n", "release_gil" }, 1);
        long n = Ops.IndexOf(p[0], "sum_of_squares() argument must be an integer");
        var total = Compute(ReleaseGil(p[1]), () => SumOfSquaresLoop(n));
        return total >= long.MinValue && total <= long.MaxValue ? PyInt.New((long)total) : PyInt.New((BigInteger)total);
    }

    /// <summary>A loop, not the closed form: the point is CPU time spent without the lock.
    /// Compiled optimised from the start, as native code would be. The sum is kept in two
    /// 64-bit halves; each square fits in 64 bits while i &lt; 2**32, and past that the loop
    /// goes on in 128-bit arithmetic.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    static Int128 SumOfSquaresLoop(long n)
    {
        ulong low = 0, high = 0;
        long fast = Math.Min(n, 1L << 32);
        for (long i = 0; i < fast; i++)
        {
            ulong square = (ulong)i * (ulong)i;
            ulong before = low;
            low += square;
            if (low < before) high++;
        }
        var sum = (Int128)(((UInt128)high << 64) | low);
        for (long i = fast; i < n; i++) sum += (Int128)i * i;
        return sum;
    }

    /// <summary>dot(xs, ys, release_gil=True): the float dot product of two sequences.</summary>
    static PyObject Dot(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        var p = ArgParser.Parse("dot", a, k, new[] { "xs", "ys", "release_gil" }, 2);
        double[] xs = Doubles(p[0]), ys = Doubles(p[1]);
        if (xs.Length != ys.Length)
            throw Err.ValueError($"dot() sequences have different lengths ({xs.Length} and {ys.Length})");
        double result = Compute(ReleaseGil(p[2]), () =>
        {
            double sum = 0;
            for (int i = 0; i < xs.Length; i++) sum += xs[i] * ys[i];
            return sum;
        });
        return PyFloat.New(result);
    }

    /// <summary>The items of a sequence as doubles, read while the GIL is held.</summary>
    static double[] Doubles(PyObject sequence)
    {
        var items = Ops.ToArray(sequence);
        try
        {
            var values = new double[items.Length];
            for (int i = 0; i < items.Length; i++) values[i] = PyFloat.ToDouble(items[i]);
            return values;
        }
        finally { foreach (var o in items) Rc.Dec(o); }
    }

    /// <summary>busy(seconds, release_gil=True): spins the CPU for that long; returns the loop count.</summary>
    static PyObject Busy(ReadOnlySpan<PyObject> a, PyTuple k)
    {
        var p = ArgParser.Parse("busy", a, k, new[] { "seconds", "release_gil" }, 1);
        double seconds = PyFloat.ToDouble(p[0]);
        if (double.IsNaN(seconds) || seconds < 0) throw Err.ValueError("busy() seconds must be a non-negative number");
        if (seconds > 3600) throw Err.OverflowError("busy() seconds too large");
        long spins = Compute(ReleaseGil(p[1]), () =>
        {
            long until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
            long count = 0;
            while (Stopwatch.GetTimestamp() < until) count++;
            return count;
        });
        return PyInt.New(spins);
    }
}
