# inspect.getdoc finds what a method, property or class overrides; math.pow's domain and
# range errors; operator.methodcaller's repr and pickling; sys.flags; the output CPython 3.11 printed.
import inspect, math, operator, sys, pickle
class A:
    """Class A."""
    def f(self):
        """Base doc."""
    @property
    def p(self):
        """Prop doc."""
    @classmethod
    def c(cls):
        """Class method doc."""
class B(A):
    def f(self): pass
    @property
    def p(self): return 1
    @classmethod
    def c(cls): pass
class C(B):
    pass
print(inspect.getdoc(B.f), inspect.getdoc(B().f), inspect.getdoc(B.__dict__["p"]), inspect.getdoc(B.c), inspect.getdoc(C), inspect.getdoc(C().f))
def local():
    class L(A):
        def f(self): pass
    return L
print(inspect.getdoc(local().f), inspect.getdoc(local()().f), inspect.getdoc(object()) is None or True)
for a, b in [(0, -1), (0.0, -2.5), (-0.0, -1), (0, 0), (float('inf'), -1), (-8, 1/3), (2, 1e400), (1e308, 2), (2, 0.5), (-2, 3), (1, float('nan')), (float('nan'), 0)]:
    try:
        print(a, b, math.pow(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
mc = operator.methodcaller("split", ",", maxsplit=1)
print(mc, operator.methodcaller("upper"), mc("a,b,c"), pickle.loads(pickle.dumps(operator.methodcaller("replace", "a", "b")))("aaa"))
import os
print([x for i, x in enumerate(sys.flags) if i != 4], sys.flags.dont_write_bytecode == (1 if os.environ.get("PYTHONDONTWRITEBYTECODE") else 0), repr(sys.flags).startswith("sys.flags(debug=0, inspect=0,"), len(sys.flags), sys.flags.optimize, sys.flags.dev_mode, sys.flags[0], type(sys.flags).__name__)
# expect: Base doc. Base doc. Prop doc. Class method doc. Class A. Base doc.
# expect: None Base doc. True
# expect: 0 -1 ValueError math domain error
# expect: 0.0 -2.5 ValueError math domain error
# expect: -0.0 -1 ValueError math domain error
# expect: 0 0 1.0
# expect: inf -1 0.0
# expect: -8 0.3333333333333333 ValueError math domain error
# expect: 2 inf inf
# expect: 1e+308 2 OverflowError math range error
# expect: 2 0.5 1.4142135623730951
# expect: -2 3 -8.0
# expect: 1 nan 1.0
# expect: nan 0 1.0
# expect: operator.methodcaller('split', ',', maxsplit=1) operator.methodcaller('upper') ['a', 'b,c'] bbb
# expect: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1] True True 18 0 False 0 flags
