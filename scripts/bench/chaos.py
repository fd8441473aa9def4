# Chaos: a chaos game whose attractors are curves rather than points -- each step moves
# a point halfway towards a point on one of three Bezier curves picked by a small
# pseudo-random generator, and counts where it lands on a grid. (A simplified form of the
# classic "chaos" benchmark.) Operator overloading on a small vector class, float
# arithmetic and method calls.
import _harness


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def lerp(self, other, t):
        return self + (other - self) * t


class Bezier:
    def __init__(self, points):
        self.points = points

    def at(self, t):
        pts = self.points
        while len(pts) > 1:
            pts = [pts[i].lerp(pts[i + 1], t) for i in range(len(pts) - 1)]
        return pts[0]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self):
        return self.next() / 2147483648.0


CURVES = [
    Bezier([Vec(0.0, 0.0), Vec(0.1, 0.6), Vec(0.3, 0.9), Vec(0.5, 1.0)]),
    Bezier([Vec(0.5, 1.0), Vec(0.9, 0.8), Vec(1.0, 0.3)]),
    Bezier([Vec(1.0, 0.0), Vec(0.7, 0.2), Vec(0.4, -0.1), Vec(0.0, 0.0)]),
]


def workload(steps):
    size = 64
    grid = [[0] * size for _ in range(size)]
    rng = Lcg(42)
    p = Vec(0.5, 0.5)
    for _ in range(steps):
        curve = CURVES[rng.next() % 3]
        p = p.lerp(curve.at(rng.uniform()), 0.5)
        x = int(p.x * (size - 1))
        y = int((p.y + 0.1) / 1.1 * (size - 1))
        grid[y][x] += 1
    filled = sum(1 for row in grid for c in row if c)
    peak = max(max(row) for row in grid)
    rows = [sum(row) for row in grid]
    return filled, peak, rows[::8]


print(*_harness.run(workload, 18000))
