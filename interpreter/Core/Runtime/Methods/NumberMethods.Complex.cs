// complex's constructor (from numbers, from two parts, from a string such as "1+2j" or
// "(-j)") and its methods and attributes: real, imag, conjugate, __complex__, __format__.
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static partial class NumberMethods
{
    /// <summary>self as a complex: a subclass instance holds its complex value inside.</summary>
    static PyComplex ComplexSelf(PyObject self) => (PyComplex)BuiltinSubclass.Unwrap(self);

    public static void AddComplex(PyType t)
    {
        BuiltinTypes.AddGetter(t, "real", self => PyFloat.New(ComplexSelf(self).Real), member: true);
        BuiltinTypes.AddGetter(t, "imag", self => PyFloat.New(ComplexSelf(self).Imag), member: true);
        BuiltinTypes.AddMethod(t, "conjugate", (self, args, kw) =>
        {
            MethodArgs.None("complex.conjugate", args, kw);
            var c = ComplexSelf(self);
            return PyComplex.New(c.Real, -c.Imag);
        });
        BuiltinTypes.AddMethod(t, "__complex__", (self, args, kw) =>
        {
            MethodArgs.None("complex.__complex__", args, kw);
            var c = ComplexSelf(self);
            return c.ObType == PyComplex.Type ? Rc.New(c) : PyComplex.New(c.Real, c.Imag);
        });
        BuiltinTypes.AddMethod(t, "__getnewargs__", (self, args, kw) =>
        {
            MethodArgs.None("complex.__getnewargs__", args, kw);
            var c = ComplexSelf(self);
            var pair = PyTuple.New(2);
            pair.SetItemSteal(0, PyFloat.New(c.Real));
            pair.SetItemSteal(1, PyFloat.New(c.Imag));
            return pair;
        });
        BuiltinTypes.AddMethod(t, "__format__", (self, args, kw) =>
        {
            var spec = MethodArgs.One("complex.__format__", args, kw);
            if (spec is not PyStr s) throw Err.TypeError($"__format__() argument must be str, not {spec.ObType.Name}");
            return PyStr.New(FormatComplex(ComplexSelf(self), s.Value));
        });
    }

    /// <summary>format(z, spec): an empty spec is str(z); with a type (e, f, g, and their
    /// capitals) each part is formatted with it, the imaginary part signed, and no
    /// parentheses; without one, repr-style parts in parentheses. Then fill, align, width.</summary>
    internal static string FormatComplex(PyComplex c, string spec)
    {
        if (spec.Length == 0) return c.Repr();
        ParsedFormatSpec parsed;
        try { parsed = ParsedFormatSpec.Parse(spec, '\0', '>', "complex"); }
        catch (FormatValueException e) { throw Err.ValueError(e.Message); }
        int type = parsed.Type;
        if (parsed.Align == '=')
            throw Err.ValueError(spec.Contains('=') ? "'=' alignment flag is not allowed in complex format specifier"
                                                    : "Zero padding is not allowed in complex format specifier");
        if (type != '\0' && "eEfFgGn".IndexOf((char)type) < 0)
            throw Err.ValueError($"Unknown format code '{(char)type}' for object of type 'complex'");
        char code = type switch { '\0' => parsed.Precision >= 0 ? 'g' : 'r', 'n' => 'g', _ => (char)type };
        int precision = code == 'r' ? 0 : parsed.Precision >= 0 ? (int)parsed.Precision : 6;
        bool bare = type == '\0';
        bool skipReal = bare && c.Real == 0 && !double.IsNegative(c.Real);
        var alternate = parsed.Alternate ? FloatFormatFlags.Alternate : FloatFormatFlags.None;
        var realFlags = (parsed.Sign == '+' ? FloatFormatFlags.AlwaysSign : FloatFormatFlags.None) | alternate;
        string re = skipReal ? "" : PyComplex.Part(c.Real, code, precision, realFlags);
        string im = PyComplex.Part(c.Imag, code, precision, (skipReal ? realFlags : FloatFormatFlags.AlwaysSign) | alternate) + "j";
        if (parsed.Separator != '\0' && code != 'r')
        {
            // Digit grouping: each part as float's format() writes it with the same options.
            string Options(bool signed) => (signed ? "+" : parsed.Sign == '+' ? "+" : "") + (parsed.Alternate ? "#" : "")
                + parsed.Separator + "." + precision + code;
            re = skipReal ? "" : FormatSpec.FormatFloat(c.Real, Options(false));
            im = FormatSpec.FormatFloat(c.Imag, Options(!skipReal)) + "j";
        }
        // A ' ' sign puts a space before the first part when it is not negative.
        if (parsed.Sign == ' ')
        {
            if (skipReal) { if (!im.StartsWith('-')) im = " " + im; }
            else if (!re.StartsWith('-')) re = " " + re;
        }
        string body = bare && !skipReal ? "(" + re + im + ")" : re + im;
        if (parsed.Width <= body.Length) return body;
        var fill = char.ConvertFromUtf32(parsed.Fill);
        int pad = (int)parsed.Width - body.Length;
        string Repeat(int n) => string.Concat(Enumerable.Repeat(fill, n));
        return parsed.Align switch
        {
            '<' => body + Repeat(pad),
            '^' => Repeat(pad / 2) + body + Repeat(pad - pad / 2),
            _ => Repeat(pad) + body,
        };
    }

    /// <summary>complex(real=0, imag=0), complex("1+2j").</summary>
    public static PyObject ConstructComplex(PyType cls, ReadOnlySpan<PyObject> args, PyTuple kw)
    {
        var p = ArgParser.Parse("complex", args, kw, new[] { "real", "imag" }, 0);
        PyObject first = p[0], second = p[1];
        double real, imag;
        if (first is PyStr text)
        {
            if (second != null) throw Err.TypeError("complex() can't take second arg if first is a string");
            ParseComplex(text.Value, out real, out imag);
            return Make(cls, real, imag);
        }
        if (second is PyStr) throw Err.TypeError("complex() second arg can't be a string");
        double ar = 0, ai = 0, br = 0, bi = 0;
        bool firstIsComplex = false, secondIsComplex = false;
        if (first != null)
        {
            if (first.ObType == PyComplex.Type && second == null && cls == PyComplex.Type) return Rc.New(first);
            firstIsComplex = ComplexParts(first, "complex() first argument must be a string or a number", true, out ar, out ai);
        }
        if (second != null) secondIsComplex = ComplexParts(second, "complex() second argument must be a number", false, out br, out bi);
        // complex(a, b) is a + b*1j, with a and b complex themselves; as in CPython, only a
        // complex part contributes its imaginary half (so complex(-0.0, -0.0) keeps both signs).
        real = secondIsComplex ? ar - bi : ar;
        imag = second == null ? ai : firstIsComplex ? br + ai : br;
        return Make(cls, real, imag);
    }

    static PyObject Make(PyType cls, double real, double imag)
    {
        var c = PyComplex.New(real, imag);
        return cls == PyComplex.Type ? c : BuiltinSubclass.Wrap(cls, c);
    }

    /// <summary>A constructor argument's parts; true when it was a complex.</summary>
    static bool ComplexParts(PyObject o, string what, bool useComplexMethod, out double real, out double imag)
    {
        // A class's own __complex__ comes first, even on a subclass of float or complex.
        var x = useComplexMethod && o is PyInstance && HeapTypes.LookupUserDefined(o.ObType, PyStr.Intern("__complex__")) != null
            ? o : BuiltinSubclass.Unwrap(o);
        if (x is PyComplex c) { real = c.Real; imag = c.Imag; return true; }
        if (useComplexMethod && x.ObType.Lookup("__complex__") != null)
        {
            var r = Ops.CallMethod(x, "__complex__");
            try
            {
                if (r is not PyComplex rc) throw Err.TypeError($"__complex__ returned non-complex (type {r.ObType.Name})");
                real = rc.Real;
                imag = rc.Imag;
                return true;
            }
            finally { Rc.Dec(r); }
        }
        imag = 0;
        if (x is PyFloat f) { real = f.Value; return false; }
        if (x is PyInt i) { real = i.ToDouble(); return false; }
        if (x.ObType.Lookup("__float__") != null || x.ObType.Lookup("__index__") != null)
        {
            var fl = Constructors.Float(PyFloat.Type, new[] { x }, null);
            real = ((PyFloat)fl).Value;
            Rc.Dec(fl);
            return false;
        }
        throw Err.TypeError($"{what}, not '{x.ObType.Name}'");
    }

    /// <summary>The grammar of complex("..."): optional spaces and parentheses around
    /// [real][(+|-)imag j] or imag j, where a bare j means 1j.</summary>
    static void ParseComplex(string s, out double real, out double imag)
    {
        // Made only when thrown: an exception object is a counted heap object.
        static PyRaise Malformed() => Err.ValueError("complex() arg is a malformed string");
        int pos = 0, end = s.Length;
        while (pos < end && char.IsWhiteSpace(s[pos])) pos++;
        while (end > pos && char.IsWhiteSpace(s[end - 1])) end--;
        if (pos < end && s[pos] == '(')
        {
            if (s[end - 1] != ')') throw Malformed();
            pos++;
            end--;
            while (pos < end && char.IsWhiteSpace(s[pos])) pos++;
            while (end > pos && char.IsWhiteSpace(s[end - 1])) end--;
        }
        if (pos >= end) throw Malformed();
        real = 0;
        imag = 0;
        int numberEnd = ScanFloat(s, pos, end);
        if (numberEnd > pos)
        {
            double x = ParsePart(s, pos, numberEnd);
            pos = numberEnd;
            if (pos < end && (s[pos] == 'j' || s[pos] == 'J'))
            {
                imag = x;
                pos++;
            }
            else
            {
                real = x;
                if (pos < end && (s[pos] == '+' || s[pos] == '-'))
                {
                    int signAt = pos;
                    numberEnd = ScanFloat(s, pos, end);
                    if (numberEnd > pos + 1 || (numberEnd > pos && char.IsLetter(s[numberEnd - 1])))
                    {
                        imag = ParsePart(s, pos, numberEnd);
                        pos = numberEnd;
                    }
                    else
                    {
                        imag = s[signAt] == '-' ? -1 : 1;
                        pos++;
                    }
                    if (pos >= end || (s[pos] != 'j' && s[pos] != 'J')) throw Malformed();
                    pos++;
                }
            }
        }
        else
        {
            double sign = 1;
            if (pos < end && (s[pos] == '+' || s[pos] == '-'))
            {
                sign = s[pos] == '-' ? -1 : 1;
                pos++;
            }
            if (pos >= end || (s[pos] != 'j' && s[pos] != 'J')) throw Malformed();
            imag = sign;
            pos++;
        }
        if (pos != end) throw Malformed();
    }

    static double ParsePart(string s, int from, int to)
    {
        try { return NumberParsing.ParseFloat(s.Substring(from, to - from)); }
        catch (FormatValueException) { throw Err.ValueError("complex() arg is a malformed string"); }
    }

    /// <summary>The end of the longest float at pos (a sign, digits with '_' between them, a
    /// point, an exponent; or inf, infinity, nan), or pos when there is none.</summary>
    static int ScanFloat(string s, int pos, int end)
    {
        int p = pos;
        if (p < end && (s[p] == '+' || s[p] == '-')) p++;
        foreach (var word in new[] { "infinity", "inf", "nan" })
            if (end - p >= word.Length && string.Compare(s, p, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return p + word.Length;
        int digitsStart = p;
        p = ScanDigits(s, p, end);
        bool any = p > digitsStart;
        if (p < end && s[p] == '.')
        {
            int afterPoint = ScanDigits(s, p + 1, end);
            any |= afterPoint > p + 1;
            p = afterPoint;
        }
        if (!any) return pos;
        if (p < end && (s[p] == 'e' || s[p] == 'E'))
        {
            int q = p + 1;
            if (q < end && (s[q] == '+' || s[q] == '-')) q++;
            int exponentEnd = ScanDigits(s, q, end);
            if (exponentEnd > q) p = exponentEnd;
        }
        return p;
    }

    static int ScanDigits(string s, int p, int end)
    {
        while (p < end && (char.IsAsciiDigit(s[p]) || (s[p] == '_' && p + 1 < end && char.IsAsciiDigit(s[p + 1]) && p > 0 && char.IsAsciiDigit(s[p - 1])))) p++;
        return p;
    }
}
