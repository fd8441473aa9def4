"""Process-based parallelism for MiniPy, with the API of CPython's multiprocessing: Process,
Queue, SimpleQueue, JoinableQueue, Pipe, Pool, Value, Array, Lock, RLock, Semaphore,
BoundedSemaphore, Event, Condition, current_process, parent_process, active_children and
cpu_count. Each child is a new minipy process with its own heap and its own GIL. With the
fork start method (the default, as on Linux) it receives a copy of the parent's main
namespace and runs the target without running the main program again (see
Natives/ForkSnapshot.cs); with spawn and forkserver it imports the main program as
__mp_main__.
Everything that crosses a process boundary travels in a data-only wire format
(_multiprocessing.dumps/loads), so nothing received can run code."""

import os
import _multiprocessing as _mp
from multiprocessing.process import (Process, current_process, parent_process,
                                     active_children, _exit_function as _process_exit)
from multiprocessing import process as _process_module

__all__ = ["Array", "AuthenticationError", "Barrier", "BoundedSemaphore", "BufferTooShort",
           "Condition", "Event", "JoinableQueue", "Lock", "Pipe", "Pool", "Process",
           "ProcessError", "Queue", "RLock", "RawArray", "RawValue", "Semaphore",
           "SimpleQueue", "TimeoutError", "Value", "active_children", "cpu_count", "Manager",
           "current_process", "freeze_support", "get_all_start_methods", "get_context",
           "get_start_method", "parent_process", "set_start_method", "get_logger", "log_to_stderr",
           "set_executable", "set_forkserver_preload", "allow_connection_pickling"]


def get_logger():
    """The 'multiprocessing' logger (see multiprocessing.util)."""
    from multiprocessing import util
    return util.get_logger()


def log_to_stderr(level=None):
    """Turns on the package's logging to stderr (see multiprocessing.util)."""
    from multiprocessing import util
    return util.log_to_stderr(level)


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# CPython defines these in multiprocessing.context; tracebacks name them so.
for _error in (ProcessError, BufferTooShort, TimeoutError, AuthenticationError):
    _error.__module__ = "multiprocessing.context"
del _error


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


def Barrier(parties, action=None, timeout=None):
    """A barrier that parties in different processes wait at together."""
    from multiprocessing.synchronize import Barrier
    return Barrier(parties, action, timeout)


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


def Manager():
    """A SyncManager, started: a server process that owns shared objects (dict, list,
    Namespace, Value, Array, Lock, RLock, Condition, Event, Semaphore, Queue, Barrier)
    which every process uses through proxies."""
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


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


def allow_connection_pickling():
    """Connections already travel to other processes here (as handles); nothing to do."""


def set_executable(executable):
    """The interpreter spawned children run. A child here is always this interpreter,
    so the path is only remembered."""
    global _executable
    _executable = os.fsdecode(executable)


_executable = None


def set_forkserver_preload(module_names):
    """Modules the fork server imports before it forks children (checked, as CPython
    does: a list of names); each child here imports what it needs itself."""
    if not all(type(name) is str for name in module_names):
        raise TypeError('module_names must be a list of strings')


def get_all_start_methods():
    """The start methods this platform offers, the default first (fork, as on Linux)."""
    return list(_process_module._all_start_methods)


def get_start_method(allow_none=False):
    return _process_module.get_start_method(allow_none)


def set_start_method(method, force=False):
    _process_module.set_start_method(method, force)


class BaseContext:
    """What get_context() returns: this package's API, with Process (and so Pool) using
    one start method."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def __init__(self, method):
        self._name = method
        self.Process = _process_module._process_classes[method]

    def get_start_method(self, allow_none=False):
        return self._name

    def get_context(self, method=None):
        return get_context(method if method is not None else self._name)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    # Locks and their kin remember the context that made them: one made for fork cannot be
    # sent to a spawned child, as in CPython.
    def Lock(self):
        from multiprocessing.synchronize import Lock
        return Lock(ctx=self)

    def RLock(self):
        from multiprocessing.synchronize import RLock
        return RLock(ctx=self)

    def Condition(self, lock=None):
        from multiprocessing.synchronize import Condition
        return Condition(lock, ctx=self)

    def Semaphore(self, value=1):
        from multiprocessing.synchronize import Semaphore
        return Semaphore(value, ctx=self)

    def BoundedSemaphore(self, value=1):
        from multiprocessing.synchronize import BoundedSemaphore
        return BoundedSemaphore(value, ctx=self)

    def Event(self):
        from multiprocessing.synchronize import Event
        return Event(ctx=self)

    def Barrier(self, parties, action=None, timeout=None):
        from multiprocessing.synchronize import Barrier
        return Barrier(parties, action, timeout, ctx=self)

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        import sys
        return getattr(sys.modules['multiprocessing'], name)

    def __repr__(self):
        kind = {'fork': 'Fork', 'spawn': 'Spawn', 'forkserver': 'ForkServer'}[self._name]
        return '<multiprocessing.context.%sContext object at 0x%x>' % (kind, id(self))


_contexts = {}


def get_context(method=None):
    """The context for a start method (the default one when None)."""
    if method is None:
        method = get_start_method()
    if method not in _process_module._all_start_methods:
        raise ValueError("cannot find context for %r" % (method,))
    if method not in _contexts:
        _contexts[method] = BaseContext(method)
    return _contexts[method]


def _exit_function():
    """Called by the interpreter at exit: ends daemonic children, waits for the others."""
    try:
        import sys
        managers = sys.modules.get("multiprocessing.managers")
        if managers is not None:
            managers._shutdown_all()
        _mp.release_spare()
        _process_exit()
    finally:
        _mp._clear_handles()
