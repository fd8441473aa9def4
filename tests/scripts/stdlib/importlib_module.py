# importlib.import_module (absolute and relative), __import__ with keywords and a fromlist,
# and ImportError's name and path attributes as CPython fills them.
import importlib, sys
m = importlib.import_module("json")
print(m.dumps([1]), m is sys.modules["json"])
print(importlib.import_module(".decoder", "json").__name__)
print(__import__("os.path", fromlist=["join"]).__name__, __import__("os.path").__name__, __import__(name="math").__name__)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
try:
    import no_such_mod_q
except ImportError as e:
    print(type(e).__name__, e.name, e.path)
try:
    from json import no_such_name
except ImportError as e:
    print(e.name, e.path is not None)
# expect: [1] True
# expect: json.decoder
# expect: posixpath os math
# expect: No module named 'no_such_module_xyz' no_such_module_xyz
# expect: the 'package' argument is required to perform a relative import for '.x'
# expect: ModuleNotFoundError no_such_mod_q None
# expect: json True
