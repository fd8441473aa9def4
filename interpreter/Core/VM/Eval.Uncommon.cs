// The eval loop's less frequent instructions: deletions, building sets, maps, slices and
// strings, the comprehension and unpacking helpers, f-string formatting, calls through *args
// and **kwargs, making functions, with-blocks, raise, imports and class building. They run
// here, one call away from Eval.Loop, so that the loop itself stays small: the JIT compiles
// the loop more than once in every process (each time it is promoted to a faster tier), and
// its compile time grows with its size. Each case follows its opcode's definition in
// Compiler/OpCodes.cs, with the same rule as the loop: an instruction that raises leaves its
// operands on the stack, for unwinding to release.
using MiniPy.Compiler;
using MiniPy.Runtime;
using static MiniPy.VM.ValueStack;

namespace MiniPy.VM;

public static partial class Eval
{
    /// <summary>Executes one uncommon instruction of frame f; returns the new stack pointer.
    /// When it raises, the stack pointer it had reached is left in f.UncommonRaiseSp for the
    /// loop's handler (BUILD_SET, say, has already pushed the set it was filling).</summary>
    static int ExecuteUncommon(ThreadState ts, Frame f, int instr, int sp)
    {
        var code = f.Code;
        var names = code.Names;
        var s = f.Slots;
        int cellBase = code.NLocals;
        int arg = instr >> 8;
        bool completed = false;
        try
        {
            switch ((Op)(instr & 0xFF))
            {
                case Op.DELETE_FAST:
                {
                    var old = s[arg];
                    if (old == null) throw Err.New(ErrorTypes.UnboundLocalError, $"cannot access local variable '{code.VarNames[arg]}' where it is not associated with a value");
                    s[arg] = null;
                    Rc.Dec(old);
                    break;
                }

                case Op.DELETE_DEREF:
                {
                    var cell = (PyCell)s[cellBase + arg];
                    if (cell.Contents == null) throw UnboundCell(code, arg);
                    Rc.Clear(ref cell.Contents);
                    break;
                }

                case Op.LOAD_CLASSDEREF:
                {
                    string name = arg < code.CellVars.Length ? code.CellVars[arg] : code.FreeVars[arg - code.CellVars.Length];
                    var v = f.Namespace?.GetItemBorrowed(PyStr.Intern(name));
                    if (v == null)
                    {
                        v = ((PyCell)s[cellBase + arg]).Contents;
                        if (v == null) throw UnboundCell(code, arg);
                    }
                    Slot(s, sp++) = Rc.New(v);
                    break;
                }

                case Op.STORE_GLOBAL:
                    sp = PopInto(f.Globals, names[arg], s, sp);
                    break;

                case Op.DELETE_GLOBAL:
                    DeleteFrom(f.Globals, names[arg]);
                    break;

                case Op.DELETE_NAME:
                    if (f.NamespaceMapping != null) f.NamespaceMapping.DelItem(names[arg]);
                    else DeleteFrom(f.Namespace, names[arg]);
                    break;

                case Op.DELETE_ATTR:
                {
                    var obj = s[sp - 1];
                    obj.SetAttr(names[arg], null);
                    s[--sp] = null;
                    Rc.Dec(obj);
                    break;
                }

                case Op.DELETE_SUBSCR:
                {
                    var key = s[sp - 1];
                    var container = s[sp - 2];
                    container.DelItem(key);
                    sp -= 2;
                    Slot(s, sp) = s[sp + 1] = null;
                    Rc.Dec(key);
                    Rc.Dec(container);
                    break;
                }

                case Op.BUILD_SET:
                {
                    var set = PySet.New();
                    Slot(s, sp++) = set; // on the stack first, so a failing hash is cleaned up
                    for (int i = sp - 1 - arg; i < sp - 1; i++) set.Add(s[i]);
                    sp--;
                    s[sp] = null;
                    for (int i = 0; i < arg; i++) { var v = s[--sp]; s[sp] = null; Rc.Dec(v); }
                    Slot(s, sp++) = set;
                    break;
                }

                case Op.BUILD_MAP:
                {
                    var d = PyDict.New();
                    Slot(s, sp++) = d;
                    for (int i = sp - 1 - 2 * arg; i < sp - 1; i += 2) d.SetItemNew(s[i], s[i + 1]);
                    sp--;
                    s[sp] = null;
                    for (int i = 0; i < 2 * arg; i++) { var v = s[--sp]; s[sp] = null; Rc.Dec(v); }
                    Slot(s, sp++) = d;
                    break;
                }

                case Op.BUILD_SLICE:
                {
                    var step = arg == 3 ? s[sp - 1] : null;
                    var stop = s[sp - (arg == 3 ? 2 : 1)];
                    var start = s[sp - arg];
                    var slice = PySlice.New(start, stop, step);
                    for (int i = 0; i < arg; i++) { var v = s[--sp]; s[sp] = null; Rc.Dec(v); }
                    Slot(s, sp++) = slice;
                    break;
                }

                case Op.BUILD_STRING:
                {
                    var sb = new System.Text.StringBuilder();
                    for (int i = sp - arg; i < sp; i++) sb.Append(((PyStr)s[i]).Value);
                    for (int i = 0; i < arg; i++) { var v = s[--sp]; s[sp] = null; Rc.Dec(v); }
                    Slot(s, sp++) = PyStr.New(sb.ToString());
                    break;
                }

                case Op.SET_ADD:
                {
                    var v = s[sp - 1];
                    ((PySet)s[sp - 1 - arg]).Add(v);
                    s[--sp] = null;
                    Rc.Dec(v);
                    break;
                }

                case Op.MAP_ADD:
                {
                    var v = s[sp - 1];
                    var k = s[sp - 2];
                    ((PyDict)s[sp - 2 - arg]).SetItemNew(k, v);
                    sp -= 2;
                    Slot(s, sp) = s[sp + 1] = null;
                    Rc.Dec(k);
                    Rc.Dec(v);
                    break;
                }

                case Op.LIST_EXTEND:
                {
                    var v = s[sp - 1];
                    var list = (PyList)s[sp - 1 - arg];
                    try { list.Extend(v); }
                    catch (PyRaise e) when (IsNotIterableError(e, v))
                    {
                        Rc.Dec(e.TakeException());
                        throw Err.TypeError($"Value after * must be an iterable, not {v.ObType.Name}");
                    }
                    s[--sp] = null;
                    Rc.Dec(v);
                    break;
                }

                case Op.SET_UPDATE:
                {
                    var v = s[sp - 1];
                    ((PySet)s[sp - 1 - arg]).UpdateFrom(v);
                    s[--sp] = null;
                    Rc.Dec(v);
                    break;
                }

                case Op.DICT_UPDATE:

                case Op.DICT_MERGE:
                {
                    var v = s[sp - 1];
                    var d = (PyDict)s[sp - 1 - arg];
                    // DICT_MERGE builds a call's keywords: the function is below them, for the
                    // error message. A dict display (DICT_UPDATE) has nothing there to read.
                    bool merge = (Op)(instr & 0xFF) == Op.DICT_MERGE;
                    MergeMapping(d, v, merge, merge ? s[sp - 3 - arg] : null);
                    s[--sp] = null;
                    Rc.Dec(v);
                    break;
                }

                case Op.LIST_TO_TUPLE:
                {
                    var l = (PyList)s[sp - 1];
                    var t = PyTuple.FromSpan(new ReadOnlySpan<PyObject>(l.Items, 0, l.Count));
                    Slot(s, sp - 1) = t;
                    Rc.Dec(l);
                    break;
                }

                case Op.UNPACK_EX:
                {
                    var seq = s[sp - 1];
                    int before = arg & 0xFF, after = arg >> 8;
                    var items = UnpackIterable(seq, before, after);
                    s[--sp] = null;
                    for (int i = items.Length - 1; i >= 0; i--) Slot(s, sp++) = items[i];
                    Rc.Dec(seq);
                    break;
                }

                case Op.FORMAT_VALUE:
                {
                    bool hasSpec = (arg & OpCodes.FmtHasSpec) != 0;
                    var spec = hasSpec ? (PyStr)s[sp - 1] : null;
                    var v = s[sp - (hasSpec ? 2 : 1)];
                    var r = Formatting.FormatValue(v, arg & 3, spec);
                    if (hasSpec) { s[--sp] = null; Rc.Dec(spec); }
                    Slot(s, sp - 1) = r;
                    Rc.Dec(v);
                    break;
                }

                case Op.CALL_FUNCTION_EX:
                {
                    var kwargs = (arg & 1) != 0 ? (PyDict)s[sp - 1] : null;
                    int argsIdx = sp - 1 - (arg & 1);
                    var args = s[argsIdx];
                    var func = s[argsIdx - 1];
                    if (args is not PyTuple)
                    {
                        // f(*x) alone: x is here as it is, made a tuple now.
                        var tuple = StarArgs(func, args);
                        s[argsIdx] = tuple;
                        Rc.Dec(args);
                        args = tuple;
                    }
                    var result = CallWithTupleAndDict(ts, func, (PyTuple)args, kwargs);
                    for (int i = sp - 1; i >= argsIdx - 1; i--)
                    {
                        var v = s[i];
                        s[i] = null;
                        Rc.Dec(v);
                    }
                    sp = argsIdx - 1;
                    Slot(s, sp++) = result;
                    break;
                }

                case Op.MAKE_FUNCTION:
                {
                    var fcode = (CodeObject)s[--sp];
                    s[sp] = null;
                    var fn = PyFunction.New(fcode, f.Globals);
                    Rc.Dec(fcode);
                    if ((arg & OpCodes.FnClosure) != 0) { fn.Closure = (PyTuple)s[--sp]; s[sp] = null; }
                    if ((arg & OpCodes.FnAnnotations) != 0) { fn.AnnotationPairs = (PyTuple)s[--sp]; s[sp] = null; }
                    if ((arg & OpCodes.FnKwDefaults) != 0) { fn.KwDefaults = (PyDict)s[--sp]; s[sp] = null; }
                    if ((arg & OpCodes.FnDefaults) != 0) { fn.Defaults = (PyTuple)s[--sp]; s[sp] = null; }
                    Slot(s, sp++) = fn;
                    break;
                }

                case Op.GET_YIELD_FROM_ITER:
                {
                    var v = s[sp - 1];
                    if (v is not PyGenerator)
                    {
                        Slot(s, sp - 1) = v.Iter();
                        Rc.Dec(v);
                    }
                    break;
                }

                case Op.CALL_INTRINSIC:
                {
                    var kind = (MiniPy.Syntax.IntrinsicKind)arg;
                    int argc = MiniPy.Syntax.Intrinsic.ArgumentCount(kind);
                    var result = Intrinsics.Call(kind, s.AsSpan(sp - argc, argc));
                    for (int i = 0; i < argc; i++) { var v = s[--sp]; s[sp] = null; Rc.Dec(v); }
                    Slot(s, sp++) = result;
                    break;
                }

                case Op.GET_AWAITABLE:
                {
                    var v = s[sp - 1];
                    Slot(s, sp - 1) = Awaitables.IteratorFor(v);
                    Rc.Dec(v);
                    break;
                }

                case Op.SETUP_WITH:
                {
                    var mgr = s[sp - 1];
                    var enter = mgr.ObType.Lookup("__enter__");
                    if (enter == null)
                        throw Err.TypeError($"'{mgr.ObType.Name}' object does not support the context manager protocol");
                    var exitFn = mgr.ObType.Lookup("__exit__");
                    if (exitFn == null)
                        throw Err.TypeError($"'{mgr.ObType.Name}' object does not support the context manager protocol (missed __exit__ method)");
                    var exitBound = exitFn.DescrGet(mgr, mgr.ObType);
                    Slot(s, sp - 1) = exitBound;
                    PyObject entered;
                    try { entered = Ops.CallWithSelf(enter, mgr, ReadOnlySpan<PyObject>.Empty, null); }
                    finally { Rc.Dec(mgr); }
                    // The block is set up only once __enter__ has succeeded: when it raises,
                    // __exit__ is not called.
                    f.PushBlock(BlockKind.Finally, arg, sp);
                    Slot(s, sp++) = entered;
                    break;
                }

                case Op.WITH_EXCEPT_START:
                {
                    var exc = (PyException)s[sp - 1];
                    var exitFn = s[sp - 2];
                    var args = new PyObject[] { exc.ObType, exc, (PyObject)exc.Traceback ?? PyNone.Instance };
                    Slot(s, sp++) = exitFn.Call(args, null);
                    break;
                }

                case Op.CALL_WITH_EXIT_NONE:
                {
                    var exitFn = s[sp - 1];
                    var none = PyNone.Instance;
                    var r = exitFn.Call(new PyObject[] { none, none, none }, null);
                    Slot(s, sp - 1) = r;
                    Rc.Dec(exitFn);
                    break;
                }

                case Op.PRINT_EXPR:
                {
                    // The value goes to whatever sys.displayhook is now.
                    var value = s[sp - 1];
                    var hook = ts.Interp.ImportModule(ts, "sys").GetAttrOrNull(PyStr.Intern("displayhook"));
                    if (hook == null || hook is PyNone)
                    {
                        Rc.XDec(hook);
                        throw Err.New(ErrorTypes.RuntimeError, "lost sys.displayhook");
                    }
                    try { Rc.Dec(Ops.Call(hook, value)); }
                    finally { Rc.Dec(hook); }
                    s[--sp] = null;
                    Rc.Dec(value);
                    break;
                }

                case Op.LOAD_BUILD_CLASS:
                    Slot(s, sp++) = Rc.New(f.Builtins.GetItemBorrowed("__build_class__"));
                    break;

                case Op.LOAD_ASSERTION_ERROR:
                    Slot(s, sp++) = Rc.New(ErrorTypes.AssertionError);
                    break;

                case Op.IMPORT_NAME:
                {
                    var fromlist = s[sp - 1];
                    var level = s[sp - 2];
                    var module = ts.Interp.ImportName(ts, names[arg].Value, fromlist, f.Globals, level is PyInt li ? (int)li.Value : 0);
                    sp -= 2;
                    Slot(s, sp) = s[sp + 1] = null;
                    Rc.Dec(fromlist);
                    Rc.Dec(level);
                    Slot(s, sp++) = module;
                    break;
                }

                case Op.IMPORT_FROM:
                    Slot(s, sp) = ts.Interp.ImportFrom(ts, s[sp - 1], names[arg]);
                    sp++;
                    break;

                case Op.IMPORT_STAR:
                {
                    var module = s[sp - 1];
                    ImportStar(module, f.Namespace);
                    s[--sp] = null;
                    Rc.Dec(module);
                    break;
                }
                default:
                    throw Err.New(ErrorTypes.SystemError, $"unknown opcode {(Op)(instr & 0xFF)}");
            }
            completed = true;
            return sp;
        }
        finally
        {
            if (!completed) f.UncommonRaiseSp = sp;
        }
    }
}
