# Packages: a package written to disk at run time and found through sys.path, relative
# imports (from . import x, from .mod import y, from .. import z), from package import
# submodule, import a.b.c as d, __package__; os.makedirs/rmdir/remove; the output CPython
# 3.11 printed.
import os, sys
root = os.path.join("/tmp", "minipy_relimport_%d" % os.getpid())
pkg = os.path.join(root, "shapes")
os.makedirs(os.path.join(pkg, "sub"), exist_ok=True)
files = {
    "__init__.py": "from .circle import Circle\nfrom . import square\nNAME = 'shapes'\n",
    "circle.py": "from .base import Shape\nclass Circle(Shape):\n    def area(self): return 3 * self.size ** 2\n",
    "base.py": "class Shape:\n    def __init__(self, size): self.size = size\n",
    "square.py": "from .base import Shape\ndef make(n): return Shape(n)\n",
    "sub/__init__.py": "",
    "sub/deep.py": "from ..circle import Circle\nfrom .. import NAME\nfrom . import helper\nVALUE = (NAME, Circle(2).area(), helper.X, __package__, __name__)\n",
    "sub/helper.py": "X = 42\n",
}
for name, text in files.items():
    with open(os.path.join(pkg, name), "w") as f:
        f.write(text)
sys.path.insert(0, root)
import shapes
from shapes.sub import deep
import shapes.sub.helper as h
print(shapes.NAME, shapes.Circle(1).area(), shapes.square.make(3).size, deep.VALUE, h.X)
print(shapes.__package__, shapes.sub.__package__, shapes.circle.__package__, shapes.__name__)
from shapes import base
print(base.Shape.__module__)
try:
    exec("from . import nothing")
except ImportError as e:
    print("ImportError:", e)
for name in sorted(files, reverse=True):
    os.remove(os.path.join(pkg, name))
os.rmdir(os.path.join(pkg, "sub")); os.rmdir(pkg); os.rmdir(root)
# expect: shapes 3 3 ('shapes', 12, 42, 'shapes.sub', 'shapes.sub.deep') 42
# expect: shapes shapes.sub shapes shapes
# expect: shapes.base
# expect: ImportError: attempted relative import with no known parent package
