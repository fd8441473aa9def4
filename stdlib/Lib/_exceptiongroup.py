"""BaseExceptionGroup and ExceptionGroup (PEP 654), the built-in exception types that hold
several exceptions at once, and the work behind `except*`.

The interpreter loads this module the first time a program names either type (they are
built-ins, but most programs never use them) and installs both in builtins. split() and
subgroup() keep a group's nesting and copy its traceback, cause, context and notes onto
each part, as CPython's do; `except*` is rewritten by the parser into calls of the
_star_* functions at the end, which follow CPython's except* semantics."""

import builtins as _builtins


def _matcher(condition):
    """A test of leaf exceptions from split()'s argument: a type, a tuple of types, or a
    predicate."""
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")


class BaseExceptionGroup(BaseException):
    """A group of exceptions raised together."""

    def __new__(cls, message, exceptions, /):
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s" % type(message).__name__)
        if not hasattr(exceptions, '__getitem__') or not hasattr(exceptions, '__len__') or isinstance(exceptions, (str, bytes, dict, set)):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        all_exceptions = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, message, exceptions, /):
        BaseException.__init__(self, message, exceptions)

    @property
    def message(self):
        """The message the group was made with."""
        return self._message

    @property
    def exceptions(self):
        """The exceptions in the group, as a tuple."""
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return '%s (%d sub-exception%s)' % (self._message, n, '' if n == 1 else 's')

    def derive(self, excs):
        """A group of the same message holding excs (subclasses override it to keep their type)."""
        return BaseExceptionGroup(self._message, excs)

    def _derive_and_copy(self, excs):
        eg = self.derive(excs)
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        eg.__traceback__ = self.__traceback__
        notes = getattr(self, '__notes__', None)
        if notes is not None:
            eg.__notes__ = list(notes)
        return eg

    def split(self, condition):
        """(match, rest): the parts whose leaves condition matches and the others, each a
        group shaped like this one (or None when empty)."""
        return self._split(_matcher(condition))

    def _split(self, test):
        if test(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(test)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif test(e):
                matched.append(e)
            else:
                rest.append(e)
        match = self._derive_and_copy(matched) if matched else None
        rest_group = self._derive_and_copy(rest) if rest else None
        return match, rest_group

    def subgroup(self, condition):
        """The part whose leaves condition matches, or None."""
        return self.split(condition)[0]

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    """A group of Exceptions (not BaseExceptions such as KeyboardInterrupt)."""


BaseExceptionGroup.__module__ = ExceptionGroup.__module__ = 'builtins'
_builtins.BaseExceptionGroup = BaseExceptionGroup
_builtins.ExceptionGroup = ExceptionGroup


# ---- except* ------------------------------------------------------------------------

class _StarState:
    """One except* statement at work: the exception caught, what is left to match, and
    what the clauses raised."""

    __slots__ = ('original', 'rest', 'raised', 'match')

    def __init__(self, original):
        self.original = original
        self.rest = original
        self.raised = []
        self.match = None


def _star_begin(exc):
    return _StarState(exc)


def _star_match(state, match_type):
    """The part of what is left that a clause's types match (None if nothing), checking
    the types as CPython does."""
    types = match_type if isinstance(match_type, tuple) else (match_type,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
    rest = state.rest
    if rest is None:
        state.match = None
        return None
    if not isinstance(rest, BaseExceptionGroup):
        # A lone exception: a matching clause gets it wrapped in a group.
        if isinstance(rest, match_type):
            wrapped = BaseExceptionGroup('', (rest,))
            state.rest = None
            state.match = wrapped
            return wrapped
        state.match = None
        return None
    match, state.rest = rest.split(match_type)
    state.match = match
    return match


def _star_raised(state, exc):
    """An exception left a clause: a re-raise of its part, or a new exception."""
    state.raised.append((exc, exc is state.match))


def _leaves(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, into)
    else:
        into.add(id(exc))


def _star_finish(state):
    """The exception that leaves the statement, or None: new exceptions raised by clauses,
    with the re-raised and unmatched parts of the original kept in its shape."""
    original = state.original
    if not isinstance(original, BaseExceptionGroup):
        # A lone exception: at most one clause ran; what it raised (its wrapped part, when
        # re-raised with a bare raise, as CPython 3.11 does) or the exception unmatched.
        if state.raised:
            return state.raised[0][0]
        return state.rest
    raised = []
    kept = set()
    for exc, is_reraise in state.raised:
        if is_reraise:
            _leaves(exc, kept)
        else:
            raised.append(exc)
    if state.rest is not None:
        _leaves(state.rest, kept)
    reraised = original._split(lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in kept)[0] if kept else None
    if not raised:
        return reraised
    if reraised is not None:
        raised.append(reraised)
    if len(raised) == 1:
        return raised[0]
    return BaseExceptionGroup('', raised)
