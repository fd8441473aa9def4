# threading.local subclassed as the documentation shows: __init__ runs again, with the instance's
# arguments, in each thread that first touches it; a failed __init__ raises there; arguments need an __init__.
import threading
class MyLocal(threading.local):
    initialized = []
    def __init__(self, color, size=1):
        self.initialized.append(threading.current_thread().name)
        self.color = color
        self.size = size
    def describe(self):
        return f"{self.color}/{self.size}"
mine = MyLocal("blue", size=3)
print(mine.color, mine.describe())
def work(name):
    print(name, mine.color, mine.size, hasattr(mine, 'extra'))
    mine.color = name
    mine.extra = 1
    print(name, mine.describe())
for n in ("T1", "T2"):
    t = threading.Thread(target=work, args=(n,), name=n); t.start(); t.join()
print(mine.color, sorted(MyLocal.initialized), mine.__class__.__name__, isinstance(mine, threading.local))
plain = threading.local()
plain.x = 1
def w2(): print(hasattr(plain, 'x'))
t = threading.Thread(target=w2); t.start(); t.join()
try: threading.local(1)
except TypeError as e: print(e)
class Bad(threading.local):
    def __init__(self):
        if threading.current_thread().name != "MainThread": raise ValueError("no")
        self.a = 1
b = Bad()
def w3():
    try: b.a
    except ValueError as e: print("ValueError", e)
t = threading.Thread(target=w3); t.start(); t.join()
class NoInit(threading.local):
    pass
n = NoInit(); n.q = 5
print(n.q, type(n).__mro__[1].__name__)
try: NoInit(2)
except TypeError as e: print(e)

# expect: blue blue/3
# expect: T1 blue 3 False
# expect: T1 T1/3
# expect: T2 blue 3 False
# expect: T2 T2/3
# expect: blue ['MainThread', 'T1', 'T2'] MyLocal True
# expect: False
# expect: Initialization arguments are not supported
# expect: ValueError no
# expect: 5 _local
# expect: Initialization arguments are not supported
