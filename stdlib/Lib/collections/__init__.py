"""collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap; the
abstract base classes of containers are in the submodule collections.abc."""

import sys as _sys
from operator import itemgetter as _itemgetter

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


def _recursive_repr(user_function):
    """Makes a __repr__ give '...' for an object met again inside its own repr (in the
    same thread), as CPython's collections do."""
    from _thread import get_ident
    running = set()

    def wrapper(self):
        key = id(self), get_ident()
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    return wrapper


_guarded_repr = _recursive_repr(repr)


# deque is native (a ring buffer: constant-time appends and pops at both ends, each one
# atomic under the GIL, as CPython's).
from _collections import deque


class _DictLike:
    """The mapping methods shared by the dict look-alikes below (data in self._data)."""

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __eq__(self, other):
        if isinstance(other, _DictLike):
            other = other._data
        return self._data == other

    def __bool__(self):
        return bool(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def update(self, other=(), **kwds):
        if isinstance(other, _DictLike):
            other = other._data
        self._data.update(other, **kwds)

    def clear(self):
        self._data.clear()


class defaultdict(dict):
    """A dict whose missing keys are made by default_factory() on first use."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory = 'None'
        elif factory is self:
            factory = '...'
        else:
            factory = _guarded_repr(factory)
        return '%s(%s, %s)' % (type(self).__name__, factory, dict.__repr__(self))


class OrderedDict(dict):
    """A dict that can move keys to either end and pop from either end."""

    def __init__(self, other=(), /, **kwds):
        super().__init__()
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        keys = list(self)
        key = keys[-1] if last else keys[0]
        return key, self.pop(key)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __reversed__(self):
        return reversed(list(self))

    def keys(self):
        return _odict_views()[0](self)

    def values(self):
        return _odict_views()[1](self)

    def items(self):
        return _odict_views()[2](self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    @_recursive_repr
    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, list(self.items()))


_odict_view_types = None


def _odict_views():
    """OrderedDict's keys, values and items views, as CPython names and shows them
    (odict_keys(['a'])), made on first use: collections.abc imports this module."""
    global _odict_view_types
    if _odict_view_types is None:
        from collections import abc

        def view(base, name, entry):
            # entry(mapping, key): what the view holds for key.
            def __repr__(self):
                return '%s(%r)' % (name, list(self))

            def __reversed__(self):
                for key in reversed(self._mapping):
                    yield entry(self._mapping, key)
            return type(name, (base,), {'__repr__': __repr__, '__reversed__': __reversed__,
                                        '__module__': 'collections', '__slots__': ()})
        _odict_view_types = (view(abc.KeysView, 'odict_keys', lambda m, k: k),
                             view(abc.ValuesView, 'odict_values', lambda m, k: m[k]),
                             view(abc.ItemsView, 'odict_items', lambda m, k: (k, m[k])))
    return _odict_view_types


# CPython's OrderedDict and defaultdict are C types: messages name them with their module.
import _traceback
_traceback.name_as_builtin(defaultdict, OrderedDict)
_traceback_hide_frames = _traceback.hide_frames
del _traceback


class Counter(dict):
    """A dict of counts: Counter('abracadabra').most_common(2) is [('a', 5), ('b', 2)]."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (_DictLike, dict)):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    # Into an empty Counter the counts are copied as they are (any values).
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (_DictLike, dict)):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            shown = dict(self)
        return '%s(%r)' % (type(self).__name__, shown)

    def _combine(self, other, count_of):
        """A Counter of count_of(mine, theirs) for every element of either, keeping only
        positive counts (what Counter's operators all do)."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in list(self) + [e for e in other if e not in self]:
            newcount = count_of(self[elem], other[elem])
            if newcount > 0:
                result[elem] = newcount
        return result

    def __add__(self, other):
        return self._combine(other, lambda mine, theirs: mine + theirs)

    def __sub__(self, other):
        return self._combine(other, lambda mine, theirs: mine - theirs)

    def __or__(self, other):
        return self._combine(other, lambda mine, theirs: theirs if mine < theirs else mine)

    def __and__(self, other):
        return self._combine(other, lambda mine, theirs: mine if mine < theirs else theirs)

    # In place: the counts change in this Counter, which then keeps only positive ones.
    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    # Comparisons as multisets: a missing element counts as zero (Counter(a=1) equals
    # Counter(a=1, b=0)), and <= asks whether every count is at most the other's.
    def _all_counts(self, other, holds):
        return all(holds(self[elem], other[elem]) for counter in (self, other) for elem in counter)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda mine, theirs: mine == theirs)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda mine, theirs: mine <= theirs)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda mine, theirs: mine >= theirs)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def __pos__(self):
        """The positive counts (+c drops zero and negative ones)."""
        return Counter({elem: count for elem, count in self.items() if count > 0})

    def __neg__(self):
        """The negative counts, made positive (-c)."""
        return Counter({elem: -count for elem, count in self.items() if count < 0})


class ChainMap(_DictLike):
    """Several mappings seen as one: lookups go through them in order, writes to the first."""

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @property
    def _data(self):
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return merged

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    @_recursive_repr
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))


# A named tuple's field: item `index` of the tuple, read-only. (No docstring: each field
# has its own __doc__, a slot.)
class _TupleGetter:
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A class of tuples with named fields: Point = namedtuple('Point', 'x y')."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    from keyword import iskeyword
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if not name.isidentifier() or iskeyword(name) or name.startswith('_') or name in seen:
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    fields = tuple(field_names)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[len(fields) - len(defaults or ()):], defaults or ()))

    # __new__ is compiled from source with one parameter per field, as CPython's, so
    # that calls bind (and fail) as a function's do and inspect.signature sees the fields.
    arg_list = ', '.join(fields)
    if len(fields) == 1:
        arg_list += ','
    namespace = {'_tuple': tuple, '__builtins__': {},
                 '__name__': 'namedtuple_' + typename}
    params = list(fields)
    # The defaults are written into the parameter list (as names bound in namespace).
    first_default = len(fields) - len(field_defaults)
    for index in range(first_default, len(fields)):
        namespace['_default_%d' % index] = field_defaults[fields[index]]
        params[index] += '=_default_%d' % index
    exec('def __new__(_cls, %s): return _tuple.__new__(_cls, (%s))'
         % (', '.join(params), arg_list), namespace)
    new = namespace['__new__']
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(fields))

    class _NamedTuple(tuple):
        __slots__ = ()
        _fields = fields
        _field_defaults = field_defaults
        __new__ = new

        @classmethod
        def _make(cls, iterable):
            values = tuple(iterable)
            if len(values) != len(fields):
                raise TypeError('Expected %d arguments, got %d' % (len(fields), len(values)))
            return tuple.__new__(cls, values)

        def _replace(self, **kwds):
            values = dict(zip(fields, self))
            for name, value in kwds.items():
                if name not in values:
                    raise ValueError('Got unexpected field names: %r' % list(kwds))
                values[name] = value
            return self._make([values[name] for name in fields])

        def _asdict(self):
            return dict(zip(fields, self))

        def __repr__(self):
            return '%s(%s)' % (self.__class__.__name__, ', '.join('%s=%r' % (n, v) for n, v in zip(fields, self)))

        def __getnewargs__(self):
            return tuple(self)

    for index, name in enumerate(fields):
        setattr(_NamedTuple, name, _TupleGetter(index, 'Alias for field number %d' % index))
    for method in (new, _NamedTuple._make.__func__, _NamedTuple._replace,
                   _NamedTuple._asdict, _NamedTuple.__repr__, _NamedTuple.__getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__
    _NamedTuple.__name__ = typename
    _NamedTuple.__doc__ = '%s(%s)' % (typename, ', '.join(fields))
    _NamedTuple.__qualname__ = typename
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    _NamedTuple.__module__ = module
    return _NamedTuple


def __getattr__(name):
    # collections.abc is loaded the first time it is asked for (CPython has it loaded at
    # start-up already): programs that never use the ABCs do not pay for them. So are the
    # User* wrappers, which are built on the ABCs.
    if name == 'abc':
        import collections.abc
        return collections.abc
    if name in ('UserDict', 'UserList', 'UserString'):
        from collections import _wrappers
        value = getattr(_wrappers, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}", name=name,
                         obj=_sys.modules[__name__])


# A misspelt name is reported as by a module without __getattr__: no frame of this one, and
# the "Did you mean" its AttributeError's name and obj let the traceback find.
_traceback_hide_frames(__getattr__)
del _traceback_hide_frames
