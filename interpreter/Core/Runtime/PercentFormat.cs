// printf-style formatting: str % args, with %s %r %a %c %d %i %u %x %X %o %e %E %f %F %g %G
// %%, flags, width, precision (including *), and %(name)s with a mapping; and bytes % args
// (PEP 461), where %s and %b take bytes-like objects, %r is %a, and %c a byte.
using System.Text;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static class PercentFormat
{
    public static PyObject Format(string fmt, PyObject args) => PyStr.New(FormatText(fmt, args, bytesMode: false));

    /// <summary>bytes % args: the format's bytes are read as Latin-1 characters, one per
    /// byte, and the result written back the same way.</summary>
    public static PyObject FormatBytes(byte[] fmt, PyObject args)
        => PyBytes.New(Encoding.Latin1.GetBytes(FormatText(Encoding.Latin1.GetString(fmt), args, bytesMode: true)));

    static string FormatText(string fmt, PyObject args, bool bytesMode)
    {
        PyObject[] items;
        PyObject mapping = null;
        // A tuple subclass's instance (a namedtuple) is the arguments too.
        if (BuiltinSubclass.Unwrap(args) is PyTuple t) items = t.Items;
        else
        {
            items = new[] { args };
            if (args is PyDict || (args.ObType.Lookup("__getitem__") != null && args is not PyStr && args is not PyBytes && args is not PyByteArray)) mapping = args;
        }
        var sb = new StringBuilder();
        int argIndex = 0;
        bool usedMapping = false;
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%') { sb.Append(c); continue; }
            if (++i >= fmt.Length) throw Err.ValueError("incomplete format");
            if (fmt[i] == '%') { sb.Append('%'); continue; }
            PyObject value = null;
            if (fmt[i] == '(')
            {
                if (mapping == null) throw Err.TypeError("format requires a mapping");
                int close = fmt.IndexOf(')', i);
                if (close < 0) throw Err.ValueError("incomplete format key");
                var name = fmt.Substring(i + 1, close - i - 1);
                PyObject key = bytesMode ? PyBytes.New(Encoding.Latin1.GetBytes(name)) : PyStr.New(name);
                try { value = mapping.GetItem(key); } finally { Rc.Dec(key); }
                usedMapping = true;
                i = close + 1;
            }
            try
            {
                int flagStart = i;
                while (i < fmt.Length && "-+ #0".IndexOf(fmt[i]) >= 0) i++;
                string flags = fmt.Substring(flagStart, i - flagStart);
                int width = -1, precision = -1;
                if (i < fmt.Length && fmt[i] == '*') { width = (int)NextInt(items, ref argIndex); i++; if (width < 0) { flags += "-"; width = -width; } }
                else width = ReadNumber(fmt, ref i);
                if (i < fmt.Length && fmt[i] == '.')
                {
                    i++;
                    if (i < fmt.Length && fmt[i] == '*') { precision = (int)NextInt(items, ref argIndex); i++; }
                    else precision = Math.Max(0, ReadNumber(fmt, ref i));
                }
                while (i < fmt.Length && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) i++;
                if (i >= fmt.Length) throw Err.ValueError("incomplete format");
                char type = fmt[i];
                if (value == null)
                {
                    if (argIndex >= items.Length) throw Err.TypeError("not enough arguments for format string");
                    value = Rc.New(items[argIndex++]);
                }
                sb.Append(bytesMode ? FormatOneByte(value, flags, width, precision, type, i) : FormatOne(value, flags, width, precision, type, i));
            }
            finally { Rc.XDec(value); }
        }
        if (mapping == null && argIndex < items.Length && !(BuiltinSubclass.Unwrap(args) is not PyTuple && usedMapping))
            throw Err.TypeError($"not all arguments converted during {(bytesMode ? "bytes" : "string")} formatting");
        return sb.ToString();
    }

    /// <summary>One conversion of bytes % args, as Latin-1 text.</summary>
    static string FormatOneByte(PyObject v, string flags, int width, int precision, char type, int position)
    {
        switch (type)
        {
            case 's':
            case 'b':
            {
                var data = PyByteArray.BytesOf(v) ?? BytesFromDunder(v)
                    ?? throw Err.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{v.ObType.Name}'");
                string s = Encoding.Latin1.GetString(data);
                if (precision >= 0 && precision < s.Length) s = s.Substring(0, precision);
                return PercentFormatCore.PadPercent(s, flags, width);
            }
            case 'r':
            case 'a':
                return FormatOne(v, flags, width, precision, 'a', position);
            case 'c':
            {
                if (v is PyInt range && (range.IsBig || range.Value is < 0 or >= 256)) throw Err.OverflowError("%c arg not in range(256)");
                string s = v is PyInt ci ? ((char)ci.Value).ToString()
                    : v is PyBytes { Value.Length: 1 } cb ? ((char)cb.Value[0]).ToString()
                    : v is PyByteArray ca && ca.Data.Count == 1 ? ((char)ca.Data[0]).ToString()
                    : throw Err.TypeError("%c requires an integer in range(256) or a single byte");
                return PercentFormatCore.PadPercent(s, flags, width);
            }
            default:
                return FormatOne(v, flags, width, precision, type, position);
        }
    }

    static byte[] BytesFromDunder(PyObject v)
    {
        if (v is PyStr || v.ObType.Lookup("__bytes__") == null) return null;
        var b = Ops.CallMethod(v, "__bytes__");
        try { return b is PyBytes pb ? pb.Value : throw Err.TypeError($"__bytes__ returned non-bytes (type {b.ObType.Name})"); }
        finally { Rc.Dec(b); }
    }

    static long NextInt(PyObject[] items, ref int argIndex)
    {
        if (argIndex >= items.Length) throw Err.TypeError("not enough arguments for format string");
        if (items[argIndex++] is not PyInt i) throw Err.TypeError("* wants int");
        return i.Value;
    }

    static int ReadNumber(string fmt, ref int i)
    {
        int start = i;
        while (i < fmt.Length && char.IsDigit(fmt[i])) i++;
        return i == start ? -1 : int.Parse(fmt.AsSpan(start, i - start));
    }

    static string FormatOne(PyObject v, string flags, int width, int precision, char type, int position)
    {
        try
        {
            switch (type)
            {
                case 's':
                case 'r':
                case 'a':
                {
                    string s = type == 's' ? Ops.Str(v) : type == 'r' ? Ops.Repr(v) : Formatting.Ascii(Ops.Repr(v));
                    if (precision >= 0 && precision < s.Length) s = s.Substring(0, precision);
                    return PercentFormatCore.PadPercent(s, flags, width);
                }
                case 'c':
                {
                    var cv = BuiltinSubclass.Unwrap(v);
                    if (cv is PyInt { IsBig: true } or PyInt { Value: < 0 or > 0x10FFFF })
                        throw Err.OverflowError("%c arg not in range(0x110000)");
                    string s = cv is PyStr cs && cs.CodePointCount == 1 ? cs.Value
                        : cv is PyInt ci ? CodePoints.FromCodePoint((int)ci.Value)
                        : throw Err.TypeError("%c requires int or char");
                    return PercentFormatCore.PadPercent(s, flags, width);
                }
                case 'd':
                case 'i':
                case 'u':
                case 'x':
                case 'X':
                case 'o':
                {
                    var n = IntegerOperand(v, type);
                    return PercentFormatCore.FormatIntPercent(n, flags, width, precision, type == 'i' || type == 'u' ? 'd' : type);
                }
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                {
                    return PercentFormatCore.FormatFloatPercent(RealOperand(v), flags, width, precision, type);
                }
                default:
                    throw Err.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {position}");
            }
        }
        catch (FormatValueException e)
        {
            throw Err.New(Formatting.ErrorTypeByName(e.PythonExceptionType), e.Message);
        }
    }

    /// <summary>The integer %d, %i, %u, %x, %X and %o format, as CPython finds it: an int (or
    /// an instance of a class derived from int, an IntEnum member say) as it is; for %x and
    /// %o, anything with __index__; for the others, a float truncated, or anything with
    /// __int__ or __index__.</summary>
    static System.Numerics.BigInteger IntegerOperand(PyObject v, char type)
    {
        var value = BuiltinSubclass.Unwrap(v);
        if (value is PyInt i) return i.AsBig;
        bool indexOnly = type is 'x' or 'X' or 'o';
        if (!indexOnly && value is PyFloat f)
        {
            if (double.IsNaN(f.Value)) throw Err.ValueError("cannot convert float NaN to integer");
            if (double.IsInfinity(f.Value)) throw Err.OverflowError("cannot convert float infinity to integer");
            return new System.Numerics.BigInteger(Math.Truncate(f.Value));
        }
        foreach (var name in indexOnly ? IndexMethod : IntMethods)
        {
            if (value is PyStr || value.ObType.Lookup(name) == null) continue;
            var r = Ops.CallMethod(value, name);
            try
            {
                if (BuiltinSubclass.Unwrap(r) is PyInt ri) return ri.AsBig;
                throw Err.TypeError($"{name} returned non-int (type {r.ObType.Name})");
            }
            finally { Rc.Dec(r); }
        }
        throw indexOnly ? Err.TypeError($"%{type} format: an integer is required, not {v.ObType.Name}")
            : Err.TypeError($"%{type} format: a real number is required, not {v.ObType.Name}");
    }

    static readonly string[] IndexMethod = { "__index__" };
    static readonly string[] IntMethods = { "__int__", "__index__" };

    /// <summary>The number %e, %f and %g format: a float or an int (or an instance of a class
    /// derived from one), or anything with __float__ or __index__.</summary>
    static double RealOperand(PyObject v)
    {
        var value = BuiltinSubclass.Unwrap(v);
        if (value is PyFloat or PyInt) return PyFloat.ToDouble(value);
        if (value is not PyStr)
        {
            foreach (var name in FloatMethods)
            {
                if (value.ObType.Lookup(name) == null) continue;
                var r = Ops.CallMethod(value, name);
                try
                {
                    var rv = BuiltinSubclass.Unwrap(r);
                    if (rv is PyFloat || (name == "__index__" && rv is PyInt)) return PyFloat.ToDouble(rv);
                    throw Err.TypeError(name == "__float__" ? $"{value.ObType.Name}.__float__ returned non-float (type {r.ObType.Name})"
                        : $"__index__ returned non-int (type {r.ObType.Name})");
                }
                finally { Rc.Dec(r); }
            }
        }
        throw Err.TypeError($"must be real number, not {v.ObType.Name}");
    }

    static readonly string[] FloatMethods = { "__float__", "__index__" };
}
