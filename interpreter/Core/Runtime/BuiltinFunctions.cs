// The builtins module: the built-in functions (print, len, sorted, ...), the built-in
// types and the exception classes, as a program sees them without importing anything.
using System.Numerics;
using System.Text;
using MiniPy.Runtime.Text;
using MiniPy.VM;

namespace MiniPy.Runtime;

public static class BuiltinFunctions
{
    // Parameter names, made once (an array literal in a call is allocated on every call).
    static readonly string[] PowParameters = new[] { "base", "exp", "mod" };
    static readonly string[] RoundParameters = new[] { "number", "ndigits" };
    static readonly string[] SumParameters = new[] { "iterable", "start" };

    static PyObject None => Rc.New(PyNone.Instance);

    public static PyModule CreateModule(Interpreter interp)
    {
        var m = PyModule.New("builtins");
        var d = m.Dict;
        foreach (var (name, type) in new (string, PyType)[]
        {
            ("object", PyType.ObjectType), ("type", PyType.TypeType), ("int", PyInt.Type), ("bool", PyBool.Type),
            ("float", PyFloat.Type), ("complex", PyComplex.Type), ("bytearray", PyByteArray.Type), ("memoryview", PyMemoryView.Type), ("str", PyStr.Type), ("list", PyList.Type), ("tuple", PyTuple.Type),
            ("dict", PyDict.Type), ("set", PySet.SetType), ("frozenset", PySet.FrozenSetType),
            ("bytes", BuiltinTypes.BytesType), ("range", PyRange.Type), ("slice", PySlice.Type),
            ("property", PyProperty.Type), ("staticmethod", PyStaticMethod.Type), ("classmethod", PyClassMethod.Type),
            ("super", PySuper.Type), ("enumerate", BuiltinIterators.EnumerateType), ("zip", BuiltinIterators.ZipType),
            ("map", BuiltinIterators.MapType), ("filter", BuiltinIterators.FilterType), ("reversed", BuiltinIterators.ReversedType),
        }) d.SetItemNew(name, type);
        foreach (var e in ErrorTypes.All) d.SetItemNew(e.Name, e);
        d.SetItemNew("EnvironmentError", ErrorTypes.OSError);
        d.SetItemNew("IOError", ErrorTypes.OSError);
        d.SetItemNew("None", PyNone.Instance);
        d.SetItemNew("Ellipsis", PyEllipsis.Instance);
        d.SetItemNew("NotImplemented", PyNotImplemented.Instance);
        d.SetItemNew("True", PyBool.True);
        d.SetItemNew("False", PyBool.False);
        m.SetSteal("__debug__", PyBool.From(true));

        m.AddFunction("__build_class__", TypeCalls.BuildClass);
        m.AddFunction("print", (a, k) => Print(interp, a, k));
        m.AddFunction("len", Len);
        m.AddFunction("repr", (a, k) => { ArgParser.Positional("repr", a, k, 1, 1); return Ops.ReprObj(a[0]); });
        m.AddFunction("ascii", (a, k) => { ArgParser.Positional("ascii", a, k, 1, 1); return PyStr.New(Formatting.Ascii(Ops.Repr(a[0]))); });
        m.AddFunction("abs", Abs);
        m.AddFunction("all", (a, k) => AnyAll("all", a, k, true));
        m.AddFunction("any", (a, k) => AnyAll("any", a, k, false));
        m.AddFunction("bin", (a, k) => IntToBase("bin", a, k, 2));
        m.AddFunction("oct", (a, k) => IntToBase("oct", a, k, 8));
        m.AddFunction("hex", (a, k) => IntToBase("hex", a, k, 16));
        m.AddFunction("callable", (a, k) => { ArgParser.Positional("callable", a, k, 1, 1); return PyBool.From(Ops.IsCallable(a[0])); });
        m.AddFunction("chr", Chr);
        m.AddFunction("ord", Ord);
        m.AddFunction("divmod", DivMod);
        m.AddFunction("pow", Pow);
        m.AddFunction("round", Round);
        m.AddFunction("format", (a, k) =>
        {
            ArgParser.Positional("format", a, k, 1, 2);
            return PyStr.New(Formatting.Format(a[0], a.Length > 1 ? ArgParser.Str(a[1], "format", 2) : ""));
        });
        m.AddFunction("hash", (a, k) => { ArgParser.Positional("hash", a, k, 1, 1); return PyInt.New(Ops.Hash(a[0])); });
        m.AddFunction("id", (a, k) => { ArgParser.Positional("id", a, k, 1, 1); return PyInt.New(Identity.Of(a[0])); });
        m.AddFunction("iter", Iter);
        m.AddFunction("next", Next);
        m.AddFunction("getattr", GetAttr);
        m.AddFunction("setattr", (a, k) =>
        {
            ArgParser.Positional("setattr", a, k, 3, 3);
            a[0].SetAttr(AttrName(a[1], "setattr"), a[2]);
            return None;
        });
        m.AddFunction("delattr", (a, k) =>
        {
            ArgParser.Positional("delattr", a, k, 2, 2);
            a[0].SetAttr(AttrName(a[1], "delattr"), null);
            return None;
        });
        m.AddFunction("hasattr", (a, k) =>
        {
            ArgParser.Positional("hasattr", a, k, 2, 2);
            var v = a[0].GetAttrOrNull(AttrName(a[1], "hasattr"));
            Rc.XDec(v);
            return PyBool.From(v != null);
        });
        m.AddFunction("isinstance", (a, k) => { ArgParser.Positional("isinstance", a, k, 2, 2); return PyBool.From(InstanceChecks.IsInstance(a[0], a[1])); });
        m.AddFunction("issubclass", (a, k) => { ArgParser.Positional("issubclass", a, k, 2, 2); return PyBool.From(InstanceChecks.IsSubclass(a[0], a[1])); });
        m.AddFunction("sorted", Sorted);
        m.AddFunction("sum", Sum);
        m.AddFunction("min", (a, k) => MinMax("min", a, k, CompareOp.Lt));
        m.AddFunction("max", (a, k) => MinMax("max", a, k, CompareOp.Gt));
        m.AddFunction("vars", (a, k) =>
        {
            ArgParser.Positional("vars", a, k, 0, 1);
            if (a.Length == 0) return Locals();
            if (a[0] is PyType { Dict: not null } cls) return PyMappingProxy.New(cls.Dict); // a class's namespace, read-only
            var dict = a[0] is PyModule mod ? mod.Dict : a[0].InstanceDict ?? a[0].EnsureInstanceDict();
            if (dict == null) throw Err.TypeError("vars() argument must have __dict__ attribute");
            dict.Exposed();
            return Rc.New(dict);
        });
        m.AddFunction("globals", (a, k) => Rc.New(ThreadState.Current.CurrentFrame.Globals));
        m.AddFunction("locals", (a, k) => Locals());
        m.AddFunction("dir", Dir);
        m.AddFunction("input", (a, k) => Input(interp, a, k));
        m.AddFunction("exec", DynamicCode.Exec);
        m.AddFunction("eval", DynamicCode.Eval);
        m.AddFunction("compile", DynamicCode.Compile);
        m.AddFunction("__import__", (a, k) =>
        {
            var p = ArgParser.Parse("__import__", a, k, new[] { "name", "globals", "locals", "fromlist", "level" }, 1);
            var ts = ThreadState.Current;
            int level = p[4] is PyInt l ? (int)l.Value : 0;
            if (level < 0) throw Err.ValueError("level must be >= 0");
            var fromlist = p[3] is PyList list ? PyTuple.FromSpan(list.Items.AsSpan(0, list.Count)) : Rc.New(p[3] ?? PyNone.Instance);
            try { return ts.Interp.ImportName(ts, ArgParser.Str(p[0], "__import__", 1), fromlist, p[1] as PyDict, level); }
            finally { Rc.Dec(fromlist); }
        });
        return m;
    }

