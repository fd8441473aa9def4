// _traceback: an exception's traceback as the interpreter prints it, for traceback.py and
// logging.exception; and the source text a code object was compiled from, which tracebacks
// quote and inspect.getsource shows (found even when the file is not where its name says).
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class TracebackModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_traceback");
        m.AddFunction("format", (a, k) =>
        {
            // format(exc[, getline]): getline(filename, lineno) gives the lines of code
            // that names no file (linecache.getline, from traceback.py).
            ArgParser.Positional("format", a, k, 1, 2);
            if (a[0] is not PyException exc) throw Err.TypeError($"exceptions must derive from BaseException, not {a[0].ObType.Name}");
            if (a.Length < 2 || a[1] is PyNone) return PyStr.New(Tracebacks.Format(exc));
            var getline = a[1];
            Tracebacks.PseudoFileLines = (file, line) =>
            {
                var name = PyStr.New(file);
                var number = PyInt.New(line);
                PyObject text = null;
                try
                {
                    text = Ops.Call(getline, name, number);
                    return text is PyStr s ? s.Value : null;
                }
                finally { Rc.Dec(name); Rc.Dec(number); Rc.XDec(text); }
            };
            try { return PyStr.New(Tracebacks.Format(exc)); }
            finally { Tracebacks.PseudoFileLines = null; }
        });
        m.AddFunction("format_only", (a, k) =>
        {
            ArgParser.Positional("format_only", a, k, 1, 1);
            if (a[0] is not PyException exc) throw Err.TypeError($"exceptions must derive from BaseException, not {a[0].ObType.Name}");
            return PyStr.New(Tracebacks.ExceptionOnly(exc));
        });
        // The marker line (carets) a traceback draws under entry tb's source line, as the
        // interpreter prints it, or None.
        m.AddFunction("carets", (a, k) =>
        {
            ArgParser.Positional("carets", a, k, 1, 1);
            if (a[0] is not PyTraceback tb) throw Err.TypeError($"carets() expects a traceback, not {a[0].ObType.Name}");
            var line = tb.Code.Source?.Line(tb.Line);
            var carets = string.IsNullOrWhiteSpace(line) ? null : TracebackCarets.For(tb.Code, tb.Pc, line);
            return carets == null ? Rc.New(PyNone.Instance) : PyStr.New(carets);
        });
        // Library functions that stand for C code in CPython (asyncio's task steps, the
        // operator, bisect and itertools modules, a cache's wrapper): an exception passing
        // through their frames gets no traceback entry from them, so tracebacks show what
        // CPython's do. A class given stands for the functions its dict holds (methods,
        // static and class methods, properties).
        m.AddFunction("hide_frames", (a, k) =>
        {
            ArgParser.Positional("hide_frames", a, k, 0, int.MaxValue);
            foreach (var f in a)
            {
                if (f is PyType cls && cls.IsHeapType) HideClass(cls);
                else if (f is PyFunction fn) fn.Code.HiddenFromTracebacks = true;
                else throw Err.TypeError($"hide_frames() expects functions or classes, not {f.ObType.Name}");
            }
            return Rc.New(PyNone.Instance);
        });
        // Classes standing for C types of CPython's (collections.OrderedDict,
        // functools.partial): messages name them with their module, as CPython's do.
        m.AddFunction("name_as_builtin", (a, k) =>
        {
            ArgParser.Positional("name_as_builtin", a, k, 0, int.MaxValue);
            foreach (var c in a)
            {
                if (c is not PyType { IsHeapType: true } cls) throw Err.TypeError($"name_as_builtin() expects classes, not {c.ObType.Name}");
                cls.StandsForBuiltin = true;
            }
            return Rc.New(PyNone.Instance);
        });
        // A whole module standing for C code (operator, bisect, itertools, datetime,
        // decimal): hide_frames for every function and class its namespace defines.
        m.AddFunction("hide_module", (a, k) =>
        {
            ArgParser.Positional("hide_module", a, k, 1, 1);
            if (a[0] is not PyDict ns) throw Err.TypeError($"hide_module() expects a module's globals, not {a[0].ObType.Name}");
            string module = ns.GetItemBorrowed("__name__") is PyStr name ? name.Value : null;
            for (int i = 0; i < ns.EntryCount; i++)
            {
                switch (ns.Entries[i].Value)
                {
                    case PyFunction fn when fn.Module is PyStr owner && owner.Value == module: HideMember(fn); break;
                    case PyType cls when cls.IsHeapType && cls.Module == module:
                        HideClass(cls);
                        cls.StandsForBuiltin = true;
                        break;
                }
            }
            return Rc.New(PyNone.Instance);
        });
        m.AddFunction("source_lines", (a, k) =>
        {
            ArgParser.Positional("source_lines", a, k, 1, 1);
            var lines = a[0] switch
            {
                MiniPy.Compiler.CodeObject code => code.Source?.Lines,
                PyStr fileName => MiniPy.Compiler.SourceText.Find(fileName.Value)?.Lines,
                _ => throw Err.TypeError($"source_lines() expects a code object or a file name, not {a[0].ObType.Name}"),
            };
            if (lines == null) return Rc.New(PyNone.Instance);
            var list = PyList.New(lines.Length);
            // As readlines() gives them: each line with its newline, but no empty last line.
            int count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
            for (int i = 0; i < count; i++) list.AppendSteal(PyStr.New(i < lines.Length - 1 ? lines[i] + "\n" : lines[i]));
            return list;
        });
        return m;
    }

    static void HideClass(PyType cls)
    {
        for (int i = 0; i < cls.Dict.EntryCount; i++)
            if (cls.Dict.Entries[i].Value is { } member) HideMember(member);
    }

    static void HideMember(PyObject member)
    {
        switch (member)
        {
            case PyFunction fn: fn.Code.HiddenFromTracebacks = true; break;
            case PyStaticMethod sm: HideMember(sm.Func); break;
            case PyClassMethod cm: HideMember(cm.Func); break;
            case PyProperty p:
                if (p.Getter != null) HideMember(p.Getter);
                if (p.Setter != null) HideMember(p.Setter);
                if (p.Deleter != null) HideMember(p.Deleter);
                break;
        }
    }
}
