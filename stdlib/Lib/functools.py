"""functools: tools for functions — reduce, partial, wraps, lru_cache and cache,
total_ordering, cmp_to_key, cached_property."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'cached_property', 'singledispatch', 'singledispatchmethod', 'partialmethod']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


import _traceback


def reduce(function, sequence, initial=_initial_missing):
    """Folds sequence from the left with function: reduce(f, [a, b, c]) is f(f(a, b), c)."""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: its name, qualified name, docstring, module."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper(wrapper, wrapped)."""
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class partial:
    """partial(f, *args, **kw)(*more, **kw2) calls f(*args, *more, **kw, **kw2)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend("%s=%r" % (k, v) for (k, v) in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(args)


class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits, self.misses, self.maxsize, self.currsize = hits, misses, maxsize, currsize

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    """Caches a function's results by its arguments, keeping the maxsize most recently
    used (all, with maxsize None); cache_info() and cache_clear() on the wrapper."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    import threading
    cache = {}
    order = []  # keys, least recently used first (bounded caches only)
    stats = [0, 0]  # hits, misses
    lock = threading.RLock()

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        with lock:
            if key in cache:
                stats[0] += 1
                if maxsize is not None:
                    order.remove(key)
                    order.append(key)
                return cache[key]
            stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize == 0:
            return result
        with lock:
            if key not in cache:
                cache[key] = result
                if maxsize is not None:
                    order.append(key)
                    if len(order) > maxsize:
                        del cache[order.pop(0)]
        return result

    def cache_info():
        with lock:
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        with lock:
            cache.clear()
            del order[:]
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    _traceback.hide_frames(wrapper)  # CPython's cache wrapper is C code: no frame of its own
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)


def total_ordering(cls):
    """Fills in the missing comparison methods from __eq__ and one of < <= > >=."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if op in cls.__dict__]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]

    def from_lt():
        lt = cls.__lt__
        return {
            '__gt__': lambda self, other: _not_ni(other, self, lambda: not lt(self, other) and self != other, lt(self, other)),
            '__le__': lambda self, other: _not_ni(other, self, lambda: lt(self, other) or self == other, lt(self, other)),
            '__ge__': lambda self, other: _not_ni(other, self, lambda: not lt(self, other), lt(self, other)),
        }

    def from_le():
        le = cls.__le__
        return {
            '__ge__': lambda self, other: _not_ni(other, self, lambda: not le(self, other) or self == other, le(self, other)),
            '__lt__': lambda self, other: _not_ni(other, self, lambda: le(self, other) and self != other, le(self, other)),
            '__gt__': lambda self, other: _not_ni(other, self, lambda: not le(self, other), le(self, other)),
        }

    def from_gt():
        gt = cls.__gt__
        return {
            '__lt__': lambda self, other: _not_ni(other, self, lambda: not gt(self, other) and self != other, gt(self, other)),
            '__ge__': lambda self, other: _not_ni(other, self, lambda: gt(self, other) or self == other, gt(self, other)),
            '__le__': lambda self, other: _not_ni(other, self, lambda: not gt(self, other), gt(self, other)),
        }

    def from_ge():
        ge = cls.__ge__
        return {
            '__le__': lambda self, other: _not_ni(other, self, lambda: not ge(self, other) or self == other, ge(self, other)),
            '__gt__': lambda self, other: _not_ni(other, self, lambda: ge(self, other) and self != other, ge(self, other)),
            '__lt__': lambda self, other: _not_ni(other, self, lambda: not ge(self, other), ge(self, other)),
        }

    table = {'__lt__': from_lt, '__le__': from_le, '__gt__': from_gt, '__ge__': from_ge}[root]()
    for name, method in table.items():
        if name not in defined:
            setattr(cls, name, method)
    return cls


def _not_ni(other, self, compute, first):
    if first is NotImplemented:
        return NotImplemented
    return compute()


def cmp_to_key(mycmp):
    """A key= function from an old-style cmp function (negative, zero, positive)."""
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        from _thread import RLock
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:  # __slots__ without __dict__
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        val = cache.get(name, _NOT_FOUND)
        if val is _NOT_FOUND:
            with self.lock:
                # Another thread may have stored it while this one waited.
                val = cache.get(name, _NOT_FOUND)
                if val is _NOT_FOUND:
                    val = self.func(instance)
                    try:
                        cache[name] = val
                    except TypeError:  # a class's __dict__ is a read-only mappingproxy
                        raise TypeError(
                            f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f"does not support item assignment for caching {name!r} property.") from None
        return val

    __class_getitem__ = classmethod(type(list[int]))


def _find_impl(cls, registry):
    """The implementation for cls: the nearest class of its MRO that is registered; failing
    that (object aside), the most specific registered abstract base class cls counts as a
    subclass of (Mapping for dict, Sequence for list), as CPython's composed MRO finds it."""
    for klass in cls.__mro__:
        if klass is not object and klass in registry:
            return registry[klass]
    mro = set(cls.__mro__)
    abcs = [k for k in registry if k is not object and k not in mro and issubclass(cls, k)]
    best = [a for a in abcs if not any(b is not a and issubclass(b, a) for b in abcs)]
    if len(best) > 1:
        raise RuntimeError("Ambiguous dispatch: {} or {}".format(best[0], best[1]))
    if best:
        return registry[best[0]]
    return registry[object]


def _is_union(cls):
    """Whether cls is a union of types: int | str, or typing.Union[int, str]."""
    import types
    if isinstance(cls, types.UnionType):
        return True
    if isinstance(cls, type):
        return False
    from typing import get_origin, Union
    return get_origin(cls) is Union


def _is_dispatch_type(cls):
    """Whether singledispatch can register cls: a class, or a union of classes only."""
    if isinstance(cls, type):
        return True
    if not _is_union(cls):
        return False
    from typing import get_args
    return all(isinstance(member, type) for member in get_args(cls))


def singledispatch(func):
    """A generic function: calls are dispatched on the type of the first argument, to the
    implementation registered for the nearest class in its MRO (func itself for object)."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            cache[cls] = impl
        return impl

    def register(cls, func=None):
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union(cls):
            # A union registers func for each of its classes.
            from typing import get_args
            for member in get_args(cls):
                registry[member] = func
        else:
            registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    import types
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatched on the first argument after self."""

    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            bind = getattr(method, '__get__', None)
            if bind is not None:
                return bind(obj, cls)(*args, **kwargs)
            return method(obj, *args, **kwargs)
        _method.__isabstractmethod__ = getattr(self.func, '__isabstractmethod__', False)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


class partialmethod:
    """partial for methods: the bound instance comes first, then the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


# CPython writes these in C: their frames do not show in tracebacks.
_traceback.hide_frames(reduce, partial)
_traceback.name_as_builtin(partial)  # "functools.partial" in messages, as CPython names its C type
