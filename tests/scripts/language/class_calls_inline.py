# Calls of classes whose __init__ the eval loop runs itself: the instance made, __init__
# run with it, the instance the call's value; defaults, errors and tracebacks as usual.
import sys
import traceback
from dataclasses import dataclass


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(Point(1, 2), Point(3), [Point(i) for i in range(3)])


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
    print([line.strip() for line in traceback.format_exc().splitlines() if line.strip().startswith("Bad")])


class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n


try:
    Raises(-1)
except ValueError as e:
    print("ValueError:", e, [f.name for f in traceback.extract_tb(e.__traceback__)])


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


def depth_of(node):
    n = 0
    while node is not None:
        node = node.child
        n += 1
    return n


print("nested construction:", depth_of(Node(50)))
try:
    Node(10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)


class WithNew:
    def __new__(cls, *args):
        print("__new__ with", args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Metered(metaclass=Meta):
    def __init__(self, a):
        self.a = a


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b=2):
        self.a, self.b = a, b


class MyList(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


@dataclass
class Record:
    name: str
    size: int = 1


print(WithNew(1).a, Metered(2).a, Slotted(3).b, MyList([1, 2], "t"), MyList([1], "u").tag, Record("r"))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Slotted(1).c = 3
except AttributeError as e:
    print("AttributeError:", e)


class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1

    def __del__(self):
        Counted.made -= 1


items = [Counted() for _ in range(5)]
print("alive:", Counted.made)
del items
print("alive after del:", Counted.made)
c = Counted()
print(sys.getrefcount(c))
del c
print("alive at the end:", Counted.made)


class SelfRemoving:
    def __init__(self, n):
        del SelfRemoving.__init__  # the running __init__ must outlive its class's hold on it
        self.n = [n] * 3


print(SelfRemoving(4).n, SelfRemoving().__dict__)
# expect: Point(1, 2) Point(3, 0) [Point(0, 0), Point(1, 0), Point(2, 0)]
# expect: TypeError: __init__() should return None, not 'int'
# expect: ['Bad()']
# expect: ValueError: negative: -1 ['<module>', '__init__']
# expect: nested construction: 51
# expect: RecursionError: maximum recursion depth exceeded
# expect: __new__ with (1,)
# expect: Meta.__call__ (2,)
# expect: 1 2 2 [1, 2] u Record(name='r', size=1)
# expect: TypeError: Point.__init__() missing 1 required positional argument: 'x'
# expect: TypeError: Point.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: AttributeError: 'Slotted' object has no attribute 'c'
# expect: alive: 5
# expect: alive after del: 0
# expect: 2
# expect: alive at the end: 0
# expect: [4, 4, 4] {}
