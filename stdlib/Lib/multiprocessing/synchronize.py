"""Locks, semaphores and events shared between processes, as CPython's
multiprocessing/synchronize.py. Their state lives in the broker (the root process); each
object here is a handle — a kind and an id — that can be passed to a child process."""

import _multiprocessing as _mp
from _thread import get_ident as _get_ident

__all__ = ["Lock", "RLock", "Semaphore", "BoundedSemaphore", "Event", "Condition"]


def _timeout(block, timeout):
    if not block:
        return 0
    return timeout


class _Handle:
    """Something whose state is in the broker: sent to another process as (kind, id)."""

    _kind = None

    def __mp_reduce__(self):
        return (self._kind, (self._id,))


class SemLock(_Handle):
    pass


class Semaphore(SemLock):
    """A counter of permits shared between processes."""

    _kind = "Semaphore"
    _max = -1

    def __init__(self, value=1, *, ctx=None, _id=None):
        if _id is None:
            if value < 0:
                raise ValueError("semaphore initial value must be >= 0")
            _id = _mp.sem_new(value, self._max_for(value))
        self._id = _id

    def _max_for(self, value):
        return -1

    def acquire(self, block=True, timeout=None):
        return _mp.sem_acquire(self._id, block, timeout)

    def release(self):
        _mp.sem_release(self._id)

    def get_value(self):
        return _mp.sem_value(self._id)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s(value=%s)>" % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    """A semaphore that cannot be released above its initial value."""

    _kind = "BoundedSemaphore"

    def _max_for(self, value):
        return value


class Lock(Semaphore):
    """A non-recursive lock shared between processes."""

    _kind = "Lock"

    def __init__(self, *, ctx=None, _id=None):
        Semaphore.__init__(self, 1, _id=_id)

    def _max_for(self, value):
        return 1

    def __repr__(self):
        return "<Lock(owner=%s)>" % ("None" if self.get_value() else "SomeOtherProcess")


class RLock(_Handle):
    """A recursive lock shared between processes: its owner may acquire it again. Re-entries
    by the owning thread are counted here, so only the first acquire and the last release
    are requests to the broker."""

    _kind = "RLock"

    def __init__(self, *, ctx=None, _id=None):
        self._id = _mp.rlock_new() if _id is None else _id
        self._depth = {}

    def acquire(self, block=True, timeout=None):
        me = _get_ident()
        n = self._depth.get(me, 0)
        if n:
            self._depth[me] = n + 1
            return True
        if _mp.rlock_acquire(self._id, block, timeout):
            self._depth[me] = 1
            return True
        return False

    def release(self):
        me = _get_ident()
        n = self._depth.get(me, 0)
        if n > 1:
            self._depth[me] = n - 1
            return
        _mp.rlock_release(self._id)
        self._depth.pop(me, None)

    def _is_owned(self):
        return _mp.rlock_owned(self._id)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<RLock(%s)>" % ("owned" if self._is_owned() else "not owned")


class Event(_Handle):
    """A flag that processes can set, clear and wait for."""

    _kind = "Event"

    def __init__(self, *, ctx=None, _id=None):
        self._id = _mp.event_new() if _id is None else _id

    def is_set(self):
        return _mp.event_is_set(self._id)

    def set(self):
        _mp.event_set(self._id)

    def clear(self):
        _mp.event_clear(self._id)

    def wait(self, timeout=None):
        return _mp.event_wait(self._id, timeout)


class Condition:
    """A condition variable over a process-shared lock (built from semaphores, as CPython's)."""

    def __init__(self, lock=None, *, ctx=None, _state=None):
        if _state is not None:
            self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore = _state
        else:
            self._lock = lock or RLock()
            self._sleeping_count = Semaphore(0)
            self._woken_count = Semaphore(0)
            self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __mp_reduce__(self):
        return ("Condition", (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        self._sleeping_count.release()
        count = 0
        if isinstance(self._lock, RLock):
            while self._lock._is_owned():
                self._lock.release()
                count += 1
        else:
            self._lock.release()
            count = 1
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, "notify: bug in sleeping_count.acquire"
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
        self.notify(1 << 30)

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = timeout
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


def _rebuild(cls):
    def rebuild(ident):
        return cls(_id=ident)
    return rebuild


for _cls in (Semaphore, BoundedSemaphore, Lock, RLock, Event):
    _mp._register_handle(_cls._kind, _rebuild(_cls))
_mp._register_handle("Condition", lambda *state: Condition(_state=state))
