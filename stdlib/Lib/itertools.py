"""itertools: iterator building blocks, written as generators, with CPython 3.11's results."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def count(start=0, step=1):
    """start, start + step, start + 2 * step, ... for ever."""
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    """The items of iterable, over and over."""
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(object, times=None):
    """object, times times (for ever without times)."""
    if times is None:
        while True:
            yield object
    else:
        for _ in range(times):
            yield object


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


def _chain(*iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables):
    for it in iterables:
        for element in it:
            yield element


class _ChainFactory:
    """chain(*iterables), with chain.from_iterable(iterables)."""

    def __call__(self, *iterables):
        return _chain(*iterables)

    @staticmethod
    def from_iterable(iterables):
        return _from_iterable(iterables)


chain = _ChainFactory()


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


def islice(iterable, *args):
    """islice(it, stop) or islice(it, start, stop[, step]): a slice of an iterator."""
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
    elif 2 <= len(args) <= 3:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else 1
        start = 0 if start is None else start
        step = 1 if step is None else step
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    if start < 0 or (stop is not None and stop < 0) or step <= 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    it = iter(iterable)
    next_index = start
    index = 0
    for element in it:
        if stop is not None and index >= stop:
            return
        if index == next_index:
            yield element
            next_index += step
        index += 1


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


def product(*iterables, repeat=1):
    """The cartesian product, as nested for-loops would give it."""
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    """r-length orderings of the items, in lexicographic order of their positions."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """r-length subsequences of the items, in the order of their positions."""
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """r-length subsequences in which items may repeat."""
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


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
