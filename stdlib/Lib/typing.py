"""typing: the names programs
import for type hints.

MiniPy does not check types, as CPython does not at run time. These objects exist so that
annotations evaluate, can be subscripted (List[int], Optional[str], Callable[[int], str]),
print as CPython prints them, and can be used where programs use them at run time: Generic
and Protocol as bases, TypeVar, cast, NamedTuple and TypedDict class syntax, overload,
get_type_hints.
"""

import abc as _abc
import collections
import sys

_UnionType = type(int | str)  # types.UnionType, what `X | Y` makes

__all__ = ['Required', 'NotRequired', 'TypeGuard', 'Concatenate', 'Unpack', 'is_typeddict', 'assert_never', 'assert_type', 'reveal_type', 'dataclass_transform', 'Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString',
           'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
           'Coroutine', 'Collection', 'AsyncGenerator', 'Reversible', 'SupportsInt',
           'SupportsFloat', 'SupportsIndex', 'SupportsAbs', 'Counter', 'Deque', 'Dict',
           'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
           'TypedDict', 'Generator', 'AnyStr', 'cast', 'get_type_hints', 'NewType',
           'no_type_check', 'overload', 'NoReturn', 'Text', 'TYPE_CHECKING', 'Annotated',
           'TypeAlias', 'Self', 'LiteralString', 'Never', 'final', 'runtime_checkable',
           'get_origin', 'get_args', 'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


class _Final:
    """Typing objects are never subclassed by programs."""


class _SpecialForm(_Final):
    def __init__(self, name, subscript=None):
        self._name = name
        self._subscript = subscript

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._subscript is not None:
            return self._subscript(self, params)
        return _GenericAlias(self, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)


class _GenericAlias(_Final):
    """X[args]: remembers its origin and arguments."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Optional':
            return 'typing.Optional[%s]' % _type_repr(self.__args__[0])
        if self._name == 'Callable' and self.__args__:
            # the parameters and then the result, flattened as CPython keeps them
            params, result = self.__args__[:-1], self.__args__[-1]
            if params == (...,):
                return 'typing.Callable[..., %s]' % _type_repr(result)
            return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in params), _type_repr(result))
        name = ('typing.' + self._name) if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return name + '[()]'
        return '%s[%s]' % (name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if self.__origin__ is Union:
            # A union equals another with the same members in any order, `int | None` too.
            if isinstance(other, _UnionType) or isinstance(other, _GenericAlias) and other.__origin__ is Union:
                return set(self.__args__) == set(other.__args__)
            return NotImplemented
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError('Cannot instantiate %r' % self)
        return origin(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            if origin is Generic or origin is Protocol:
                for b in bases:
                    if b is not self and isinstance(b, type) and issubclass(b, Generic):
                        return ()
            return (origin,)
        return ()

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _Alias(_Final):
    """List, Dict, ...: stand for a built-in or collections class; subscripting gives an alias."""

    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        if isinstance(p, _GenericAlias) and p.__origin__ is Union or isinstance(p, _UnionType):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        alias = _GenericAlias(form, tuple(flat), 'Optional')
        alias.__args__ = tuple(flat)
        alias._optional_of = other
        return alias
    return _GenericAlias(form, tuple(flat), 'Union')


def _optional(form, param):
    return Union[param, None]


def _callable(form, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    args, result = params
    args = (...,) if args is ... else tuple(args)
    return _GenericAlias(collections.abc.Callable if hasattr(collections, 'abc') else callable,
                         args + (result,), 'Callable')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
TypeGuard = _SpecialForm('TypeGuard')
Concatenate = _SpecialForm('Concatenate')
Unpack = _SpecialForm('Unpack')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Callable = _SpecialForm('Callable', _callable)
Type = _Alias(type, 'Type')

List = _Alias(list, 'List')
Dict = _Alias(dict, 'Dict')
Set = _Alias(set, 'Set')
FrozenSet = _Alias(frozenset, 'FrozenSet')
Tuple = _Alias(tuple, 'Tuple')
Deque = _Alias(collections.deque, 'Deque')
DefaultDict = _Alias(collections.defaultdict, 'DefaultDict')
OrderedDict = _Alias(collections.OrderedDict, 'OrderedDict')
Counter = _Alias(collections.Counter, 'Counter')
ChainMap = _Alias(collections.ChainMap, 'ChainMap')
Text = str

# The abstract collection types stand for collections.abc's classes: subscripting gives
# an alias, and isinstance()/issubclass() ask the ABC.
import collections.abc
for _name in ('Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping',
              'MutableMapping', 'MutableSet', 'Collection', 'Container', 'Hashable', 'Sized',
              'Reversible', 'ItemsView', 'KeysView', 'ValuesView', 'MappingView', 'Awaitable',
              'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'ByteString'):
    globals()[_name] = _Alias(getattr(collections.abc, _name), _name)
AbstractSet = _Alias(collections.abc.Set, 'AbstractSet')
# The protocols and I/O types: subscriptable names (isinstance checks are not offered).
for _name in ('SupportsInt', 'SupportsFloat', 'SupportsIndex', 'SupportsAbs', 'SupportsRound',
              'SupportsBytes', 'SupportsComplex', 'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match',
              'ContextManager', 'AsyncContextManager'):
    globals()[_name] = _SpecialForm(_name)
del _name


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    pass


class Generic:
    """A base for classes that take type parameters: class Stack(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params if isinstance(params, tuple) else (params,))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # The type variables of its bases as written, in order: Generic[T, U] names them
        # all; otherwise those of the other parameterised bases (Base[T]).
        parameters = []
        explicit = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                explicit = [a for a in base.__args__ if isinstance(a, TypeVar)]
            elif isinstance(base, _GenericAlias):
                for a in base.__args__:
                    if isinstance(a, TypeVar) and a not in parameters:
                        parameters.append(a)
        cls.__parameters__ = tuple(explicit if explicit is not None else parameters)


_PROTOCOL_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__qualname__', '__match_args__', '__init_subclass__',
})


