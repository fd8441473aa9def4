# Tracebacks mark a failed `del name` under the name and a failed starred unpack under its
# targets, as CPython 3.11 marks them.
import os
import tempfile
import traceback

folder = tempfile.mkdtemp()


def show(source):
    path = os.path.join(folder, "snippet.py")
    with open(path, "w") as f:
        f.write(source)
    import linecache
    linecache.checkcache(path)
    try:
        exec(compile(source, path, "exec"), {})
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(line.replace(path, "snippet.py") for line in lines[-3:]))


show("x = 1\ndel x\ndel x\n")
show("def f():\n    y = 1\n    del y\n    del y\nf()\n")
show("a, *b = 1\n")
show("*a, b = 1\n")
show("first, *rest = None\n")
show("a, *b, c = [1]\n")
show("del (p, q)\n")
os.remove(os.path.join(folder, "snippet.py"))
os.rmdir(folder)

# expect:     del x
# expect:         ^
# expect: NameError: name 'x' is not defined
# expect:     del y
# expect:         ^
# expect: UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
# expect:     a, *b = 1
# expect:     ^^^^^
# expect: TypeError: cannot unpack non-iterable int object
# expect:     *a, b = 1
# expect:     ^^^^^
# expect: TypeError: cannot unpack non-iterable int object
# expect:     first, *rest = None
# expect:     ^^^^^^^^^^^^
# expect: TypeError: cannot unpack non-iterable NoneType object
# expect:     a, *b, c = [1]
# expect:     ^^^^^^^^
# expect: ValueError: not enough values to unpack (expected at least 2, got 1)
# expect:     del (p, q)
# expect:          ^
# expect: NameError: name 'p' is not defined
