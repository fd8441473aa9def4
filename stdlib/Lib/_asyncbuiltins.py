"""The built-ins aiter() and anext() (3.10), loaded the first time a program names either
(see VM/LazyBuiltins.cs) and installed in builtins."""

import builtins as _builtins

_MISSING = object()


def aiter(async_iterable, /):
    """aiter(async_iterable) -> async_iterator: the object's __aiter__()."""
    method = getattr(type(async_iterable), '__aiter__', None)
    if method is None:
        raise TypeError("'%s' object is not an async iterable" % type(async_iterable).__name__)
    iterator = method(async_iterable)
    if getattr(type(iterator), '__anext__', None) is None:
        raise TypeError("aiter() returned not an async iterator of type '%s'" % type(iterator).__name__)
    return iterator


async def _next_or_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


def anext(aiterator, default=_MISSING, /):
    """anext(aiterator[, default]): an awaitable for the next item; with a default, the
    default instead of StopAsyncIteration at the end."""
    method = getattr(type(aiterator), '__anext__', None)
    if method is None:
        raise TypeError("'%s' object is not an async iterator" % type(aiterator).__name__)
    awaitable = method(aiterator)
    if default is _MISSING:
        return awaitable
    return _next_or_default(awaitable, default)


aiter.__module__ = anext.__module__ = 'builtins'
_builtins.aiter = aiter
_builtins.anext = anext
