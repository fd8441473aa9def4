"""traceback: exceptions and their tracebacks as text, as the interpreter prints them."""

import sys
import _traceback

__all__ = ['format_exc', 'print_exc', 'format_exception', 'print_exception',
           'format_exception_only']


def _exception_of(exc, value):
    if value is not None and value is not _SENTINEL:
        return value
    return exc


_SENTINEL = object()


def format_exception(exc, /, value=_SENTINEL, tb=_SENTINEL, limit=None, chain=True):
    """The lines (each ending in a newline) that printing exc would write."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    text = _traceback.format(exc)
    return [line + '\n' for line in text.rstrip('\n').split('\n')]


def format_exception_only(exc, /, value=_SENTINEL):
    """The last line of the exception's printout: its type and message."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    text = _traceback.format(exc).rstrip('\n')
    return [text.split('\n')[-1] + '\n']


def print_exception(exc, /, value=_SENTINEL, tb=_SENTINEL, limit=None, file=None, chain=True):
    """Prints exc with its traceback to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    """The exception being handled, as text."""
    return ''.join(format_exception(sys.exc_info()[1]))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(sys.exc_info()[1], file=file)
