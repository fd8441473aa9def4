// ForkSnapshot: the fork start method, emulated.
//
// ═══════════════════════════ How fork is emulated ═══════════════════════════
//
// On Linux, CPython's default start method forks: the child is a copy of the parent at the
// moment of start() — its modules, functions, classes and data — and runs the target without
// running the main program again. A .NET process cannot fork safely (the runtime's threads,
// JIT and GC do not survive it), so MiniPy starts a fresh interpreter and sends it a copy of
// the parent's heap instead, through the private pipe between the parent and that child:
//
//   • The roots are the main module's namespace and the Process object (its target and
//     arguments). Everything reachable from them is written once; later references to the
//     same object are written as its number, so sharing and cycles survive (two names for one
//     list are one list in the child; a class whose methods refer back to it is one class).
//   • Values, containers, functions (their code objects in the code cache's format, with
//     defaults, closures and globals), cells, classes (bases, metaclass, namespace — rebuilt
//     without running __init_subclass__ or __set_name__ again), instances (dict, slots, the
//     built-in value a subclass of list or str holds), bound methods, properties, exceptions,
//     locks and multiprocessing's shared objects are rebuilt as they were.
//   • Modules other than the main program are imported by name in the child; their
//     functions and classes are found there by name. Built-in functions and types likewise.
//   • A lock keeps its state. One held by the thread calling start() is held by the child's
//     only thread; one held by another thread stays locked in the child for ever, because
//     that thread does not exist there — the classic fork-with-threads hazard, which CPython
//     shows too.
//   • The standard streams are the child's own (shared with the parent's terminal, as after
//     a fork). The parent's other threads and child processes do not exist in the child:
//     the Thread and Process objects copied there have nothing attached. Anything else that cannot be copied (a
//     generator part-way through, an open file, a socket) is replaced by a stand-in
//     (NotCopied.cs): a child that never uses it runs as after a real fork, and one that
//     does gets a TypeError naming the object.
//
// What differs from a real fork: the copy is taken of what is reachable from the roots, not
// of the whole address space; of the other modules' run-time state only logging's
// configuration and the program's own modules' globals travel (a third root, made by
// Lib/multiprocessing/_fork_inherit.py), and the module search path with the start message:
// standard-library modules are otherwise as their import leaves them; object identities
// (id()) differ; and copying
// costs time proportional to the data reachable. Only the parent's own child ever reads
// these bytes, so the format needs no defence against a hostile sender, but the reader still
// checks what it reads and reports a malformed snapshot as a MiniPy error.
//
//   snapshot := 'F' 'K' VERSION main-entries value
//   value    := 'N' | 'T' | 'F' | 'E' (Ellipsis) | 'O' (NotImplemented)
//             | 'i' int64 | 'I' bytes | 'f' float64 | 'J' complex (two float64) | 's' str | 'b' bytes | 'y' id bytes (bytearray)
//             | 'r' id                                          an object written before
//             | 'l' | 't' | 'S' | 'z'  id count values            list, tuple, set, frozenset
//             | 'd' id count (key value)*                        dict
//             | 'Q' id maxlen-int64 count values                 collections.deque
//             | 'M' str                                          module by name
//             | 'x' str module, str qualname                     built-in or importable by name
//             | 'u' id code-bytes file name qualname module doc globals defaults kwdefaults closure dict
//             | 'c' id contents-or-'-'                            cell
//             | 'k' id name module meta bases slotcount hasdict count (key value)*   class
//             | 'o' id class base dict slots                     instance
//             | 'B' method function self | 'X' builtin-method self name
//             | 'p' property get set del doc | 'a' staticmethod | 'A' classmethod
//             | 'e' exception type args dict | 'L' lock held | 'R' rlock count mine
//             | 'q' range start stop step | 'n' id next step remaining (range iterator)
//             | 'g' id sequence index        list or tuple iterator ('N' once exhausted)
//             | 'v' slice | 'm' slot name index class
//             | 'j' id (a plain object()) | 'P' pattern flags (a compiled regular expression)
//             | 'w' value value      the first value is needed by the second (its class):
//                                    written first so the second's parts may refer to it
//             | 'h' kind state (multiprocessing handle) | 'Y' std stream name
//             | 'U' description    an object that cannot be copied (see NotCopied)
// Ids are assigned in writing order; the main module's dict is id 0.
using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using MiniPy.Compiler;
using MiniPy.Runtime;
using MiniPy.Syntax;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class ForkSnapshot
{
    const byte Version = 1;
    const int MaxDepth = 2000;

    /// <summary>Writes the main module's namespace and root (the Process and what it runs).</summary>
    public static byte[] Capture(Interpreter interp, PyObject root)
    {
        var w = new Writer(interp);
        try
        {
            w.Byte((byte)'F'); w.Byte((byte)'K'); w.Byte(Version);
            w.Main();
            w.Value(root, 0);
        }
        finally { w.Release(); }
        return w.ToArray();
    }

    /// <summary>Rebuilds a snapshot in the child: fills the main module's namespace and returns
    /// the root (a new reference).</summary>
    public static PyObject Restore(Interpreter interp, byte[] data)
    {
        if (data.Length < 3 || data[0] != 'F' || data[1] != 'K' || data[2] != Version)
            throw Err.ValueError("malformed fork snapshot: bad header");
        var r = new Reader(interp, data);
        try
        {
            r.Main();
            var root = r.Value(0);
            if (!r.AtEnd)
            {
                Rc.Dec(root);
                throw Err.ValueError("malformed fork snapshot: trailing data");
            }
            return root;
        }
        finally { r.Release(); }
    }

    /// <summary>The main module; in a child that has none yet, a new one (the parent's
    /// namespace is about to be copied into it).</summary>
    static PyModule MainModule(Interpreter interp)
    {
        if (interp.Modules.GetItemBorrowed(PyStr.Intern("__main__")) is PyModule main) return main;
        var module = PyModule.New("__main__");
        module.Dict.SetItemNew("__builtins__", interp.BuiltinsModule);
        interp.Modules.SetItemNew("__main__", module);
        Rc.Dec(module);
        return module;
    }

    // ───────────────────────────── writing ─────────────────────────────

    sealed class Writer : ByteOutput
    {
        readonly Interpreter interp;
        readonly Dictionary<PyObject, int> ids = new(ReferenceEqualityComparer.Instance);
        readonly PyDict mainDict;
        readonly Dictionary<PyObject, string> streams = new(ReferenceEqualityComparer.Instance);

        public Writer(Interpreter interp) : base(4096)
        {
            this.interp = interp;
            mainDict = MainModule(interp).Dict;
            if (interp.Modules.GetItemBorrowed(PyStr.Intern("sys")) is PyModule sys)
                foreach (var name in new[] { "stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__" })
                    if (sys.Dict.GetItemBorrowed(name) is { } stream && !streams.ContainsKey(stream)) streams[stream] = name.Trim('_');
        }

        readonly List<PyObject> keepAlive = new();

        public void Release()
        {
            foreach (var o in keepAlive) Rc.Dec(o);
            keepAlive.Clear();
        }


        /// <summary>Numbers a new object; false (and a reference written) if seen before.</summary>
        bool First(PyObject o, byte tag)
        {
            if (ids.TryGetValue(o, out var id))
            {
                Byte((byte)'r');
                U32(id);
                return false;
            }
            ids[o] = ids.Count;
            Byte(tag);
            U32(ids[o]);
            return true;
        }

        public void Main()
        {
            ids[mainDict] = 0;
            Entries(mainDict, 1);
        }

        void Entries(PyDict d, int depth)
        {
            var pairs = new List<(PyObject, PyObject)>();
            for (int k = 0; k < d.EntryCount; k++)
                if (d.Entries[k].Key is { } key) pairs.Add((key, d.Entries[k].Value));
            U32(pairs.Count);
            foreach (var (key, value) in pairs)
            {
                Value(key, depth + 1);
                Value(value, depth + 1);
            }
        }

        void Items(IReadOnlyList<PyObject> items, int depth)
        {
            U32(items.Count);
            foreach (var item in items) Value(item, depth + 1);
        }

        public void Value(PyObject o, int depth)
        {
            if (depth > MaxDepth) throw Err.New(ErrorTypes.RecursionError, "maximum recursion depth exceeded while copying the program into a forked child");
            switch (o)
            {
                case null: Byte((byte)'N'); return;
                case PyNone: Byte((byte)'N'); return;
                case PyBool b: Byte(b.Value != 0 ? (byte)'T' : (byte)'F'); return;
                case PyEllipsis: Byte((byte)'E'); return;
                case PyNotImplemented: Byte((byte)'O'); return;
                case PyInt i when o.ObType == PyInt.Type:
                    if (!i.IsBig) { Byte((byte)'i'); I64(i.Value); }
                    else { Byte((byte)'I'); Bytes(i.Big.ToByteArray()); }
                    return;
                case PyFloat f when o.ObType == PyFloat.Type:
                    Byte((byte)'f'); F64(f.Value); return;
                case PyComplex z when o.ObType == PyComplex.Type:
                    Byte((byte)'J'); F64(z.Real); F64(z.Imag); return;
                case PyStr s when o.ObType == PyStr.Type: Byte((byte)'s'); Str(s.Value); return;
                case PyBytes by when o.ObType == BuiltinTypes.BytesType: Byte((byte)'b'); Bytes(by.Value); return;
            }
            if (streams.TryGetValue(o, out var streamName)) { Byte((byte)'Y'); Str(streamName); return; }
            switch (o)
            {
                case PyList l when o.ObType == PyList.Type:
                    if (First(o, (byte)'l')) Items(l.Items.AsSpan(0, l.Count).ToArray(), depth);
                    return;
                case PyByteArray ba when o.ObType == PyByteArray.Type:
                    if (First(o, (byte)'y')) Bytes(ba.ToArray());
                    return;
                case PyDeque dq:
                    if (First(o, (byte)'Q'))
                    {
                        I64(dq.MaxLen);
                        var items = dq.SnapshotOwned();
                        keepAlive.AddRange(items); // released when the capture ends
                        Items(items, depth);
                    }
                    return;
                case PyTuple t when o.ObType == PyTuple.Type:
                    if (First(o, (byte)'t')) Items(t.Items, depth);
                    return;
                case PyDict d when o.ObType == PyDict.Type:
                    if (First(o, (byte)'d')) Entries(d, depth);
                    return;
                case PySet set when o.ObType == PySet.SetType || o.ObType == PySet.FrozenSetType:
                    if (First(o, set.IsFrozen ? (byte)'z' : (byte)'S')) Items(set.Elements().ToList(), depth);
                    return;
                case PyModule m:
                    Byte((byte)'M'); Str(m.Name == "__mp_main__" ? "__main__" : m.Name); return;
                case PyType t when !t.IsHeapType:
                    Named(t.Module, t.Name); return;
                case PyType t:
                    Class(t, depth); return;
                case PyBuiltinFunction bf when bf.Self == null:
                    Named(bf.ModuleName ?? "builtins", bf.Name); return;
                case PyBuiltinFunction bound:
                    Byte((byte)'X'); Value(bound.Self, depth + 1); Str(bound.Name); return;
                case PyMethodDescriptor md:
                    Byte((byte)'X'); Value(md.Owner, depth + 1); Str(md.Name); return;
                case PyFunction fn:
                    Function(fn, depth); return;
                case PyCell cell:
                    if (First(o, (byte)'c'))
                    {
                        if (cell.Contents == null) Byte((byte)'-');
                        else Value(cell.Contents, depth + 1);
                    }
                    return;
                case PyMethod builtinClassMethod when builtinClassMethod.Self is PyType owner && builtinClassMethod.Func is PyBuiltinFunction:
                    // dict.fromkeys: found again on its class by name.
                    Byte((byte)'X'); Value(owner, depth + 1); Str(WireFormat.BuiltinMethodName(builtinClassMethod)); return;
                case PyMethod m:
                    Byte((byte)'B'); Value(m.Func, depth + 1); Value(m.Self, depth + 1); return;
                case PyProperty p:
                    Byte((byte)'p'); Value(p.Getter, depth + 1); Value(p.Setter, depth + 1); Value(p.Deleter, depth + 1); Value(p.Doc, depth + 1); return;
                case PyStaticMethod sm:
                    Byte((byte)'a'); Value(sm.Func, depth + 1); return;
                case PyClassMethod cm:
                    Byte((byte)'A'); Value(cm.Func, depth + 1); return;
                case PyException exc:
                    if (First(o, (byte)'e'))
                    {
                        Value(exc.ObType, depth + 1);
                        Value(exc.Args, depth + 1);
                        Value(exc.InstanceDict, depth + 1);
                    }
                    return;
                case PyRange range:
                    Byte((byte)'q');
                    if (range.Big == null) { I64(range.Start); I64(range.Stop); I64(range.Step); return; }
                    // A step of 0 (never a real range's) says the bounds follow as big ints.
                    I64(0); I64(0); I64(0);
                    Bytes(range.Big.Start.ToByteArray()); Bytes(range.Big.Stop.ToByteArray()); Bytes(range.Big.Step.ToByteArray());
                    return;
                case RangeIterator rangeIter:
                    if (First(o, (byte)'n')) { I64(rangeIter.Next_); I64(rangeIter.Step); I64(rangeIter.Remaining); }
                    return;
                case SeqIterator seqIter:
                    // A list's or tuple's iterator part-way through (os.fork copies the loops
                    // running on the frames' stacks).
                    if (First(o, (byte)'g')) { Value(seqIter.Seq, depth + 1); I64(seqIter.Index); }
                    return;
                case PySlice slice:
                    Byte((byte)'v'); Value(slice.Start, depth + 1); Value(slice.Stop, depth + 1); Value(slice.Step, depth + 1); return;
                case PySlotDescriptor member:
                    Byte((byte)'m'); Str(member.Name); U32(member.Index); Value(member.Owner, depth + 1); return;
                case PyObjectInstance:
                    First(o, (byte)'j');
                    return;
                case RegexModule.CompiledPattern pattern:
                    Byte((byte)'P'); Str(pattern.Source); U32(pattern.Flags); return;
                case PyMemoryView view:
                    if (First(o, (byte)'V'))
                    {
                        var parts = view.Parts;
                        Value(parts.Source, depth + 1);
                        U32(parts.Start); U32(parts.Length); Byte((byte)parts.Format); Byte(parts.Released ? (byte)1 : (byte)0);
                    }
                    return;
                case SharedMemoryBlock block:
                    // A named block: the child attaches to the same memory by its name.
                    if (First(o, (byte)'K')) { Str(block.Name); Byte(block.IsOpen ? (byte)1 : (byte)0); }
                    return;
                case PyLock lk:
                    if (First(o, (byte)'L')) Byte(lk.Locked ? (byte)1 : (byte)0);
                    return;
                case PyRLock rl:
                    if (First(o, (byte)'R'))
                    {
                        var (count, mine) = rl.ForkState;
                        I64(count); Byte(mine ? (byte)1 : (byte)0);
                    }
                    return;
                case PyInstance inst when HandleKind(inst) == null:
                    Instance(inst, depth); return;
                case ChildProcess:
                case ThreadHandle:
                    // Another child process or thread of the parent's: neither exists in the
                    // child (as after a real fork), so its Process or Thread object there has
                    // nothing attached.
                    Byte((byte)'N'); return;
            }
            var reduce = Ops.GetAttrOrNull(o.ObType, "__mp_reduce__");
            if (reduce != null && ids.ContainsKey(o))
            {
                // Sent before: the child's copy is the one object, as it is here.
                Rc.Dec(reduce);
                First(o, (byte)'h');
                return;
            }
            if (reduce != null)
            {
                PyObject r;
                try { r = Ops.Call(reduce, o); }
                catch (PyRaise e) when (o is PyInstance closed && e.Exc != null && e.Exc.ObType.IsSubtypeOf(ErrorTypes.OSError))
                {
                    // A closed connection or queue: copied as it is, closed.
                    Rc.Dec(e.TakeException());
                    Instance(closed, depth);
                    return;
                }
                finally { Rc.Dec(reduce); }
                // Kept until the capture ends: objects are told apart by identity, so nothing
                // written may be freed (and its storage reused) before then.
                keepAlive.Add(r);
                if (r is not PyTuple rt || rt.Count != 2 || rt.Items[0] is not PyStr kind)
                    throw Err.TypeError("__mp_reduce__ must return (kind, state)");
                First(o, (byte)'h'); Str(kind.Value); Value(rt.Items[1], depth + 1);
                return;
            }
            // Nothing to copy it by: the child gets a stand-in that raises when used.
            Byte((byte)'U'); Str(Describe(o));
        }

        /// <summary>The __mp_reduce__ of a multiprocessing shared object (a queue, a lock, a
        /// shared value), which is sent as a handle to the same shared thing, never copied.</summary>
        static PyObject HandleKind(PyObject o) => o.ObType.IsHeapType ? o.ObType.Lookup("__mp_reduce__") : null;

        static string Describe(PyObject o)
        {
            string repr;
            try { repr = o.Repr(); } catch (PyRaise e) { Rc.Dec(e.TakeException()); repr = "<" + o.ObType.Name + ">"; }
            if (repr.Length > 80) repr = repr[..77] + "...";
            return $"'{o.ObType.Name}' object {repr}";
        }

        void Named(string module, string qualname)
        {
            Byte((byte)'x');
            Str(module == "__mp_main__" ? "__main__" : module);
            Str(qualname);
        }

        /// <summary>A class or function that its module defines at top level and that is not
        /// the main program's: found by name in the child (which imports that module).</summary>
        bool ByName(PyObject o, string module, string qualname)
        {
            if (module == null || module == "__main__" || module == "__mp_main__" || qualname.Contains('<')) return false;
            var key = PyStr.New(module);
            var found = interp.Modules.GetItemBorrowed(key);
            Rc.Dec(key);
            if (found is not PyModule m) return false;
            PyObject current = m;
            foreach (var part in qualname.Split('.'))
            {
                var dict = current is PyModule pm ? pm.Dict : current is PyType pt ? pt.Dict : null;
                current = dict?.GetItemBorrowed(part);
                if (current == null) return false;
            }
            if (!ReferenceEquals(current, o)) return false;
            Named(module, qualname);
            return true;
        }

        void Class(PyType t, int depth)
        {
            var qualname = t.QualifiedNameInModule ?? t.Name;
            if (ByName(t, t.Module, qualname)) return;
            if (!ids.ContainsKey(t))
            {
                if (Prerequisite(t, t.ObType, depth)) return;
                foreach (var b in t.Bases)
                    if (Prerequisite(t, b, depth)) return;
            }
            if (!First(t, (byte)'k')) return;
            Str(t.Name);
            Str(t.Module == "__mp_main__" ? "__main__" : t.Module);
            Value(t.ObType, depth + 1);
            Items(t.Bases, depth);
            U32(t.SlotCount);
            Byte(t.InstancesHaveDict ? (byte)1 : (byte)0);
            Entries(t.Dict, depth);
        }

        void Function(PyFunction fn, int depth)
        {
            if (ByName(fn, fn.Module is PyStr m ? m.Value : null, fn.QualName is PyStr q ? q.Value : "<unknown>")) return;
            if (!First(fn, (byte)'u')) return;
            Bytes(CodeCache.Serialize(fn.Code));
            Str(fn.Code.FileName ?? "<unknown>");
            Value(fn.Name, depth + 1);
            Value(fn.QualName, depth + 1);
            Value(fn.Module, depth + 1);
            Value(fn.Doc, depth + 1);
            Globals(fn.Globals, depth);
            Value(fn.Defaults, depth + 1);
            Value(fn.KwDefaults, depth + 1);
            Value(fn.Closure, depth + 1);
            Value(fn.Dict, depth + 1);
        }

        /// <summary>A function's globals: the main namespace (id 0), another module's (by the
        /// module's name), or a dict of its own (exec'd code).</summary>
        void Globals(PyDict globals, int depth)
        {
            if (!ReferenceEquals(globals, mainDict) && globals.GetItemBorrowed("__name__") is PyStr name
                && interp.Modules.GetItemBorrowed(name) is PyModule m && ReferenceEquals(m.Dict, globals))
            {
                Byte((byte)'G'); Str(name.Value); return;
            }
            Value(globals, depth + 1);
        }

        /// <summary>Writes what o needs before o itself ('w' records, which the reader reads
        /// and sets aside), so that o's parts may refer back to o; true if o was written
        /// along the way (only a reference to it is then written).</summary>
        bool Prerequisite(PyObject o, PyObject part, int depth)
        {
            Byte((byte)'w');
            Value(part, depth + 1);
            if (!ids.TryGetValue(o, out var id)) return false;
            Byte((byte)'r');
            U32(id);
            return true;
        }

        void Instance(PyInstance inst, int depth)
        {
            if (ids.ContainsKey(inst)) { First(inst, (byte)'o'); return; }
            if (Prerequisite(inst, inst.ObType, depth)) return;
            if (!First(inst, (byte)'o')) return;
            Value(inst.ObType, depth + 1);
            Value(inst.BaseValue, depth + 1);
            Value(inst.Dict, depth + 1);
            var slots = inst.SlotValues ?? Array.Empty<PyObject>();
            U32(slots.Length);
            foreach (var v in slots)
            {
                if (v == null) Byte((byte)'-');
                else Value(v, depth + 1);
            }
        }
    }

    // ───────────────────────────── reading ─────────────────────────────

    sealed class Reader
    {
        readonly Interpreter interp;
        readonly byte[] data;
        int pos = 3;
        readonly List<PyObject> objects = new(); // borrowed: each is also in `held`
        /// <summary>Prerequisites read ahead of what needs them (owned until Release).</summary>
        readonly List<PyObject> held = new();

        public void Release()
        {
            foreach (var o in held) Rc.Dec(o);
            held.Clear();
        }

        public Reader(Interpreter interp, byte[] data)
        {
            this.interp = interp;
            this.data = data;
        }

        public bool AtEnd => pos == data.Length;

        static PyRaise Malformed(string why) => Err.ValueError("malformed fork snapshot: " + why);

        byte Byte()
        {
            if (pos >= data.Length) throw Malformed("truncated");
            return data[pos++];
        }

        int U32()
        {
            if (pos + 4 > data.Length) throw Malformed("truncated");
            int n = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(pos));
            pos += 4;
            if (n < 0) throw Malformed("negative length");
            return n;
        }

        long I64()
        {
            if (pos + 8 > data.Length) throw Malformed("truncated");
            long n = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(pos));
            pos += 8;
            return n;
        }

        byte[] Blob()
        {
            int n = U32();
            if (pos + n > data.Length) throw Malformed("truncated");
            var b = data.AsSpan(pos, n).ToArray();
            pos += n;
            return b;
        }

        string Str() => Encoding.UTF8.GetString(Blob());

        /// <summary>Files a rebuilt object under its number. Numbers follow the writing order,
        /// but an object whose parts must exist before it (a set, a frozen set, an exception)
        /// is filed after them, so numbers can arrive out of order.</summary>
        void Register(int id, PyObject o)
        {
            if (id > data.Length) throw Malformed("object number out of range");
            while (objects.Count <= id) objects.Add(null);
            if (objects[id] != null) throw Malformed("object number used twice");
            objects[id] = o;
            // Held until the restore ends: a later reference to it (a back-reference) must
            // find it alive even if the place that took it first (a handle's state, given to
            // its rebuild function and dropped) has let it go.
            held.Add(Rc.New(o));
        }

        public void Main()
        {
            var main = MainModule(interp).Dict;
            Register(0, main);
            FillDict(main, 1);
        }

        void FillDict(PyDict d, int depth)
        {
            int n = U32();
            for (int i = 0; i < n; i++)
            {
                var key = Value(depth + 1);
                try
                {
                    var value = Value(depth + 1);
                    try { d.SetItemNew(key, value); }
                    finally { Rc.Dec(value); }
                }
                finally { Rc.Dec(key); }
            }
        }

        PyObject[] ReadItems(int depth)
        {
            int n = U32();
            var items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = Value(depth + 1);
            return items;
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
                case (byte)'E': return Rc.New(PyEllipsis.Instance);
                case (byte)'O': return Rc.New(PyNotImplemented.Instance);
                case (byte)'i':
                {
                    if (pos + 8 > data.Length) throw Malformed("truncated");
                    long v = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(pos));
                    pos += 8;
                    return PyInt.New(v);
                }
                case (byte)'I': return PyInt.New(new BigInteger(Blob()));
                case (byte)'f':
                {
                    if (pos + 8 > data.Length) throw Malformed("truncated");
                    double v = BinaryPrimitives.ReadDoubleLittleEndian(data.AsSpan(pos));
                    pos += 8;
                    return PyFloat.New(v);
                }
                case (byte)'J':
                {
                    if (pos + 16 > data.Length) throw Malformed("truncated");
                    double real = BinaryPrimitives.ReadDoubleLittleEndian(data.AsSpan(pos));
                    double imag = BinaryPrimitives.ReadDoubleLittleEndian(data.AsSpan(pos + 8));
                    pos += 16;
                    return PyComplex.New(real, imag);
                }
                case (byte)'s': return PyStr.New(Str());
                case (byte)'b': return PyBytes.New(Blob());
                case (byte)'r':
                {
                    int id = U32();
                    if (id >= objects.Count || objects[id] == null) throw Malformed("reference to an object not yet read");
                    return Rc.New(objects[id]);
                }
                case (byte)'y':
                {
                    var bytes = PyByteArray.New(Array.Empty<byte>());
                    Register(U32(), bytes);
                    bytes.Data.AddRange(Blob());
                    return bytes;
                }
                case (byte)'l':
                {
                    var list = PyList.New();
                    Register(U32(), list);
                    int n = U32();
                    for (int i = 0; i < n; i++) list.AppendSteal(Value(depth + 1));
                    return list;
                }
                case (byte)'Q':
                {
                    var deque = PyDeque.New();
                    Register(U32(), deque);
                    if (pos + 8 > data.Length) throw Malformed("truncated");
                    long maxlen = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(pos));
                    pos += 8;
                    if (maxlen < -1) throw Malformed("bad deque bound");
                    deque.MaxLen = maxlen;
                    int n = U32();
                    for (int i = 0; i < n; i++)
                    {
                        var item = Value(depth + 1);
                        deque.Append(item);
                        Rc.Dec(item);
                    }
                    return deque;
                }
                case (byte)'t':
                {
                    int id = U32();
                    int n = U32();
                    var t = PyTuple.New(n);
                    Register(id, t);
                    for (int i = 0; i < n; i++) t.SetItemSteal(i, Value(depth + 1));
                    return t;
                }
                case (byte)'d':
                {
                    var d = PyDict.New();
                    Register(U32(), d);
                    FillDict(d, depth);
                    return d;
                }
                case (byte)'S':
                case (byte)'z':
                {
                    // Made and filed first, so that an item may refer back to it.
                    var set = PySet.New(tag == 'z');
                    Register(U32(), set);
                    int n = U32();
                    for (int i = 0; i < n; i++)
                    {
                        var item = Value(depth + 1);
                        try { set.Add(item); } finally { Rc.Dec(item); }
                    }
                    return set;
                }
                case (byte)'w':
                {
                    // Something the next value needs first (its class, say): read and held
                    // until the whole snapshot is read (it may be referred to only later).
                    held.Add(Value(depth + 1));
                    return Value(depth);
                }
                case (byte)'j':
                {
                    var plain = PyObjectInstance.New();
                    Register(U32(), plain);
                    return plain;
                }
                case (byte)'P':
                {
                    var source = Str();
                    return RegexModule.CompiledPattern.Compile(source, U32());
                }
                case (byte)'M': return Rc.New(Module(Str()));
                case (byte)'x': return Named(Str(), Str());
                case (byte)'Y': return Stream(Str());
                case (byte)'U': return NotCopied.New(Str());
                case (byte)'X':
                {
                    var self = Value(depth + 1);
                    try { return Ops.GetAttr(self, Str()); }
                    finally { Rc.Dec(self); }
                }
                case (byte)'u': return Function(depth);
                case (byte)'c':
                {
                    var cell = PyCell.New(null);
                    Register(U32(), cell);
                    if (byteAt(pos) == '-') pos++;
                    else cell.Contents = Value(depth + 1);
                    return cell;
                }
                case (byte)'k': return Class(depth);
                case (byte)'o': return Instance(depth);
                case (byte)'B':
                {
                    var func = Value(depth + 1);
                    var self = Value(depth + 1);
                    var m = PyMethod.New(func, self);
                    Rc.Dec(func);
                    Rc.Dec(self);
                    return m;
                }
                case (byte)'p':
                {
                    PyObject get = Value(depth + 1), set = Value(depth + 1), del = Value(depth + 1), doc = Value(depth + 1);
                    try { return PyProperty.New(NoneAsNull(get), NoneAsNull(set), NoneAsNull(del), NoneAsNull(doc)); }
                    finally { Rc.Dec(get); Rc.Dec(set); Rc.Dec(del); Rc.Dec(doc); }
                }
                case (byte)'a':
                case (byte)'A':
                {
                    var func = Value(depth + 1);
                    try
                    {
                        return tag == 'a' ? PyStaticMethod.Construct(PyStaticMethod.Type, new[] { func }, null)
                                          : PyClassMethod.Construct(PyClassMethod.Type, new[] { func }, null);
                    }
                    finally { Rc.Dec(func); }
                }
                case (byte)'e': return Exception(depth);
                case (byte)'q':
                {
                    long start = I64(), stop = I64(), step = I64();
                    if (step != 0) return PyRange.New(start, stop, step);
                    if (start != 0 || stop != 0) throw Malformed("range step is zero");
                    var bigStart = new BigInteger(Blob());
                    var bigStop = new BigInteger(Blob());
                    var bigStep = new BigInteger(Blob());
                    if (bigStep.IsZero) throw Malformed("range step is zero");
                    return PyRange.New(bigStart, bigStop, bigStep);
                }
                case (byte)'n':
                {
                    int id = U32();
                    long next = I64(), step = I64(), remaining = I64();
                    var it = RangeIterator.New(next, step, remaining);
                    Register(id, it);
                    return it;
                }
                case (byte)'g':
                {
                    int id = U32();
                    var seq = Value(depth + 1);
                    long index = I64();
                    if (seq is not (PyNone or PyList or PyTuple) || index < 0 || index > int.MaxValue)
                    {
                        Rc.Dec(seq);
                        throw Malformed("bad sequence iterator");
                    }
                    var it = SeqIterator.Resume(seq is PyNone ? null : seq, (int)index);
                    Rc.Dec(seq);
                    Register(id, it);
                    return it;
                }
                case (byte)'v':
                {
                    PyObject start = Value(depth + 1), stop = Value(depth + 1), step = Value(depth + 1);
                    try { return PySlice.New(start, stop, step); }
                    finally { Rc.Dec(start); Rc.Dec(stop); Rc.Dec(step); }
                }
                case (byte)'m':
                {
                    var name = Str();
                    int index = U32();
                    var owner = Value(depth + 1) as PyType ?? throw Malformed("a slot's class is not a class");
                    try { return PySlotDescriptor.New(name, index, owner); }
                    finally { Rc.Dec(owner); }
                }
                case (byte)'L':
                {
                    int id = U32();
                    var copy = PyLock.ForkCopy(Byte() != 0);
                    Register(id, copy);
                    return copy;
                }
                case (byte)'V':
                {
                    int id = U32();
                    var source = Value(depth + 1);
                    try
                    {
                        int start = U32(), length = U32();
                        char format = (char)Byte();
                        var view = PyMemoryView.Rebuild(source, start, length, format, Byte() != 0);
                        Register(id, view);
                        return view;
                    }
                    finally { Rc.Dec(source); }
                }
                case (byte)'K':
                {
                    int id = U32();
                    string name = Str();
                    var block = SharedMemoryBlock.ForkCopy(name, Byte() != 0);
                    Register(id, block);
                    return block;
                }
                case (byte)'R':
                {
                    int id = U32();
                    if (pos + 8 > data.Length) throw Malformed("truncated");
                    long count = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(pos));
                    pos += 8;
                    var copy = PyRLock.ForkCopy(count, Byte() != 0);
                    Register(id, copy);
                    return copy;
                }
                case (byte)'h':
                {
                    int id = U32();
                    var kind = Str();
                    var state = Value(depth + 1);
                    PyObject handle;
                    try { handle = WireFormat.RebuildHandle(kind, state); }
                    finally { Rc.Dec(state); }
                    Register(id, handle);
                    return handle;
                }
                default: throw Malformed($"unknown tag 0x{tag:x2}");
            }
        }

        static PyObject NoneAsNull(PyObject o) => o is PyNone ? null : o;

        PyModule Module(string name)
        {
            var ts = ThreadState.Current;
            if (name == "__main__") return MainModule(interp);
            if (name == "builtins") return interp.BuiltinsModule;
            // As an import statement does: the packages above it first.
            var fromList = PyTuple.Of(PyStr.Intern("__name__"));
            try
            {
                var module = interp.ImportName(ts, name, fromList, null);
                Rc.Dec(module); // sys.modules keeps it
                return (PyModule)module;
            }
            finally { Rc.Dec(fromList); }
        }

        PyObject Named(string module, string qualname)
        {
            PyObject current = Module(module);
            foreach (var part in qualname.Split('.'))
            {
                var next = Ops.GetAttrOrNull(current, part);
                if (current is not PyModule) Rc.Dec(current);
                current = next ?? throw Err.New(ErrorTypes.AttributeError, $"Can't get attribute '{qualname}' on module '{module}' in the child process");
            }
            return current is PyModule ? Rc.New(current) : current;
        }

        PyObject Stream(string name)
        {
            var sys = interp.Modules.GetItemBorrowed(PyStr.Intern("sys")) as PyModule ?? throw Err.RuntimeError("fork: no sys module");
            return Rc.New(sys.Dict.GetItemBorrowed(name) ?? sys.Dict.GetItemBorrowed("__" + name + "__") ?? PyNone.Instance);
        }

        PyObject Function(int depth)
        {
            int id = U32();
            var codeBytes = Blob();
            var file = Str();
            string text = "";
            try { if (File.Exists(file)) text = File.ReadAllText(file); } catch (IOException) { }
            CodeObject code;
            try { code = CodeCache.Deserialize(codeBytes, new SourceText(file, text)); }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException) { throw Malformed("bad code object"); }
            var placeholder = PyDict.New();
            var fn = PyFunction.New(code, placeholder);
            Rc.Dec(code);
            Rc.Dec(placeholder);
            Register(id, fn);
            Rc.Set(ref fn.Name, Value(depth + 1));
            Rc.Set(ref fn.QualName, Value(depth + 1));
            Rc.Set(ref fn.Module, Value(depth + 1));
            Rc.Set(ref fn.Doc, Value(depth + 1));
            var globals = byteAt(pos) == 'G' ? GlobalsOfModule() : Value(depth + 1);
            Rc.Set(ref fn.Globals, globals as PyDict ?? throw Malformed("function globals are not a dict"));
            fn.Defaults = TupleOrNull(Value(depth + 1));
            fn.KwDefaults = DictOrNull(Value(depth + 1));
            fn.Closure = TupleOrNull(Value(depth + 1));
            fn.Dict = DictOrNull(Value(depth + 1));
            return fn;
        }

        byte byteAt(int p) => p < data.Length ? data[p] : (byte)0;

        PyDict GlobalsOfModule()
        {
            pos++; // 'G'
            return Rc.New(Module(Str()).Dict);
        }

        static PyTuple TupleOrNull(PyObject o)
        {
            if (o is PyTuple t) return t;
            Rc.Dec(o);
            return null;
        }

        static PyDict DictOrNull(PyObject o)
        {
            if (o is PyDict d) return d;
            Rc.Dec(o);
            return null;
        }

        PyObject Class(int depth)
        {
            int id = U32();
            var name = Str();
            var module = Str();
            var meta = Value(depth + 1) as PyType ?? throw Malformed("a class's metaclass is not a type");
            var baseObjects = ReadItems(depth);
            try
            {
                var bases = Array.ConvertAll(baseObjects, b => b as PyType ?? throw Malformed("a base is not a class"));
                int slotCount = U32();
                bool hasDict = Byte() != 0;
                var ns = PyDict.New();
                PyType cls;
                try { cls = TypeCalls.RebuildClass(meta, name, bases, ns, module, slotCount, hasDict); }
                finally { Rc.Dec(ns); }
                Register(id, cls);
                FillDict(cls.Dict, depth);
                return cls;
            }
            finally
            {
                foreach (var b in baseObjects) Rc.Dec(b);
                Rc.Dec(meta);
            }
        }

        PyObject Instance(int depth)
        {
            int id = U32();
            var cls = Value(depth + 1) as PyType ?? throw Malformed("an instance's class is not a type");
            PyInstance inst;
            try { inst = PyInstance.New(cls); }
            finally { Rc.Dec(cls); }
            Register(id, inst);
            var baseValue = Value(depth + 1);
            if (baseValue is PyNone) Rc.Dec(baseValue);
            else inst.BaseValue = baseValue;
            inst.Dict = DictOrNull(Value(depth + 1));
            int n = U32();
            if (n > 0) inst.SlotValues = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                if (byteAt(pos) == '-') { pos++; continue; }
                inst.SlotValues[i] = Value(depth + 1);
            }
            return inst;
        }

        PyObject Exception(int depth)
        {
            int id = U32();
            var type = Value(depth + 1) as PyType ?? throw Malformed("an exception's type is not a type");
            var args = Value(depth + 1);
            try
            {
                var exc = PyException.New(type, args is PyTuple t ? t.Items : Array.Empty<PyObject>());
                Register(id, exc);
                var dict = Value(depth + 1);
                if (dict is PyDict d)
                {
                    var own = exc.EnsureInstanceDict();
                    for (int k = 0; k < d.EntryCount; k++)
                        if (d.Entries[k].Key is { } key) own.SetItemNew(key, d.Entries[k].Value);
                }
                Rc.Dec(dict);
                return exc;
            }
            finally
            {
                Rc.Dec(type);
                Rc.Dec(args);
            }
        }
    }
}
