# The fork start method copies objects that refer back to what needs them first: a class
# attribute holding an instance of the class, a set holding an object that refers to the set;
# and module-level object() sentinels and compiled regular expressions; the output CPython
# 3.11 printed.
import multiprocessing as mp, re
SENTINEL = object()
PATTERN = re.compile(r"(\w+)@(\w+)")
class App:
    current = None
app = App(); App.current = app
class Node: pass
g = set(); n = Node(); n.group = g; g.add(n)
def child(q):
    q.put((App.current is app, PATTERN.match("joe@x").groups(), next(iter(g)) is n, n.group is g, SENTINEL is SENTINEL))
if __name__ == "__main__":
    q = mp.Queue(); p = mp.Process(target=child, args=(q,)); p.start(); print(q.get()); p.join()
    del n.group  # the set and the node refer to each other: a cycle
# expect: (True, ('joe', 'x'), True, True, True)
