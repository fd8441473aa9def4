"""ProcessPoolExecutor: runs submitted calls in worker processes (a multiprocessing.Pool),
each with its own interpreter and GIL, so CPU-bound calls run in parallel."""

import os
import sys
import time
import threading
import multiprocessing
import multiprocessing.pool
from concurrent.futures import _base


class _RemoteTraceback(Exception):
    """A worker's traceback as text, the __cause__ of the exception a future raises."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process died (or its initializer failed): the pool cannot be used anymore."""


def _process_chunk(fn, chunk):
    """Runs fn over one chunk of map()'s argument tuples, in a worker process."""
    return [fn(*args) for args in chunk]


def _process_worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    """A worker process of the executor: a failing initializer is logged as CPython's
    executor logs it, and the worker ends at once (the executor is broken from then on)."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import logging
            logging.getLogger("concurrent.futures").critical('Exception in initializer:', exc_info=True)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(1)
    for job, i, fn, args, kwargs in multiprocessing.pool.tasks(inqueue, maxtasks):
        call_item = _CallItem(fn, args, kwargs)
        try:
            r = call_item.fn(*call_item.args, **call_item.kwargs)
        except BaseException as e:
            result = (False, multiprocessing.pool.ExceptionWithTraceback(e, e.__traceback__))
        else:
            result = (True, r)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            # As CPython's executor: a result that cannot be sent back makes the error of
            # sending it the future's exception (the pool's MaybeEncodingError is Pool's).
            outqueue.put((job, i, (False, multiprocessing.pool.ExceptionWithTraceback(e, e.__traceback__))))


class _CallItem:
    """One submitted call as a worker runs it (the frame of a traceback from a worker shows
    the line that calls it, as CPython's does)."""

    __slots__ = ("fn", "args", "kwargs")

    def __init__(self, fn, args, kwargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ExecutorPool(multiprocessing.pool.Pool):
    """The executor's processes: named as their context names plain processes
    (ForkProcess-1, SpawnProcess-2), and not replaced once one has died."""

    _worker_function = staticmethod(_process_worker)
    _names_pool_workers = False

    def _check_workers(self):
        if any(w.exitcode not in (None, 0) for w in self._pool):
            self._processes = 0
        super()._check_workers()


class ProcessPoolExecutor(_base.Executor):
    """Runs calls in max_workers processes (by default os.cpu_count())."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        if mp_context is None:
            mp_context = multiprocessing.get_context()   # the default's own (ForkProcess-1...)
        self._pool = _ExecutorPool(max_workers, initializer, initargs, max_tasks_per_child,
                                   context=mp_context)
        self._lock = threading.Lock()
        self._pending = 0
        self._shutdown = False
        self._broken = False

    def _wait_for_pending(self):
        # The pool's result handler finishes the futures; shutdown waits for the last one.
        while True:
            with self._lock:
                if self._pending == 0:
                    return
            time.sleep(0.005)

    def _finished(self, future, setter, value):
        with self._lock:
            self._pending -= 1
        if future.set_running_or_notify_cancel() or future.running():
            setter(value)

    def _failed(self, future, exc):
        cause = exc.__cause__
        if isinstance(cause, multiprocessing.pool.RemoteTraceback):
            exc.__cause__ = _RemoteTraceback(cause.tb)
        if isinstance(exc, multiprocessing.ProcessError) and 'died unexpectedly' in str(exc):
            # As CPython's: the futures pending say how they ended; a later submit says
            # the pool is unusable.
            self._broken = 'A child process terminated abruptly, the process pool is not usable anymore'
            exc = BrokenProcessPool('A process in the process pool was terminated abruptly '
                                    'while the future was running or pending.')
        self._finished(future, future.set_exception, exc)

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) in a worker process; returns its Future."""
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            self._pending += 1
        f = _base.Future()
        try:
            self._pool.apply_async(fn, args, kwargs,
                                   callback=lambda value: self._finished(f, f.set_result, value),
                                   error_callback=lambda exc: self._failed(f, exc))
        except Exception as exc:
            # The call could not be sent (it cannot be pickled, say): as in CPython, the
            # future holds the error, and the pool has nothing pending for it.
            self._failed(f, exc)
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables) across the processes, chunksize calls per message."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        # Even one call per chunk runs through _process_chunk, as in CPython (where a
        # traceback from a worker shows it).
        args = list(zip(*iterables))
        chunks = [args[i:i + chunksize] for i in range(0, len(args), chunksize)]
        results = super().map(_process_chunk, [fn] * len(chunks), chunks, timeout=timeout)

        def flatten():
            for chunk in results:
                for value in chunk:
                    yield value
        return flatten()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submissions; with wait, returns once the submitted calls have finished."""
        with self._lock:
            self._shutdown = True
        if wait:
            self._wait_for_pending()
            self._pool.close()
            self._pool.join()
