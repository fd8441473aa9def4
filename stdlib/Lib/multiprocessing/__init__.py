"""Process-based parallelism for MiniPy, with the API of CPython's multiprocessing: Process,
Queue, SimpleQueue, JoinableQueue, Pipe, Pool, Value, Array, Lock, RLock, Semaphore,
BoundedSemaphore, Event, Condition, current_process, parent_process, active_children and
cpu_count. Processes are started by the spawn method only: each child is a new minipy
process with its own heap and its own GIL, which imports the main program as __mp_main__.
Everything that crosses a process boundary travels in a data-only wire format
(_multiprocessing.dumps/loads), so nothing received can run code."""

import os
import _multiprocessing as _mp
from multiprocessing.process import (Process, current_process, parent_process,
                                     active_children, _exit_function as _process_exit)
from multiprocessing.synchronize import (Lock, RLock, Semaphore, BoundedSemaphore, Event,
                                         Condition)
from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
from multiprocessing.connection import Pipe
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray
from multiprocessing.pool import Pool

__all__ = ["Array", "AuthenticationError", "Barrier", "BoundedSemaphore", "BufferTooShort",
           "Condition", "Event", "JoinableQueue", "Lock", "Pipe", "Pool", "Process",
           "ProcessError", "Queue", "RLock", "RawArray", "RawValue", "Semaphore",
           "SimpleQueue", "TimeoutError", "Value", "active_children", "cpu_count",
           "current_process", "freeze_support", "get_all_start_methods", "get_context",
           "get_start_method", "parent_process", "set_start_method"]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of CPUs in the system."""
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError("cannot determine number of cpus")
    return num


def freeze_support():
    pass


def get_all_start_methods():
    return ["spawn"]


def get_start_method(allow_none=False):
    return "spawn"


def set_start_method(method, force=False):
    if method != "spawn":
        raise ValueError("MiniPy supports only the 'spawn' start method, not %r" % (method,))


def get_context(method=None):
    """The spawn context: this module itself (it has the whole API)."""
    if method not in (None, "spawn"):
        raise ValueError("cannot find context for %r" % (method,))
    import sys
    return sys.modules["multiprocessing"]


def _exit_function():
    """Called by the interpreter at exit: ends daemonic children, waits for the others."""
    try:
        _process_exit()
    finally:
        _mp._clear_handles()
