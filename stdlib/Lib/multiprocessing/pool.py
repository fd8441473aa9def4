"""A pool of worker processes, as CPython's multiprocessing/pool.py: map, starmap, apply,
their _async forms with AsyncResult.get(timeout), imap, imap_unordered, close, join,
terminate and the with-statement.

Tasks go to the workers through one queue and results come back through another (both in
the broker). As in CPython, a result-handler thread takes the results as they come and runs
the callbacks (callers waiting for a result are woken when it is in); between results it
watches the workers: if one dies, every job still pending fails with a ProcessError
(instead of waiting forever, as CPython's Pool would), and a new worker takes the dead
one's place. CPython's pool runs two more threads (for workers and for tasks), which MiniPy
does without; their numbers in thread names are taken all the same, so a program's own
threads are named as under CPython.

ThreadPool is the same pool with threads for workers and in-process queues."""

import os
import threading
import time
from queue import Empty
from multiprocessing.process import Process, get_start_method
from multiprocessing.queues import SimpleQueue
from multiprocessing import TimeoutError

__all__ = ["Pool", "ThreadPool", "AsyncResult", "ApplyResult", "MapResult", "RemoteTraceback"]

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"


class MaybeEncodingError(Exception):
    """A result (or exception) of a task could not be sent back to the parent."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, as text: the __cause__ of the
    exception the parent re-raises, so both tracebacks are printed."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """A worker's exception with its traceback formatted, as it travels to the parent."""

    def __init__(self, exc, tb):
        import traceback
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    func, chunk = args
    return [func(*a) for a in chunk]


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, wrap_exception=True):
    """The body of each worker process (or ThreadPool thread): take a task, run it, send back
    (job, i, result); an error travels with its traceback as text, from another process."""
    if initializer is not None:
        initializer(*initargs)
    for job, i, func, args, kwds in tasks(inqueue, maxtasks):
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, ExceptionWithTraceback(e, e.__traceback__) if wrap_exception else e)
        send_result(outqueue, job, i, result)


def tasks(inqueue, maxtasks):
    """The (job, i, func, args, kwds) tasks a worker takes, until the None that stops it or
    maxtasks of them; the next is taken once the last one's result is sent."""
    completed = 0
    while maxtasks is None or completed < maxtasks:
        task = inqueue.get()
        if task is None:
            return
        yield task
        completed += 1


def send_result(outqueue, job, i, result):
    """Sends a task's (success, value) back; a value that cannot be sent is replaced by the
    MaybeEncodingError saying so."""
    try:
        outqueue.put((job, i, result))
    except Exception as e:
        value = result[1].exc if isinstance(result[1], ExceptionWithTraceback) else result[1]
        outqueue.put((job, i, (False, MaybeEncodingError(e, value))))


