"""copy: shallow (copy) and deep (deepcopy) copies, with __copy__ and __deepcopy__ hooks, and
the pickle protocol's __reduce_ex__/__reduce__ and __getstate__/__setstate__ for the classes
that define them."""

__all__ = ["Error", "copy", "deepcopy"]

import copyreg
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
    if _defines(cls, '__reduce_ex__', '__reduce__', '__getstate__', '__setstate__'):
        return _by_protocol(x, None)
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
        elif _defines(cls, '__reduce_ex__', '__reduce__', '__getstate__', '__setstate__'):
            y = _by_protocol(x, memo)
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


def _defines(cls, *names):
    """Whether a class of the program's (not object or a built-in type) defines one of names."""
    for klass in cls.__mro__:
        if klass is object or klass.__module__ == 'builtins':
            continue
        if any(name in klass.__dict__ for name in names):
            return True
    return False


def _by_protocol(x, memo):
    """A copy made as pickle would rebuild x: from what its __reduce_ex__/__reduce__ says
    (a callable, its arguments, a state, list and dict items), or from __getstate__'s state
    given to __setstate__ (deep when memo is given)."""
    cls = type(x)
    deep = memo is not None
    if _defines(cls, '__reduce_ex__', '__reduce__'):
        rv = x.__reduce_ex__(4) if _defines(cls, '__reduce_ex__') else x.__reduce__()
        if isinstance(rv, str):
            return x
        callable_, args = rv[0], rv[1]
        state = rv[2] if len(rv) > 2 else None
        listitems = rv[3] if len(rv) > 3 else None
        dictitems = rv[4] if len(rv) > 4 else None
        if deep:
            args = deepcopy(args, memo)
        y = callable_(*args)
        if deep:
            memo[id(x)] = y
    else:
        y = object.__new__(cls)
        if deep:
            memo[id(x)] = y
        state = x.__getstate__() if hasattr(x, '__getstate__') else getattr(x, '__dict__', None)
        listitems = dictitems = None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _reconstruct(x, memo):
    """An instance of x's class with a copy of its attributes, slots and, for a class
    derived from a built-in container or value, of the value inside (deep when memo is
    given)."""
    cls = type(x)
    deep = memo is not None
    if cls.__module__ != 'builtins' and not isinstance(x, _deque):
        copyreg._refuse_native(x)  # a library module's native object (a lock): pickle cannot, so copy neither
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
