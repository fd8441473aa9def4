// UnicodeDecodeError and UnicodeEncodeError as CPython's: made with (encoding, object,
// start, end, reason), which fill the attributes of the same names, and shown from them:
// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte". The codecs raise
// them this way too (New), so a handler can read e.start, e.reason and e.object.
namespace MiniPy.Runtime;

public static class UnicodeErrorMethods
{
    static readonly PyStr EncodingName = PyStr.Intern("encoding"), ObjectName = PyStr.Intern("object"),
        StartName = PyStr.Intern("start"), EndName = PyStr.Intern("end"), ReasonName = PyStr.Intern("reason");

    public static void Add(PyType decodeError, PyType encodeError)
    {
        AddInit(decodeError, decoding: true);
        AddInit(encodeError, decoding: false);
    }

    static void AddInit(PyType type, bool decoding)
    {
        // Made by calling the class: the checks and attributes come with it, unless a subclass
        // has an __init__ of its own (which reaches them through super().__init__).
        type.Constructor = (cls, args, kw) =>
        {
            var e = PyException.New(cls, args.Slice(0, args.Length - (kw?.Count ?? 0)));
            if (cls.IsHeapType && HeapTypes.LookupUserDefined(cls, PyStr.Intern("__init__")) != null) return e;
            try { Init(type, decoding, e, args, kw); }
            catch { Rc.Dec(e); throw; }
            return e;
        };
        BuiltinTypes.AddMethod(type, "__init__", (self, args, kw) =>
        {
            if (self is PyException e) Init(type, decoding, e, args, kw);
            return Rc.New(PyNone.Instance);
        });
    }

    static void Init(PyType type, bool decoding, PyException e, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        if (kw != null && kw.Count > 0) throw Err.TypeError($"{type.Name}() takes no keyword arguments");
        if (args.Length != 5) throw Err.TypeError($"function takes exactly 5 arguments ({args.Length} given)");
        if (args[0] is not PyStr) throw Err.TypeError($"argument 1 must be str, not {args[0].ObType.Name}");
        if (decoding ? PyByteArray.BytesOf(args[1]) == null : args[1] is not PyStr)
            throw Err.TypeError(decoding ? $"a bytes-like object is required, not '{args[1].ObType.Name}'"
                                         : $"argument 2 must be str, not {args[1].ObType.Name}");
        if (args[2] is not PyInt) throw Err.TypeError($"'{args[2].ObType.Name}' object cannot be interpreted as an integer");
        if (args[3] is not PyInt) throw Err.TypeError($"'{args[3].ObType.Name}' object cannot be interpreted as an integer");
        if (args[4] is not PyStr) throw Err.TypeError($"argument 5 must be str, not {args[4].ObType.Name}");
        Rc.Set(ref e.Args, PyTuple.FromSpan(args));
        Fill(e, args[0], decoding && args[1] is not PyBytes ? PyBytes.New(PyByteArray.BytesOf(args[1])) : Rc.New(args[1]), args[2], args[3], args[4]);
    }

    /// <summary>Fills the attributes (obj is a new reference, consumed).</summary>
    static void Fill(PyException e, PyObject encoding, PyObject obj, PyObject start, PyObject end, PyObject reason)
    {
        var dict = e.EnsureInstanceDict();
        dict.SetItem(EncodingName, encoding);
        dict.SetItem(ObjectName, obj);
        Rc.Dec(obj);
        dict.SetItem(StartName, start);
        dict.SetItem(EndName, end);
        dict.SetItem(ReasonName, reason);
    }

    /// <summary>UTF-8's error for the lone surrogate at index `at` of s, as writing s to a
    /// UTF-8 stream raises it (the position counted in code points).</summary>
    public static PyRaise SurrogateNotEncodable(PyStr s, int at)
    {
        int position = Text.CodePoints.Count(s.Value.AsSpan(0, at));
        return New(false, "utf-8", s, position, position + 1, "surrogates not allowed");
    }

    /// <summary>The error a codec raises: object is the bytes decoded (or the str encoded),
    /// start and end the span it could not handle (obj is borrowed).</summary>
    public static PyRaise New(bool decoding, string encoding, PyObject obj, long start, long end, string reason)
    {
        var args = new PyObject[] { PyStr.New(encoding), obj, PyInt.New(start), PyInt.New(end), PyStr.New(reason) };
        var e = PyException.New(decoding ? ErrorTypes.UnicodeDecodeError : ErrorTypes.UnicodeEncodeError, args);
        Fill(e, args[0], Rc.New(obj), args[2], args[3], args[4]);
        Rc.Dec(args[0]);
        Rc.Dec(args[2]);
        Rc.Dec(args[3]);
        Rc.Dec(args[4]);
        return new PyRaise(e);
    }

    /// <summary>str() of one of these errors, from its attributes (null: not made with them).</summary>
    public static string Str(PyException e)
    {
        var dict = e.Dict;
        if (dict == null) return null;
        if (dict.GetItemBorrowed(EncodingName) is not PyStr encoding || dict.GetItemBorrowed(ReasonName) is not PyStr reason
            || dict.GetItemBorrowed(StartName) is not PyInt { IsBig: false } start || dict.GetItemBorrowed(EndName) is not PyInt { IsBig: false } end)
            return null;
        var obj = dict.GetItemBorrowed(ObjectName);
        if (e.ObType.IsSubtypeOf(ErrorTypes.UnicodeDecodeError))
        {
            var bytes = obj == null ? null : PyByteArray.BytesOf(obj);
            if (bytes != null && start.Value >= 0 && start.Value < bytes.Length && end.Value == start.Value + 1)
                return $"'{encoding.Value}' codec can't decode byte 0x{bytes[start.Value]:x2} in position {start.Value}: {reason.Value}";
            return $"'{encoding.Value}' codec can't decode bytes in position {start.Value}-{end.Value - 1}: {reason.Value}";
        }
        if (obj is PyStr s && end.Value == start.Value + 1)
        {
            var points = Text.CodePoints.ToArray(s.Value);
            if (start.Value >= 0 && start.Value < points.Length)
            {
                return $"'{encoding.Value}' codec can't encode character '{Codecs.EscapeCodePoint(points[start.Value])}' in position {start.Value}: {reason.Value}";
            }
        }
        return $"'{encoding.Value}' codec can't encode characters in position {start.Value}-{end.Value - 1}: {reason.Value}";
    }
}
