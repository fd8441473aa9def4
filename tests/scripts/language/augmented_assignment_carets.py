# An augmented assignment's target is marked where it fails, as CPython marks it: an unbound
# name, a missing attribute or key; a failing operation shows the line alone.
import traceback
x = 0
def f():
    x += 1
class C: pass
def g():
    c = C()
    c.x += 1
def h():
    d = {}
    d["k"] += 1
def i():
    y = 1
    y += "a"
def j():
    lst = [1]
    lst[0] += None
def k():
    q = C()
    q.a = C()
    q.a.b += 1
for fn in (f, g, h, i, j, k):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, "F"))

# expect: Traceback (most recent call last):
# expect:   File "F", line 26, in <module>
# expect:     fn()
# expect:   File "F", line 6, in f
# expect:     x += 1
# expect:     ^
# expect: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "F", line 26, in <module>
# expect:     fn()
# expect:   File "F", line 10, in g
# expect:     c.x += 1
# expect:     ^^^
# expect: AttributeError: 'C' object has no attribute 'x'
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "F", line 26, in <module>
# expect:     fn()
# expect:   File "F", line 13, in h
# expect:     d["k"] += 1
# expect:     ~^^^^^
# expect: KeyError: 'k'
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "F", line 26, in <module>
# expect:     fn()
# expect:   File "F", line 16, in i
# expect:     y += "a"
# expect: TypeError: unsupported operand type(s) for +=: 'int' and 'str'
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "F", line 26, in <module>
# expect:     fn()
# expect:   File "F", line 19, in j
# expect:     lst[0] += None
# expect: TypeError: unsupported operand type(s) for +=: 'int' and 'NoneType'
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "F", line 26, in <module>
# expect:     fn()
# expect:   File "F", line 23, in k
# expect:     q.a.b += 1
# expect:     ^^^^^
# expect: AttributeError: 'C' object has no attribute 'b'
# expect: 
