// Inline caches for the attribute instructions (LOAD_ATTR, STORE_ATTR and LOAD_METHOD), in
// the spirit of CPython 3.11's specializing interpreter (PEP 659), simplified.
//
// Every attribute access on an instance starts by looking the name up along its class's
// MRO: a data descriptor (a property, a __slots__ member) decides before the instance's
// dict, and a method found there is what LOAD_METHOD binds. That lookup is a hash-table
// probe per access even with the per-type cache (PyType.Lookup). Yet one instruction of a
// program nearly always sees instances of one class, and classes rarely change once made,
// so each instruction remembers what the lookup found for the last two types it saw, under
// the version of the class dicts then current (PyDict.TypeDictVersion, bumped by any write
// to any class's dict). A hit is two compares and a load. Two, not one: a call site in a
// method of a base class often sees instances of two subclasses in turn.
//
// An instance's own attributes live in its dict, and instances of one class usually gain
// them in the same order, so each name sits at the same entry index in all their dicts.
// The instruction also remembers that index: a guess, checked by finding the very key
// object there (ValueIfKeyAt), which saves hashing and probing on a hit.
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

/// <summary>One attribute instruction's cache: what `Type0.Lookup(name)` and
/// `Type1.Lookup(name)` found when the class dicts were at `Version`, and the entry index
/// where the name was last found in (or stored into) an instance's dict.</summary>
public struct TypeLookupCacheEntry
{
    public PyType Type0, Type1;
    public PyObject Found0, Found1;
    public int Version;
    public int DictIndex;
}

public static class AttributeCache
{
    /// <summary>type.Lookup(name) for the instruction at pc of code (borrowed; null when
    /// absent), from the instruction's cache when it is current. GIL on only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Lookup(CodeObject code, int pc, PyType type, PyStr name)
        => Lookup(ref EntryFor(code, pc), type, name);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ref TypeLookupCacheEntry EntryFor(CodeObject code, int pc)
    {
        var entries = code.TypeLookupCaches ??= new TypeLookupCacheEntry[code.Instructions.Length];
        return ref entries[pc];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject Lookup(ref TypeLookupCacheEntry e, PyType type, PyStr name)
    {
        if (e.Version == PyDict.TypeDictVersion)
        {
            if (ReferenceEquals(e.Type0, type)) return e.Found0;
            if (ReferenceEquals(e.Type1, type)) return e.Found1;
        }
        return Miss(ref e, type, name);
    }

    static PyObject Miss(ref TypeLookupCacheEntry e, PyType type, PyStr name)
    {
        var found = type.Lookup(name);
        int version = PyDict.TypeDictVersion;
        if (e.Version == version)
        {
            // The older of the two makes room.
            e.Type1 = e.Type0;
            e.Found1 = e.Found0;
        }
        else
        {
            e.Type1 = null;
            e.Found1 = null;
            e.Version = version;
        }
        e.Type0 = type;
        e.Found0 = found;
        return found;
    }

    /// <summary>LOAD_ATTR on an instance whose class does not define __getattribute__: a new
    /// reference to the attribute, or null when it has none (the caller raises the
    /// AttributeError, without the cost of a .NET throw). GIL on only.</summary>
    public static PyObject LoadAttr(CodeObject code, int pc, PyInstance obj, PyStr name, int me)
    {
        ref var e = ref EntryFor(code, pc);
        var descr = Lookup(ref e, obj.ObType, name);
        if (descr != null && descr.IsDataDescriptor) return Attributes.GenericGetAttrFound(obj, name, descr, me, false);
        var dict = obj.InstanceDict;
        if (dict == null) return Attributes.GenericGetAttrFound(obj, name, descr, me, false);
        var v = dict.ValueIfKeyAt(e.DictIndex, name);
        if (v == null)
        {
            int ix = dict.IndexOf(name);
            if (ix < 0) return Attributes.GenericGetAttrFound(obj, name, descr, me, true);
            e.DictIndex = ix;
            v = dict.Entries[ix].Value;
        }
        return Rc.New(v, me);
    }

    /// <summary>STORE_ATTR (and del, value null) on an instance. GIL on only.</summary>
    public static void StoreAttr(CodeObject code, int pc, PyInstance obj, PyStr name, PyObject value, int me)
    {
        ref var e = ref EntryFor(code, pc);
        var descr = Lookup(ref e, obj.ObType, name);
        if (obj.CallsOwnSetAttr(name, value)) return;
        bool intoDict = value != null && (descr == null || !descr.IsDataDescriptor);
        var dict = obj.InstanceDict;
        if (intoDict && dict != null)
        {
            var replaced = dict.ReplaceIfKeyAt(e.DictIndex, name, value);
            if (replaced != null)
            {
                Rc.Dec(replaced, me);
                return;
            }
        }
        Attributes.GenericSetAttrFound(obj, name, descr, value, me);
        dict = obj.InstanceDict;
        if (intoDict && dict != null) e.DictIndex = dict.IndexOfRecent(name);
    }
}
