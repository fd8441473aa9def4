import traceback
try:
    raise SyntaxError("bad thing", ("f.py", 3, 5, "x = = 1\n", 3, 6))
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    compile("a b", "m.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(repr(e))
class E(SyntaxError):
    def __init__(self): pass
print(E().msg, str(E()))
print(repr(str(SyntaxError())), SyntaxError("m").msg, SyntaxError("m").lineno)
for info in [("a/b/c.py", 1, 2, "t"), (None, 4, 2, "t", 1, 3), ("x.py", None, 1, None)]:
    e = SyntaxError("m", info)
    print(str(e), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for bad in [(1, 2), (1, 2, 3, 4, 5, 6, 7), 5]:
    try:
        SyntaxError("m", bad)
    except TypeError as e:
        print("TypeError", e)

# expect:   File "f.py", line 3
# expect:     x = = 1
# expect:         ^
# expect: SyntaxError: bad thing
# expect:   File "m.py", line 1
# expect:     a b
# expect:       ^
# expect: SyntaxError: invalid syntax
# expect: SyntaxError('invalid syntax', ('m.py', 1, 3, 'a b\n', 1, 4))
# expect: None None
# expect: 'None' m None
# expect: m (c.py, line 1) a/b/c.py 1 2 't' None None
# expect: m (line 4) None 4 2 't' 1 3
# expect: m (x.py) x.py None 1 None None None
# expect: TypeError function takes at least 4 arguments (2 given)
# expect: TypeError function takes at most 6 arguments (7 given)
# expect: TypeError 'int' object is not iterable
