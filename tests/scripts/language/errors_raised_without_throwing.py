# errors_raised_without_throwing.py: a missing dict key and an int divided by zero are raised by the
# eval loop itself; their messages, tracebacks, contexts and handlers are CPython's.
for e in ("1 // 0", "1 % 0", "1 / 0", "True // 0", "(2**70) // 0", "1.0 // 0", "1 // 0.0", "1.0 % 0.0", "1.0 / 0", "2 ** 70 % 0"):
    try:
        eval(e)
    except ZeroDivisionError as x:
        print(e, "->", x)
def f(a, b):
    return a // b
try:
    f(7, 0)
except ZeroDivisionError as x:
    import traceback
    print("".join(traceback.format_exception(x)).replace(__file__, "FILE"))
d = {"a": 1}
try:
    d[["unhashable"]]
except TypeError as x:
    print(x)
try:
    d["b"]
except KeyError as x:
    print(repr(x), x.args)
try:
    d[("t", 1)]
except KeyError as x:
    print(repr(x), x.__context__)
class D(dict):
    def __missing__(self, k):
        return k * 2
print(D()["ab"])
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("inplace", e, x)

# expect: 1 // 0 -> integer division or modulo by zero
# expect: 1 % 0 -> integer modulo by zero
# expect: 1 / 0 -> division by zero
# expect: True // 0 -> integer division or modulo by zero
# expect: (2**70) // 0 -> integer division or modulo by zero
# expect: 1.0 // 0 -> float floor division by zero
# expect: 1 // 0.0 -> float floor division by zero
# expect: 1.0 % 0.0 -> float modulo
# expect: 1.0 / 0 -> float division by zero
# expect: 2 ** 70 % 0 -> integer modulo by zero
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 11, in <module>
# expect:     f(7, 0)
# expect:   File "FILE", line 9, in f
# expect:     return a // b
# expect:            ~~^^~~
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: 
# expect: unhashable type: 'list'
# expect: KeyError('b') ('b',)
# expect: KeyError(('t', 1)) None
# expect: abab
# expect: inplace integer division or modulo by zero 5
