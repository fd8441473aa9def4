# An OSError subclass with an __init__ of its own gets its args only from what that __init__
# passes to OSError.__init__ (none if it never calls it), as in CPython; posixpath is os.path.
class E(OSError):
    def __init__(self, a, b):
        self.x = a
e = E(1, 2)
print(e.args, e.x, e.errno, str(e))
class F(OSError):
    def __init__(self, *a):
        super().__init__(*a)
f = F(2, "gone", "f.txt")
print(f.args, f.errno, f.strerror, f.filename, str(f))
class G(OSError):
    pass
print(G(2, "x").args, G(2, "x").errno, type(OSError(2, "x")).__name__)
class V(ValueError):
    def __init__(self, a, b):
        self.x = a
print(V(1, 2).args)
import posixpath, os.path, sys
print(posixpath is os.path, posixpath.__name__, sys.modules["posixpath"] is os.path, posixpath.join("a", "b"))

# expect: () 1 None 
# expect: (2, 'gone') 2 gone f.txt [Errno 2] gone: 'f.txt'
# expect: (2, 'x') 2 FileNotFoundError
# expect: (1, 2)
# expect: True posixpath True a/b
