# x, y = a, b with as many names as values (up to three) reorders the values in place:
# no tuple is built and unpacked, as in CPython; evaluation and store order unchanged.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
[p, q] = "p", "q"
print(p, q)
(m,) = (5,)
print(m)
l = [0, 1, 2]
i = 0
i, l[i] = 2, 9
print(i, l)
def order():
    log = []
    def v(n): log.append(n); return n
    class T:
        def __setattr__(self, k, val): log.append(("set", k, val))
    t = T()
    t.a, t.b, t.c = v(1), v(2), v(3)
    print(log)
order()
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
import dis
def swap(a, b):
    a, b = b, a
    return a, b
ops = [i.opname for i in dis.get_instructions(swap)]
print("BUILD_TUPLE" in ops[:ops.index("STORE_FAST")], "UNPACK_SEQUENCE" in ops, swap(1, 2))

# expect: 2 1
# expect: 3 1 2
# expect: p q
# expect: 5
# expect: 2 [0, 1, 9]
# expect: [1, 2, 3, ('set', 'a', 1), ('set', 'b', 2), ('set', 'c', 3)]
# expect: too many values to unpack (expected 2)
# expect: False False (2, 1)
