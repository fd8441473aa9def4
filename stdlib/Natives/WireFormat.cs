// WireFormat: the data-only encoding of everything that crosses a process boundary.
//
// Unlike pickle, a message can only describe data: None, bools, ints of any size, floats,
// str, bytes, list, tuple, dict, set, frozenset, range, slice, exceptions (type name, args,
// traceback text), functions and classes by module-qualified name, instances of a program's
// classes as pickle sends them (the class by name, then the attributes: the class is found
// by name and the instance made without calling __init__), an Enum member by name, and
// "handles" — the shared objects
// of multiprocessing (queues, connections, locks, shared memory), each a kind name and a
// tuple of plain data. Decoding never runs code that the message chose:
//   • names are resolved by dictionary look-ups (no __getattr__) in sys.modules; the only
//     modules a message can cause to be imported are built-in ones (whose import runs no
//     MiniPy code) and the multiprocessing package's own, from a fixed list,
//   • exceptions are built without calling __init__,
//   • a handle is rebuilt only by a function that multiprocessing itself registered for its
//     kind (_multiprocessing._register_handle), given plain data.
//
//   message  := 'M' 'P' VERSION value
//   value    := 'N' | 'T' | 'F'                       None, True, False
//             | 'i' int64 | 'I' u32 n, n bytes          int (big: two's complement, little-endian)
//             | 'f' float64 | 'j' float64 real, float64 imag (complex) | 's' u32 n, utf-8 | 'b' u32 n, bytes | 'y' u32 n, bytes (bytearray)
//             | 'l' | 't' | 'S' | 'z'  u32 count, values      list, tuple, set, frozenset
//             | 'd' u32 count, (key value)*                    dict
//             | 'g' str module, str qualname                  function or class by name
//             | 'e' str module, str qualname, value args, str traceback     exception
//             | 'h' str kind, value state                     a multiprocessing handle
//             | 'r' int64 start, stop, step | 'c' value start, stop, step   range, slice
//             | 'o' str module, str qualname, value base, value dict, 'l'-list slots
//                                                             an instance of a program's class
//             | 'm' value self, str name                      a bound method (looked up along
//                                                             the class's MRO by dictionary)
// All integers little-endian. The reader checks every length against what is left, limits
// nesting, and turns any violation into a MiniPy error: EOFError for a truncated message,
// ValueError for a malformed one. Decoded objects are new references.
using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class WireFormat
{
    const byte Version = 1;
    public const int MaxDepth = 200;

    /// <summary>The module that registers each kind of handle. The multiprocessing package
    /// loads these modules only when first used, so a child that receives (say) a queue
    /// before it has imported multiprocessing.queues imports it then: a fixed table of the
    /// package's own modules, so what a message names can never choose what gets imported.</summary>
    static readonly Dictionary<string, string> handleModules = new()
    {
        ["Queue"] = "multiprocessing.queues",
        ["SimpleQueue"] = "multiprocessing.queues",
        ["JoinableQueue"] = "multiprocessing.queues",
        ["Connection"] = "multiprocessing.connection",
        ["Semaphore"] = "multiprocessing.synchronize",
        ["BoundedSemaphore"] = "multiprocessing.synchronize",
        ["Lock"] = "multiprocessing.synchronize",
        ["RLock"] = "multiprocessing.synchronize",
        ["Event"] = "multiprocessing.synchronize",
        ["Condition"] = "multiprocessing.synchronize",
        ["RawValue"] = "multiprocessing.sharedctypes",
        ["RawArray"] = "multiprocessing.sharedctypes",
        ["Synchronized"] = "multiprocessing.sharedctypes",
        ["SynchronizedArray"] = "multiprocessing.sharedctypes",
        ["SharedMemory"] = "multiprocessing.shared_memory",
        ["ShareableList"] = "multiprocessing.shared_memory",
        ["Proxy"] = "multiprocessing.managers",
    };

    /// <summary>The multiprocessing package's own modules: the only ones a message may cause
    /// to be imported (a pool's worker function lives in multiprocessing.pool, say).</summary>
    static readonly HashSet<string> packageModules = new(handleModules.Values) { "multiprocessing.pool", "multiprocessing.process", "multiprocessing.managers", "multiprocessing.context" };

    /// <summary>Kind name → rebuild function (owned), registered by multiprocessing.</summary>
    static readonly Dictionary<string, PyObject> rebuilders = new();
    static readonly object rebuildersLock = new();

    public static void RegisterHandleKind(string kind, PyObject rebuild)
    {
        Rc.Inc(rebuild);
        PyObject old;
        lock (rebuildersLock)
        {
            rebuilders.TryGetValue(kind, out old);
            rebuilders[kind] = rebuild;
        }
        Rc.XDec(old);
    }

    /// <summary>The rebuild function registered for kind (borrowed), or null.</summary>
    static PyObject Rebuilder(string kind)
    {
        lock (rebuildersLock) return rebuilders.TryGetValue(kind, out var rebuild) ? rebuild : null;
    }

    /// <summary>Forgets the registered rebuild functions (at interpreter teardown).</summary>
    public static void ClearHandleKinds()
    {
        List<PyObject> olds;
        lock (rebuildersLock)
        {
            olds = new List<PyObject>(rebuilders.Values);
            rebuilders.Clear();
        }
        foreach (var o in olds) Rc.Dec(o);
    }

    // ───────────────────────────── encoding ─────────────────────────────

    public static byte[] Encode(PyObject o)
    {
        var w = new Writer();
        w.Byte((byte)'M'); w.Byte((byte)'P'); w.Byte(Version);
        w.Value(o, 0);
        return w.ToArray();
    }

    sealed class Writer : ByteOutput
    {
        public Writer() : base(256) { }

        public void Value(PyObject o, int depth)
        {
            if (depth > MaxDepth) throw Err.New(ErrorTypes.RecursionError, "maximum recursion depth exceeded while encoding a message");
            switch (o)
            {
                case PyNone: Byte((byte)'N'); return;
                case PyBool b: Byte(b.Value != 0 ? (byte)'T' : (byte)'F'); return;
                case PyInt i when o.ObType == PyInt.Type:
                    if (!i.IsBig) { Byte((byte)'i'); I64(i.Value); }
                    else { Byte((byte)'I'); Bytes(i.Big.ToByteArray()); }
                    return;
                case PyFloat f when o.ObType == PyFloat.Type:
                    Byte((byte)'f'); F64(f.Value); return;
                case PyComplex z when o.ObType == PyComplex.Type:
                    Byte((byte)'j'); F64(z.Real); F64(z.Imag); return;
                case PyStr s when o.ObType == PyStr.Type: Byte((byte)'s'); Str(s.Value); return;
                case PyBytes by: Byte((byte)'b'); Bytes(by.Value); return;
                case PyByteArray ba when o.ObType == PyByteArray.Type: Byte((byte)'y'); Bytes(ba.ToArray()); return;
                case PyList l when o.ObType == PyList.Type:
                    Byte((byte)'l');
                    U32(l.Count);
                    for (int k = 0; k < l.Count; k++) Value(l.Items[k], depth + 1);
                    return;
                case PyDeque dq:
                {
                    // collections.deque: its length bound, then its items.
                    Byte((byte)'Q');
                    I64(dq.MaxLen);
                    var items = dq.SnapshotOwned();
                    try
                    {
                        U32(items.Length);
                        foreach (var item in items) Value(item, depth + 1);
                    }
                    finally { PyDeque.Release(items); }
                    return;
                }
                case PyTuple t when o.ObType == PyTuple.Type:
                    Byte((byte)'t');
                    U32(t.Count);
                    foreach (var item in t.Items) Value(item, depth + 1);
                    return;
                case PyDict d when o.ObType == PyDict.Type:
                    Byte((byte)'d');
                    U32(d.Count);
                    for (int k = 0; k < d.EntryCount; k++)
                    {
                        var e = d.Entries[k];
                        if (e.Key == null) continue;
                        Value(e.Key, depth + 1);
                        Value(e.Value, depth + 1);
                    }
                    return;
                case PySet set when o.ObType == PySet.SetType || o.ObType == PySet.FrozenSetType:
                    Byte(set.IsFrozen ? (byte)'z' : (byte)'S');
                    var elements = set.Elements().ToList();
                    U32(elements.Count);
                    foreach (var item in elements) Value(item, depth + 1);
                    return;
                case PyException exc:
                    Byte((byte)'e');
                    Str(exc.ObType.Module == "__mp_main__" ? "__main__" : exc.ObType.Module);
                    Str(exc.ObType.Name);
                    Value(exc.Args, depth + 1);
                    string tb;
                    try { tb = Tracebacks.Format(exc); } catch (PyRaise r) { Rc.Dec(r.TakeException()); tb = ""; }
                    Str(tb);
                    // Its attributes (e.code, notes), as pickle sends an exception's __dict__.
                    Value((PyObject)exc.Dict ?? PyNone.Instance, depth + 1);
                    return;
                case PyFunction fn:
                    Global(Ops.Str(fn.Module), Ops.Str(fn.QualName), fn);
                    return;
                case PyMethod method when method.Func is PyFunction methodFunction:
                    // obj.method or Class.classmethod: the object, then the function's name.
                    Byte((byte)'m');
                    Value(method.Self, depth + 1);
                    Str(Ops.Str(methodFunction.Name));
                    return;
                case PyBuiltinFunction bf when bf.Self == null:
                    Global(bf.ModuleName ?? "builtins", bf.Name, bf);
                    return;
                case PyMethodDescriptor md:
                    // str.upper: by its class and name, as pickle sends it.
                    Global(md.Owner.Module ?? "builtins", QualName(md.Owner) + "." + md.Name, md);
                    return;
                case PyMethod bound when bound.Self is PyType && bound.Func is PyBuiltinFunction:
                    // A built-in classmethod bound to a class (dict.fromkeys, or inherited by a
                    // class of the program): the class, then the name found on it again.
                    Byte((byte)'m');
                    Value(bound.Self, depth + 1);
                    Str(BuiltinMethodName(bound));
                    return;
                case PyEllipsis:
                    Global("builtins", "Ellipsis", o);
                    return;
                case PyNotImplemented:
                    Global("builtins", "NotImplemented", o);
                    return;
                case var plain when plain.ObType == PyType.ObjectType:
                    Byte((byte)'O'); // object(): a new one, as pickle makes
                    return;
                case PyType type:
                    Global(type.Module, type.Name, type);
                    return;
                case PyRange range:
                    Byte((byte)'r');
                    if (range.Big == null) { I64(range.Start); I64(range.Stop); I64(range.Step); return; }
                    // A step of 0 (never a real range's) says the bounds follow as big ints.
                    I64(0); I64(0); I64(0);
                    Bytes(range.Big.Start.ToByteArray()); Bytes(range.Big.Stop.ToByteArray()); Bytes(range.Big.Step.ToByteArray());
                    return;
                case PySlice slice:
                    Byte((byte)'c');
                    Value(slice.Start, depth + 1); Value(slice.Stop, depth + 1); Value(slice.Step, depth + 1);
                    return;
                case PyInstance inst when inst.ObType.Lookup("__mp_reduce__") == null:
                    Instance(inst, depth);
                    return;
                case RegexModule.CompiledPattern pattern:
                    // A compiled regular expression: its pattern and flags, compiled again.
                    Byte((byte)'p'); Str(pattern.Source); I64(pattern.Flags);
                    return;
            }
            var reduce = Ops.GetAttrOrNull(o.ObType, "__mp_reduce__");
            if (reduce != null)
            {
                PyObject r;
                try { r = Ops.Call(reduce, o); }
                finally { Rc.Dec(reduce); }
                try
                {
                    if (r is not PyTuple rt || rt.Count != 2 || rt.Items[0] is not PyStr kind)
                        throw Err.TypeError("__mp_reduce__ must return (kind, state)");
                    Byte((byte)'h');
                    Str(kind.Value);
                    Value(rt.Items[1], depth + 1);
                }
                finally { Rc.Dec(r); }
                return;
            }
            throw Err.TypeError($"cannot send '{o.ObType.Name}' object to another process");
        }

        /// <summary>An instance of a program's class: its class by name and its state, as
        /// pickle sends it; an Enum member by its name (so the receiver gets that member).</summary>
        void Instance(PyInstance inst, int depth)
        {
            var type = inst.ObType;
            var qualname = type.QualifiedNameInModule ?? type.Name;
            if (type.Lookup("_value2member_map_") != null)
            {
                // A member by its name; a combination of flags (Perm.R | Perm.W), which no
                // name of the class holds, by its value, as pickle sends it: Perm(3).
                if (inst.Dict?.GetItemBorrowed("_name_") is PyStr member && type.Lookup(member.Value) == inst)
                {
                    Global(type.Module, qualname + "." + member.Value, inst);
                    return;
                }
                if (inst.Dict?.GetItemBorrowed("_value_") is { } value)
                {
                    var args = PyTuple.Of(value);
                    try { ClassCall(type, args, null, depth); }
                    finally { Rc.Dec(args); }
                    return;
                }
            }
            if (qualname.Contains("<locals>"))
                throw Err.New(ErrorTypes.AttributeError, $"Can't pickle local object '{qualname}'");
            if ((HeapTypes.LookupUserDefined(type, PyStr.Intern("__reduce__")) != null
                || HeapTypes.LookupUserDefined(type, PyStr.Intern("__reduce_ex__")) != null) && Reduced(inst, depth))
                return;
            if (inst.BaseValue == null && HeapTypes.LookupUserDefined(type, PyStr.Intern("__getstate__")) != null)
            {
                // The class says what its state is (and, with __setstate__, how to put it back).
                Byte((byte)'w');
                Str(type.Module == "__mp_main__" ? "__main__" : type.Module);
                Str(qualname);
                var state = Ops.CallMethod(inst, "__getstate__");
                try { Value(state, depth + 1); }
                finally { Rc.Dec(state); }
                return;
            }
            Byte((byte)'o');
            Str(type.Module == "__mp_main__" ? "__main__" : type.Module);
            Str(qualname);
            Value(inst.BaseValue ?? PyNone.Instance, depth + 1);
            Value((PyObject)inst.Dict ?? PyNone.Instance, depth + 1);
            var slots = inst.SlotValues ?? Array.Empty<PyObject>();
            U32(slots.Length);
            foreach (var v in slots)
            {
                if (v == null) Byte((byte)'-');
                else Value(v, depth + 1);
            }
        }

        static string QualName(PyType t) => t.QualifiedNameInModule ?? t.Name;

        /// <summary>An instance whose class says how pickle rebuilds it (__reduce__ or
        /// __reduce_ex__): a class and the arguments to call it with, and a state to give
        /// the result. Only a class that is itself rebuilt this way may be named (see
        /// RebuiltByCall). False when __reduce__ names a function — something to run, which a
        /// receiver never does: the instance then travels by its class and attributes.</summary>
        bool Reduced(PyInstance inst, int depth)
        {
            PyObject reduced;
            if (HeapTypes.LookupUserDefined(inst.ObType, PyStr.Intern("__reduce_ex__")) != null)
            {
                var protocol = PyInt.New(4);
                try { reduced = Ops.CallMethod(inst, "__reduce_ex__", protocol); }
                finally { Rc.Dec(protocol); }
            }
            else reduced = Ops.CallMethod(inst, "__reduce__");
            try
            {
                if (reduced is PyStr name)
                {
                    Global(inst.ObType.Module, name.Value, inst);
                    return true;
                }
                if (reduced is not PyTuple { Count: >= 2 and <= 5 } parts || parts.Items[1] is not PyTuple args)
                    throw PicklingError("__reduce__ must return a string or tuple");
                if (parts.Items[0] is PyType cls && (parts.Count <= 3 || parts.Items[3] is PyNone) && (parts.Count <= 4 || parts.Items[4] is PyNone))
                {
                    // A class the receiver would refuse to call (one without a __reduce__ of
                    // its own): the instance travels by its class and attributes instead.
                    if (!RebuiltByCall(cls)) return false;
                    ClassCall(cls, args, parts.Count > 2 && parts.Items[2] is not PyNone ? parts.Items[2] : null, depth);
                    return true;
                }
                // A function to call (or items to add): never run by a receiver. The instance
                // travels as its class and attributes instead, as any other does.
                return false;
            }
            finally { Rc.Dec(reduced); }
        }

        /// <summary>'k': a class by name, the arguments to call it with, and a state (or None).</summary>
        void ClassCall(PyType cls, PyTuple args, PyObject state, int depth)
        {
            var qualname = QualName(cls);
            if (qualname.Contains("<locals>"))
                throw Err.New(ErrorTypes.AttributeError, $"Can't pickle local object '{qualname}'");
            Byte((byte)'k');
            Str(cls.Module == "__mp_main__" ? "__main__" : cls.Module);
            Str(qualname);
            Value(args, depth + 1);
            Value(state ?? PyNone.Instance, depth + 1);
        }

        void Global(string module, string qualname, PyObject what)
        {
            if (qualname.Contains("<locals>"))
                throw Err.New(ErrorTypes.AttributeError, $"Can't pickle local object '{qualname}'");
            if (qualname.Contains("<lambda>")) throw LookupFailed(what, qualname, module);
            if (module == "__mp_main__") module = "__main__";
            Byte((byte)'g');
            Str(module);
            Str(qualname);
        }
    }

    /// <summary>The name of a bound method (dict.fromkeys: "fromkeys").</summary>
    public static string BuiltinMethodName(PyMethod bound)
    {
        var name = Ops.GetAttr(bound, "__name__");
        try { return Ops.Str(name); }
        finally { Rc.Dec(name); }
    }

    /// <summary>pickle's PicklingError for an object its module does not name (a lambda):
    /// "Can't pickle <function <lambda> at 0x…>: attribute lookup <lambda> on __main__ failed".</summary>
    static PyRaise LookupFailed(PyObject what, string qualname, string module)
        => PicklingError($"Can't pickle {Ops.Repr(what)}: attribute lookup {qualname} on {(module == "__mp_main__" ? "__main__" : module)} failed");

    /// <summary>pickle.PicklingError(message), as pickle raises it.</summary>
    static PyRaise PicklingError(string message)
    {
        var ts = ThreadState.Current;
        var pickle = ts.Interp.ImportModule(ts, "pickle"); // borrowed
        var type = Ops.GetAttr(pickle, "PicklingError");
        try
        {
            var text = PyStr.New(message);
            try { return new PyRaise((PyException)Ops.Call(type, text)); }
            finally { Rc.Dec(text); }
        }
        finally { Rc.Dec(type); }
    }

    // ───────────────────────────── decoding ─────────────────────────────

    /// <summary>Decodes a whole message; a new reference. Any fault is a MiniPy error.</summary>
    public static PyObject Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length < 3) throw Err.New(ErrorTypes.EOFError, "truncated message: " + data.Length + " bytes");
        if (data[0] != 'M' || data[1] != 'P') throw Malformed("bad magic bytes");
        if (data[2] != Version) throw Malformed("unsupported version " + data[2]);
        var r = new Reader(data.Slice(3).ToArray());
        var v = r.Value(0);
        if (r.Remaining != 0)
        {
            Rc.Dec(v);
            throw Malformed(r.Remaining + " bytes of trailing data");
        }
        return v;
    }

    public static PyRaise Malformed(string why) => Err.ValueError("malformed message: " + why);

    sealed class Reader
    {
        readonly byte[] data;
        int pos;

        public Reader(byte[] data) { this.data = data; }

        public int Remaining => data.Length - pos;

        ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0) throw Malformed("negative length");
            if (n > Remaining) throw Err.New(ErrorTypes.EOFError, "truncated message");
            var s = data.AsSpan(pos, n);
            pos += n;
            return s;
        }

        byte Byte() => Take(1)[0];

        byte Peek() => pos < data.Length ? data[pos] : throw Err.New(ErrorTypes.EOFError, "truncated message");

        void Skip(int n) => Take(n);

        /// <summary>A count of items, each at least one byte: never more than what is left.</summary>
        int Count()
        {
            int n = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
            if (n < 0) throw Malformed("negative length");
            if (n > Remaining) throw Err.New(ErrorTypes.EOFError, "truncated message");
            return n;
        }

        string Str()
        {
            var bytes = Take(Count());
            try { return new UTF8Encoding(false, true).GetString(bytes); }
            catch (ArgumentException) { throw Malformed("invalid UTF-8 in a string"); }
        }

        public PyObject Value(int depth)
        {
            if (depth > MaxDepth) throw Malformed("nested too deeply");
            byte tag = Byte();
            switch (tag)
            {
                case (byte)'N': return Rc.New(PyNone.Instance);
                case (byte)'T': return PyBool.From(true);
                case (byte)'F': return PyBool.From(false);
                case (byte)'i': return PyInt.New(BinaryPrimitives.ReadInt64LittleEndian(Take(8)));
                case (byte)'I':
                    {
                        var b = Take(Count());
                        if (b.Length == 0) throw Malformed("empty integer");
                        return PyInt.New(new BigInteger(b));
                    }
                case (byte)'f': return PyFloat.New(BinaryPrimitives.ReadDoubleLittleEndian(Take(8)));
                case (byte)'j':
                    {
                        double real = BinaryPrimitives.ReadDoubleLittleEndian(Take(8));
                        return PyComplex.New(real, BinaryPrimitives.ReadDoubleLittleEndian(Take(8)));
                    }
                case (byte)'s': return PyStr.New(Str());
                case (byte)'b': return PyBytes.New(Take(Count()).ToArray());
                case (byte)'y': return PyByteArray.New(Take(Count()).ToArray());
                case (byte)'l':
                    {
                        int n = Count();
                        var list = PyList.New(n);
                        try { for (int i = 0; i < n; i++) list.AppendSteal(Value(depth + 1)); }
                        catch { Rc.Dec(list); throw; }
                        return list;
                    }
                case (byte)'t': return Tuple(depth);
                case (byte)'Q':
                    {
                        long maxlen = Int64();
                        if (maxlen < -1) throw Malformed("bad deque bound");
                        int n = Count();
                        var deque = PyDeque.New();
                        deque.MaxLen = maxlen;
                        try
                        {
                            for (int i = 0; i < n; i++)
                            {
                                var item = Value(depth + 1);
                                deque.Append(item);
                                Rc.Dec(item);
                            }
                        }
                        catch { Rc.Dec(deque); throw; }
                        return deque;
                    }
                case (byte)'S':
                case (byte)'z':
                    {
                        int n = Count();
                        var set = PySet.New(tag == 'z');
                        try
                        {
                            for (int i = 0; i < n; i++)
                            {
                                var item = Value(depth + 1);
                                try { set.Add(item); } finally { Rc.Dec(item); }
                            }
                        }
                        catch { Rc.Dec(set); throw; }
                        return set;
                    }
                case (byte)'d':
                    {
                        int n = Count();
                        var dict = PyDict.New();
                        try
                        {
                            for (int i = 0; i < n; i++)
                            {
                                var key = Value(depth + 1);
                                PyObject value = null;
                                try
                                {
                                    value = Value(depth + 1);
                                    dict.SetItemNew(key, value);
                                }
                                finally { Rc.Dec(key); Rc.XDec(value); }
                            }
                        }
                        catch { Rc.Dec(dict); throw; }
                        return dict;
                    }
                case (byte)'g': return Global(Str(), Str());
                case (byte)'O': return Ops.Call(PyType.ObjectType);
                case (byte)'r':
                    {
                        long start = Int64(), stop = Int64(), step = Int64();
                        if (step != 0) return PyRange.New(start, stop, step);
                        if (start != 0 || stop != 0) throw Malformed("range step is zero");
                        var bigStart = new BigInteger(Take(Count()));
                        var bigStop = new BigInteger(Take(Count()));
                        var bigStep = new BigInteger(Take(Count()));
                        if (bigStep.IsZero) throw Malformed("range step is zero");
                        return PyRange.New(bigStart, bigStop, bigStep);
                    }
                case (byte)'c':
                    {
                        PyObject start = Value(depth + 1), stop = Value(depth + 1), step = Value(depth + 1);
                        try { return PySlice.New(start, stop, step); }
                        finally { Rc.Dec(start); Rc.Dec(stop); Rc.Dec(step); }
                    }
                case (byte)'o': return Instance(depth);
                case (byte)'w': return InstanceFromState(depth);
                case (byte)'k': return ClassCall(depth);
                case (byte)'p':
                    {
                        var source = Str();
                        long flags = Int64();
                        if (flags is < 0 or > int.MaxValue) throw Malformed("regular expression flags out of range");
                        return RegexModule.CompiledPattern.Compile(source, (int)flags);
                    }
                case (byte)'m': return BoundMethod(depth);
                case (byte)'e': return Exception(depth);
                case (byte)'h': return Handle(depth);
                default: throw Malformed($"unknown tag 0x{tag:x2} at offset {pos - 1}");
            }
        }

        /// <summary>A bound method: the function is found by name in the dicts along the
        /// class's MRO (a class method's, when the object is itself a class) and bound again.</summary>
        PyObject BoundMethod(int depth)
        {
            var self = Value(depth + 1);
            try
            {
                var name = PyStr.Intern(Str());
                var owner = self as PyType ?? self.ObType;
                foreach (var klass in owner.Mro)
                {
                    var found = klass.Dict?.GetItemBorrowed(name);
                    if (found == null) continue;
                    if (found is PyClassMethod { Func: PyFunction or PyBuiltinFunction } classMethod && self is PyType)
                        return PyMethod.New(classMethod.Func, self);
                    if (found is PyFunction function && self is not PyType)
                        return PyMethod.New(function, self);
                    break;
                }
                throw Malformed($"no method '{name.Value}' on a {owner.Name}");
            }
            finally { Rc.Dec(self); }
        }

        PyTuple Tuple(int depth)
        {
            int n = Count();
            var items = new PyObject[n];
            try
            {
                for (int i = 0; i < n; i++) items[i] = Value(depth + 1);
            }
            catch
            {
                foreach (var it in items) Rc.XDec(it);
                throw;
            }
            var t = PyTuple.New(n);
            for (int i = 0; i < n; i++) t.SetItemSteal(i, items[i]);
            return t;
        }

        PyObject Exception(int depth)
        {
            string module = Str(), name = Str();
            var argsObj = Value(depth + 1);
            string tb;
            PyObject attributes;
            try { tb = Str(); attributes = Value(depth + 1); }
            catch { Rc.Dec(argsObj); throw; }
            try
            {
                if (argsObj is not PyTuple args) throw Malformed("exception arguments are not a tuple");
                if (attributes is not (PyDict or PyNone)) throw Malformed("exception attributes are not a dict");
                PyType type = null;
                try { type = ResolveGlobal(module, name) as PyType; }
                catch (PyRaise r) { Rc.Dec(r.TakeException()); }
                if (type == null || !type.IsSubtypeOf(ErrorTypes.BaseException)) type = ErrorTypes.Exception;
                var exc = PyException.New(type, args.Items);
                if (attributes is PyDict sent) exc.EnsureInstanceDict().Update(sent);
                if (tb.Length > 0)
                {
                    var text = PyStr.New(tb);
                    exc.EnsureInstanceDict().SetItemNew("_remote_traceback", text);
                    Rc.Dec(text);
                }
                return exc;
            }
            finally { Rc.Dec(argsObj); Rc.Dec(attributes); }
        }

        long Int64()
        {
            var b = Take(8);
            return BinaryPrimitives.ReadInt64LittleEndian(b);
        }

        /// <summary>An instance of a program's class: found by name, made without __init__,
        /// given the state sent.</summary>
        PyObject Instance(int depth)
        {
            string module = Str(), qualname = Str();
            if (ResolveGlobal(module, qualname) is not PyType { IsHeapType: true } cls)
                throw Malformed($"'{module}.{qualname}' is not a class");
            var inst = PyInstance.New(cls);
            try
            {
                var baseValue = Value(depth + 1);
                if (baseValue is PyNone) Rc.Dec(baseValue);
                else if (BuiltinSubclass.ValueBase(cls) is { } solid && baseValue.ObType == solid) inst.BaseValue = baseValue;
                else { Rc.Dec(baseValue); throw Malformed("an instance's value does not match its class"); }
                var dict = Value(depth + 1);
                if (dict is PyDict d && cls.InstancesHaveDict) inst.Dict = d;
                else if (dict is PyNone) Rc.Dec(dict);
                else { Rc.Dec(dict); throw Malformed("an instance's attributes are not a dict"); }
                int n = Count();
                if (n != cls.SlotCount) throw Malformed("an instance's slots do not match its class");
                for (int i = 0; i < n; i++)
                {
                    if (Peek() == '-') { Skip(1); continue; }
                    inst.SlotValues[i] = Value(depth + 1);
                }
                return inst;
            }
            catch
            {
                Rc.Dec(inst);
                throw;
            }
        }

        /// <summary>An instance of a class with __getstate__: made without __init__, then
        /// given its state by the class's __setstate__, or as its attributes.</summary>
        PyObject InstanceFromState(int depth)
        {
            string module = Str(), qualname = Str();
            if (ResolveGlobal(module, qualname) is not PyType { IsHeapType: true } cls)
                throw Malformed($"'{module}.{qualname}' is not a class");
            if (BuiltinSubclass.ValueBase(cls) != null) throw Malformed($"'{module}.{qualname}' holds a built-in value");
            var inst = PyInstance.New(cls);
            try
            {
                var state = Value(depth + 1);
                try
                {
                    if (HeapTypes.LookupUserDefined(cls, PyStr.Intern("__setstate__")) != null)
                        Rc.Dec(Ops.CallMethod(inst, "__setstate__", state));
                    else if (state is PyDict d && cls.InstancesHaveDict) (inst.Dict ??= PyDict.New()).Update(d);
                    else if (state is not PyNone) throw Malformed("an instance's state is not a dict");
                }
                finally { Rc.Dec(state); }
                return inst;
            }
            catch
            {
                Rc.Dec(inst);
                throw;
            }
        }

        /// <summary>An instance rebuilt as its class's __reduce__ said: the class (by name)
        /// called with the arguments, then given the state as pickle gives it.</summary>
        PyObject ClassCall(int depth)
        {
            string module = Str(), qualname = Str();
            if (ResolveGlobal(module, qualname) is not PyType cls || !RebuiltByCall(cls))
                throw Malformed($"'{module}.{qualname}' is not a class rebuilt by calling it");
            // Held while the arguments are read: reading them may run a class's code, which
            // could drop the module's reference to this one.
            Rc.Inc(cls);
            PyObject inst;
            try
            {
                var args = Value(depth + 1);
                try
                {
                    if (args is not PyTuple tuple) throw Malformed("a class's arguments are not a tuple");
                    inst = Ops.Call(cls, tuple.Items);
                }
                finally { Rc.Dec(args); }
            }
            finally { Rc.Dec(cls); }
            try
            {
                var state = Value(depth + 1);
                try
                {
                    if (state is PyNone) return inst;
                    // A state is only ever given to a new object: never to an Enum's member or
                    // anything else a constructor hands out shared.
                    if (IsEnum(cls) || inst.RefCount != 1) throw Malformed("a state for an object that is not new");
                    if (inst is PyInstance && HeapTypes.LookupUserDefined(inst.ObType, PyStr.Intern("__setstate__")) != null)
                        Rc.Dec(Ops.CallMethod(inst, "__setstate__", state));
                    else if (state is PyDict d && inst is PyInstance { ObType.InstancesHaveDict: true } plain) (plain.Dict ??= PyDict.New()).Update(d);
                    else throw Malformed("an instance's state is not a dict");
                }
                finally { Rc.Dec(state); }
                return inst;
            }
            catch
            {
                Rc.Dec(inst);
                throw;
            }
        }

        PyObject Handle(int depth)
        {
            string kind = Str();
            var state = Value(depth + 1);
            try { return RebuildHandle(kind, state); }
            finally { Rc.Dec(state); }
        }

        static PyObject Global(string module, string qualname)
        {
            var found = ResolveGlobal(module, qualname);
            if (found is not PyClassMethod classMethod) return Rc.New(found);
            // A classmethod of a class: bound to that class, as the sender had it.
            int dot = qualname.LastIndexOf('.');
            if (dot < 0 || ResolveGlobal(module, qualname.Substring(0, dot)) is not PyType owner)
                throw Malformed($"'{module}.{qualname}' is not a method of a class");
            return PyMethod.New(classMethod.Func, owner);
        }
    }

    /// <summary>Whether a message may rebuild an instance by calling its class: only a class
    /// that says so itself, by a __reduce__ (or __reduce_ex__) of its own, or an Enum (whose
    /// call with a value finds or combines members). Any other class — one whose constructor
    /// starts a process, say — is never called by a receiver, whatever the message names.</summary>
    static bool RebuiltByCall(PyType cls) =>
        cls.IsHeapType && (cls.Dict.GetItemBorrowed("__reduce__") != null || cls.Dict.GetItemBorrowed("__reduce_ex__") != null
            || IsEnum(cls));

    /// <summary>An Enum class: one whose metaclass is (derived from) enum's EnumType.</summary>
    static bool IsEnum(PyType cls)
    {
        foreach (var t in cls.ObType.Mro)
            if (t.Name == "EnumType" && t.Module == "enum") return true;
        return false;
    }

    /// <summary>Rebuilds a multiprocessing handle (a queue, a lock...) from its kind and
    /// state, as a message's 'h' value is; a new reference.</summary>
    public static PyObject RebuildHandle(string kind, PyObject state)
    {
        if (state is not PyTuple st) throw Malformed("handle state is not a tuple");
        var rebuild = Rebuilder(kind);
        if (rebuild == null && handleModules.TryGetValue(kind, out var module))
        {
            var ts = ThreadState.Current ?? throw Err.RuntimeError("no interpreter");
            ts.Interp.ImportModule(ts, module);
            rebuild = Rebuilder(kind);
        }
        if (rebuild == null) throw Malformed($"unknown handle kind '{kind}'");
        Rc.Inc(rebuild);
        try { return Ops.Call(rebuild, st.Items); }
        finally { Rc.Dec(rebuild); }
    }

    /// <summary>A function or class by name, looked up by dictionary look-ups only in modules
    /// already loaded, in built-in modules (whose import runs no MiniPy code) or in the
    /// multiprocessing package's own modules, which are imported on demand: what a message
    /// names can never run code of its choosing. A borrowed reference.</summary>
    public static PyObject ResolveGlobal(string module, string qualname)
    {
        var interp = ThreadState.Current?.Interp ?? throw Err.RuntimeError("no interpreter");
        PyObject current;
        if (module == "builtins") current = interp.BuiltinsModule;
        else
        {
            current = Lookup(interp.Modules, module);
            if (current == null && module == "__main__") current = Lookup(interp.Modules, "__mp_main__");
            if (current == null && (packageModules.Contains(module) || interp.NativeModules.ContainsKey(module)))
                current = interp.ImportModule(ThreadState.Current, module);
        }
        if (current is not PyModule) throw Err.New(ErrorTypes.AttributeError, $"Can't get attribute '{qualname}': module '{module}' is not loaded");
        foreach (var part in qualname.Split('.'))
        {
            PyDict dict = current switch
            {
                PyModule m => m.Dict,
                PyType t => t.Dict,
                _ => null,
            };
            var next = dict == null ? null : Lookup(dict, part);
            if (next == null) throw Err.New(ErrorTypes.AttributeError, $"Can't get attribute '{qualname}' on module '{module}'");
            current = next;
        }
        // Functions and classes, methods of built-in classes, the members of an Enum (found
        // as class attributes), Ellipsis and NotImplemented.
        bool enumMember = current is PyInstance member && member.ObType.Lookup("_value2member_map_") != null;
        if (current is not (PyFunction or PyType or PyBuiltinFunction or PyMethodDescriptor or PyClassMethod or PyEllipsis or PyNotImplemented) && !enumMember)
            throw Err.TypeError($"'{module}.{qualname}' is not a function or class");
        return current;
    }

    /// <summary>A borrowed look-up by a string that is not interned (names from a message).</summary>
    static PyObject Lookup(PyDict dict, string key)
    {
        var k = PyStr.New(key);
        try { return dict.GetItemBorrowed(k); }
        finally { Rc.Dec(k); }
    }
}
