# Instance creation: allocating, initialising and releasing many small objects, with and
# without __slots__, through a subclass's __init__, and kept alive in a linked list.
import _harness


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


def workload(n):
    total = 0
    for i in range(n):
        p = Point(i, i + 1)
        q = Point3(p.y, p.x, i & 7)
        s = Slotted(q.z, p)
        total += s.a + q.x - p.x
    head = None
    for i in range(n // 4):
        head = Node(i, head)
    count = 0
    while head is not None:
        count += head.value & 1
        head = head.next
    return total, count


print(*_harness.run(workload, 150000))
