// Blocking: the bracket every blocking native call (sleep, lock waits, joins, I/O) goes
// through, so the interpreter lock can be released while the OS thread waits.
namespace MiniPy.VM;

public static class Blocking
{
    /// <summary>Installed by the threading layer: releases the lock, runs the wait, re-takes it.</summary>
    public static Action<Action> Releaser;

    public static void Run(Action wait)
    {
        var r = Releaser;
        if (r == null) wait();
        else r(wait);
    }

    public static T Run<T>(Func<T> wait)
    {
        T result = default;
        Run(() => { result = wait(); });
        return result;
    }
}