def _protocol_attrs(cls):
    """The names a protocol class asks for: its (and its protocol bases') methods,
    attributes and annotated names."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for name in names:
            if not name.startswith('_abc_') and name not in _PROTOCOL_SPECIAL_NAMES:
                attrs.add(name)
    return attrs


class _ProtocolMeta(_abc.ABCMeta):
    """Structural checks: isinstance(x, P) for a @runtime_checkable protocol P holds when x
    has every attribute P names (its methods not None); issubclass does the same for a
    class, for protocols of methods only."""

    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if cls in type(instance).__mro__:
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            attrs = _protocol_attrs(cls)
            if any(not callable(getattr(cls, attr, None)) for attr in attrs):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if cls in other.__mro__:
                return True
            for attr in attrs:
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """A base for structural types: a class with the methods (and attributes) a protocol
    names is taken as one by isinstance once the protocol is @runtime_checkable."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A protocol is a class that lists Protocol among its own bases (or derives only
        # from protocols); a class implementing one is not.
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol or (b.__dict__.get('_is_protocol', False) and b is not Generic)
                                   for b in cls.__bases__) and all(
                                   b is Protocol or b is Generic or b is object or b.__dict__.get('_is_protocol', False)
                                   for b in cls.__bases__)


def runtime_checkable(cls):
    """Lets isinstance and issubclass check a protocol class structurally."""
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def final(f):
    """@final: marks a method or class as not to be overridden, for type checkers; at run
    time it only sets f.__final__ (where f takes attributes)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. A series of @overload-decorated '
            'functions outside a stub module should always be followed by an implementation '
            'that is not @overload-ed.')
    return _overload_dummy


def no_type_check(arg):
    return arg


class NewType:
    """A distinct name for a type, for checkers: calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{self.__name__} = NewType({self.__name__!r}, {self.__name__})`")


_BuiltinAlias = type(list[int])
_BuiltinUnion = type(int | str)


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _Alias, _BuiltinAlias)):
        return tp.__origin__
    if isinstance(tp, _BuiltinUnion):
        return _BuiltinUnion
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, (_GenericAlias, _BuiltinAlias, _BuiltinUnion)):
        args = tp.__args__
        if getattr(tp, '_name', None) == 'Callable' and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
    else:
        hints.update(getattr(obj, '__annotations__', {}))
    result = {}
    module_globals = globalns
    if module_globals is None:
        module = sys.modules.get(getattr(obj, '__module__', None))
        module_globals = module.__dict__ if module is not None else {}
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = eval(value, module_globals, localns)
        result[name] = value
    return result


class _NamedTupleMeta(type):
    def __new__(mcs, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcs, typename, bases, ns)
        annotations = ns.get('__annotations__', {})
        field_names = list(annotations)
        defaults = [ns[n] for n in field_names if n in ns]
        cls = collections.namedtuple(typename, field_names, defaults=defaults or None)
        cls.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '__slots__') or key in field_names:
                continue
            setattr(cls, key, value)
        cls.__module__ = ns.get('__module__', cls.__module__)
        return cls


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True

    def __new__(cls, typename, fields=None, **kwargs):
        fields = list(fields or kwargs.items())
        nt = collections.namedtuple(typename, [n for n, t in fields])
        nt.__annotations__ = dict(fields)
        return nt


class _TypedDictMeta(type):
    def __new__(mcs, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(mcs, name, bases, ns)
        annotations = {}
        required, optional = set(), set()
        for b in bases:
            annotations.update(getattr(b, '__annotations__', {}))
            required.update(getattr(b, '__required_keys__', ()))
            optional.update(getattr(b, '__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        # the keys this class declares are required or not as its total= says
        (required if total else optional).update(own)
        tp = super().__new__(mcs, name, (), {'__annotations__': annotations,
                                             '__total__': total,
                                             '__required_keys__': frozenset(required),
                                             '__optional_keys__': frozenset(optional),
                                             '__module__': ns.get('__module__')})
        return tp

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_root', False):
            # The functional syntax: TypedDict('Movie', {'name': str, 'year': int}, total=False).
            if len(args) != 2 or not isinstance(args[1], dict):
                raise TypeError('TypedDict takes a name and a dict of fields')
            typename, fields = args
            try:
                module = sys._getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                module = '__main__'
            return _TypedDictMeta(typename, (), {'__annotations__': dict(fields), '__module__': module},
                                  total=kwargs.get('total', True))
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


def assert_never(arg, /):
    """Raises: code the type checker should find unreachable was reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    """For a type checker; returns val unchanged at run time."""
    return val


def reveal_type(obj, /):
    """Prints obj's run-time type on stderr, as CPython does; returns obj."""
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, class or metaclass as making dataclass-like classes (for type
    checkers); records its arguments in __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator
