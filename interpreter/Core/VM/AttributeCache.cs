// Inline caches for the attribute instructions (LOAD_ATTR, STORE_ATTR and LOAD_METHOD), in
// the spirit of CPython 3.11's specializing interpreter (PEP 659), simplified.
//
// Every attribute access on an instance starts by looking the name up along its class's
// MRO: a data descriptor (a property, a __slots__ member) decides before the instance's
// dict, and a method found there is what LOAD_METHOD binds. That lookup is a hash-table
// probe per access even with the per-type cache (PyType.Lookup). Yet one instruction of a
// program nearly always sees instances of one class, and classes rarely change once made,
// so each instruction remembers what the lookup found for the last four types it saw, under
// the version of the class dicts then current (PyDict.TypeDictVersion, bumped by any write
// to any class's dict). A hit is two compares and a load. Four, not one: a call site in a
// method of a base class often sees instances of several subclasses in turn (the tasks of
// a scheduler, the shapes of a ray tracer); the first two are tried where the instruction
// runs, the other two one call away.
//
// An instance's own attributes live in its dict, and instances of one class usually gain
// them in the same order, so each name sits at the same entry index in all their dicts.
// The instruction also remembers that index: a guess, checked by finding the very key
// object there (ValueIfKeyAt), which saves hashing and probing on a hit.
//
// With the GIL on (Heap.CachesTypeLookups) the entries are plain structs changed in place:
// one thread at a time runs the eval loop, and switches happen only between instructions.
// Without the GIL a thread could read an entry half-written by another, so each
// instruction's entry is instead an object never changed once made (SharedLookupEntry: no
// dict index), replaced whole on a miss and read with one load — what the types'
// own lookup caches do (PyType.LookupShared). What an entry holds is borrowed: the type
// dicts own it, and any change to them makes the entry stale.
using System.Runtime.CompilerServices;
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

/// <summary>One attribute instruction's cache: what `TypeN.Lookup(name)` found for up to four
/// types, the most recently added first, when the class dicts were at `Version`, and the
/// entry index where the name was last found in (or stored into) an instance's dict.</summary>
public struct TypeLookupCacheEntry
{
    public PyType Type0, Type1, Type2, Type3;
    public PyObject Found0, Found1, Found2, Found3;
    public int Version;
    public int DictIndex;
}

/// <summary>Without the GIL: one attribute instruction's cache for two classes, made whole
/// and never changed.</summary>
public sealed class SharedLookupEntry
{
    public readonly PyType Type0, Type1;
    public readonly PyObject Found0, Found1;
    public readonly int Version;

    public SharedLookupEntry(int version, PyType type0, PyObject found0, PyType type1, PyObject found1)
    {
        Version = version;
        Type0 = type0;
        Found0 = found0;
        Type1 = type1;
        Found1 = found1;
    }
}

