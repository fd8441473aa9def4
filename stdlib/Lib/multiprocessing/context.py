"""multiprocessing.context: where CPython defines the package's errors (ProcessError,
BufferTooShort, TimeoutError, AuthenticationError); they are the package's own classes,
named here so that tracebacks, pickle and the wire format find them as CPython's."""

from multiprocessing import ProcessError, BufferTooShort, TimeoutError, AuthenticationError

__all__ = ["ProcessError", "BufferTooShort", "TimeoutError", "AuthenticationError"]
