# Values programs send to children through queues, under both start methods: instances of
# the program's classes (dataclasses, slots, a str subclass), namedtuples, Enum members (the
# same member arrives), ranges and slices; the output CPython 3.11 printed.
import multiprocessing as mp
from dataclasses import dataclass
from collections import namedtuple
from enum import Enum

@dataclass
class Job:
    name: str
    size: int
    tags: list

class Color(Enum):
    RED = 1
    BLUE = 2

Point = namedtuple("Point", "x y")

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a): self.a = a

class Label(str):
    pass

def echo(q_in, q_out):
    for _ in range(7):
        item = q_in.get()
        q_out.put((type(item).__name__, item if not isinstance(item, Slotted) else (item.a, hasattr(item, "b"))))

if __name__ == "__main__":
    for method in ("spawn", "fork"):
        ctx = mp.get_context(method)
        q_in, q_out = ctx.Queue(), ctx.Queue()
        p = ctx.Process(target=echo, args=(q_in, q_out)); p.start()
        for item in (Job("a", 3, [1, 2]), Color.BLUE, Point(1, 2), Slotted(5), Label("lbl"), range(2, 10, 3), slice(1, None, 2)):
            q_in.put(item)
        results = [q_out.get() for _ in range(7)]
        p.join()
        print(method, results)
        print(results[1][1] is Color.BLUE, results[0][1] == Job("a", 3, [1, 2]))
# expect: spawn [('Job', Job(name='a', size=3, tags=[1, 2])), ('Color', <Color.BLUE: 2>), ('Point', Point(x=1, y=2)), ('Slotted', (5, False)), ('Label', 'lbl'), ('range', range(2, 10, 3)), ('slice', slice(1, None, 2))]
# expect: True True
# expect: fork [('Job', Job(name='a', size=3, tags=[1, 2])), ('Color', <Color.BLUE: 2>), ('Point', Point(x=1, y=2)), ('Slotted', (5, False)), ('Label', 'lbl'), ('range', range(2, 10, 3)), ('slice', slice(1, None, 2))]
# expect: True True
