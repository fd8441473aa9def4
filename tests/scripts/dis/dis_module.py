# dis: CPython 3.11 prints exactly this (but one offset: its LOAD_ATTR has inline caches).
import dis


def f(a):
    b = a
    return b


dis.dis(f)
# expect:   5           0 RESUME                   0
# expect:
# expect:   6           2 LOAD_FAST                0 (a)
# expect:               4 STORE_FAST               1 (b)
# expect:
# expect:   7           6 LOAD_FAST                1 (b)
# expect:               8 RETURN_VALUE

for ins in dis.get_instructions(f):
    print(ins.opname, ins.arg, repr(ins.argval), ins.offset, ins.starts_line, ins.is_jump_target)
# expect: RESUME 0 0 0 5 False
# expect: LOAD_FAST 0 'a' 2 6 False
# expect: STORE_FAST 1 'b' 4 None False
# expect: LOAD_FAST 1 'b' 6 7 False
# expect: RETURN_VALUE None None 8 None False

names = [ins.opname for ins in dis.Bytecode(f)]
print(names[-1], "LOAD_FAST" in dis.opmap)  # expect: RETURN_VALUE True


class Point:
    def norm(self):
        return self.x


dis.dis(Point)
# expect: Disassembly of norm:
# expect:  32           0 RESUME                   0
# expect:
# expect:  33           2 LOAD_FAST                0 (self)
# expect:               4 LOAD_ATTR                0 (x)
# expect:               6 RETURN_VALUE
# expect:

try:
    dis.dis(42)
except TypeError as e:
    print(e)  # expect: don't know how to disassemble int objects
