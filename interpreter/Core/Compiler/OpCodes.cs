// The opcode table: every instruction's name, operand kind, stack effect and meaning, in
// one place. The compiler reads the stack effects to size frames, the VM dispatches on Op,
// and the disassembler prints names and operands from here.
//
// An instruction is one int: the opcode in the low 8 bits, the operand in the upper 24.
//
// Reference counts: every value pushed on the value stack is an owned reference; every
// value popped is either handed on (stolen by a store or a container) or released. The
// "meaning" column says which for the opcodes where it is not obvious.
namespace MiniPy.Compiler;

public enum Op : byte
{
    NOP, POP_TOP, ROT_TWO, ROT_THREE, ROT_FOUR, DUP_TOP, DUP_TOP_TWO,
    LOAD_CONST,
    LOAD_FAST, STORE_FAST, DELETE_FAST,
    LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF,
    LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
    LOAD_NAME, STORE_NAME, DELETE_NAME,
    LOAD_ATTR, STORE_ATTR, DELETE_ATTR,
    LOAD_METHOD, CALL_METHOD, CALL_METHOD_KW,
    BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR,
    BINARY_OP, INPLACE_OP, UNARY_OP,
    COMPARE_OP, IS_OP, CONTAINS_OP,
    JUMP, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
    GET_ITER, FOR_ITER,
    BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_SLICE, BUILD_STRING,
    LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
    UNPACK_SEQUENCE, UNPACK_EX,
    FORMAT_VALUE,
    CALL_FUNCTION, CALL_FUNCTION_KW, CALL_FUNCTION_EX,
    MAKE_FUNCTION, RETURN_VALUE,
    YIELD_VALUE, GET_YIELD_FROM_ITER, YIELD_FROM, GET_AWAITABLE, CALL_INTRINSIC,
    SETUP_FINALLY, SETUP_WITH, POP_BLOCK, POP_EXCEPT, RERAISE, JUMP_IF_NOT_EXC_MATCH,
    WITH_EXCEPT_START, CALL_WITH_EXIT_NONE,
    RAISE_VARARGS, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR,
    IMPORT_NAME, IMPORT_FROM, IMPORT_STAR,
    PRINT_EXPR, RESUME,
}

public enum OperandKind { None, Const, Name, Local, Cell, Jump, Count, BinaryOp, UnaryOp, Compare, Flags, Format }

public sealed record OpInfo(Op Op, OperandKind Operand, Func<int, int> StackEffect, string Meaning,
                            Func<int, int> JumpStackEffect = null);

public static class OpCodes
{
    /// <summary>MAKE_FUNCTION flags: which optional parts sit on the stack below the code.</summary>
    public const int FnDefaults = 1, FnKwDefaults = 2, FnAnnotations = 4, FnClosure = 8;
    /// <summary>FORMAT_VALUE flags: conversion in the low 2 bits, 4 when a spec is on the stack.</summary>
    public const int FmtStr = 1, FmtRepr = 2, FmtAscii = 3, FmtHasSpec = 4;

