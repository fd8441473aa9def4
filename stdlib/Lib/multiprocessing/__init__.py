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

__all__ = ["Array", "AuthenticationError", "BoundedSemaphore", "BufferTooShort",
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


# As in CPython, the factories below are functions that import their module on first use:
# every child imports this package, and most need only a few of its parts.

def Lock():
    """A non-recursive lock shared between processes."""
    from multiprocessing.synchronize import Lock
    return Lock()


def RLock():
    """A recursive lock shared between processes."""
    from multiprocessing.synchronize import RLock
    return RLock()


def Condition(lock=None):
    """A condition variable shared between processes."""
    from multiprocessing.synchronize import Condition
    return Condition(lock)


def Semaphore(value=1):
    """A semaphore shared between processes."""
    from multiprocessing.synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    """A bounded semaphore shared between processes."""
    from multiprocessing.synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Event():
    """An event shared between processes."""
    from multiprocessing.synchronize import Event
    return Event()


def Queue(maxsize=0):
    """A queue shared between processes."""
    from multiprocessing.queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    """A queue whose consumers call task_done(), and whose producers can join()."""
    from multiprocessing.queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    """A simplified queue shared between processes."""
    from multiprocessing.queues import SimpleQueue
    return SimpleQueue()


def Pipe(duplex=True):
    """A pair of connected Connection objects."""
    from multiprocessing.connection import Pipe
    return Pipe(duplex)


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes."""
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def RawValue(typecode_or_type, *args):
    """A shared number without a lock."""
    from multiprocessing.sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array without a lock."""
    from multiprocessing.sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def Value(typecode_or_type, *args, lock=True):
    """A shared number guarded by a lock (get_lock())."""
    from multiprocessing.sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """A shared array guarded by a lock (get_lock())."""
    from multiprocessing.sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


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
        _mp.release_spare()
        _process_exit()
    finally:
        _mp._clear_handles()