public static class AttributeCache
{
    /// <summary>type.Lookup(name) for the instruction at pc of code (borrowed; null when
    /// absent), from the instruction's cache when it is current.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Lookup(CodeObject code, int pc, PyType type, PyStr name)
        => Heap.CachesTypeLookups ? Lookup(ref EntryFor(code, pc), type, name) : LookupShared(code, pc, type, name);

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
        // The version read before the lookup, as in MissShared.
        int version = PyDict.TypeDictVersion;
        if (e.Version == version)
        {
            if (ReferenceEquals(e.Type2, type)) return e.Found2;
            if (ReferenceEquals(e.Type3, type)) return e.Found3;
        }
        var found = type.Lookup(name);
        if (e.Version == version)
        {
            // The oldest of the four makes room.
            e.Type3 = e.Type2;
            e.Found3 = e.Found2;
            e.Type2 = e.Type1;
            e.Found2 = e.Found1;
            e.Type1 = e.Type0;
            e.Found1 = e.Found0;
        }
        else
        {
            e.Type1 = e.Type2 = e.Type3 = null;
            e.Found1 = e.Found2 = e.Found3 = null;
            e.Version = version;
        }
        e.Type0 = type;
        e.Found0 = found;
        return found;
    }

    /// <summary>Lookup without the GIL: the instruction's entry is read with one load.</summary>
    static PyObject LookupShared(CodeObject code, int pc, PyType type, PyStr name)
    {
        var entries = Volatile.Read(ref code.SharedLookupCaches);
        if (entries != null)
        {
            var e = Volatile.Read(ref entries[pc]);
            if (e != null && e.Version == Volatile.Read(ref PyDict.TypeDictVersion))
            {
                if (ReferenceEquals(e.Type0, type)) return e.Found0;
                if (ReferenceEquals(e.Type1, type)) return e.Found1;
            }
        }
        return MissShared(code, pc, type, name);
    }

    static PyObject MissShared(CodeObject code, int pc, PyType type, PyStr name)
    {
        // Filed under the version read before the lookup: a class dict that changes meanwhile
        // makes the entry stale at once.
        int version = Volatile.Read(ref PyDict.TypeDictVersion);
        var found = type.Lookup(name);
        var entries = Volatile.Read(ref code.SharedLookupCaches);
        if (entries == null)
        {
            var table = new SharedLookupEntry[code.Instructions.Length];
            entries = Interlocked.CompareExchange(ref code.SharedLookupCaches, table, null) ?? table;
        }
        // The newer of the entry's two classes stays, if the entry is current.
        var old = Volatile.Read(ref entries[pc]);
        var made = old != null && old.Version == version
            ? new SharedLookupEntry(version, type, found, old.Type0, old.Found0)
            : new SharedLookupEntry(version, type, found, null, null);
        Volatile.Write(ref entries[pc], made);
        return found;
    }

    /// <summary>LOAD_ATTR's commonest case, with the GIL on, for the eval loop to take without
    /// a call: an instance of the class this instruction saw last, which has nothing of that
    /// name (so the instance's dict decides), and the name at the entry of the instance's
    /// dict where the instruction last found it. The value (borrowed), or null when any of
    /// that does not hold (LoadAttr then does the whole lookup).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject CachedDictValue(CodeObject code, int pc, PyInstance obj, PyStr name)
    {
        var caches = code.TypeLookupCaches;
        if (!Heap.CachesTypeLookups || caches == null) return null;
        ref var e = ref caches[pc];
        var dict = obj.Dict;
        if (e.Version != PyDict.TypeDictVersion || !ReferenceEquals(e.Type0, obj.ObType) || e.Found0 != null || dict == null)
            return null;
        return dict.ValueIfKeyAt(e.DictIndex, name);
    }

    /// <summary>LOAD_ATTR on an instance whose class does not define __getattribute__: a new
    /// reference to the attribute, or null when it has none (the caller raises the
    /// AttributeError, without the cost of a .NET throw).</summary>
    public static PyObject LoadAttr(CodeObject code, int pc, PyInstance obj, PyStr name, int me)
    {
        if (!Heap.CachesTypeLookups) return Attributes.GenericGetAttrFound(obj, name, LookupShared(code, pc, obj.ObType, name), me, false);
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

    /// <summary>STORE_ATTR's commonest case, with the GIL on: an instance of the class this
    /// instruction saw last, which has no attribute of that name (nothing on the class
    /// intercepts the store) and no __setattr__ of its own, and the name at the entry of the
    /// instance's own dict where the instruction last found it. The value's reference moves
    /// into the dict — the caller's stack slot gives it up, as CPython's specialised
    /// STORE_ATTR steals it — and the value replaced comes back in replaced, for the caller
    /// to release once its stack no longer lists the moved value (a __del__ run by the
    /// release may throw). False, with nothing changed, when any of that does not hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryStoreMoving(CodeObject code, int pc, PyInstance obj, PyStr name, PyObject value, out PyObject replaced)
    {
        replaced = null;
        var caches = code.TypeLookupCaches;
        if (!Heap.CachesTypeLookups || caches == null) return false;
        ref var e = ref caches[pc];
        var type = obj.ObType;
        var dict = obj.Dict;
        if (e.Version != PyDict.TypeDictVersion || !ReferenceEquals(e.Type0, type) || e.Found0 != null
            || dict == null || !dict.HeldByInstance || type.Hooks.UserSetAttr != null || ReferenceEquals(name, Attributes.DictName))
            return false;
        int ix = e.DictIndex;
        if ((uint)ix >= (uint)dict.EntryCount) return false;
        ref var entry = ref dict.Entries[ix];
        if (!ReferenceEquals(entry.Key, name)) return false;
        replaced = entry.Value;
        entry.Value = value;
        return true;
    }

    /// <summary>STORE_ATTR (and del, value null) on an instance.</summary>
    public static void StoreAttr(CodeObject code, int pc, PyInstance obj, PyStr name, PyObject value, int me)
    {
        if (!Heap.CachesTypeLookups)
        {
            var found = LookupShared(code, pc, obj.ObType, name);
            if (!obj.CallsOwnSetAttr(name, value)) Attributes.GenericSetAttrFound(obj, name, found, value, me);
            return;
        }
        ref var e = ref EntryFor(code, pc);
        var descr = Lookup(ref e, obj.ObType, name);
        if (obj.CallsOwnSetAttr(name, value)) return;
        // `obj.__class__ = cls` and `obj.__dict__ = d` never land in the dict, even one holding such a key.
        bool intoDict = value != null && (descr == null || !descr.IsDataDescriptor) && !Attributes.IsClassName(name)
                        && !ReferenceEquals(name, Attributes.DictName);
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
