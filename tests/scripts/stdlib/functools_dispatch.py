# functools.singledispatch (register by class or by annotation, stacked, dispatch through the
# MRO), singledispatchmethod and partialmethod.
from functools import singledispatch, singledispatchmethod, partialmethod

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}"

@describe.register(str)
@describe.register(bytes)
def _(x):
    return f"text {x!r}"

print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(b"b"), describe(2.5), describe(None))
print(describe.dispatch(bool).__name__, describe.__name__, sorted(k.__name__ for k in describe.registry))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register
    def _(self, arg: float):
        return f"float:{arg:.1f}"
    def greet(self, greeting, name):
        return f"{greeting}, {name}"
    hello = partialmethod(greet, "hello")

f = Formatter()
print(f.fmt(3), f.fmt(2.25), f.fmt("x"), f.hello("bob"))
try:
    describe()
except TypeError as e:
    print(e)
# expect: int 1 int True list of 2 text 's' text b'b' object 2.5 object None
# expect: _ describe ['bytes', 'int', 'list', 'object', 'str']
# expect: int:3 float:2.2 generic hello, bob
# expect: describe requires at least 1 positional argument
