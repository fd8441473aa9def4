# dataclasses: fields, defaults and default_factory, repr/eq/order/frozen/hash, inheritance,
# __post_init__, asdict/astuple/replace, CPython's error messages; the output CPython 3.11 printed.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(3))
print(fields(p)[0].name, [f.name for f in fields(Point)], asdict(p), astuple(p))
print(replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: "a"}[Version(1, 2)])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: ClassVar[int] = 0
    def add(self, name):
        self.items.append(name)
        self.counts[name] = self.counts.get(name, 0) + 1

inv = Inventory(); inv.add("apple"); inv.add("apple")
print(inv, inv.counts, Inventory.total, Inventory() == Inventory())

@dataclass
class Child(Point):
    z: int = 5
    def __post_init__(self):
        self.sum = self.x + self.y + self.z

c = Child(1, 2, 3)
print(c, c.sum, [f.name for f in fields(c)])
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, w=2)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
n = Node("root", [Node("leaf")])
print(n, asdict(n))
print(Point.__match_args__, hash(Point) is not None, Point.__hash__)
@dataclass(eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), Plain(1).__repr__())
# expect: Point(x=1, y=2) True True Point(x=3, y=0)
# expect: x ['x', 'y'] {'x': 1, 'y': 2} (1, 2)
# expect: Point(x=1, y=9) True True False
# expect: True [Version(major=1, minor=2, tags=()), Version(major=1, minor=10, tags=())] True a
# expect: FrozenInstanceError: cannot assign to field 'major'
# expect: Inventory(items=['apple', 'apple']) {'apple': 2} 0 True
# expect: Child(x=1, y=2, z=3) 6 ['x', 'y', 'z']
# expect: TypeError: Point.__init__() missing 1 required positional argument: 'x'
# expect: TypeError: Point.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError: Point.__init__() got an unexpected keyword argument 'w'
# expect: TypeError: non-default argument 'b' follows default argument
# expect: ValueError: mutable default <class 'list'> for field a is not allowed: use default_factory
# expect: Node(name='root', children=[Node(name='leaf', children=[])]) {'name': 'root', 'children': [{'name': 'leaf', 'children': []}]}
# expect: ('x', 'y') True None
# expect: False Plain(a=1)
