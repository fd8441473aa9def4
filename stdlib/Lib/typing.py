"""typing: the names programs import for type hints.

MiniPy does not check types, as CPython does not at run time. These objects exist so that
annotations evaluate, can be subscripted (List[int], Optional[str], Callable[P, R]), print as
CPython prints them, substitute their type variables (Dict[str, T][int]), answer get_origin,
get_args and get_type_hints, and can be used where programs use them at run time: Generic
and Protocol as bases, TypeVar and ParamSpec, cast, NamedTuple and TypedDict class syntax,
overload.
"""

from abc import abstractmethod, ABCMeta
import collections
import collections.abc
import contextlib
import functools
import operator
import re as stdlib_re
import sys
import types
from types import GenericAlias

__all__ = [
    # special forms and the classes behind type variables
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    # the abstract collection types
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible',
    # structural checks
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound',
    # the concrete collection types
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    # I/O and regular expressions
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # the rest
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False


# ---------------------------------------------------------------------------------------
# Helpers

def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _caller(depth=1, default='__main__'):
    """The __name__ of the module that called our caller (depth frames further up)."""
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


def _type_repr(obj):
    """How obj shows inside X[...]: a class by its qualified name (builtins bare), ... as
    '...', a function by its name, anything else by repr."""
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None stands for NoneType and a string for the type it names (a ForwardRef)."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """arg converted as a type argument; raises TypeError (with msg) for what cannot be one:
    a bare special form (Union, ClassVar...), Generic, a tuple."""
    invalid = (Generic, Protocol)
    if not allow_special_forms:
        invalid += (ClassVar,)
        if is_argument:
            invalid += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param_expr(arg):
    """Whether arg can stand for a parameter list: ..., [types], a ParamSpec, Concatenate."""
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, '__typing_is_unpacked_typevartuple__', False)


def _collect_parameters(args):
    """The type variables (TypeVar, ParamSpec, TypeVarTuple) args use, in order of first
    appearance: those given bare and those of parameterised arguments."""
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            candidates = (arg,)
        else:
            candidates = _parameters_of(arg)
        for p in candidates:
            if p not in found:
                found.append(p)
    return tuple(found)


def _parameters_of(arg):
    """arg.__parameters__; for list[T] and T | None, which do not collect their type
    variables in MiniPy, those of their arguments."""
    params = getattr(arg, '__parameters__', ())
    if not params and isinstance(arg, (GenericAlias, types.UnionType)):
        params = _collect_parameters(arg.__args__)
    return params


def _check_generic(cls, parameters, expected):
    if not expected:
        raise TypeError(f"{cls} is not a generic class")
    given = len(parameters)
    if given != expected:
        raise TypeError(f"Too {'many' if given > expected else 'few'} arguments for {cls}; "
                        f"actual {given}, expected {expected}")


def _deduplicate(items):
    """items without repeats, the first of each kept."""
    unique = []
    for item in items:
        if item not in unique:
            unique.append(item)
    return unique


_cache_clears = []


def _tp_cache(func=None, *, typed=False):
    """Remembers what X[...] made, so that List[int] is List[int] as in CPython (the 128
    latest per form; unhashable arguments are not remembered). typed: 1 and True apart."""
    if func is None:
        return functools.partial(_tp_cache, typed=typed)
    cache = {}
    _cache_clears.append(cache.clear)

    @functools.wraps(func)
    def cached(*args):
        key = args + tuple(type(a) for a in args) if typed else args
        try:
            return cache[key]
        except KeyError:
            pass
        except TypeError:
            return func(*args)
        result = func(*args)
        if len(cache) >= 128:
            del cache[next(iter(cache))]
        cache[key] = result
        return result
    return cached


# ---------------------------------------------------------------------------------------
# Special forms

class _Final:
    """Typing's own classes: programs cannot subclass them."""

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    """Keeps iter() from falling back on __getitem__."""
    __iter__ = None


class _SpecialForm(_Final, _root=True):
    """Any of typing's special names (ClassVar, Union...): `getitem` makes X[...]."""

    def __init__(self, getitem, name=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    @_tp_cache
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        if self.__module__ == 'builtins':
            return f"<class '{self.__qualname__}'>"
        return f"<class '{self.__module__}.{self.__qualname__}'>"


class Any(metaclass=_AnyMeta):
    """Compatible with every type; a class may derive from it."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


NoReturn = _SpecialForm(_not_subscriptable, 'NoReturn')
Never = _SpecialForm(_not_subscriptable, 'Never')
Self = _SpecialForm(_not_subscriptable, 'Self')
LiteralString = _SpecialForm(_not_subscriptable, 'LiteralString')
TypeAlias = _SpecialForm(_not_subscriptable, 'TypeAlias')


def _one_type(self, parameters):
    """ClassVar[T], Final[T], TypeGuard[T]."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,), name=self._name)


def _one_key_type(self, parameters):
    """Required[T], NotRequired[T]."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,), name=self._name)


ClassVar = _SpecialForm(_one_type, 'ClassVar')
Final = _SpecialForm(_one_type, 'Final')
TypeGuard = _SpecialForm(_one_type, 'TypeGuard')
Required = _SpecialForm(_one_key_type, 'Required')
NotRequired = _SpecialForm(_one_key_type, 'NotRequired')


def _union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    members = []
    for p in parameters:
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            members.extend(p.__args__)   # unions flatten
        else:
            members.append(p)
    members = tuple(_deduplicate(members))
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and type(None) in members:
        return _UnionGenericAlias(self, members, name='Optional')
    return _UnionGenericAlias(self, members)


def _optional(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


@_tp_cache(typed=True)
def _literal(self, *parameters):
    values = []
    for p in parameters:   # Literal[Literal[1, 2], 3] is Literal[1, 2, 3]
        values.extend(p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,))
    # 1 and True stay apart: a value repeats only with the same type
    pairs = [(v, type(v)) for v in values]
    try:
        set(pairs)
    except TypeError:       # unhashable values are kept as given
        pass
    else:
        values = [v for v, _ in _deduplicate(pairs)]
    return _LiteralGenericAlias(self, tuple(values), name=self._name)


def _concatenate(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters, name=self._name, _paramspec_tvars=True)


def _unpack(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(self, (item,), name=self._name)


Union = _SpecialForm(_union, 'Union')
Optional = _SpecialForm(_optional, 'Optional')
Literal = _LiteralSpecialForm(_literal, 'Literal')
Concatenate = _SpecialForm(_concatenate, 'Concatenate')
Unpack = _SpecialForm(_unpack, 'Unpack')


# ---------------------------------------------------------------------------------------
# Forward references and type variables

class ForwardRef(_Final, _root=True):
    """A type written as a string, evaluated later (by get_type_hints)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # '*Ts' (an unpacked TypeVarTuple) is no expression by itself
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                module = sys.modules.get(self.__forward_module__, None)
                globalns = getattr(module, '__dict__', globalns)
            value = _type_check(eval(self.__forward_code__, globalns, localns),
                                "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(value, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


class _TypeVarLike:
    """What TypeVar and ParamSpec share: variance, bound, repr (~T, +T_co, -T_contra)."""

    def _set_variance(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _TypeVarLike, _root=True):
    """A type variable: T = TypeVar('T'), optionally constrained (TypeVar('N', int, float))
    or bounded (TypeVar('B', bound=Base))."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.", is_argument=True)
        if isinstance(arg, _UnpackGenericAlias) or (
                isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False)):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class ParamSpecArgs(_Final, _root=True):
    """P.args: the type of *args in a function whose parameters P stands for."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecKwargs(_Final, _root=True):
    """P.kwargs: the type of **kwargs in a function whose parameters P stands for."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpec(_Final, _TypeVarLike, _root=True):
    """A parameter specification variable, for the parameters of a callable:
    Callable[P, R] with P = ParamSpec('P'); inside, *args: P.args, **kwargs: P.kwargs."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not _is_param_expr(args[0]):
            # X[int, str] means X[[int, str]] when P is X's only parameter
            args = (args,)
        elif isinstance(args[i], list):
            args = (*args[:i], tuple(args[i]), *args[i + 1:])
        return args


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used unpacked (*Ts)."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        # The arguments that are not another parameter's go together into one tuple.
        params = alias.__parameters__
        i = params.index(self)
        for p in params[i + 1:]:
            if isinstance(p, TypeVarTuple):
                raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        if len(args) < len(params) - 1:
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        end = len(args) - (len(params) - i - 1)
        return (*args[:i], tuple(args[i:end]), *args[end:])

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVarTuple")


# ---------------------------------------------------------------------------------------
# Subscripted forms: X[args]

class _BaseGenericAlias(_Final, _root=True):
    """What typing's aliases share: calling makes an instance of the origin; attributes
    other than dunders are the origin's."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        # the origin, and Generic unless a later base brings it
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        for b in bases[bases.index(self) + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in ('_name', '_inst', '_nparams', '_paramspec_tvars'):
            super().__setattr__(attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return list(set(super().__dir__() + [a for a in dir(self.__origin__) if not _is_dunder(a)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """origin[args], such as List[int], Node[T], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        """Substitutes args for the type variables: Dict[str, T][int] is Dict[str, int]."""
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return self.copy_with(self._determine_new_args(args))

    def _determine_new_args(self, args):
        params = self.__parameters__
        for param in params:
            prepare = getattr(param, '__typing_prepare_subst__', None)
            if prepare is not None:
                args = prepare(self, args)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self}; "
                            f"actual {len(args)}, expected {len(params)}")
        return tuple(self._substitute(self.__args__, dict(zip(params, args))))

    def _substitute(self, old_args, new_by_param):
        new_args = []
        for old in old_args:
            if isinstance(old, type):
                new_args.append(old)
                continue
            subst = getattr(old, '__typing_subst__', None)
            if subst is not None:
                new = subst(new_by_param[old])
            else:
                subparams = _parameters_of(old)
                if not subparams:
                    new = old
                elif not getattr(old, '__parameters__', ()):
                    # list[T] or T | None made by MiniPy, which cannot substitute itself
                    new_inner = tuple(self._substitute(old.__args__, new_by_param))
                    if isinstance(old, types.UnionType):
                        new = functools.reduce(operator.or_, new_inner)
                    else:
                        new = GenericAlias(old.__origin__, new_inner)
                else:
                    subargs = []
                    for p in subparams:
                        if isinstance(p, TypeVarTuple):
                            subargs.extend(new_by_param[p])
                        else:
                            subargs.append(new_by_param[p])
                    new = old[tuple(subargs)]
            if self.__origin__ is collections.abc.Callable and isinstance(new, tuple):
                new_args.extend(new)     # Callable[P, R][[int, str], R]: P's types join the list
            elif _is_unpacked_typevartuple(old):
                new_args.extend(new)     # *Ts becomes the types given for it
            elif isinstance(old, tuple):
                new_args.append(tuple(self._substitute(old, new_by_param)))
            else:
                new_args.append(new)
        return new_args

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f'{name}[{args}]'

    def __reduce__(self):
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__[0] if len(self.__args__) == 1 else self.__args__
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:   # List[int] and the like
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Callable[[args], result], Callable[..., result], Callable[P, result]: the argument
    types and the result are kept flat in __args__."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Union[X, Y] (Optional[X] is Union[X, None]): equal to any union of the same members,
    X | Y too; isinstance() asks each member."""

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, arg) for arg in self.__args__)

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[values]: equal whatever the order of the values."""

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return ({(v, type(v)) for v in self.__args__}
                == {(v, type(v)) for v in other.__args__})

    def __hash__(self):
        return hash(frozenset((v, type(v)) for v in self.__args__))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """Concatenate[X, Y, P]: the parameters X, Y followed by those of P."""

    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            # P became a list of types: the whole is a plain parameter list
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[Ts], which *Ts makes: shown as *Ts."""

    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg = self.__args__[0]
        if isinstance(arg, _GenericAlias):
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: the type T (its __origin__) with metadata for tools
    (__metadata__); nested Annotated flatten."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(m) for m in self.__metadata__))

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """List, Dict, Iterable...: stand for a class (isinstance() asks it) and take nparams
    type arguments."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        return self._getitem_inner(args, result)

    @_tp_cache
    def _getitem_inner(self, args, result):
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((..., result))
        # a ParamSpec or Concatenate stands for the whole parameter list
        if not isinstance(args, tuple):
            args = (args,)
        return self.copy_with(tuple(_type_convert(a) for a in args) + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            params = tuple(_type_check(p, "Tuple[t, ...]: t must be a type.") for p in params[:-1])
            return self.copy_with((*params, ...))
        params = tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.") for p in params)
        return self.copy_with(params)


# ---------------------------------------------------------------------------------------
# Generic, Protocol, Annotated

def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


class Generic:
    """A base for classes that take type parameters: class Stack(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            # Generic[T, U] names the class's type variables, each once
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            # a generic class given its arguments: Stack[int]
            for param in cls.__parameters__:
                prepare = getattr(param, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_generic(cls, params, len(cls.__parameters__))
            new_args = []
            for param, arg in zip(cls.__parameters__, params):
                if isinstance(param, TypeVarTuple):
                    new_args.extend(arg)
                else:
                    new_args.append(arg)
            params = tuple(new_args)
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # The type variables of the bases as written, in order; Generic[...] among them
        # must name them all.
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                    % (', '.join(str(t) for t in missing),
                                       ', '.join(str(g) for g in gvars)))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


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


class _ProtocolMeta(ABCMeta):
    """Structural checks: isinstance(x, P) for a @runtime_checkable protocol P holds when x
    has every attribute P names (its methods not None); issubclass does the same for a
    class, for protocols of methods only."""

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False) and cls is not Protocol:
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

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
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base in (object, Generic) or base.__dict__.get('_is_protocol', False)
                        or base.__module__ in ('collections.abc', '_collections_abc')
                        and base.__name__ in _PROTOCOL_ABCS):
                    raise TypeError('Protocols can only inherit from other protocols, got %r' % base)


_PROTOCOL_ABCS = {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'Hashable',
                  'Sized', 'Container', 'Collection', 'Reversible', 'Buffer',
                  'AbstractContextManager', 'AbstractAsyncContextManager'}


def runtime_checkable(cls):
    """Lets isinstance and issubclass check a protocol class structurally."""
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


class Annotated:
    """Annotated[T, x]: the type T carrying metadata x for tools; get_type_hints drops the
    metadata unless include_extras=True."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        if _is_unpacked_typevartuple(params[0]):
            raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.", allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---------------------------------------------------------------------------------------
# The aliases of collection classes

_alias = _SpecialGenericAlias

Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(collections.abc.Awaitable, 1)
Coroutine = _alias(collections.abc.Coroutine, 3)
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
ByteString = _alias(collections.abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
ContextManager = _alias(contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1, name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(collections.abc.Generator, 3)
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
Pattern = _alias(stdlib_re.Pattern, 1)
Match = _alias(stdlib_re.Match, 1)
Text = str

# The conventional type variables.
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


# ---------------------------------------------------------------------------------------
# Protocols for the special methods, and the I/O types

@runtime_checkable
class SupportsInt(Protocol):
    """Has __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Has __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Has __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Has __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Has __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Has __abs__."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Has __round__."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


class IO(Generic[AnyStr]):
    """The interface of file objects (what open() returns), generic in str or bytes."""
    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abstractmethod
    def name(self) -> str:
        pass

    @abstractmethod
    def close(self) -> None:
        pass

    @property
    @abstractmethod
    def closed(self) -> bool:
        pass

    @abstractmethod
    def fileno(self) -> int:
        pass

    @abstractmethod
    def flush(self) -> None:
        pass

    @abstractmethod
    def isatty(self) -> bool:
        pass

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readable(self) -> bool:
        pass

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abstractmethod
    def seekable(self) -> bool:
        pass

    @abstractmethod
    def tell(self) -> int:
        pass

    @abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abstractmethod
    def writable(self) -> bool:
        pass

    @abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """A file of bytes."""
    __slots__ = ()

    @abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    @abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """A file of text."""
    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abstractmethod
    def errors(self) -> Optional[str]:
        pass

    @property
    @abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abstractmethod
    def newlines(self) -> Any:
        pass

    @abstractmethod
    def __enter__(self) -> 'TextIO':
        pass


# ---------------------------------------------------------------------------------------
# Functions

def final(f):
    """@final: marks a method or class as not to be overridden, for type checkers; at run
    time it only sets f.__final__ (where f takes attributes)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def cast(typ, val):
    """For a type checker; returns val unchanged at run time."""
    return val


def _overload_dummy(*args, **kwds):
    """What @overload leaves in place of an overload: calling it is an error."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# module -> qualified name -> first line -> the overload, for get_overloads
_overload_registry = collections.defaultdict(functools.partial(collections.defaultdict, dict))


def overload(func):
    """Marks a signature of an overloaded function; get_overloads() lists them."""
    f = getattr(func, '__func__', func)
    try:
        _overload_registry[f.__module__][f.__qualname__][f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload-decorated definitions of func, in order."""
    f = getattr(func, '__func__', func)
    by_name = _overload_registry.get(f.__module__, {})
    return list(by_name.get(f.__qualname__, {}).values())


def clear_overloads():
    """Forgets every overload recorded."""
    _overload_registry.clear()


def no_type_check(arg):
    """Marks a function (or a class's functions) as not to be type checked; get_type_hints
    then returns {} for it."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue   # defined elsewhere
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Makes decorator's results @no_type_check."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list, of Annotated[...] is
    Annotated, of P.args is P; None for what is not subscripted."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def _should_unflatten_callable_args(tp, args):
    return tp.__origin__ is collections.abc.Callable and not (len(args) == 2 and _is_param_expr(args[0]))


def get_args(tp):
    """The arguments of a subscripted tp: get_args(Dict[str, int]) is (str, int), of
    Callable[[int], str] is ([int], str); () for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        args = tp.__args__
        if _should_unflatten_callable_args(tp, args):
            args = (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with its forward references evaluated, inside subscripted forms too."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        if isinstance(t, GenericAlias):
            args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
            unpacked = getattr(t, '__unpacked__', False)
            if _should_unflatten_callable_args(t, args):
                t = t.__origin__[(args[:-1], args[-1])]
            else:
                t = t.__origin__[args]
            if unpacked:
                t = Unpack[t]
        new_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if new_args == t.__args__:
            return t
        if isinstance(t, GenericAlias):
            return GenericAlias(t.__origin__, new_args)
        if isinstance(t, types.UnionType):
            return functools.reduce(operator.or_, new_args)
        return t.copy_with(new_args)
    return t


def _strip_annotations(t):
    """t without Annotated, Required and NotRequired, at any depth."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, GenericAlias):
            return GenericAlias(t.__origin__, args)
        if isinstance(t, types.UnionType):
            return functools.reduce(operator.or_, args)
        return t.copy_with(args)
    return t


_allowed_types = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class (its bases' too) or module, with the string
    ones evaluated; Annotated, Required and NotRequired are dropped unless include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # names are looked up in the module first, then in the class
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                unwrapped = obj
                while hasattr(unwrapped, '__wrapped__'):
                    unwrapped = unwrapped.__wrapped__
                globalns = getattr(unwrapped, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, _allowed_types):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        hints = {}
        for name, value in dict(ann).items():
            if value is None:
                value = type(None)
            if isinstance(value, str):
                value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                                   is_class=False)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


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


# ---------------------------------------------------------------------------------------
# NewType, NamedTuple, TypedDict

class NewType:
    """A distinct name for a type, for checkers: calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller()
        if module != 'typing':
            self.__module__ = module

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
        # The error names the class being made, so it is raised as that class is set up.
        supertype_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking "
                                f"for: `{name} = NewType({name!r}, {supertype_name})`")
        return (Dummy,)


_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                    '_field_defaults', '_make', '_replace', '_asdict', '_source'})


def _make_namedtuple(name, fields, module, defaults=()):
    names = [n for n, t in fields]
    annotations = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in fields}
    cls = collections.namedtuple(name, names, defaults=defaults or None, module=module)
    cls.__annotations__ = annotations
    try:
        cls.__new__.__annotations__ = annotations
    except (AttributeError, TypeError):
        pass
    return cls


class _NamedTupleMeta(type):
    def __new__(mcs, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        default_names = []
        for field in annotations:
            if field in ns:
                default_names.append(field)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field} cannot follow default "
                                f"field{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        cls = _make_namedtuple(typename, annotations.items(), ns.get('__module__', '__main__'),
                               [ns[n] for n in default_names])
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in ('__module__', '__name__', '__annotations__') and key not in cls._fields:
                setattr(cls, key, value)
        if Generic in bases:
            # class P(NamedTuple, Generic[T]): P[int] works
            cls.__parameters__ = _collect_parameters(ns.get('__orig_bases__', ()))
            cls.__class_getitem__ = Generic.__dict__['__class_getitem__']
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: class Point(NamedTuple): x: int; y: int = 0, or
    NamedTuple('Point', [('x', int), ('y', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_namedtuple(typename, fields, module=_caller())


# `class P(NamedTuple)` derives, for its metaclass, from this
_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(mcs, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        own = {}
        module = ns.get('__module__')
        for key, tp in ns.get('__annotations__', {}).items():
            own[key] = _type_check(tp, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type",
                                   module=module)
        annotations, required, optional = {}, set(), set()
        for b in bases:
            annotations.update(b.__dict__.get('__annotations__', {}))
            required.update(b.__dict__.get('__required_keys__', ()))
            optional.update(b.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            # Required[...] and NotRequired[...] (maybe inside Annotated) override total=
            origin = get_origin(tp)
            if origin is Annotated:
                tp = get_args(tp)[0]
                origin = get_origin(tp)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        body = {k: v for k, v in ns.items() if k != '__annotations__'}
        body.update(__annotations__=annotations, __required_keys__=frozenset(required),
                    __optional_keys__=frozenset(optional))
        if '__total__' not in body:
            body['__total__'] = total
        return super().__new__(mcs, name, (*generic_base, dict), body)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of string keys, each with its type:
    class Movie(TypedDict): name: str; year: NotRequired[int], or
    TypedDict('Movie', {'name': str, 'year': int}, total=False). Its instances are dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


# `class Movie(TypedDict)` derives, for its metaclass, from this
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)