    public static readonly OpInfo[] Table =
    {
        new(Op.NOP, OperandKind.None, _ => 0, "does nothing"),
        new(Op.POP_TOP, OperandKind.None, _ => -1, "pops TOS and releases it"),
        new(Op.ROT_TWO, OperandKind.None, _ => 0, "swaps the top two values"),
        new(Op.ROT_THREE, OperandKind.None, _ => 0, "moves TOS down to third place"),
        new(Op.ROT_FOUR, OperandKind.None, _ => 0, "moves TOS down to fourth place"),
        new(Op.DUP_TOP, OperandKind.None, _ => 1, "pushes another reference to TOS"),
        new(Op.DUP_TOP_TWO, OperandKind.None, _ => 2, "pushes another reference to each of the top two"),
        new(Op.LOAD_CONST, OperandKind.Const, _ => 1, "pushes a new reference to consts[i]"),
        new(Op.LOAD_FAST, OperandKind.Local, _ => 1, "pushes a new reference to local i; UnboundLocalError if unset"),
        new(Op.STORE_FAST, OperandKind.Local, _ => -1, "pops into local i (the local steals it) and releases the old value"),
        new(Op.DELETE_FAST, OperandKind.Local, _ => 0, "unsets local i, releasing its value"),
        new(Op.LOAD_DEREF, OperandKind.Cell, _ => 1, "pushes the contents of cell i"),
        new(Op.STORE_DEREF, OperandKind.Cell, _ => -1, "pops into cell i"),
        new(Op.DELETE_DEREF, OperandKind.Cell, _ => 0, "empties cell i"),
        new(Op.LOAD_CLOSURE, OperandKind.Cell, _ => 1, "pushes cell i itself, for building a closure"),
        new(Op.LOAD_CLASSDEREF, OperandKind.Cell, _ => 1, "class body: the name from the class namespace, else cell i"),
        new(Op.LOAD_GLOBAL, OperandKind.Name, _ => 1, "pushes global names[i], else builtin; NameError if neither"),
        new(Op.STORE_GLOBAL, OperandKind.Name, _ => -1, "pops into global names[i]"),
        new(Op.DELETE_GLOBAL, OperandKind.Name, _ => 0, "deletes global names[i]"),
        new(Op.LOAD_NAME, OperandKind.Name, _ => 1, "module or class body: locals, then globals, then builtins"),
        new(Op.STORE_NAME, OperandKind.Name, _ => -1, "pops into the namespace of a module or class body"),
        new(Op.DELETE_NAME, OperandKind.Name, _ => 0, "deletes from the namespace of a module or class body"),
        new(Op.LOAD_ATTR, OperandKind.Name, _ => 0, "replaces TOS with TOS.names[i]"),
        new(Op.STORE_ATTR, OperandKind.Name, _ => -2, "TOS.names[i] = TOS1; pops both"),
        new(Op.DELETE_ATTR, OperandKind.Name, _ => -1, "del TOS.names[i]"),
        new(Op.LOAD_METHOD, OperandKind.Name, _ => 1, "replaces TOS with (method, self) unbound, or (NULL, attribute)"),
        new(Op.CALL_METHOD, OperandKind.Count, n => -n - 1, "calls the pair LOAD_METHOD left with n arguments"),
        new(Op.CALL_METHOD_KW, OperandKind.Count, n => -n - 2, "as CALL_METHOD; TOS is a tuple naming the last keyword arguments"),
        new(Op.BINARY_SUBSCR, OperandKind.None, _ => -1, "TOS1[TOS]"),
        new(Op.STORE_SUBSCR, OperandKind.None, _ => -3, "TOS1[TOS] = TOS2"),
        new(Op.DELETE_SUBSCR, OperandKind.None, _ => -2, "del TOS1[TOS]"),
        new(Op.BINARY_OP, OperandKind.BinaryOp, _ => -1, "TOS1 op TOS; int and float fast paths inline"),
        new(Op.INPLACE_OP, OperandKind.BinaryOp, _ => -1, "TOS1 op= TOS"),
        new(Op.UNARY_OP, OperandKind.UnaryOp, _ => 0, "-TOS, +TOS, ~TOS or not TOS"),
        new(Op.COMPARE_OP, OperandKind.Compare, _ => -1, "TOS1 < <= == != > >= TOS"),
        new(Op.IS_OP, OperandKind.Flags, _ => -1, "TOS1 is TOS (is not when the operand is 1)"),
        new(Op.CONTAINS_OP, OperandKind.Flags, _ => -1, "TOS1 in TOS (not in when the operand is 1)"),
        new(Op.JUMP, OperandKind.Jump, _ => 0, "jumps forward to the target"),
        new(Op.JUMP_BACKWARD, OperandKind.Jump, _ => 0, "jumps back to the target; checks the eval breaker"),
        new(Op.POP_JUMP_IF_FALSE, OperandKind.Jump, _ => -1, "pops TOS; jumps if it is false"),
        new(Op.POP_JUMP_IF_TRUE, OperandKind.Jump, _ => -1, "pops TOS; jumps if it is true"),
        new(Op.JUMP_IF_FALSE_OR_POP, OperandKind.Jump, _ => -1, "jumps keeping TOS if it is false, else pops it", _ => 0),
        new(Op.JUMP_IF_TRUE_OR_POP, OperandKind.Jump, _ => -1, "jumps keeping TOS if it is true, else pops it", _ => 0),
        new(Op.GET_ITER, OperandKind.None, _ => 0, "replaces TOS with iter(TOS)"),
        new(Op.FOR_ITER, OperandKind.Jump, _ => 1, "pushes next(TOS); when exhausted pops the iterator and jumps", _ => -1),
        new(Op.BUILD_TUPLE, OperandKind.Count, n => 1 - n, "pops n values into a new tuple (which steals them)"),
        new(Op.BUILD_LIST, OperandKind.Count, n => 1 - n, "pops n values into a new list (which steals them)"),
        new(Op.BUILD_SET, OperandKind.Count, n => 1 - n, "pops n values into a new set"),
        new(Op.BUILD_MAP, OperandKind.Count, n => 1 - 2 * n, "pops n key/value pairs into a new dict"),
        new(Op.BUILD_SLICE, OperandKind.Count, n => 1 - n, "pops start, stop[, step] into a slice"),
        new(Op.BUILD_STRING, OperandKind.Count, n => 1 - n, "concatenates n strings"),
        new(Op.LIST_APPEND, OperandKind.Count, _ => -1, "appends TOS to the list n below it (comprehensions)"),
        new(Op.SET_ADD, OperandKind.Count, _ => -1, "adds TOS to the set n below it"),
        new(Op.MAP_ADD, OperandKind.Count, _ => -2, "stores TOS1: TOS in the dict n below them"),
        new(Op.LIST_EXTEND, OperandKind.Count, _ => -1, "extends the list n below TOS with the iterable TOS"),
        new(Op.SET_UPDATE, OperandKind.Count, _ => -1, "updates the set n below TOS with the iterable TOS"),
        new(Op.DICT_UPDATE, OperandKind.Count, _ => -1, "updates the dict n below TOS with the mapping TOS"),
        new(Op.DICT_MERGE, OperandKind.Count, _ => -1, "as DICT_UPDATE, but duplicate keys are an error (f(**a, **b))"),
        new(Op.LIST_TO_TUPLE, OperandKind.None, _ => 0, "replaces the list TOS with a tuple"),
        new(Op.UNPACK_SEQUENCE, OperandKind.Count, n => n - 1, "pops an iterable of exactly n items and pushes them, last first"),
        new(Op.UNPACK_EX, OperandKind.Count, a => (a & 0xFF) + (a >> 8), "a, *b, c = TOS: before | after << 8"),
        new(Op.FORMAT_VALUE, OperandKind.Format, f => (f & FmtHasSpec) != 0 ? -1 : 0, "formats TOS (with spec TOS when flag 4) for an f-string"),
        new(Op.CALL_FUNCTION, OperandKind.Count, n => -n, "calls the callable below n positional arguments"),
        new(Op.CALL_FUNCTION_KW, OperandKind.Count, n => -n - 1, "as CALL_FUNCTION; TOS names the last keyword arguments"),
        new(Op.CALL_FUNCTION_EX, OperandKind.Flags, f => -1 - (f & 1), "calls TOS1/TOS2 with an args tuple and (flag 1) a kwargs dict"),
        new(Op.MAKE_FUNCTION, OperandKind.Flags, f => -System.Numerics.BitOperations.PopCount((uint)f), "makes a function from the code TOS and the parts the flags name"),
        new(Op.RETURN_VALUE, OperandKind.None, _ => -1, "returns TOS to the caller (the reference passes with it)"),
        new(Op.YIELD_VALUE, OperandKind.None, _ => 0, "yields TOS; on resumption TOS is the value sent in"),
        new(Op.GET_YIELD_FROM_ITER, OperandKind.None, _ => 0, "replaces TOS with iter(TOS) unless it is a generator"),
        new(Op.YIELD_FROM, OperandKind.None, _ => -1, "sends TOS into the iterator TOS1, yielding what it yields, until it returns"),
        new(Op.GET_AWAITABLE, OperandKind.None, _ => 0, "replaces TOS with what await runs: a coroutine itself, else the iterator TOS.__await__() returns"),
        new(Op.CALL_INTRINSIC, OperandKind.Count, k => 1 - MiniPy.Syntax.Intrinsic.ArgumentCount((MiniPy.Syntax.IntrinsicKind)k), "replaces the values the intrinsic the operand names takes with its result (see VM/Intrinsics.cs)"),
        new(Op.SETUP_FINALLY, OperandKind.Jump, _ => 0, "pushes a handler block: an exception unwinds to here and jumps to the target", _ => 1),
        new(Op.SETUP_WITH, OperandKind.Jump, _ => 1, "calls TOS.__enter__, leaving __exit__ and its result; pushes a handler block", _ => 1),
        new(Op.POP_BLOCK, OperandKind.None, _ => 0, "pops the innermost handler block"),
        new(Op.POP_EXCEPT, OperandKind.None, _ => 0, "leaves an except clause: restores the exception that was being handled before"),
        new(Op.RERAISE, OperandKind.None, _ => -1, "pops the exception TOS and raises it again, traceback intact"),
        new(Op.JUMP_IF_NOT_EXC_MATCH, OperandKind.Jump, _ => -1, "pops the class (or tuple) TOS; jumps unless the exception TOS1 is an instance"),
        new(Op.WITH_EXCEPT_START, OperandKind.None, _ => 1, "calls __exit__ (TOS1) with the exception TOS; pushes the result"),
        new(Op.CALL_WITH_EXIT_NONE, OperandKind.None, _ => 0, "replaces __exit__ TOS with the result of __exit__(None, None, None)"),
        new(Op.RAISE_VARARGS, OperandKind.Count, n => -n, "raise (0: re-raise, 1: raise TOS, 2: raise TOS1 from TOS)"),
        new(Op.LOAD_BUILD_CLASS, OperandKind.None, _ => 1, "pushes builtins.__build_class__"),
        new(Op.LOAD_ASSERTION_ERROR, OperandKind.None, _ => 1, "pushes AssertionError"),
        new(Op.IMPORT_NAME, OperandKind.Name, _ => -1, "imports names[i] (TOS1 level, TOS fromlist); pushes the module"),
        new(Op.IMPORT_FROM, OperandKind.Name, _ => 1, "pushes attribute names[i] of the module TOS"),
        new(Op.IMPORT_STAR, OperandKind.None, _ => -1, "copies the public names of the module TOS into the namespace"),
        new(Op.PRINT_EXPR, OperandKind.None, _ => -1, "interactive mode: unless TOS is None, binds it to builtins._ and prints its repr; pops and releases it"),
        new(Op.RESUME, OperandKind.Count, _ => 0, "first instruction of every code object, on its first line (as in CPython 3.11); does nothing"),
    };

    static OpCodes()
    {
        for (int i = 0; i < Table.Length; i++)
            if ((int)Table[i].Op != i) throw new InvalidOperationException($"opcode table out of order at {Table[i].Op}");
    }

    public static OpInfo Info(Op op) => Table[(int)op];

    public static int Encode(Op op, int arg) => (byte)op | (arg << 8);
    public static Op OpOf(int instruction) => (Op)(instruction & 0xFF);
    public static int ArgOf(int instruction) => instruction >> 8;
}
