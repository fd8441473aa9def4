# A module-level __getattr__ (PEP 562) answers the names a module lacks, for attribute
# access, getattr/hasattr and from-imports; collections.abc is loaded that way.
import sys, tempfile, os
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "lazy_mod.py"), "w") as f:
        f.write("def __getattr__(name):\n"
                "    if name.startswith('auto_'):\n"
                "        return name[5:].upper()\n"
                "    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')\n"
                "present = 1\n")
    sys.path.insert(0, d)
    try:
        import lazy_mod
        print(lazy_mod.present, lazy_mod.auto_tea, getattr(lazy_mod, 'missing', 'default'))
        from lazy_mod import auto_x
        print(auto_x, hasattr(lazy_mod, 'auto_'), hasattr(lazy_mod, 'nope'))
        try:
            lazy_mod.nope
        except AttributeError as e:
            print(e)
        try:
            from lazy_mod import nope
        except ImportError as e:
            print(type(e).__name__, str(e).split(' (')[0])
    finally:
        sys.path.remove(d)
        del sys.modules['lazy_mod']
import collections
print(collections.abc.Iterable)

# expect: 1 TEA default
# expect: X True False
# expect: module 'lazy_mod' has no attribute 'nope'
# expect: ImportError cannot import name 'nope' from 'lazy_mod'
# expect: <class 'collections.abc.Iterable'>
