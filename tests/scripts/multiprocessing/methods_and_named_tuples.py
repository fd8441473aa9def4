# Named tuples and bound methods (an instance's, a class method) sent to processes (fork,
# spawn, Pool.map).
import multiprocessing as mp
from collections import namedtuple
Point = namedtuple("Point", "x y")
origin = Point(0, 0)
def work(p, q):
    q.put((p.x + 1, origin.y, Point.x.__doc__))
if __name__ == "__main__":
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        pr = ctx.Process(target=work, args=(Point(1, 2), q)); pr.start(); print(method, q.get()); pr.join()
    with mp.Pool(2) as pool:
        print(pool.map(Point._make, [(1, 2), (3, 4)]))
class Scaler:
    def __init__(self, k): self.k = k
    def run(self, x): return x * self.k
    @classmethod
    def make(cls, k): return cls(k).k
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(Scaler(3).run, [1, 2, 3]), pool.map(Scaler.make, [4, 5]))

# expect: fork (2, 0, 'Alias for field number 0')
# expect: spawn (2, 0, 'Alias for field number 0')
# expect: [Point(x=1, y=2), Point(x=3, y=4)]
# expect: [3, 6, 9] [4, 5]
