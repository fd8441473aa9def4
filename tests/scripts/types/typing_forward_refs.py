# get_type_hints evaluates string annotations (and ForwardRefs inside subscripted forms)
# in the right namespaces: a function's globals, a class's module and body, localns.
from __future__ import annotations
from dataclasses import dataclass, field
from typing import (Annotated, Callable, ClassVar, ForwardRef, Generic, List, Optional,
                    ParamSpec, Self, TypeVar, Union, get_type_hints)

P = ParamSpec('P')
R = TypeVar('R')
T = TypeVar('T')


def deco(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner


print(deco.__annotations__)
print(get_type_hints(deco))


def inner_hints():
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        pass
    return get_type_hints(inner)


print(inner_hints())


@dataclass
class Config:
    name: str
    retries: int = 3
    tags: list[str] = field(default_factory=list)
    registry: ClassVar[dict[str, int]] = {}
    limit: Optional[int] = None


print(Config('x'), get_type_hints(Config))


class Base:
    a: int
    b: List[Base]


class Child(Base):
    c: Optional[Child]
    d: Annotated[int, 'meta']
    e: Union[int, 'str']


print(get_type_hints(Child))
print(get_type_hints(Child, include_extras=True))


class Node(Generic[T]):
    value: T
    children: list[Node[T]]

    def add(self, child: Node[T]) -> Self:
        return self


print(get_type_hints(Node), get_type_hints(Node.add))


def bad(x: Undefined) -> None:
    pass


try:
    get_type_hints(bad)
except NameError as e:
    print('NameError:', e)


def local_class():
    class Local:
        pass

    def f(x: Local, y: List[Local]) -> None:
        pass
    try:
        get_type_hints(f)
    except NameError as e:
        print('NameError:', e)
    print(get_type_hints(f, localns={'Local': Local}))


local_class()
print(get_type_hints(Node.add, globalns={'Node': list, 'T': int, 'Self': Self}))

ref = ForwardRef('List[int]')
print(ref, ref.__forward_arg__, ref.__forward_evaluated__, ref == ForwardRef('List[int]'))
print(ref._evaluate(globals(), None, frozenset()), ref.__forward_evaluated__, ref.__forward_value__)
print(ForwardRef('int', module='builtins'), ForwardRef('int') | None, List['Child'], Optional['int'])
print(Union['A', 'B'] == Union['B', 'A'], hash(ForwardRef('x')) == hash(ForwardRef('x')))
for make in (lambda: ForwardRef(3), lambda: ForwardRef('x y')):
    try:
        make()
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__ + ':', e)

# expect: {'f': 'Callable[P, R]', 'return': 'Callable[P, R]'}
# expect: {'f': typing.Callable[~P, ~R], 'return': typing.Callable[~P, ~R]}
# expect: {'args': P.args, 'kwargs': P.kwargs, 'return': ~R}
# expect: Config(name='x', retries=3, tags=[], limit=None) {'name': <class 'str'>, 'retries': <class 'int'>, 'tags': list[str], 'registry': typing.ClassVar[dict[str, int]], 'limit': typing.Optional[int]}
# expect: {'a': <class 'int'>, 'b': typing.List[__main__.Base], 'c': typing.Optional[__main__.Child], 'd': <class 'int'>, 'e': typing.Union[int, str]}
# expect: {'a': <class 'int'>, 'b': typing.List[__main__.Base], 'c': typing.Optional[__main__.Child], 'd': typing.Annotated[int, 'meta'], 'e': typing.Union[int, str]}
# expect: {'value': ~T, 'children': list[__main__.Node[~T]]} {'child': __main__.Node[~T], 'return': typing.Self}
# expect: NameError: name 'Undefined' is not defined
# expect: NameError: name 'Local' is not defined
# expect: {'x': <class '__main__.local_class.<locals>.Local'>, 'y': typing.List[__main__.local_class.<locals>.Local], 'return': <class 'NoneType'>}
# expect: {'child': list[int], 'return': typing.Self}
# expect: ForwardRef('List[int]') List[int] False True
# expect: typing.List[int] True typing.List[int]
# expect: ForwardRef('int', module='builtins') typing.Optional[ForwardRef('int')] typing.List[ForwardRef('Child')] typing.Optional[ForwardRef('int')]
# expect: True True
# expect: TypeError: Forward reference must be a string -- got 3
# expect: SyntaxError: Forward reference must be an expression -- got 'x y'
