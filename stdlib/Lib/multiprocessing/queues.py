"""Queues between processes, as CPython's multiprocessing/queues.py: Queue, SimpleQueue and
JoinableQueue. Items are kept, already encoded in the data-only wire format, by the broker in
the root process; put and get are requests to it. A get with a timeout raises queue.Empty
when nothing arrives — also when the process that would have put something has died."""

import _multiprocessing as _mp
from queue import Empty, Full

__all__ = ["Queue", "SimpleQueue", "JoinableQueue"]


class Queue:
    """A FIFO queue that any process holding it can put to and get from."""

    def __init__(self, maxsize=0, *, ctx=None, _id=None):
        if maxsize <= 0:
            maxsize = 0
        self._maxsize = maxsize
        self._id = _mp.queue_new(maxsize) if _id is None else _id
        self._closed = False

    def __mp_reduce__(self):
        return ("Queue", (self._id, self._maxsize))

    def _check_closed(self):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if not _mp.queue_put(self._id, obj, block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        self._check_closed()
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        ok, item = _mp.queue_get(self._id, block, timeout)
        if not ok:
            raise Empty
        return item

    def qsize(self):
        return _mp.queue_size(self._id)

    def empty(self):
        return not self.qsize()

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue with task_done() and join(), counting unfinished tasks in the broker."""

    def __init__(self, maxsize=0, *, ctx=None, _state=None):
        if _state is not None:
            qid, maxsize, self._unfinished, self._cond = _state
            Queue.__init__(self, maxsize, _id=qid)
        else:
            Queue.__init__(self, maxsize)
            from multiprocessing.synchronize import Semaphore, Condition
            self._unfinished = Semaphore(0)
            self._cond = Condition()

    def __mp_reduce__(self):
        return ("JoinableQueue", (self._id, self._maxsize, self._unfinished, self._cond))

    def put(self, obj, block=True, timeout=None):
        with self._cond:
            Queue.put(self, obj, block, timeout)
            self._unfinished.release()

    def task_done(self):
        with self._cond:
            if not self._unfinished.acquire(False):
                raise ValueError("task_done() called too many times")
            if self._unfinished.get_value() == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if self._unfinished.get_value() != 0:
                self._cond.wait()


class SimpleQueue(Queue):
    """An unbounded queue with put, get and empty."""

    def __init__(self, *, ctx=None, _id=None):
        Queue.__init__(self, 0, _id=_id)

    def __mp_reduce__(self):
        return ("SimpleQueue", (self._id,))


_mp._register_handle("Queue", lambda ident, maxsize: Queue(maxsize, _id=ident))
_mp._register_handle("SimpleQueue", lambda ident: SimpleQueue(_id=ident))
_mp._register_handle("JoinableQueue", lambda *state: JoinableQueue(_state=state))
