# Reference cycles freed by the cycle collector: instances, containers, closures, trees. The
# test runner's leak check also proves nothing in a cycle outlives the program.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print("finalizing", self.name)

# Two objects that refer to each other: counts never reach zero, the collector frees them.
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
del a, b
print("before collect")
print("found", gc.collect())
print("after collect")

# Containers that hold themselves.
l = [1, 2]
l.append(l)
d = {"k": 1}
d["self"] = d
del l, d
print("found", gc.collect())

# A nested function that calls itself: function -> closure -> cell -> function.
def make_counter():
    def countdown(n):
        return 0 if n == 0 else 1 + countdown(n - 1)
    return countdown

f = make_counter()
print(f(5))
del f
print("found", gc.collect())

# A set holding an instance that holds the set.
class Holder:
    pass

h = Holder()
s = {h}
h.s = s
del h, s
print("found", gc.collect())

# Nothing to find when nothing is garbage.
keep = [1]
keep.append(keep)
print("found", gc.collect())
keep.clear()

# A tree whose children point back at their parents.
class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Tree()
for i in range(3):
    child = Tree(root)
    for j in range(2):
        Tree(child)
del root, child
print("found", gc.collect())

# An instance whose attribute dict the program holds: two objects, as in CPython.
class Open:
    pass

o = Open()
attrs = o.__dict__
attrs["me"] = o
del o, attrs
print("found", gc.collect())
o = Open()
o.self = o
print(len(vars(o)))
del o
print("found", gc.collect())
# expect: before collect
# expect: finalizing a
# expect: finalizing b
# expect: found 2
# expect: after collect
# expect: found 2
# expect: 5
# expect: found 3
# expect: found 2
# expect: found 0
# expect: found 20
# expect: found 2
# expect: 1
# expect: found 2