    static PyStr AttrName(PyObject o, string func)
        => o as PyStr ?? throw Err.TypeError($"attribute name must be string, not '{o.ObType.Name}'");

    // ───────────── output ─────────────

    static readonly PyStr SysName = PyStr.Intern("sys"), StdoutName = PyStr.Intern("stdout");

    static PyObject Print(Interpreter interp, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        string sep = " ", end = "\n";
        PyObject file = null;
        bool flush = false;
        for (int k = 0; k < nkw; k++)
        {
            var v = args[npos + k];
            switch (((PyStr)kw.Items[k]).Value)
            {
                case "sep": sep = v is PyNone ? " " : v is PyStr s ? s.Value : throw Err.TypeError($"sep must be None or a string, not {v.ObType.Name}"); break;
                case "end": end = v is PyNone ? "\n" : v is PyStr e ? e.Value : throw Err.TypeError($"end must be None or a string, not {v.ObType.Name}"); break;
                case "file": file = v is PyNone ? null : v; break;
                case "flush": flush = Ops.IsTrue(v); break;
                default: throw Err.TypeError($"'{((PyStr)kw.Items[k]).Value}' is an invalid keyword argument for print()");
            }
        }
        if (file == null && interp.Modules?.GetItemBorrowed(SysName) is PyModule sys
            && sys.Dict.GetItemBorrowed(StdoutName) is { } current && !ReferenceEquals(current, interp.OriginalSysStdout))
            file = current is PyNone ? null : current;
        if (file == null)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) sb.Append(sep);
                sb.Append(Ops.Str(args[i]));
            }
            sb.Append(end);
            var line = sb.ToString();
            if (Text.CodePoints.LoneSurrogateAt(line) >= 0) WriteUntilUnencodable(interp, args.Slice(0, npos), sep, end);
            interp.Stdout.Write(line);
            if (flush) interp.Stdout.Flush();
        }
        else
        {
            // As CPython does: each item, separator and the end are written one by one.
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) WriteTo(file, sep);
                WriteTo(file, Ops.Str(args[i]));
            }
            WriteTo(file, end);
            if (flush && file.ObType.Lookup("flush") != null) Rc.Dec(Ops.CallMethod(file, "flush"));
        }
        return None;
    }

    static void WriteTo(PyObject file, string piece)
    {
        var text = PyStr.New(piece);
        try { Rc.Dec(Ops.CallMethod(file, "write", text)); }
        finally { Rc.Dec(text); }
    }

    static PyObject Input(Interpreter interp, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("input", args, kw, 0, 1);
        if (args.Length == 1) { interp.Stdout.Write(Ops.Str(args[0])); interp.Stdout.Flush(); }
        var line = Console.In.ReadLine();
        if (line == null) throw Err.New(ErrorTypes.EOFError, "EOF when reading a line");
        return PyStr.New(line);
    }

    // ───────────── numbers ─────────────

    static PyObject Len(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("len", args, kw, 1, 1);
        return PyInt.New(Ops.Length(args[0]));
    }

    internal static PyObject Abs(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("abs", args, kw, 1, 1);
        var x = args[0];
        if (x.ObType.IsHeapType && HeapTypes.LookupUserDefined(x.ObType, PyStr.Intern("__abs__")) == null) x = BuiltinSubclass.Unwrap(x);
        if (x is PyInt i) return i.IsBig ? PyInt.New(BigInteger.Abs(i.Big)) : i.Value == long.MinValue ? PyInt.New(-(BigInteger)i.Value) : PyInt.New(Math.Abs(i.Value));
        if (x is PyFloat f) return PyFloat.New(Math.Abs(f.Value));
        if (x is PyComplex c) return PyFloat.New(c.Abs());
        if (x.ObType.Lookup("__abs__") != null) return Ops.CallMethod(x, "__abs__");
        throw Err.TypeError($"bad operand type for abs(): '{x.ObType.Name}'");
    }

    static PyObject AnyAll(string name, ReadOnlySpan<PyObject> args, PyTuple kw, bool isAll)
    {
        ArgParser.Positional(name, args, kw, 1, 1);
        var it = Ops.GetIter(args[0]);
        try
        {
            PyObject x;
            while ((x = it.Next()) != null)
            {
                bool t;
                try { t = Ops.IsTrue(x); } finally { Rc.Dec(x); }
                if (t != isAll) return PyBool.From(!isAll);
            }
            return PyBool.From(isAll);
        }
        finally { Rc.Dec(it); }
    }

    static PyObject IntToBase(string name, ReadOnlySpan<PyObject> args, PyTuple kw, int b)
    {
        ArgParser.Positional(name, args, kw, 1, 1);
        var x = BuiltinSubclass.Unwrap(args[0]);
        BigInteger v;
        if (x is PyInt i) v = i.AsBig;
        else if (x.TryIndex(out long l)) v = l;
        else throw Err.TypeError($"'{x.ObType.Name}' object cannot be interpreted as an integer");
        return PyStr.New(NumberParsing.IntToString(v, b));
    }

    static PyObject Chr(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("chr", args, kw, 1, 1);
        long c = ArgParser.Int(args[0], "chr");
        if (c < 0 || c > 0x10FFFF) throw Err.ValueError("chr() arg not in range(0x110000)");
        return c < 0x10000 ? PyStr.New((char)c) : PyStr.New(char.ConvertFromUtf32((int)c));
    }

    static PyObject Ord(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("ord", args, kw, 1, 1);
        if (args[0] is PyStr s)
        {
            int n = CodePoints.Count(s.Value);
            if (n != 1) throw Err.TypeError($"ord() expected a character, but string of length {n} found");
            return PyInt.New(Text.CodePoints.CodePointAt(s.Value, 0, out _)); // a lone surrogate is its own code point
        }
        if (args[0] is PyBytes b && b.Value.Length == 1) return PyInt.New(b.Value[0]);
        throw Err.TypeError($"ord() expected string of length 1, but {args[0].ObType.Name} found");
    }

    /// <summary>print's pieces written one by one, as sys.stdout.write takes them, up to the
    /// first that UTF-8 cannot encode (a lone surrogate): that one raises CPython's
    /// UnicodeEncodeError, its position counted within the piece.</summary>
    static void WriteUntilUnencodable(Interpreter interp, ReadOnlySpan<PyObject> args, string sep, string end)
    {
        void Piece(string text)
        {
            int bad = Text.CodePoints.LoneSurrogateAt(text);
            if (bad >= 0)
            {
                var piece = PyStr.New(text);
                try { throw UnicodeErrorMethods.SurrogateNotEncodable(piece, bad); }
                finally { Rc.Dec(piece); }
            }
            interp.Stdout.Write(text);
        }
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0) Piece(sep);
            Piece(Ops.Str(args[i]));
        }
        Piece(end);
    }

    internal static PyObject DivMod(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("divmod", args, kw, 2, 2);
        var a = BuiltinSubclass.Unwrap(args[0]);
        var b = BuiltinSubclass.Unwrap(args[1]);
        if ((a is PyInt || a is PyFloat) && (b is PyInt || b is PyFloat))
        {
            var q = Ops.BinaryOp(a, b, BinaryOpKind.FloorDiv);
            PyObject r;
            try { r = Ops.BinaryOp(a, b, BinaryOpKind.Mod); }
            catch { Rc.Dec(q); throw; }
            var t = PyTuple.New(2);
            t.Items[0] = q;
            t.Items[1] = r;
            return t;
        }
        if (a.ObType.Lookup("__divmod__") != null) return Ops.CallMethod(a, "__divmod__", b);
        throw Err.TypeError($"unsupported operand type(s) for divmod(): '{a.ObType.MessageName}' and '{b.ObType.MessageName}'");
    }

    static PyObject Pow(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var a = ArgParser.Parse("pow", args, kw, PowParameters, 2);
        if (a[2] == null || a[2] is PyNone) return Ops.BinaryOp(a[0], a[1], BinaryOpKind.Pow);
        if (a[0] is PyInt b && a[1] is PyInt e && a[2] is PyInt m) return IntArith.PowMod(b, e, m);
        if (a[0] is PyComplex || a[1] is PyComplex || a[2] is PyComplex) throw Err.ValueError("complex modulo");
        throw Err.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }

    internal static PyObject Round(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var a = ArgParser.Parse("round", args, kw, RoundParameters, 1);
        var x = a[0];
        if (x.ObType.IsHeapType && HeapTypes.LookupUserDefined(x.ObType, PyStr.Intern("__round__")) == null) x = BuiltinSubclass.Unwrap(x);
        bool hasDigits = a[1] != null && a[1] is not PyNone;
        try
        {
            switch (x)
            {
                case PyFloat f:
                    if (!hasDigits) return PyInt.New(Rounding.RoundToEvenInteger(f.Value));
                    return PyFloat.New(Rounding.RoundDouble(f.Value, (int)Math.Clamp(ArgParser.Int(a[1], "round"), int.MinValue, int.MaxValue)));
                case PyInt i:
                    if (!hasDigits) return PyInt.New(i.AsBig);
                    long nd = ArgParser.Int(a[1], "round");
                    if (nd >= 0) return PyInt.New(i.AsBig);
                    return PyInt.New(Rounding.RoundInt(i.AsBig, (int)Math.Max(nd, int.MinValue)));
            }
        }
        catch (FormatValueException e) { throw Err.New(Formatting.ErrorTypeByName(e.PythonExceptionType), e.Message); }
        if (x.ObType.Lookup("__round__") != null) return hasDigits ? Ops.CallMethod(x, "__round__", a[1]) : Ops.CallMethod(x, "__round__");
        throw Err.TypeError($"type {x.ObType.Name} doesn't define __round__ method");
    }

    // ───────────── iteration ─────────────

    static PyObject Iter(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("iter", args, kw, 1, 2);
        if (args.Length == 2) return CallIterator.New(args[0], args[1]);
        return Ops.GetIter(args[0]);
    }

    static PyObject Next(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("next", args, kw, 1, 2);
        var it = args[0];
        if (it is PyInstance ? it.ObType.Lookup("__next__") == null : !IsIterator(it))
            throw Err.TypeError($"'{it.ObType.Name}' object is not an iterator");
        if (it is PyGenerator g)
        {
            // Send, not Next: Next drops the generator's return value (a for loop has no use
            // for it), and StopIteration carries it.
            var r = g.Send(VM.ThreadState.Current, null);
            if (r != null) return r;
            var rv = g.TakeReturnValue();
            try
            {
                if (args.Length == 2) return Rc.New(args[1]);
                throw Err.StopIteration(rv is PyNone ? null : rv);
            }
            finally { Rc.Dec(rv); }
        }
        var v = it.Next();
        if (v != null) return v;
        if (args.Length == 2) return Rc.New(args[1]);
        throw Err.StopIteration(null);
    }

    /// <summary>Built-in objects that are their own iterators (have __next__).</summary>
    static bool IsIterator(PyObject o)
        => o is RangeIterator or SeqIterator or StrIterator or DictIterator or SetIterator or SequenceIterator
            or PyGenerator or EnumerateIterator or ZipIterator or MapIterator or FilterIterator or ReversedIterator or CallIterator
            || o.ObType.Lookup("__next__") != null;

    static PyObject GetAttr(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("getattr", args, kw, 2, 3);
        var name = AttrName(args[1], "getattr");
        if (args.Length == 2) return args[0].GetAttr(name);
        var v = args[0].GetAttrOrNull(name);
        return v ?? Rc.New(args[2]);
    }

    static PyObject Sorted(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        int nkw = kw?.Count ?? 0;
        if (args.Length - nkw != 1) throw Err.TypeError($"sorted expected 1 argument, got {args.Length - nkw}");
        PyObject key = null;
        bool reverse = false;
        for (int k = 0; k < nkw; k++)
        {
            var n = ((PyStr)kw.Items[k]).Value;
            var v = args[args.Length - nkw + k];
            if (n == "key") key = v;
            else if (n == "reverse") reverse = Ops.IsTrue(v);
            else throw Err.TypeError($"sort() got an unexpected keyword argument '{n}'");
        }
        var list = Ops.ToList(args[0]);
        try { Sorting.SortList(list, key, reverse); }
        catch { Rc.Dec(list); throw; }
        return list;
    }

    static PyObject Sum(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var a = ArgParser.Parse("sum", args, kw, SumParameters, 1);
        var start = a[1] ?? PyInt.Small(0);
        if (start is PyStr) throw Err.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start is PyBytes) throw Err.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        var it = Ops.GetIter(a[0]);
        var total = Rc.New(start);
        try
        {
            // CPython's two fast paths, in its order: ints (and bools) summed in a machine
            // word while they fit, then floats (and ints that fit a word) in a double; what
            // neither takes goes through +.
            PyObject x;
            if (total is PyInt { IsBig: false } && total.ObType == PyInt.Type && SumInts(it, ref total) == null) return total;
            if (total.ObType == PyFloat.Type && SumFloats(it, ref total) == null) return total;
            while ((x = it.Next()) != null) AddInto(ref total, x);
            return total;
        }
        catch { Rc.Dec(total); throw; }
        finally { Rc.Dec(it); }
    }

    /// <summary>total += x for sum, releasing x.</summary>
    static void AddInto(ref PyObject total, PyObject x)
    {
        try
        {
            var next = Ops.BinaryOp(total, x, BinaryOpKind.Add);
            Rc.Dec(total);
            total = next;
        }
        finally { Rc.Dec(x); }
    }

    /// <summary>sum's int path: adds items to total (an int that fits a word) while they
    /// are ints and the sum fits. Returns null when the items ran out (total is the sum);
    /// otherwise total has taken the first item that did not fit, through +, and the caller
    /// goes on with the rest.</summary>
    static PyObject SumInts(PyObject it, ref PyObject total)
    {
        long sum = ((PyInt)total).Value;
        PyObject x;
        while ((x = it.Next()) != null)
        {
            if (x is PyInt { IsBig: false } n && (x.ObType == PyInt.Type || x is PyBool))
            {
                long b = n.Value;
                if (sum >= 0 ? b <= long.MaxValue - sum : b >= long.MinValue - sum)
                {
                    sum += b;
                    Rc.Dec(x);
                    continue;
                }
            }
            return Leave(ref total, PyInt.New(sum), x);
        }
        return Leave(ref total, PyInt.New(sum), null);
    }

    /// <summary>sum's float path, as SumInts: floats, and ints that fit a word, added in a
    /// double.</summary>
    static PyObject SumFloats(PyObject it, ref PyObject total)
    {
        double sum = ((PyFloat)total).Value;
        PyObject x;
        while ((x = it.Next()) != null)
        {
            if (x is PyFloat f && x.ObType == PyFloat.Type) { sum += f.Value; Rc.Dec(x); continue; }
            if (x is PyInt { IsBig: false } n) { sum += n.Value; Rc.Dec(x); continue; }
            return Leave(ref total, PyFloat.New(sum), x);
        }
        return Leave(ref total, PyFloat.New(sum), null);
    }

    /// <summary>How a fast path of sum ends: total becomes the machine-word sum made into an
    /// object; the item the path could not take (if any) is added to it through +, and total
    /// returned for the caller to go on; null when the items ran out.</summary>
    static PyObject Leave(ref PyObject total, PyObject sum, PyObject pending)
    {
        Rc.Dec(total);
        total = sum;
        if (pending == null) return null;
        AddInto(ref total, pending);
        return total;
    }

    static PyObject MinMax(string name, ReadOnlySpan<PyObject> args, PyTuple kw, CompareOp better)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject key = null, dflt = null;
        for (int k = 0; k < nkw; k++)
        {
            var n = ((PyStr)kw.Items[k]).Value;
            if (n == "key") key = args[npos + k] is PyNone ? null : args[npos + k];
            else if (n == "default") dflt = args[npos + k];
            else throw Err.TypeError($"{name}() got an unexpected keyword argument '{n}'");
        }
        if (npos == 0) throw Err.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject[] items;
        if (npos == 1) items = Ops.ToArray(args[0]);
        else
        {
            if (dflt != null) throw Err.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            items = new PyObject[npos];
            for (int i = 0; i < npos; i++) items[i] = Rc.New(args[i]);
        }
        try
        {
            if (items.Length == 0)
            {
                if (dflt != null) return Rc.New(dflt);
                throw Err.ValueError($"{name}() arg is an empty sequence");
            }
            PyObject best = items[0];
            PyObject bestKey = key == null ? Rc.New(best) : Ops.Call(key, best);
            try
            {
                for (int i = 1; i < items.Length; i++)
                {
                    var k = key == null ? Rc.New(items[i]) : Ops.Call(key, items[i]);
                    if (Ops.RichCompareBool(k, bestKey, better))
                    {
                        Rc.Dec(bestKey);
                        bestKey = k;
                        best = items[i];
                    }
                    else Rc.Dec(k);
                }
            }
            finally { Rc.Dec(bestKey); }
            return Rc.New(best);
        }
        finally { foreach (var o in items) Rc.Dec(o); }
    }

    // ───────────── introspection ─────────────

    static PyObject Locals()
    {
        var f = ThreadState.Current.CurrentFrame;
        if (f.Namespace != null) return Rc.New(f.Namespace);
        return LocalsOf(f);
    }

    /// <summary>A new dict of a function frame's local variables (locals()).</summary>
    public static PyDict LocalsOf(Frame f)
    {
        var d = PyDict.New();
        var code = f.Code;
        for (int i = 0; i < code.NLocals; i++)
            if (f.Slots[i] != null) d.SetItemNew(code.VarNames[i], f.Slots[i]);
        for (int i = 0; i < code.CellVars.Length + code.FreeVars.Length; i++)
        {
            var cell = f.Slots[code.NLocals + i] as PyCell;
            string name = i < code.CellVars.Length ? code.CellVars[i] : code.FreeVars[i - code.CellVars.Length];
            if (cell?.Contents != null) d.SetItemNew(name, cell.Contents);
        }
        return d;
    }

    static PyObject Dir(ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        ArgParser.Positional("dir", args, kw, 0, 1);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (args.Length == 0)
        {
            var l = Locals();
            if (l is PyDict ld) AddKeys(names, ld);
            Rc.Dec(l);
        }
        else if (args[0] is PyModule module)
        {
            // A module's attributes are its namespace (module.__dir__).
            AddKeys(names, module.Dict);
        }
        else if (args[0].ObType.IsHeapType && HeapTypes.LookupUserDefined(args[0].ObType, PyStr.Intern("__dir__")) != null)
        {
            var listed = Ops.CallMethod(args[0], "__dir__");
            try
            {
                var sorted = Ops.ToList(listed);
                try { Sorting.SortList(sorted, null, false); } catch { Rc.Dec(sorted); throw; }
                return sorted;
            }
            finally { Rc.Dec(listed); }
        }
        else return DirOf(args[0]);
        return SortedNames(names);
    }

    /// <summary>dir(o) for an object without its own __dir__ (object.__dir__): the names in
    /// its instance dict and in its type's (or, for a class, its own) MRO, sorted.</summary>
    public static PyList DirOf(PyObject o)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (o.InstanceDict != null) AddKeys(names, o.InstanceDict);
        var types = o is PyType t ? t.Mro : o.ObType.Mro;
        foreach (var t2 in types) if (t2.Dict != null) AddKeys(names, t2.Dict);
        return SortedNames(names);
    }

    static PyList SortedNames(SortedSet<string> names)
    {
        var list = PyList.New(names.Count);
        foreach (var n in names) list.AppendSteal(PyStr.New(n));
        return list;
    }

    static void AddKeys(SortedSet<string> names, PyDict d)
    {
        for (int i = 0; i < d.EntryCount; i++)
            if (d.Entries[i].Key is PyStr s) names.Add(s.Value);
    }
}

/// <summary>iter(callable, sentinel): calls until the sentinel comes back.</summary>
public sealed class CallIterator : PyObject
{
    PyObject func, sentinel;

    public static CallIterator New(PyObject func, PyObject sentinel)
    {
        var it = new CallIterator { ObType = SequenceIterator.Type, func = Rc.New(func), sentinel = Rc.New(sentinel) };
        Heap.Allocated(it.ObType);
        return it;
    }

    protected internal override void Dealloc()
    {
        Heap.Freed(this);
        Rc.Clear(ref func);
        Rc.Clear(ref sentinel);
    }

    public override PyObject Iter() => Rc.New(this);

    public override PyObject Next()
    {
        if (func == null) return null;
        var v = Ops.Call(func);
        if (Ops.EqualsBool(v, sentinel))
        {
            Rc.Dec(v);
            Rc.Clear(ref func);
            return null;
        }
        return v;
    }
}
