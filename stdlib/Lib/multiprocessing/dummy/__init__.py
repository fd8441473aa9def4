"""multiprocessing.dummy: multiprocessing's interface over threads, as CPython's module:
Pool is a ThreadPool, Process a thread (DummyProcess), Queue a queue.Queue, and the locks,
conditions, events and barriers are threading's. Everything shares this interpreter, its
heap and its GIL: an easy way to compare threads with processes in one program."""

import array
import threading
import weakref
from queue import Queue

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier',
           'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue']

from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier


class DummyProcess(threading.Thread):
    """A thread with a Process's few extra members (exitcode, the children it started)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._children = weakref.WeakKeyDictionary()
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError("Parent is {0!r} but current_process is {1!r}".format(
                self._parent, current_process()))
        self._start_called = True
        if hasattr(self._parent, '_children'):
            self._parent._children[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread
current_process()._children = weakref.WeakKeyDictionary()


def active_children():
    children = current_process()._children
    for p in list(children):
        if not p.is_alive():
            children.pop(p, None)
    return list(children)


def freeze_support():
    pass


from multiprocessing.managers import Namespace   # the same plain namespace


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class Value(object):
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Manager():
    import sys
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


JoinableQueue = Queue


def Pipe(duplex=True):
    """Two connected ends, each with send, recv, poll and close, for threads."""
    from multiprocessing.dummy.connection import Pipe as _Pipe
    return _Pipe(duplex)
