// SequenceSizes: the size of a sequence about to be made (a repetition, a padded string, a
// zero-filled bytes), checked before anything is allocated, as CPython checks it: a count
// beyond any machine size is an OverflowError, a length no array can hold a MemoryError.
// Without the check a huge request would become a .NET array fault or minutes of swapping.
namespace MiniPy.Runtime;

public static class SequenceSizes
{
    /// <summary>A repetition count from an int: negative counts are 0.</summary>
    public static long Count(PyInt n)
    {
        if (!n.IsBig) return Math.Max(0, n.Value);
        if (n.Big.Sign < 0) return 0;
        throw Err.New(ErrorTypes.OverflowError, "cannot fit 'int' into an index-sized integer");
    }

    /// <summary>count copies of length items: the total, or MemoryError past what an array holds.</summary>
    public static int Repeated(long count, int length)
    {
        if (count <= 0 || length == 0) return 0;
        if (count > Array.MaxLength / length) throw Err.New(ErrorTypes.MemoryError, "");
        return (int)(count * length);
    }

    /// <summary>A single length: MemoryError past what an array holds.</summary>
    public static int Length(long n)
    {
        if (n > Array.MaxLength) throw Err.New(ErrorTypes.MemoryError, "");
        return (int)Math.Max(0, n);
    }
}
