"""ThreadPoolExecutor: runs submitted calls in a pool of threads started as work arrives."""

import os
import queue
import threading
from concurrent.futures import _base

# Executors whose workers must finish their queues before the interpreter exits, as
# CPython's do: at exit each is told to stop and its threads are joined.
_live_executors = []
_shutting_down = False


def _python_exit():
    global _shutting_down
    _shutting_down = True
    for executor in list(_live_executors):
        executor._stop_workers()
    for executor in list(_live_executors):
        for t in list(executor._threads):
            t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            # Reported through the logger CPython's pool uses (its LOGGER), traceback included.
            import logging
            logging.getLogger("concurrent.futures").critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        # None: the executor is shutting down; pass the news on to the next worker.
        work_queue.put(None)
        return


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread's initializer failed."""


class ThreadPoolExecutor(_base.Executor):
    """Runs calls in up to max_workers threads (by default min(32, cpu_count + 4))."""

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.Queue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            # only an executor named by default takes a number, as in CPython
            thread_name_prefix = "ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        _live_executors.append(self)

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutting_down:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the new item; otherwise start one, up to the limit.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for work_item in self._drain_queue():
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def _drain_queue(self):
        """Takes the work items still waiting in the queue."""
        taken = []
        while True:
            try:
                work_item = self._work_queue.get_nowait()
            except queue.Empty:
                return taken
            if work_item is not None:
                taken.append(work_item)

    def _stop_workers(self):
        self._work_queue.put(None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submissions; with cancel_futures the queued calls are cancelled; with
        wait, returns once the running ones have finished."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for work_item in self._drain_queue():
                    work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
        if self in _live_executors and (wait or not self._threads):
            _live_executors.remove(self)

