# inspect: signature (Parameter kinds, defaults, annotations, methods, classes, wrapped
# functions, partials), bind/bind_partial/apply_defaults, the is* predicates, getdoc/cleandoc,
# getmembers, getsource of methods and decorated functions, getfullargspec/getcallargs, frames.
import inspect, functools, asyncio

def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    """Adds things.

    In detail.
    """
    return a

async def co(x): pass
def gen(): yield 1
async def agen(): yield 1
class Shape:
    """A shape."""
    def __init__(self, sides: int, name: str = 'poly'):
        self.sides = sides
    def area(self) -> float:
        return 0.0
    @staticmethod
    def make(): pass
    @classmethod
    def unit(cls): pass
class Square(Shape):
    pass
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def wrapped(x, y=1): return x

sig = inspect.signature(f)
print(sig, repr(sig), sig.return_annotation)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, repr(p))
print(inspect.signature(Shape), inspect.signature(Shape.area), inspect.signature(Shape(3).area), inspect.signature(Square), inspect.signature(wrapped), inspect.signature(lambda x, *y: 0))
print(inspect.signature(functools.partial(f, 1, d=4)))
b = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(b, b.args, b.kwargs)
b2 = inspect.signature(Shape.__init__).bind_partial(None, 4)
b2.apply_defaults()
print(b2.arguments)
for bad in (lambda: sig.bind(), lambda: sig.bind(1, d=1, b=2), lambda: inspect.signature(Shape).bind(1, 2, 3), lambda: inspect.signature(Shape).bind(1, x=2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(Shape(1).area), inspect.isclass(Shape), inspect.ismodule(inspect), inspect.isroutine(len))
print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(gen), inspect.isasyncgenfunction(agen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(deco(co)))
c = co(1)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(1))
c.close()
print(inspect.getdoc(f), inspect.getdoc(Square), inspect.cleandoc('   a\n     b\n   c\n'))
print([n for n, v in inspect.getmembers(Shape, inspect.isfunction)], inspect.getmro(Square))
print(inspect.unwrap(wrapped) is not wrapped, inspect.getmodule(f).__name__, inspect.getfile(f).endswith('.py'))
print(inspect.getsource(Shape.area), end='')
print(inspect.getsourcelines(deco)[1], inspect.getsource(wrapped))
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, d=2))
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
def outer():
    return inspect.stack()[1].function, inspect.currentframe().f_back.f_code.co_name
print(outer())

# expect: (a, b=2, /, c=3, *args, d, e=5, **kw) -> int <Signature (a, b=2, /, c=3, *args, d, e=5, **kw) -> int> <class 'int'>
# expect: a POSITIONAL_ONLY positional-only True <Parameter "a">
# expect: b POSITIONAL_ONLY positional-only False <Parameter "b=2">
# expect: c POSITIONAL_OR_KEYWORD positional or keyword False <Parameter "c=3">
# expect: args VAR_POSITIONAL variadic positional True <Parameter "*args">
# expect: d KEYWORD_ONLY keyword-only True <Parameter "d">
# expect: e KEYWORD_ONLY keyword-only False <Parameter "e=5">
# expect: kw VAR_KEYWORD variadic keyword True <Parameter "**kw">
# expect: (sides: int, name: str = 'poly') (self) -> float () -> float (sides: int, name: str = 'poly') (x, y=1) (x, *y)
# expect: (b=2, /, c=3, *args, d=4, e=5, **kw) -> int
# expect: <BoundArguments (a=1, b=2, c=3, args=(4, 5), d=6, kw={'z': 7})> (1, 2, 3, 4, 5) {'d': 6, 'z': 7}
# expect: {'self': None, 'sides': 4, 'name': 'poly'}
# expect: TypeError missing a required argument: 'a'
# expect: TypeError 'b' parameter is positional only, but was passed as a keyword
# expect: TypeError too many positional arguments
# expect: TypeError got an unexpected keyword argument 'x'
# expect: True False True True True True True
# expect: True False True True True False
# expect: True True False
# expect: Adds things.
# expect: 
# expect: In detail. A shape. a
# expect:   b
# expect: c
# expect: ['__init__', 'area', 'make'] (<class '__main__.Square'>, <class '__main__.Shape'>, <class 'object'>)
# expect: True __main__ True
# expect:     def area(self) -> float:
# expect:         return 0.0
# expect: 28 @deco
# expect: def wrapped(x, y=1): return x
# expect: 
# expect: FullArgSpec(args=['a', 'b', 'c'], varargs='args', varkw='kw', defaults=(2, 3), kwonlyargs=['d', 'e'], kwonlydefaults={'e': 5}, annotations={'return': <class 'int'>})
# expect: {'a': 1, 'args': (), 'kw': {}, 'd': 2, 'b': 2, 'c': 3, 'e': 5}
# expect: <module> <module>
# expect: ('<module>', '<module>')
