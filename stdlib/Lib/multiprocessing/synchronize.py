"""Locks, semaphores, conditions, events and barriers shared between processes, as CPython's
multiprocessing/synchronize.py. Each is built on _multiprocessing.SemLock, whose permits live
in memory that every process using the lock maps (Natives/SemLock.cs): taking a free lock
is one atomic instruction, and a process that must wait sleeps on the shared word itself
(a futex) — no message to any other process. What a SemLock keeps besides its permits (how
often this process holds it, and which thread took it) is this process's own, as CPython's
is. A lock sent to a child travels as the name of its shared slot."""

import _multiprocessing as _mp
import threading
import time

__all__ = ["Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier"]

RECURSIVE_MUTEX, SEMAPHORE = 0, 1
SEM_VALUE_MAX = _mp.SemLock.SEM_VALUE_MAX


def _start_method():
    from multiprocessing.process import get_start_method
    return get_start_method()


def _spawning_method():
    from multiprocessing.process import spawning_method
    return spawning_method()


def _assert_spawning(obj):
    if _spawning_method() is None:
        raise RuntimeError("%s objects should only be shared between processes through inheritance"
                           % type(obj).__name__)


def _holder(sl):
    """Who holds a lock and how deeply, as CPython's Lock and RLock reprs say it: this
    process (and thread), None, SomeOtherThread or SomeOtherProcess."""
    try:
        if sl._is_mine():
            return _owner_name(), sl._count()
        if sl._get_value() == 1:
            return "None", 0
        if sl._count() > 0:
            return "SomeOtherThread", "nonzero"
        return "SomeOtherProcess", "nonzero"
    except Exception:
        return "unknown", "unknown"


def _owner_name():
    """'MainProcess', or 'MainProcess|Thread-1' from another thread, as CPython's reprs say."""
    from multiprocessing.process import current_process
    name = current_process().name
    thread = threading.current_thread().name
    if thread != "MainThread":
        name += "|" + thread
    return name


class SemLock:
    """The common base: acquire and release are the shared SemLock's own methods."""

    _kind = None

    def __init__(self, kind, value, maxvalue, *, ctx=None, _state=None):
        if _state is not None:
            self._semlock = _mp.semlock_rebuild(*_state)
            self._is_fork_ctx = False
        else:
            self._semlock = _mp.SemLock(kind, value, maxvalue)
            method = ctx.get_start_method() if ctx is not None else _start_method()
            self._is_fork_ctx = method == "fork"
        self._make_methods()

    def _make_methods(self):
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release

    def __enter__(self):
        return self._semlock.__enter__()

    def __exit__(self, *args):
        return self._semlock.__exit__(*args)

    def __mp_reduce__(self):
        _assert_spawning(self)
        if self._is_fork_ctx and _spawning_method() != "fork":
            raise RuntimeError("A SemLock created in a fork context is being shared with a process "
                               "in a spawn context. This is not supported. Please use the same "
                               "context to create multiprocessing objects and Process.")
        sl = self._semlock
        return (self._kind, (sl.handle, sl.kind, sl.maxvalue))


class Semaphore(SemLock):
    """A counter of permits shared between processes."""

    _kind = "Semaphore"

    def __init__(self, value=1, *, ctx=None, _state=None):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx, _state=_state)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = "unknown"
        return "<%s(value=%s)>" % (type(self).__name__, value)


class BoundedSemaphore(Semaphore):
    """A semaphore that cannot be released above its initial value."""

    _kind = "BoundedSemaphore"

    def __init__(self, value=1, *, ctx=None, _state=None):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx, _state=_state)

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = "unknown"
        return "<%s(value=%s, maxvalue=%s)>" % (type(self).__name__, value, self._semlock.maxvalue)


class Lock(SemLock):
    """A non-recursive lock shared between processes: a semaphore of one permit."""

    _kind = "Lock"

    def __init__(self, *, ctx=None, _state=None):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx, _state=_state)

    def __repr__(self):
        return "<%s(owner=%s)>" % (type(self).__name__, _holder(self._semlock)[0])


class RLock(SemLock):
    """A recursive lock shared between processes: its owning thread may take it again."""

    _kind = "RLock"

    def __init__(self, *, ctx=None, _state=None):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx, _state=_state)

    def __repr__(self):
        return "<%s(%s, %s)>" % ((type(self).__name__,) + _holder(self._semlock))


class Condition:
    """A condition variable over a process-shared lock, built from three semaphores as
    CPython's is: sleepers count themselves in, a notifier lets as many through the wait
    semaphore and then waits until each of them has counted itself woken."""

    def __init__(self, lock=None, *, ctx=None, _state=None):
        if _state is not None:
            self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore = _state
        else:
            self._lock = lock or RLock(ctx=ctx)
            self._sleeping_count = Semaphore(0, ctx=ctx)
            self._woken_count = Semaphore(0, ctx=ctx)
            self._wait_semaphore = Semaphore(0, ctx=ctx)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __mp_reduce__(self):
        _assert_spawning(self)
        return ("Condition", (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count._semlock._get_value() -
                           self._woken_count._semlock._get_value())
        except Exception:
            num_waiters = "unknown"
        return "<%s(%s, %s)>" % (type(self).__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), "must acquire() condition before using wait()"
        self._sleeping_count.release()
        # Let go of the lock completely, however deep this thread holds it.
        count = self._lock._semlock._count()
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), "lock is not owned"
        assert not self._wait_semaphore.acquire(False)
        # Sleepers that timed out have counted themselves woken: take them off the count.
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, "notify: Bug in sleeping_count.acquire - res should not be False"
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=1 << 62)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    """A flag processes can set, clear and wait for: a semaphore of at most one permit as
    the flag, and a condition to wake the waiters."""

    def __init__(self, *, ctx=None, _state=None):
        if _state is not None:
            self._cond, self._flag = _state
        else:
            self._cond = Condition(Lock(ctx=ctx), ctx=ctx)
            self._flag = Semaphore(0, ctx=ctx)

    def __mp_reduce__(self):
        return ("Event", (self._cond, self._flag))

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = "set" if self.is_set() else "unset"
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier(threading.Barrier):
    """threading.Barrier with its state and count in shared memory and a process-shared
    condition, so that parties in different processes meet at it."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None, _state=None):
        if _state is not None:
            self._parties, self._action, self._timeout, self._cond, self._array = _state
            return
        if parties < 1:
            raise ValueError("parties must be > 0")
        from multiprocessing.sharedctypes import RawArray
        self._parties, self._action, self._timeout = parties, action, timeout
        self._cond = Condition(ctx=ctx)
        self._array = RawArray("i", 2)

    def __mp_reduce__(self):
        return ("Barrier", (self._parties, self._action, self._timeout, self._cond, self._array))

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value


def _rebuild(cls):
    def rebuild(*state):
        return cls(_state=state)
    return rebuild


for _cls in (Semaphore, BoundedSemaphore, Lock, RLock):
    _mp._register_handle(_cls._kind, _rebuild(_cls))
_mp._register_handle("Condition", lambda *state: Condition(_state=state))
_mp._register_handle("Event", lambda *state: Event(_state=state))
_mp._register_handle("Barrier", lambda *state: Barrier(None, _state=state))
