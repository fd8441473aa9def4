# sys.getrefcount as CPython 3.11 reports it, including inside calls: a function's
# arguments move from the caller's stack into its frame, so they are counted once, in
# plain calls, method calls, generators and recursion.
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
class C: pass
o = C()
print(sys.getrefcount(o))
d = {"k": o}
print(sys.getrefcount(o))
t = (o,)
print(sys.getrefcount(o))
s = "some unique string value"
print(sys.getrefcount(s))
def g():
    local = object()
    return sys.getrefcount(local)
print(g())
l2 = [object()]
print(sys.getrefcount(l2[0]))
it = iter(a)
print(sys.getrefcount(a))
class K:
    def method(self, arg):
        return sys.getrefcount(self), sys.getrefcount(arg)
k = K()
payload = []
print(k.method(payload))
def gen(arg):
    yield sys.getrefcount(arg)
print(next(gen(payload)))
def recurse(obj, n):
    return sys.getrefcount(obj) if n == 0 else recurse(obj, n - 1)
print(recurse(payload, 3))
print(sys.getrefcount(payload))

# expect: 2
# expect: 3
# expect: 5
# expect: 4
# expect: 5
# expect: 2
# expect: 3
# expect: 4
# expect: 4
# expect: 2
# expect: 2
# expect: 5
# expect: (3, 3)
# expect: 3
# expect: 6
# expect: 2
