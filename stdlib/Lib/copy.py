"""copy: shallow (copy) and deep (deepcopy) copies, with __copy__ and __deepcopy__ hooks."""

__all__ = ["Error", "copy", "deepcopy"]

from _collections import deque as _deque


class Error(Exception):
    pass


error = Error

# Values that are never copied: immutable ones, classes and functions.
_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: None))


def copy(x):
    """A shallow copy: a new container holding the same items."""
    cls = type(x)
    if isinstance(x, _ATOMIC):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy: containers and instances copied all the way down, sharing and cycles kept."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _ATOMIC):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    """An instance of x's class with a copy of its attributes, slots and, for a class
    derived from a built-in container or value, of the value inside (deep when memo is
    given)."""
    cls = type(x)
    deep = memo is not None
    if isinstance(x, _deque):
        y = cls.__new__(cls)
        _deque.__init__(y, (), x.maxlen)
    elif isinstance(x, (tuple, str, int, float, bytes, frozenset)):
        if hasattr(x, '__getnewargs__'):
            args = x.__getnewargs__()
        else:
            base = next(t for t in cls.__mro__ if t in (tuple, str, int, float, bytes, frozenset))
            args = (base(x) if base in (tuple, frozenset) else base.__new__(base, x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = object.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    for klass in cls.__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name in ('__dict__', '__weakref__') or not hasattr(x, name):
                continue
            value = getattr(x, name)
            object.__setattr__(y, name, deepcopy(value, memo) if deep else value)
    if isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, list):
        for item in list.__iter__(x):
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, set):
        for item in set.__iter__(x):
            y.add(deepcopy(item, memo) if deep else item)
    elif isinstance(x, _deque):
        for item in list(_deque.__iter__(x)):
            y.append(deepcopy(item, memo) if deep else item)
    return y
