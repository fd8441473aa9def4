"""contextvars: variables whose value belongs to a context (PEP 567). Each thread runs in
a context of its own; Context.run(f) runs f in another one, where set() changes only that
context; copy_context() snapshots the current one. asyncio runs each task in a copy of the
context it was created in, so a ContextVar set in one task is not seen by another."""

import threading

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_state = threading.local()


class Context:
    """A mapping from ContextVars to their values."""

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Calls callable in this context: the ContextVars it sets stay here."""
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._prev = _get_context()
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data


def _get_context():
    ctx = getattr(_state, 'context', None)
    if ctx is None:
        ctx = _state.context = Context()
    return ctx


def copy_context():
    """A copy of the current context."""
    return _get_context().copy()


class Token:
    """What ContextVar.set() returns: reset(token) puts the previous value back."""

    MISSING = object()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"


class ContextVar:
    """A variable with a value per context, and an optional default."""

    __slots__ = ('_name', '_default')

    _MISSING = object()

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the default given here, else the
        variable's default; LookupError when there is none."""
        ctx = _get_context()
        try:
            return ctx._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not self._MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; returns a Token for reset()."""
        ctx = _get_context()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        """Puts back the value the variable had before the set() that made token."""
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _get_context()
        if token._context is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not self._MISSING:
            default = f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)
