# Calls with keyword arguments, *args, **kwargs and keyword-only parameters: the binding
# rules and messages, defaults, cells, methods, recursion, and tracebacks through them.
import sys, traceback

def f(a, b=2, c=3):
    return (a, b, c)

print(f(1, c=30), f(a=5), f(1, 2, c=9), f(c=1, b=2, a=3))

def star(a, *rest, key=None, **more):
    return a, rest, key, sorted(more.items())

print(star(1), star(1, 2, 3, key='k', z=1, y=2))

def kwonly(*, x, y=10):
    return x + y
print(kwonly(x=1), kwonly(y=1, x=2))

for call in (lambda: f(1, a=2), lambda: f(1, d=4), lambda: f(b=1), lambda: kwonly(1),
             lambda: kwonly(), lambda: f(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def outer(n, *, scale=1):
    def inner():
        return n * scale
    return inner()
print(outer(4, scale=3), outer(n=5))

class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def moved(self, dx=0, dy=0):
        return Point(x=self.x + dx, y=self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1)
print(p.moved(dy=5), p.moved(dx=1, dy=2).moved(dx=-1))

def depth(n, acc=0):
    return acc if n == 0 else depth(n=n - 1, acc=acc + 1)
print(depth(n=500))
sys.setrecursionlimit(200)
try:
    depth(n=10000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)

def fails(x, *, why):
    raise ValueError(why + str(x))
def middle(**kw):
    return fails(1, **kw)
try:
    middle(why="no ")
except ValueError as e:
    print(e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])

def gen(a, *, b):
    yield a
    yield b
print(list(gen(1, b=2)))

total = 0
for i in range(1000):
    total += f(i, c=i)[2] + star(i, i, key=i)[2]
print(total)

# expect: (1, 2, 30) (5, 2, 3) (1, 2, 9) (3, 2, 1)
# expect: (1, (), None, []) (1, (2, 3), 'k', [('y', 2), ('z', 1)])
# expect: 11 3
# expect: TypeError: f() got multiple values for argument 'a'
# expect: TypeError: f() got an unexpected keyword argument 'd'
# expect: TypeError: f() missing 1 required positional argument: 'a'
# expect: TypeError: kwonly() takes 0 positional arguments but 1 was given
# expect: TypeError: kwonly() missing 1 required keyword-only argument: 'x'
# expect: TypeError: f() takes from 1 to 3 positional arguments but 4 were given
# expect: 12 5
# expect: Point(1, 5) Point(1, 2)
# expect: 500
# expect: RecursionError: maximum recursion depth exceeded
# expect: no 1 ['<module>', 'middle', 'fails']
# expect: [1, 2]
# expect: 999000
