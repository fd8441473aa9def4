# A store, delete or unpack that fails is marked under its target, and a failed assert
# under its condition, as CPython 3.11 marks them (nothing under a target that is the
# whole line).
import linecache
import traceback


class Slotted:
    __slots__ = ()


def show(source):
    # The source is registered with linecache, as a file's would be, so the traceback
    # module shows its lines.
    linecache.cache["<case>"] = (len(source), None, (source + "\n").splitlines(True), "<case>")
    try:
        exec(compile(source + "\n", "<case>", "exec"), {"Slotted": Slotted})
    except Exception:
        lines = traceback.format_exc().splitlines()
        for line in lines[-3:]:
            print(line.rstrip())


show("a, b = [1]")
show("x = None\nx.y = 1")
show("t = (1, 2)\nt[0] = 5")
show("d = {}\ndel d['x']")
show("for k, v in {'a': 1}:\n    pass")
show("assert 1 == 2, 'm'")
show("x = None\ndel x.y")
show("s = Slotted()\ns.b, c = 1, 2")
show("a, *b, c = [1]")
show("lst = [1]\nlst[5] = 0")
show("[p, q] = 1")
show("o = None\no.a.b = 1")
show("x = 5\nx.y")

# expect:     a, b = [1]
# expect:     ^^^^
# expect: ValueError: not enough values to unpack (expected 2, got 1)
# expect:     x.y = 1
# expect:     ^^^
# expect: AttributeError: 'NoneType' object has no attribute 'y'
# expect:     t[0] = 5
# expect:     ~^^^
# expect: TypeError: 'tuple' object does not support item assignment
# expect:     del d['x']
# expect:         ~^^^^^
# expect: KeyError: 'x'
# expect:     for k, v in {'a': 1}:
# expect:         ^^^^
# expect: ValueError: not enough values to unpack (expected 2, got 1)
# expect:     assert 1 == 2, 'm'
# expect:            ^^^^^^
# expect: AssertionError: m
# expect:     del x.y
# expect:         ^^^
# expect: AttributeError: 'NoneType' object has no attribute 'y'
# expect:     s.b, c = 1, 2
# expect:     ^^^
# expect: AttributeError: 'Slotted' object has no attribute 'b'
# expect:     a, *b, c = [1]
# expect:     ^^^^^^^^
# expect: ValueError: not enough values to unpack (expected at least 2, got 1)
# expect:     lst[5] = 0
# expect:     ~~~^^^
# expect: IndexError: list assignment index out of range
# expect:     [p, q] = 1
# expect:     ^^^^^^
# expect: TypeError: cannot unpack non-iterable int object
# expect:     o.a.b = 1
# expect:     ^^^
# expect: AttributeError: 'NoneType' object has no attribute 'a'
# expect:   File "<case>", line 2, in <module>
# expect:     x.y
# expect: AttributeError: 'int' object has no attribute 'y'
