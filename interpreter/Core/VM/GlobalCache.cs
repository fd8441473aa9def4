// Inline caches for LOAD_GLOBAL (CPython 3.11's LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN,
// PEP 659, simplified).
//
// A global name is looked up in the module's dict and, when absent there, in the builtins':
// one or two hash-table probes on every use of `len`, `range` or a module-level function.
// Yet which dict holds a name, and where in its entry array, changes only when a key is
// added to or removed from one of the two (a dict's Version counts those layout changes;
// storing a new value under an existing key leaves the entry where it is). So each
// LOAD_GLOBAL remembers the two dicts with their versions and the entry that held the
// name; while both versions stand, the value is read straight from that entry.
//
// The entries are plain structs changed in place and read without a lock, so they exist
// only with the GIL on (Heap.CachesTypeLookups). A cached dict that is freed and reused as
// another dict cannot pass for the old one: freeing clears it, which bumps its version, and
// versions only grow.
using System.Runtime.CompilerServices;
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

/// <summary>One LOAD_GLOBAL's cache: with the module dict Globals at GlobalsVersion, the
/// name was at entry Index of Holder (Globals itself, or the builtins at HolderVersion).</summary>
public struct GlobalCacheEntry
{
    public PyDict Globals;
    public int GlobalsVersion;
    public PyDict Holder;
    public int HolderVersion;
    public int Index;
}

public static class GlobalCache
{
    /// <summary>The value of the global name used by the instruction at pc (a new
    /// reference), or null when neither dict has it. GIL on only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Load(CodeObject code, int pc, PyDict globals, PyDict builtins, PyStr name)
    {
        var entries = code.GlobalCaches;
        if (entries != null)
        {
            ref var e = ref entries[pc];
            if (ReferenceEquals(e.Globals, globals) && e.GlobalsVersion == globals.Version
                && e.HolderVersion == e.Holder.Version && (ReferenceEquals(e.Holder, globals) || ReferenceEquals(e.Holder, builtins)))
                return Rc.New(e.Holder.Entries[e.Index].Value);
        }
        return Miss(code, pc, globals, builtins, name);
    }

    static PyObject Miss(CodeObject code, int pc, PyDict globals, PyDict builtins, PyStr name)
    {
        int globalsVersion = globals.Version;
        var holder = globals;
        int ix = globals.IndexOf(name);
        if (ix < 0)
        {
            holder = builtins;
            ix = builtins.IndexOf(name);
            if (ix < 0) return null;
        }
        int holderVersion = holder.Version;
        var value = holder.Entries[ix].Value;
        // A key's __eq__ run by the lookups could have changed the dicts: then not cached.
        if (globals.Version == globalsVersion)
        {
            var entries = code.GlobalCaches ??= new GlobalCacheEntry[code.Instructions.Length];
            entries[pc] = new GlobalCacheEntry
            {
                Globals = globals, GlobalsVersion = globalsVersion, Holder = holder, HolderVersion = holderVersion, Index = ix,
            };
        }
        return Rc.New(value);
    }
}
