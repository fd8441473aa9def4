"""itertools: iterator building blocks, with CPython 3.11's results: count, repeat and islice
as classes (their reprs and exact consumption are CPython's), the combinatoric iterators
native (Natives/ItertoolsModule.cs), the rest as generators."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

import sys as _sys
from operator import index as _index


def _is_number(v):
    t = type(v)
    return isinstance(v, (int, float, complex)) or any(hasattr(t, m) for m in ('__index__', '__int__', '__float__'))


class count:
    """count(start=0, step=1): start, start + step, start + 2 * step, ... for ever."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not _is_number(v):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (name, self._n)
        return '%s(%r, %r)' % (name, self._n, self._step)


def cycle(iterable):
    """The items of iterable, over and over."""
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    """repeat(object[, times]): object, times times (for ever without times)."""

    def __init__(self, object, times=None):
        self._object = object
        self._left = None if times is None else max(0, _index(times))

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._object
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func)."""
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def _chain_items(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    """chain(*iterables): the items of each iterable in turn; chain.from_iterable(iterables)
    takes the iterables from an iterable, lazily. The items come from a generator inside:
    iter() hands a loop that generator itself (so a for loop runs at a generator's speed,
    not a method call per item), and next() takes from the same one."""

    def __init__(self, *iterables):
        self._items = _chain_items(iterables)

    @classmethod
    def from_iterable(cls, iterables):
        made = cls.__new__(cls)
        made._items = _chain_items(iterables)
        return made

    def __iter__(self):
        return self._items

    def __next__(self):
        return next(self._items)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def compress(data, selectors):
    """The items of data whose selector is true."""
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    """Skips items while predicate holds, then yields the rest."""
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    """Items while predicate holds."""
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    """Items for which predicate is false (which are false, with None)."""
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    """function(*args) for each args of iterable."""
    for args in iterable:
        yield function(*args)


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def _islice_int(value, message):
    # CPython turns any failure to read an index (a float, a huge int) into this ValueError.
    try:
        n = _index(value)
    except (TypeError, OverflowError):
        raise ValueError(message) from None
    if n > _sys.maxsize:
        raise ValueError(message)
    return n


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the items of an
    iterator at those positions, taking from it no more than it must (as CPython's)."""

    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        start, step = 0, 1
        stop = args[0] if len(args) == 1 else args[1]
        if stop is not None:
            stop = _islice_int(stop, _ISLICE_STOP)
            if stop == -1:
                raise ValueError(_ISLICE_STOP)
        if len(args) >= 2 and args[0] is not None:
            start = _islice_int(args[0], _ISLICE_INDICES)
        if start < 0 or (stop is not None and stop < 0):
            raise ValueError(_ISLICE_INDICES)
        if len(args) == 3 and args[2] is not None:
            try:
                step = _index(args[2])
            except (TypeError, OverflowError):
                step = -1
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


def pairwise(iterable):
    """(a, b), (b, c), (c, d), ... of the items a, b, c, d, ..."""
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def zip_longest(*iterables, fillvalue=None):
    """Like zip, to the longest iterable, the others padded with fillvalue."""
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


# The combinatoric iterators are native, as CPython's are (Natives/ItertoolsModule.cs).
from _itertools import product, permutations, combinations, combinations_with_replacement


def groupby(iterable, key=None):
    """(key, group) for each run of consecutive items with the same key."""
    keyfunc = (lambda x: x) if key is None else key
    it = iter(iterable)
    try:
        current = next(it)
    except StopIteration:
        return
    # The item the groups have reached, its key, and whether the input has run out.
    state = {'value': current, 'key': keyfunc(current), 'done': False}

    def group(target_key):
        while True:
            yield state['value']
            try:
                value = next(it)
            except StopIteration:
                state['done'] = True
                return
            state['value'] = value
            state['key'] = keyfunc(value)
            if state['key'] != target_key:
                return

    while True:
        target = state['key']
        g = group(target)
        yield target, g
        for _ in g:
            pass
        if state['done']:
            return
        if state['key'] == target:
            # The consumer stopped inside a run: skip to the next key.
            while True:
                try:
                    value = next(it)
                except StopIteration:
                    return
                state['value'] = value
                state['key'] = keyfunc(value)
                if state['key'] != target:
                    break


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)
    return tuple(gen(b) for b in buffers)


# CPython's itertools is written in C: its functions leave no frames in tracebacks.
import _traceback
_traceback.hide_module(globals())
del _traceback
