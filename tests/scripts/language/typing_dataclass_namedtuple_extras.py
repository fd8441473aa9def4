# runtime_checkable Protocols checked by structure, dataclass slots=True and KW_ONLY before
# an InitVar, named tuple docs/field errors/arity messages, aiter and anext.
from typing import Protocol, runtime_checkable, NamedTuple
from dataclasses import dataclass, KW_ONLY, InitVar, field
import asyncio
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class G: pass
print(isinstance(F(), Closable), isinstance(G(), Closable), issubclass(F, Closable))
@runtime_checkable
class HasX(Protocol):
    x: int
class X:
    def __init__(self): self.x = 1
print(isinstance(X(), HasX), isinstance(G(), HasX))
class NotRC(Protocol):
    def m(self): ...
try: isinstance(F(), NotRC)
except TypeError as e: print(e)
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try: s.c = 3
except AttributeError as e: print("AttributeError", e)
@dataclass
class C:
    x: int
    _: KW_ONLY
    y: int = 0
    s: InitVar[int] = 1
    def __post_init__(self, s): self.x *= s
print(C(1, y=2, s=3))
try: C(1, 2)
except TypeError as e: print(e)
P = NamedTuple("P", [("x", int), ("y", int)])
class Q(NamedTuple):
    x: int
    y: int = 0
print(P.__doc__, Q.__doc__, Q(1))
try: Q(1).x = 5
except AttributeError as e: print(e)
try: Q()
except TypeError as e: print(e)
async def agen():
    for i in range(3): yield i
async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it), await anext(it, "done"))
    try: await anext(it)
    except StopAsyncIteration: print("stop")
asyncio.run(main())
for bad in (lambda: aiter(1), lambda: anext(2)):
    try: bad()
    except TypeError as e: print(e)
import builtins; print(builtins.anext.__name__)

# expect: True False True
# expect: True False
# expect: Instance and class checks can only be used with @runtime_checkable protocols
# expect: S(a=1, b='x') ('a', 'b') False
# expect: AttributeError 'S' object has no attribute 'c'
# expect: C(x=3, y=2)
# expect: C.__init__() takes 2 positional arguments but 3 were given
# expect: P(x, y) Q(x, y) Q(x=1, y=0)
# expect: can't set attribute
# expect: Q.__new__() missing 1 required positional argument: 'x'
# expect: 0 1 2 done
# expect: stop
# expect: 'int' object is not an async iterable
# expect: 'int' object is not an async iterator
# expect: anext
