# "Did you mean" hints in the default exception display (sys.excepthook, threading's hook, an
# uncaught exception), from AttributeError's name and obj and NameError's name; none in the
# traceback module's text (as in CPython 3.11). The attributes and their keyword arguments.
import io, sys, math, threading, traceback
try: [].appendd
except AttributeError as e: print(repr(e.name), type(e.obj).__name__, e.args)
try: undefined_x
except NameError as e: print(repr(e.name), e.args)
e = AttributeError("m", name="n", obj=3); print(e.name, e.obj, AttributeError().name, AttributeError("x").obj, NameError().name)
e = NameError("m", name="q"); print(e.name, ImportError("m", name="mod", path="/p").path, ImportError().name)
for make in (lambda: AttributeError('m', foo=1), lambda: NameError('m', obj=1), lambda: Exception(x=1)):
    try: make()
    except TypeError as e: print(e)
try: math.sqr
except AttributeError as e: print(e.name, e.obj is math)
class C:
    def __init__(self): self.value = 1
def last_line_shown(f):
    try: f()
    except Exception as e:
        saved, sys.stderr = sys.stderr, io.StringIO()
        try: sys.excepthook(type(e), e, e.__traceback__)
        finally: shown, sys.stderr = sys.stderr.getvalue(), saved
        print(shown.splitlines()[-1])
counter = 1
def local_typo():
    total = 0
    return totl
last_line_shown(lambda: C().valeu)
last_line_shown(lambda: prnt("x"))
last_line_shown(lambda: countr)
last_line_shown(lambda: math.sqr(2))
last_line_shown(local_typo)
last_line_shown(lambda: [].appendd)
last_line_shown(lambda: C().zzzzzzzzzz)
last_line_shown(lambda: C.Value)
last_line_shown(lambda: Counter)
try: C().valeu
except AttributeError: print(traceback.format_exc().splitlines()[-1])
class Own(AttributeError): pass
print(Own("x", name="y").name)

# expect: 'appendd' list ("'list' object has no attribute 'appendd'",)
# expect: 'undefined_x' ("name 'undefined_x' is not defined",)
# expect: n 3 None None None
# expect: q /p None
# expect: 'foo' is an invalid keyword argument for AttributeError()
# expect: 'obj' is an invalid keyword argument for NameError()
# expect: Exception() takes no keyword arguments
# expect: sqr True
# expect: AttributeError: 'C' object has no attribute 'valeu'. Did you mean: 'value'?
# expect: NameError: name 'prnt' is not defined. Did you mean: 'print'?
# expect: NameError: name 'countr' is not defined. Did you mean: 'counter'?
# expect: AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?
# expect: NameError: name 'totl' is not defined. Did you mean: 'total'?
# expect: AttributeError: 'list' object has no attribute 'appendd'. Did you mean: 'append'?
# expect: AttributeError: 'C' object has no attribute 'zzzzzzzzzz'
# expect: AttributeError: type object 'C' has no attribute 'Value'
# expect: NameError: name 'Counter' is not defined. Did you mean: 'counter'?
# expect: AttributeError: 'C' object has no attribute 'valeu'
# expect: y
