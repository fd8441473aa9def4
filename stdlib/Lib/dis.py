"""dis: disassembles MiniPy's bytecode, laid out as CPython 3.11's dis module lays it out.

The instructions are MiniPy's own (its opcode table is in interpreter/Core/Compiler/OpCodes.cs),
so a listing shows what MiniPy really runs; the columns, the line starts, the ">>" jump
targets and the argument meanings read as CPython's do.

    ./minipy -m dis FILE       disassemble a file
"""

import sys
import _dis

__all__ = ["dis", "disassemble", "get_instructions", "Bytecode", "Instruction", "opname", "opmap"]

opname = _dis.opnames()
opmap = {name: code for code, name in enumerate(opname)}

_HAVE_CODE_TYPES = ("function", "method", "code", "classmethod", "staticmethod")


class Instruction:
    """One instruction: its name and number, its argument (as CPython numbers it), what the
    argument stands for (argval) and how dis shows it (argrepr), its offset, the source line
    it starts (or None) and whether some jump lands on it."""

    def __init__(self, opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.starts_line = starts_line
        self.is_jump_target = is_jump_target

    def __repr__(self):
        return ("Instruction(opname=%r, opcode=%r, arg=%r, argval=%r, argrepr=%r, offset=%r, "
                "starts_line=%r, is_jump_target=%r)" % (
                    self.opname, self.opcode, self.arg, self.argval, self.argrepr,
                    self.offset, self.starts_line, self.is_jump_target))

    def __eq__(self, other):
        if not isinstance(other, Instruction):
            return NotImplemented
        return (self.opname, self.arg, self.argval, self.offset, self.starts_line) == \
            (other.opname, other.arg, other.argval, other.offset, other.starts_line)


def _code_of(x):
    return _dis.code_of(x)


def get_instructions(x, *, first_line=None):
    """An iterator over the instructions of a function, method, code object or source string."""
    code = _code_of(x)
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    result = []
    for row in _dis.instructions(code):
        name, number, arg, argval, argrepr, offset, line, target = row
        if line is not None:
            line += shift
        result.append(Instruction(name, number, arg, argval, argrepr, offset, line, target))
    return iter(result)


def _write(text, file):
    if file is None:
        sys.stdout.write(text)
    else:
        file.write(text)


def disassemble(co, lasti=-1, *, file=None):
    """Disassembles one code object, without the code objects nested in it."""
    _write(_dis.text(co, False), file)


def dis(x=None, *, file=None, depth=None):
    """Disassembles a class (each of its methods), a function, a method, a code object or
    source text, with the code objects nested in it."""
    if x is None:
        raise RuntimeError("no last traceback to disassemble")
    if isinstance(x, type):
        for name, value in sorted(x.__dict__.items()):
            if type(value).__name__ in _HAVE_CODE_TYPES or isinstance(value, type):
                _write("Disassembly of %s:\n" % name, file)
                try:
                    dis(value, file=file)
                except TypeError as msg:
                    _write("Sorry: %s\n" % msg, file)
                _write("\n", file)
        return
    if type(x).__name__ in ("classmethod", "staticmethod"):
        x = x.__func__
    _write(_dis.text(_code_of(x)), file)


class Bytecode:
    """The instructions of a function, method, code object or source string, to iterate
    over or to show (dis())."""

    def __init__(self, x, *, first_line=None):
        self.codeobj = _code_of(x)
        self.first_line = self.codeobj.co_firstlineno if first_line is None else first_line
        self._original_object = x

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return "Bytecode(%r)" % (self._original_object,)

    def dis(self):
        return _dis.text(self.codeobj)


def _main():
    import argparse
    parser = argparse.ArgumentParser(prog="dis")
    parser.add_argument("infile", nargs="?", default="-")
    args = parser.parse_args()
    if args.infile == "-":
        name = "<stdin>"
        source = sys.stdin.read()
    else:
        name = args.infile
        with open(args.infile) as f:
            source = f.read()
    _write(_dis.text(_dis.compile(source, name)), None)


if __name__ == "__main__":
    _main()
