// The runtime switches the in-process tests need, set before the first object exists: the
// tests compare the heap's per-type totals before and after each program, so they ask for
// the accounting that the minipy command keeps only under --show-refcount or --audit-refs.
using System.Runtime.CompilerServices;
using MiniPy.Runtime;

namespace MiniPy.Tests;

static class RuntimeSwitches
{
    [ModuleInitializer]
    internal static void AskForAccounting() => StartupOptions.AccountPerType = true;
}
