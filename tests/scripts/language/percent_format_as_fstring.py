# "literal" % (a, b) with only %s/%r/%a conversions is compiled as the f-string it equals,
# as CPython's AST optimizer does: each item is converted as soon as it is computed (which a
# program can see), the spec carries width and precision, other formats stay % operations.
class L:
    n = 0
    def __repr__(self): return "L(%d)" % L.n
    def __str__(self): return "S(%d)" % L.n
    def bump(self):
        L.n += 1
        return L.n
l = L()
print("%s %r %s" % (l, l, l.bump()))
print("%5s|%-5s|%.1s|%5.2r|%a|%%|%+s" % ("ab", "cd", "xyz", "hello", "é", l))
print("%s %s" % (l, l.bump()), "%d %s" % (l.bump(), l))
x = "q"
print("%s" % (x,), "%r" % (x,), "[%s]" % (x,))
try:
    print("%s %s" % (x,))
except TypeError as e:
    print(e)
try:
    print("%s" % (x, x))
except TypeError as e:
    print(e)
print("%(a)s" % {"a": 1}, "x%s%%" % (x,), f"{x}", f"{x!r:>4}")
class B:
    def __format__(self, spec): return "FMT"
    def __str__(self): return "STR"
print("%s" % (B(),), "%5s" % (B(),))
import dis
dis.dis(compile('"%s-%r" % (a, b)', "<s>", "eval"))
dis.dis(compile('"%5s" % (a,)', "<s>", "eval"))
dis.dis(compile('f"{a}"', "<s>", "eval"))
# expect: S(0) L(0) 1
# expect:    ab|cd   |x|   'h|'\xe9'|%|S(1)
# expect: S(1) 2 3 S(3)
# expect: q 'q' [q]
# expect: not enough arguments for format string
# expect: not all arguments converted during string formatting
# expect: 1 xq% q  'q'
# expect: STR   STR
# expect:   0           0 RESUME                   0
# expect:
# expect:   1           2 LOAD_NAME                0 (a)
# expect:               4 FORMAT_VALUE             1 (str)
# expect:               6 LOAD_CONST               0 ('-')
# expect:               8 LOAD_NAME                1 (b)
# expect:              10 FORMAT_VALUE             2 (repr)
# expect:              12 BUILD_STRING             3
# expect:              14 RETURN_VALUE
# expect:   0           0 RESUME                   0
# expect:
# expect:   1           2 LOAD_NAME                0 (a)
# expect:               4 LOAD_CONST               0 ('>5')
# expect:               6 FORMAT_VALUE             5 (str, with format)
# expect:               8 RETURN_VALUE
# expect:   0           0 RESUME                   0
# expect:
# expect:   1           2 LOAD_NAME                0 (a)
# expect:               4 FORMAT_VALUE             0
# expect:               6 RETURN_VALUE
