"""The Future, the Executor interface, and the functions that wait on several futures."""

import collections
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for the module's errors."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work (a worker failed to start or died)."""


class _Waiter:
    """What wait() and as_completed() block on: futures report to it as they end."""

    def __init__(self, return_when):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []
        self.return_when = return_when

    def _done(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
        if (self.return_when == FIRST_COMPLETED
                or (self.return_when == FIRST_EXCEPTION and failed)
                or self.return_when == 'AS_COMPLETED'):
            self.event.set()

    def add_result(self, future):
        self._done(future, False)

    def add_exception(self, future):
        self._done(future, True)

    def add_cancelled(self, future):
        self._done(future, False)


class _AllCompletedWaiter(_Waiter):
    """Wakes when every future has ended (or, for FIRST_EXCEPTION, one has failed)."""

    def __init__(self, num_pending_calls, stop_on_exception):
        super().__init__(ALL_COMPLETED)
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception

    def _decrement(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        with self.lock:
            self.finished_futures.append(future)
        self._decrement()

    def add_exception(self, future):
        with self.lock:
            self.finished_futures.append(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement()

    def add_cancelled(self, future):
        with self.lock:
            self.finished_futures.append(future)
        self._decrement()


def _install_waiter(fs, return_when):
    if return_when == 'AS_COMPLETED' or return_when == FIRST_COMPLETED:
        waiter = _Waiter(return_when)
    else:
        pending = sum(1 for f in fs if f._state not in (CANCELLED_AND_NOTIFIED, FINISHED))
        waiter = _AllCompletedWaiter(pending, return_when == FIRST_EXCEPTION)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yields the futures of fs as they finish (those already finished first); raises
    TimeoutError if some are still unfinished after timeout seconds."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    finished = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
    pending = fs - finished
    waiter = None
    for f in fs:
        f._condition.acquire()
    try:
        waiter = _install_waiter(fs, 'AS_COMPLETED')
    finally:
        for f in fs:
            f._condition.release()
    try:
        for f in finished:
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                done = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in done:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures of fs: until the first finishes (FIRST_COMPLETED), one raises
    (FIRST_EXCEPTION) or all finish (ALL_COMPLETED), or timeout seconds pass."""
    fs = set(fs)
    for f in fs:
        f._condition.acquire()
    try:
        done = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    finally:
        for f in fs:
            f._condition.release()
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _log_callback_error(future):
    """A done-callback raised: logged with its traceback on the "concurrent.futures" logger,
    as CPython does (logging is imported only then)."""
    import logging
    logging.getLogger("concurrent.futures").exception("exception calling callback for %r", future)


class Future:
    """The result of a call that may not have finished yet."""

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_callback_error(self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancels the call if it has not started; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future ends (at once if it has)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_callback_error(self)

    def _wait_until_finished(self, timeout):
        """Under the condition: waits at most timeout seconds for the call to end; raises
        CancelledError if it was cancelled, TimeoutError if it has not ended."""
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's result, waiting at most timeout seconds; raises what the call raised."""
        try:
            with self._condition:
                self._wait_until_finished(timeout)
                return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting at most timeout seconds."""
        with self._condition:
            self._wait_until_finished(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running; False if it was cancelled instead."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    """Runs calls asynchronously: submit() one, map() many; shutdown() when done."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls made concurrently; results in order. A
        result not ready timeout seconds after this call raises TimeoutError."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
