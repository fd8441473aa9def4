// The methods of tuple: index and count.
namespace MiniPy.Runtime;

public static class TupleMethods
{
    public static void Add(PyType t)
    {
        BuiltinTypes.AddMethod(t, "index", (self, args, kw) =>
        {
            MethodArgs.Range("tuple.index", "index", args, kw, 1, 3);
            var items = ((PyTuple)self).Items;
            long start = MethodArgs.SliceIndex(args.Length > 1 ? args[1] : null, 0, false);
            long stop = MethodArgs.SliceIndex(args.Length > 2 ? args[2] : null, long.MaxValue, false);
            MethodArgs.AdjustBounds(ref start, ref stop, items.Length);
            for (long i = start; i < stop; i++)
                if (Ops.EqualsBool(items[i], args[0])) return PyInt.New(i);
            throw Err.ValueError("tuple.index(x): x not in tuple");
        });
        BuiltinTypes.AddMethod(t, "count", (self, args, kw) =>
        {
            var item = MethodArgs.One("tuple.count", args, kw);
            long n = 0;
            foreach (var element in ((PyTuple)self).Items)
                if (Ops.EqualsBool(element, item)) n++;
            return PyInt.New(n);
        });
    }
}
