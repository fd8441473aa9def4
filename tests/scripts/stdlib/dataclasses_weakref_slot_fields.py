# dataclasses: weakref_slot=True, fields' metadata as read-only mappingproxies, Field's repr
# with the MISSING sentinel an instance of _MISSING_TYPE, and the _FIELD markers.
import dataclasses
import re
import weakref
from dataclasses import dataclass, field, fields, MISSING, KW_ONLY


def noaddr(s):
    return re.sub(r' at 0x[0-9a-fA-F]+', ' at 0x...', s)


@dataclass(slots=True, weakref_slot=True)
class P:
    a: int


print(P.__slots__)
p = P(1)
r = weakref.ref(p)
print(r() is p, p)
try:
    @dataclass(weakref_slot=True)
    class Q:
        a: int
except TypeError as e:
    print(e)


@dataclass(slots=True)
class R:
    a: int


print(R.__slots__, hasattr(R(1), '__weakref__'))


@dataclass(slots=True, weakref_slot=True)
class S(P):
    b: int = 0


print(S.__slots__, S(1, 2))
try:
    @dataclass(slots=True)
    class T:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)


@dataclass
class M:
    a: int
    b: str = field(default='x', metadata={'unit': 'm'})
    c: list = field(default_factory=list, repr=False)
    _: KW_ONLY
    d: int = 3


f = fields(M)
print(type(f[0].metadata).__name__, f[0].metadata, f[1].metadata, f[1].metadata['unit'])
try:
    f[1].metadata['x'] = 1
except TypeError as e:
    print(e)
print(fields(M)[0].metadata is fields(R)[0].metadata)
for x in f:
    print(noaddr(repr(x)))
print(noaddr(repr(MISSING)), type(MISSING).__name__, noaddr(repr(KW_ONLY)), type(KW_ONLY).__name__)
print(dataclasses._FIELD, dataclasses._FIELD_CLASSVAR, dataclasses._FIELD_INITVAR)
print(repr(dataclasses._FIELD), f[0]._field_type is dataclasses._FIELD)
print(noaddr(repr(field(default=1))))
print(dataclasses.Field.__slots__)
print(M(1), M(1, 'y', [1], d=4) == M(1, 'y', [2], d=4))

# expect: ('a', '__weakref__')
# expect: True P(a=1)
# expect: weakref_slot is True but slots is False
# expect: ('a',) False
# expect: ('b',) S(a=1, b=2)
# expect: T already specifies __slots__
# expect: mappingproxy {} {'unit': 'm'} m
# expect: 'mappingproxy' object does not support item assignment
# expect: True
# expect: Field(name='a',type=<class 'int'>,default=<dataclasses._MISSING_TYPE object at 0x...>,default_factory=<dataclasses._MISSING_TYPE object at 0x...>,init=True,repr=True,hash=None,compare=True,metadata=mappingproxy({}),kw_only=False,_field_type=_FIELD)
# expect: Field(name='b',type=<class 'str'>,default='x',default_factory=<dataclasses._MISSING_TYPE object at 0x...>,init=True,repr=True,hash=None,compare=True,metadata=mappingproxy({'unit': 'm'}),kw_only=False,_field_type=_FIELD)
# expect: Field(name='c',type=<class 'list'>,default=<dataclasses._MISSING_TYPE object at 0x...>,default_factory=<class 'list'>,init=True,repr=False,hash=None,compare=True,metadata=mappingproxy({}),kw_only=False,_field_type=_FIELD)
# expect: Field(name='d',type=<class 'int'>,default=3,default_factory=<dataclasses._MISSING_TYPE object at 0x...>,init=True,repr=True,hash=None,compare=True,metadata=mappingproxy({}),kw_only=True,_field_type=_FIELD)
# expect: <dataclasses._MISSING_TYPE object at 0x...> _MISSING_TYPE <dataclasses._KW_ONLY_TYPE object at 0x...> _KW_ONLY_TYPE
# expect: _FIELD _FIELD_CLASSVAR _FIELD_INITVAR
# expect: _FIELD True
# expect: Field(name=None,type=None,default=1,default_factory=<dataclasses._MISSING_TYPE object at 0x...>,init=True,repr=True,hash=None,compare=True,metadata=mappingproxy({}),kw_only=<dataclasses._MISSING_TYPE object at 0x...>,_field_type=None)
# expect: ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata', 'kw_only', '_field_type')
# expect: M(a=1, b='x', d=3) False
