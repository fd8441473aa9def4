"""signal: handlers for the signals the operating system sends a process.

signal.signal(SIGTERM, handler) makes handler(signum, frame) run in the main thread, between
two instructions, when SIGTERM arrives (the frame argument is None here); a wait in progress
(sleep, join, a lock) lets the handler run and then goes on (PEP 475). The numbers are
members of the Signals enum, the handler constants of Handlers, as in CPython."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _enum_of(name, accept):
    """An IntEnum of this module's constants whose names pass accept, ordered by value
    (a second name for a value is an alias), which then replace the plain ints."""
    members = sorted(((n, v) for n, v in _globals.items() if isinstance(v, int) and accept(n)),
                     key=lambda item: (item[1], item[0]))
    cls = _IntEnum(name, members, module=__name__)
    _globals.update(cls.__members__)
    return cls


Signals = _enum_of('Signals', lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_'))
Handlers = _enum_of('Handlers', lambda name: name in ('SIG_DFL', 'SIG_IGN'))


def _int_to_enum(value, enum_klass):
    """Converts an int to the enum member with its value, leaving anything else alone."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """The int of an enum member, leaving anything else alone."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Sets the handler of signalnum; returns the previous one."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    """The handler of signalnum: a callable, SIG_IGN, SIG_DFL, or None."""
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    """The signal numbers this platform has."""
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _globals, _enum_of
