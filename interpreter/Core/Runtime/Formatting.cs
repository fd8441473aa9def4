// format() and the FORMAT_VALUE instruction: conversions (!s, !r, !a) and the format-spec
// mini-language dispatched by type, with user classes' __format__ honoured.
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static class Formatting
{
    /// <summary>FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; spec may be null.</summary>
    public static PyObject FormatValue(PyObject v, int conversion, PyStr spec)
    {
        PyObject converted = null;
        try
        {
            switch (conversion)
            {
                case 1: converted = Ops.StrObj(v); v = converted; break;
                case 2: converted = Ops.ReprObj(v); v = converted; break;
                case 3: converted = PyStr.New(Ascii(Ops.Repr(v))); v = converted; break;
            }
            string s = spec?.Value ?? "";
            if (s.Length == 0)
            {
                // f"{text}" and f"{count}", the commonest fields, without the general path.
                if (v is PyStr str) return Rc.New(str);
                if (v is PyInt { IsBig: false } small && v is not PyBool) return PyStr.New(small.Repr());
            }
            return PyStr.New(Format(v, s));
        }
        finally { Rc.XDec(converted); }
    }

    /// <summary>format(v, spec) as a string.</summary>
    public static string Format(PyObject v, string spec)
    {
        try
        {
            switch (v)
            {
                case PyStr s: return FormatSpec.FormatString(s.Value, spec);
                case PyBool b when spec.Length == 0: return b.Repr();
                case PyInt i: return FormatSpec.FormatInt(i.AsBig, spec);
                case PyFloat f: return FormatSpec.FormatFloat(f.Value, spec);
                case PyComplex c: return NumberMethods.FormatComplex(c, spec);
            }
        }
        catch (FormatValueException e)
        {
            throw Err.New(ErrorTypeByName(e.PythonExceptionType), e.Message);
        }
        if (v.ObType.IsHeapType && v.ObType.Lookup("__format__") is PyFunction)
        {
            var specObj = PyStr.New(spec);
            try
            {
                var r = Ops.CallMethod(v, "__format__", specObj);
                try
                {
                    if (r is not PyStr rs) throw Err.TypeError($"__format__ must return a str, not {r.ObType.Name}");
                    return rs.Value;
                }
                finally { Rc.Dec(r); }
            }
            finally { Rc.Dec(specObj); }
        }
        return FormatWithoutOverride(v, spec);
    }

    /// <summary>What the built-in __format__ gives (object's, or int's, float's, str's and
    /// complex's for values of those types and their subclasses): what a class's own
    /// __format__ reaches through super().__format__(spec).</summary>
    public static string FormatWithoutOverride(PyObject v, string spec)
    {
        // An empty spec is str(v), the class's own __str__ included, for every type.
        if (spec.Length == 0) return Ops.Str(v);
        // A class derived from int, float, str or complex formats its value as the base does.
        if (v is PyInstance { BaseValue: { } value } && value is PyStr or PyInt or PyFloat or PyComplex)
            return Format(value, spec);
        if (v is PyStr or PyInt or PyFloat or PyComplex) return Format(v, spec);
        throw Err.TypeError($"unsupported format string passed to {v.ObType.Name}.__format__");
    }

    public static PyType ErrorTypeByName(string name) => name switch
    {
        "TypeError" => ErrorTypes.TypeError,
        "OverflowError" => ErrorTypes.OverflowError,
        "ZeroDivisionError" => ErrorTypes.ZeroDivisionError,
        _ => ErrorTypes.ValueError,
    };

    /// <summary>ascii(): the repr with non-ASCII characters escaped.</summary>
    public static string Ascii(string repr)
    {
        var sb = new System.Text.StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 128) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < repr.Length)
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, repr[i + 1]).ToString("x8"));
                i++;
            }
            else if (c < 256) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.ToString();
    }
}
