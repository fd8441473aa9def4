// Inline caches for the attribute instructions (LOAD_ATTR, STORE_ATTR and LOAD_METHOD), in
// the spirit of CPython 3.11's specializing interpreter (PEP 659), simplified.
//
// Every attribute access on an instance starts by looking the name up along its class's
// MRO: a data descriptor (a property, a __slots__ member) decides before the instance's
// dict, and a method found there is what LOAD_METHOD binds. That lookup is a hash-table
// probe per access even with the per-type cache (PyType.Lookup). Yet one instruction of a
// program nearly always sees instances of one class, and classes rarely change once made,
// so each instruction remembers what the lookup found for the last type it saw, under the
// version of the class dicts then current (PyDict.TypeDictVersion, bumped by any write to
// any class's dict). A hit is two compares and a load.
//
// The entries are plain structs changed in place, so they exist only with the GIL on
// (Heap.CachesTypeLookups), where one thread at a time runs the eval loop and switches happen
// only between instructions. Without the GIL the instructions use the type's lookup, whose
// cache is built for concurrent readers. What an entry holds is borrowed: the type dicts
// own it, and any change to them makes the entry stale before anything it names can be freed.
using System.Runtime.CompilerServices;
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

/// <summary>One attribute instruction's cache: what `Type.Lookup(name)` found when the class
/// dicts were at `Version`.</summary>
public struct TypeLookupCacheEntry
{
    public PyType Type;
    public int Version;
    public PyObject Found;
}

public static class AttributeCache
{
    /// <summary>type.Lookup(name) for the instruction at pc of code (borrowed; null when
    /// absent), from the instruction's cache when it is current. GIL on only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Lookup(CodeObject code, int pc, PyType type, PyStr name)
    {
        var entries = code.TypeLookupCaches;
        if (entries != null)
        {
            ref var e = ref entries[pc];
            if (ReferenceEquals(e.Type, type) && e.Version == PyDict.TypeDictVersion) return e.Found;
        }
        return Miss(code, pc, type, name);
    }

    static PyObject Miss(CodeObject code, int pc, PyType type, PyStr name)
    {
        var entries = code.TypeLookupCaches ??= new TypeLookupCacheEntry[code.Instructions.Length];
        var found = type.Lookup(name);
        entries[pc] = new TypeLookupCacheEntry { Type = type, Version = PyDict.TypeDictVersion, Found = found };
        return found;
    }
}
