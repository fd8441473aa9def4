# class_lifecycle_changes.py: a class's __init__, __new__ and __del__ changed after instances were made;
# each construction and each free uses the class as it is then. A function's __name__ and
# __qualname__ are its code's (one shared str).
class P:
    def __init__(self, x):
        self.x = x

a = P(1)
print(a.x)

def init2(self, x):
    self.x = x * 10
P.__init__ = init2
print(P(2).x)

def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)
P.__new__ = new
print(P(3).x)
P.__new__ = lambda cls, *args: object.__new__(cls)
print(P(4).x)

class Q(P):
    pass
print(Q(5).x)
P.__init__ = lambda self, x: setattr(self, "x", -x)
print(Q(6).x)

freed = []
q = Q(7)
Q.__del__ = lambda self: freed.append(self.x)
del q
print(freed)
del Q.__del__
q = Q(8)
del q
print(freed)

class R:
    def __new__(cls):
        R.__init__ = lambda self: print("init set by __new__")
        return object.__new__(cls)
R()

def f():
    pass
print(f.__name__, f.__qualname__)
f.__name__ = "g"
print(f.__name__, (lambda: 0).__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__ is outer().__name__)

# expect: 1
# expect: 20
# expect: new P (3,)
# expect: 30
# expect: 40
# expect: 50
# expect: -6
# expect: [-7]
# expect: [-7]
# expect: init set by __new__
# expect: f f
# expect: g <lambda>
# expect: outer.<locals>.inner True
