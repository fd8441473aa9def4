// The methods of range (index, count) and slice (indices).
using System.Numerics;

namespace MiniPy.Runtime;

public static class RangeAndSliceMethods
{
    public static void AddRange(PyType t)
    {
        BuiltinTypes.AddMethod(t, "count", (self, args, kw) =>
        {
            ArgParser.Positional("count", args, kw, 1, 1);
            var r = (PyRange)self;
            if (args[0] is PyInt) return PyInt.New(r.Contains(args[0]) ? 1 : 0);
            long count = 0;
            for (BigInteger i = 0; i < r.BigLength; i++)
                if (ItemEquals(r, i, args[0])) count++;
            return PyInt.New(count);
        });
        BuiltinTypes.AddMethod(t, "index", (self, args, kw) =>
        {
            ArgParser.Positional("index", args, kw, 1, 1);
            var r = (PyRange)self;
            if (args[0] is PyInt n && (n.ObType == PyInt.Type || n is PyBool))
            {
                var at = r.IndexOfValue(n.AsBig);
                if (at.Sign >= 0) return PyInt.New(at);
            }
            else
                for (BigInteger i = 0; i < r.BigLength; i++)
                    if (ItemEquals(r, i, args[0])) return PyInt.New(i);
            throw Err.ValueError($"{Ops.Repr(args[0])} is not in range");
        });
    }

    public static void AddSlice(PyType t)
    {
        BuiltinTypes.AddMethod(t, "indices", (self, args, kw) =>
        {
            ArgParser.Positional("indices", args, kw, 1, 1);
            long length = Ops.IndexOf(args[0], $"'{args[0].ObType.Name}' object cannot be interpreted as an integer");
            if (length < 0) throw Err.ValueError("length should not be negative");
            ((PySlice)self).Indices(length, out long start, out long stop, out long step, out _);
            var result = PyTuple.New(3);
            result.SetItemSteal(0, PyInt.New(start));
            result.SetItemSteal(1, PyInt.New(stop));
            result.SetItemSteal(2, PyInt.New(step));
            return result;
        });
    }

    /// <summary>Whether the range's item i equals x (x not an int: its own __eq__ decides).</summary>
    static bool ItemEquals(PyRange r, BigInteger i, PyObject x)
    {
        var item = r.ItemAt(i);
        try { return Ops.EqualsBool(item, x); }
        finally { Rc.Dec(item); }
    }
}
