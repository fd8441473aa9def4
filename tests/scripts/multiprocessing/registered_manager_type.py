# A manager class with a registered type used through its AutoProxy, beside a Value and
# an Array changed by a child and a queue filled by a child of the spawn context.
from multiprocessing import Process, Array, Value, get_context
from multiprocessing.managers import BaseManager


class Rectangle:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def scale(self, k):
        self.w, self.h = self.w * k, self.h * k
        return (self.w, self.h)


class ShapeServer(BaseManager):
    pass


ShapeServer.register("Rectangle", Rectangle)


def negate_all(total, cells):
    total.value = sum(cells[:]) / 2
    for i in range(len(cells)):
        cells[i] = -cells[i]


def greet(queue):
    queue.put("greetings from a spawned child")


if __name__ == "__main__":
    with ShapeServer() as server:
        r = server.Rectangle(3, 4)
        print(r.area(), r.scale(2), r.area())
    total = Value("d", 0.0)
    cells = Array("i", range(6))
    child = Process(target=negate_all, args=(total, cells))
    child.start()
    child.join()
    print(total.value, cells[:])
    ctx = get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=greet, args=(queue,))
    child.start()
    print(queue.get())
    child.join()

# expect: 12 (6, 8) 48
# expect: 7.5 [0, -1, -2, -3, -4, -5]
# expect: greetings from a spawned child
