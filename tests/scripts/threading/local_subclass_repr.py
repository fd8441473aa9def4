# A class derived from threading.local with its own __repr__ and __str__: each thread's
# instance reprs with that thread's attributes; a plain local keeps _thread._local's repr.
import threading
class Local(threading.local):
    def __init__(self, v=0):
        self.v = v
    def __repr__(self):
        return f"Local(v={self.v})"
    def bump(self):
        self.v += 1
        return self.v
class Named(threading.local):
    def __str__(self):
        return "named local"
loc = Local(5)
print(repr(loc), loc.bump(), str(loc), f"{loc}", [loc])
out = []
t = threading.Thread(target=lambda: out.append((repr(loc), loc.bump(), str(loc))))
t.start(); t.join(); print(out, loc.v)
n = Named()
print(str(n), repr(n).startswith("<__main__.Named object at 0x"), "%s" % n)
plain = threading.local()
print(repr(plain).startswith("<_thread._local object at 0x"))

# expect: Local(v=5) 6 Local(v=6) Local(v=6) [Local(v=6)]
# expect: [('Local(v=5)', 6, 'Local(v=6)')] 6
# expect: named local True named local
# expect: True
