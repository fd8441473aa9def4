# Iterators over ranges, lists and tuples say how many items are left (__length_hint__).
import operator
it = iter(range(5)); next(it)
l = iter([1, 2, 3]); next(l); t = iter((1, 2))
print(operator.length_hint(iter(range(5))), it.__length_hint__(), operator.length_hint(l), t.__length_hint__(), operator.length_hint(iter(range(0, 10, 3))))
for _ in l: pass
print(l.__length_hint__(), operator.length_hint(iter(range(10**3))))

# expect: 5 4 2 2 4
# expect: 0 1000
