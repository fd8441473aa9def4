# importlib.util (spec_from_file_location, module_from_spec, exec_module, find_spec,
# resolve_name), importlib.machinery and runpy (run_path, run_module); the output CPython
# 3.11 printed.
import importlib.util, importlib.machinery, runpy, os, sys, tempfile
base = tempfile.mkdtemp()
plugin = os.path.join(base, "plugin_mod.py")
with open(plugin, "w") as f:
    f.write("NAME = 'plugin'\ndef hello(who):\n    return 'hello ' + who\nprint('loading', __name__)\n")
spec = importlib.util.spec_from_file_location("my_plugin", plugin)
print(spec.name, spec.origin == plugin, type(spec.loader).__name__, spec.parent == "", spec.submodule_search_locations)
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__file__ == plugin, "my_plugin" in sys.modules)
spec.loader.exec_module(module)
print(module.NAME, module.hello("world"), module.__spec__ is spec, module.__loader__ is spec.loader)
os.makedirs(os.path.join(base, "pkgx", "sub"))
with open(os.path.join(base, "pkgx", "__init__.py"), "w") as f:
    f.write("VALUE = 1\n")
with open(os.path.join(base, "pkgx", "leaf.py"), "w") as f:
    f.write("print('leaf ran as', __name__)\nRESULT = 42\n")
with open(os.path.join(base, "pkgx", "__main__.py"), "w") as f:
    f.write("print('package main as', __name__)\n")
sys.path.insert(0, base)
s = importlib.util.find_spec("pkgx")
print(s.name, s.submodule_search_locations == [os.path.join(base, "pkgx")], s.origin == os.path.join(base, "pkgx", "__init__.py"))
s2 = importlib.util.find_spec("pkgx.leaf")
print(s2.name, s2.origin == os.path.join(base, "pkgx", "leaf.py"), s2.parent, "pkgx.leaf" in sys.modules, "pkgx" in sys.modules)
print(importlib.util.find_spec("no_such_module_here"), importlib.util.find_spec("json").name, importlib.util.find_spec("sys").name)
print(importlib.util.resolve_name(".leaf", "pkgx"), importlib.util.resolve_name("..a", "p.q"), importlib.util.resolve_name("abs", None))
g = runpy.run_module("pkgx.leaf")
print(g["RESULT"], g["__name__"], "pkgx.leaf" in sys.modules)
g = runpy.run_module("pkgx.leaf", run_name="__main__")
print(g["__name__"])
runpy.run_module("pkgx", run_name="__main__")
script = os.path.join(base, "script.py")
with open(script, "w") as f:
    f.write("import sys\nx = 10\nif __name__ == '__main__':\n    print('script main')\nprint('name', __name__, __file__ == %r)\n" % script)
g = runpy.run_path(script)
print(g["x"], g["__name__"])
g = runpy.run_path(script, init_globals={"y": 5}, run_name="__main__")
print(g["y"], g["__name__"])
try:
    runpy.run_module("no_such_module_here")
except ImportError as e:
    print("ImportError:", e)
print(importlib.machinery.SOURCE_SUFFIXES, ".py" in importlib.machinery.all_suffixes())
try:
    importlib.util.resolve_name(".x", None)
except ImportError as e:
    print("ImportError:", e)
# expect: my_plugin True SourceFileLoader True None
# expect: my_plugin True False
# expect: loading my_plugin
# expect: plugin hello world True True
# expect: pkgx True True
# expect: pkgx.leaf True pkgx False True
# expect: None json sys
# expect: pkgx.leaf p.a abs
# expect: leaf ran as pkgx.leaf
# expect: 42 pkgx.leaf False
# expect: leaf ran as __main__
# expect: __main__
# expect: package main as __main__
# expect: name <run_path> True
# expect: 10 <run_path>
# expect: script main
# expect: name __main__ True
# expect: 5 __main__
# expect: ImportError: No module named no_such_module_here
# expect: ['.py'] True
# expect: ImportError: no package specified for '.x' (required for relative module names)
