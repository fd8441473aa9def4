// str.center, ljust, rjust (width and fill character), zfill and expandtabs. Widths count
// code points.
using System.Text;
using MiniPy.Runtime.Text;

namespace MiniPy.Runtime;

public static partial class StrMethods
{
    static readonly string[] expandtabsNames = { "tabsize" };

    static void AddLayoutMethods(PyType t)
    {
        AddPad(t, "center");
        AddPad(t, "ljust");
        AddPad(t, "rjust");
        BuiltinTypes.AddMethod(t, "zfill", (self, args, kw) =>
        {
            long width = MethodArgs.Index(MethodArgs.One("str.zfill", args, kw));
            var s = (PyStr)self;
            int length = CodePoints.Count(s.Value);
            if (width <= length) return Rc.New(s);
            var sb = new StringBuilder(SequenceSizes.Length(width));
            string v = s.Value;
            int start = 0;
            if (v.Length > 0 && (v[0] == '+' || v[0] == '-')) { sb.Append(v[0]); start = 1; }
            sb.Append('0', (int)(width - length));
            sb.Append(v, start, v.Length - start);
            return PyStr.New(sb.ToString());
        });
        BuiltinTypes.AddMethod(t, "expandtabs", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("expandtabs", args, kw, expandtabsNames, 0);
            long tabsize = a[0] == null ? 8 : MethodArgs.Index(a[0]);
            var s = (PyStr)self;
            if (s.Value.IndexOf('\t') < 0) return Rc.New(s);
            var sb = new StringBuilder(s.Value.Length + 16);
            long column = 0;
            foreach (char c in s.Value)
            {
                if (c == '\t')
                {
                    if (tabsize > 0)
                    {
                        long spaces = tabsize - column % tabsize;
                        sb.Append(' ', (int)spaces);
                        column += spaces;
                    }
                }
                else
                {
                    sb.Append(c);
                    if (c == '\n' || c == '\r') column = 0;
                    else if (!char.IsLowSurrogate(c)) column++;
                }
            }
            return PyStr.New(sb.ToString());
        });
    }

    static void AddPad(PyType t, string name)
    {
        string qualifiedName = "str." + name;
        BuiltinTypes.AddMethod(t, name, (self, args, kw) =>
        {
            MethodArgs.Range(qualifiedName, name, args, kw, 1, 2);
            long width = MethodArgs.Index(args[0]);
            string fill = " ";
            if (args.Length > 1)
            {
                if (args[1] is not PyStr f) throw Err.TypeError($"The fill character must be a unicode character, not {args[1].ObType.Name}");
                if (CodePoints.Count(f.Value) != 1) throw Err.TypeError("The fill character must be exactly one character long");
                fill = f.Value;
            }
            var s = (PyStr)self;
            int length = CodePoints.Count(s.Value);
            if (width <= length) return Rc.New(s);
            long margin = width - length;
            long left = name == "ljust" ? 0 : name == "rjust" ? margin : margin / 2 + (margin & width & 1);
            var sb = new StringBuilder(SequenceSizes.Repeated(width, fill.Length));
            for (long i = 0; i < left; i++) sb.Append(fill);
            sb.Append(s.Value);
            for (long i = left; i < margin; i++) sb.Append(fill);
            return PyStr.New(sb.ToString());
        });
    }
}
