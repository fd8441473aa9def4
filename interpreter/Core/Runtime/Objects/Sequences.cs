// Helpers shared by list and tuple: lexicographic comparison.
namespace MiniPy.Runtime;

static class Sequences
{
    public static PyObject Compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && na != nb) return PyBool.From(op == CompareOp.Ne);
        int i = 0;
        for (; i < na && i < nb; i++)
        {
            if (ReferenceEquals(a[i], b[i])) continue;
            if (!Ops.EqualsBool(a[i], b[i])) break;
        }
        if (i >= na || i >= nb) return PyBool.From(Ops.CompareResult(na.CompareTo(nb), op));
        if (op == CompareOp.Eq) return PyBool.From(false);
        if (op == CompareOp.Ne) return PyBool.From(true);
        return Ops.RichCompare(a[i], b[i], op);
    }
}