class ApplyResult:
    """The pending result of one apply_async call."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._job = pool._next_job()
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._ready = False
        self._success = None
        self._value = None
        self._cache[self._job] = self

    def ready(self):
        return self._ready

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._pool._wait_for(self.ready, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            from multiprocessing import TimeoutError
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        self._finish()

    def _fail(self, exc):
        self._success = False
        self._value = exc
        self._finish()

    def _finish(self):
        self._ready = True
        self._cache.pop(self._job, None)
        if self._success and self._callback is not None:
            self._callback(self._value)
        if not self._success and self._error_callback is not None:
            self._error_callback(self._value)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The pending result of a map_async call: chunks arrive in any order."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._finish()
        else:
            self._number_left = length // chunksize + (1 if length % chunksize else 0)

    def _set(self, i, success_result):
        if self._ready:
            return
        success, result = success_result
        if not success:
            self._fail(result)
            return
        self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        self._number_left -= 1
        if self._number_left == 0:
            self._finish()


class IMapIterator:
    """The results of imap (in order) or imap_unordered (as they arrive)."""

    def __init__(self, pool, ordered):
        self._pool = pool
        self._job = pool._next_job()
        self._cache = pool._cache
        self._ordered = ordered
        self._items = {}
        self._arrived = []
        self._index = 0
        self._length = None
        self._error = None
        self._cache[self._job] = self

    def _set(self, i, obj):
        # Kept as (success, value): a failed call raises its error at its own place in
        # the results, and the iteration goes on after it.
        self._items[i] = obj
        self._arrived.append(i)
        self._check_done()

    def _fail(self, exc):
        self._error = exc
        self._cache.pop(self._job, None)

    def _set_length(self, length):
        self._length = length
        self._check_done()

    def _check_done(self):
        if self._length is not None and len(self._items) + self._index >= self._length:
            self._cache.pop(self._job, None)

    def _has_next(self):
        if self._error is not None:
            return True
        if self._ordered:
            return self._index in self._items
        return len(self._arrived) > 0

    def __iter__(self):
        return self

    def next(self, timeout=None):
        if self._length is not None and self._index >= self._length:
            raise StopIteration
        self._pool._wait_for(self._has_next, timeout)
        if not self._has_next():
            from multiprocessing import TimeoutError
            raise TimeoutError
        if self._error is not None:
            raise self._error
        key = self._index if self._ordered else self._arrived.pop(0)
        if self._ordered and key in self._arrived:
            self._arrived.remove(key)
        self._index += 1
        success, value = self._items.pop(key)
        if not success:
            raise value
        return value

    __next__ = next


class Pool:
    """A pool of worker processes that run tasks submitted by this process."""

    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._state = INIT
        self._ctx = context
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._setup_queues()
        self._cache = {}
        self._job_counter = 0
        self._lock = threading.Lock()
        self._pool = []
        for i in range(processes):
            self._add_worker()
        self._state = RUN
        self._results_changed = threading.Condition(threading.Lock())
        self._handler_stopped = False
        threading._newname()   # CPython's worker handler thread
        threading._newname()   # and its task handler thread
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    # What each worker process runs, and whether it is named as a pool's (ForkPoolWorker-1)
    # rather than as a plain process of its context (ForkProcess-1): concurrent.futures'
    # process pool changes both.
    _worker_function = staticmethod(worker)
    _names_pool_workers = True

    def _setup_queues(self):
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()

    def _add_worker(self):
        process_class = self._ctx.Process if self._ctx is not None else Process
        w = process_class(target=self._worker_function,
                          args=(self._inqueue, self._outqueue, self._initializer,
                                self._initargs, self._maxtasksperchild))
        method = process_class._start_method or get_start_method()
        if self._names_pool_workers:
            prefix = {"fork": "ForkPoolWorker", "forkserver": "ForkServerPoolWorker"}.get(method, "SpawnPoolWorker")
            w.name = w.name.replace(process_class.__name__, prefix)
        w.daemon = True
        w.start()
        self._pool.append(w)

    def _next_job(self):
        self._job_counter += 1
        return self._job_counter

    def __repr__(self):
        # Once closed, the pool no longer replaces (or forgets) workers that end: the size
        # shown stays the number it had, as in CPython, whose list keeps them.
        size = len(self._pool) if self._state == RUN else self._processes
        return "<%s.%s state=%s pool_size=%d>" % (type(self).__module__, type(self).__name__,
                                                   self._state, size)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # ── collecting results, watching workers ──

    def _wait_for(self, predicate, timeout):
        """Waits until predicate() holds (the result handler says when anything changed),
        or the timeout passes."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._results_changed:
            while not predicate():
                wait = 0.05
                if deadline is not None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return
                    wait = min(wait, remaining)
                self._results_changed.wait(wait)

    def _handle_results(self):
        """The result handler thread's loop, until the pool is terminated or joined."""
        while self._state != TERMINATE and not self._handler_stopped:
            try:
                changed = self._pull_result(0.05)
            except Exception:
                # A result that cannot be delivered (a callback raised): as in CPython,
                # the handler goes on with the next one.
                changed = True
            if changed:
                with self._results_changed:
                    self._results_changed.notify_all()

    def _pull_result(self, wait):
        """Takes one result off the queue (waiting up to wait seconds) and delivers it; with
        none, checks on the workers. Whether anything changed."""
        with self._lock:
            try:
                job, i, obj = self._outqueue.get(timeout=wait)
            except Empty:
                return self._check_workers()
            success, value = obj
            if not success and isinstance(value, ExceptionWithTraceback):
                obj = (False, rebuild_exc(value.exc, value.tb))
            result = self._cache.get(job)
            if result is not None:
                result._set(i, obj)
            return True

    def _stop_result_handler(self):
        self._handler_stopped = True
        if self._result_handler is not threading.current_thread():
            self._result_handler.join()

    def _check_workers(self):
        dead = [w for w in self._pool if w.exitcode is not None]
        if not dead:
            return False
        for w in dead:
            self._pool.remove(w)
            w.join()
        if self._state != RUN:
            if self._state == CLOSE:
                # Remaining workers will finish what is queued; what a dead one held is lost.
                self._fail_pending(dead)
            return True
        self._fail_pending(dead)
        while len(self._pool) < self._processes:
            self._add_worker()
        return True

    def _fail_pending(self, dead):
        codes = [w.exitcode for w in dead if w.exitcode != 0]
        if not codes:
            return
        from multiprocessing import ProcessError
        for result in list(self._cache.values()):
            err = ProcessError("a worker process of the pool died unexpectedly (exit code %d)" % codes[0])
            result._fail(err)

    # ── submitting work ──

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        try:
            self._inqueue.put((result._job, 0, func, tuple(args), dict(kwds)))
        except Exception as e:
            # As CPython's task handler: a task that cannot be sent (it cannot be pickled)
            # fails its result, which leaves the pool's pending jobs.
            result._set(0, (False, e))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if chunksize < 1 and items:
            chunksize = 1
        if not items:
            chunksize = 0
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        i = 0
        for start in range(0, len(items), max(chunksize, 1)):
            chunk = tuple(items[start:start + chunksize])
            try:
                self._inqueue.put((result._job, i, mapper, ((func, chunk),), {}))
            except Exception as e:
                result._set(i, (False, e))   # as apply_async; the job has failed as a whole
                break
            i += 1
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, False)

    def _imap(self, func, iterable, ordered):
        self._check_running()
        result = IMapIterator(self, ordered)
        n = 0
        for item in iterable:
            try:
                self._inqueue.put((result._job, n, func, (item,), {}))
            except Exception as e:
                result._set(n, (False, e))   # this item fails; the others still run
            n += 1
        result._set_length(n)
        return result

    # ── ending ──

    def close(self):
        """No more tasks; the workers exit once the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            for w in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        """Stops the workers at once, without finishing outstanding work."""
        self._state = TERMINATE
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        for w in self._pool:
            w.join()
        self._stop_result_handler()
        # Results still pending will never come; dropping them also breaks the cycle
        # pool -> cache -> result -> pool, which reference counting alone cannot free.
        self._cache.clear()

    def join(self):
        """Waits for the workers to exit; close() or terminate() must come first."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for w in list(self._pool):
            w.join()
        # What the workers sent before they ended is taken by the result handler.
        while self._state == CLOSE:
            with self._lock:
                if not self._cache or not self._outqueue.qsize():
                    break
            time.sleep(0.005)
        self._stop_result_handler()
        self._cache.clear()
        self._pool = []

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class _ThreadWorker(threading.Thread):
    """A ThreadPool's worker: a thread, answering the pool's questions as a process would
    (its exit code: None while it runs, 0 once it has ended, 1 if an error ended it, so
    the pool fails what it was doing instead of waiting for it for ever)."""

    _failed = False

    def run(self):
        try:
            threading.Thread.run(self)
        except BaseException:
            self._failed = True
            raise

    @property
    def exitcode(self):
        if self._started.is_set() and not self.is_alive():
            return 1 if self._failed else 0
        return None

    def terminate(self):
        pass   # a thread cannot be stopped: it ends at the sentinel after its current task


class ThreadPool(Pool):
    """Pool's interface with threads for workers (so all share this interpreter and its
    GIL): tasks and results go through in-process queues, nothing is copied or pickled, and
    an error reaches get() with its own traceback."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        import queue
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()

    def _add_worker(self):
        w = _ThreadWorker(target=worker, name="%s (worker)" % threading._newname(),
                          args=(self._inqueue, self._outqueue, self._initializer,
                                self._initargs, None, False))
        w.daemon = True
        w.start()
        self._pool.append(w)

    def terminate(self):
        """Drops the queued tasks; each worker ends after the task it is running."""
        self._state = TERMINATE
        try:
            while True:
                self._inqueue.get(block=False)
        except Empty:
            pass
        for w in self._pool:
            self._inqueue.put(None)
        for w in self._pool:
            w.join()
        self._stop_result_handler()
        self._cache.clear()
