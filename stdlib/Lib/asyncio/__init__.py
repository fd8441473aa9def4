"""asyncio: coroutines run by an event loop, as CPython 3.11's asyncio for what it offers.

One thread runs the loop. A Task drives a coroutine by send(): the coroutine runs until it
awaits a Future that is not done yet; the future travels up through every awaiting
coroutine (the yield inside Future.__await__) to the task, which asks to be woken when the
future is done and gives the thread back to the loop. The loop runs callbacks that are
ready, then the timers that are due (asyncio.sleep is a timer that completes a future), and
when nothing is ready it waits, on a condition variable rather than on sockets: other
threads wake it with call_soon_threadsafe (run_in_executor and to_thread complete their
futures that way). With the GIL on, other Python threads run while it waits.

What is here: run, the loop (call_soon, call_later, call_at, call_soon_threadsafe,
run_until_complete, run_forever, run_in_executor, create_task, create_future, time),
Future, Task (names, cancel with messages, uncancel, current_task, all_tasks), TaskGroup
(its errors in an ExceptionGroup, which `except*` takes apart), sleep,
gather, wait_for, wait, as_completed, shield, timeout, to_thread, ensure_future,
wrap_future, Queue/PriorityQueue/LifoQueue, Lock, Event, Condition, Semaphore,
BoundedSemaphore, iscoroutine, iscoroutinefunction; signal handlers (add_signal_handler
makes the signal's handler hand the callback to the loop). Imported on first use: the
descriptors' watching, transports, protocols and servers (_asyncio_transports.py: a thread
waits in select() for the descriptors of add_reader/add_writer and hands the ready ones to
the loop), streams (_asyncio_streams.py) and subprocesses (_asyncio_subprocess.py).
shutdown_asyncgens() has nothing to do (an asynchronous generator left suspended is closed
when it is freed).
"""

import collections
import functools
import heapq
import itertools
import sys
import threading
import time
import types
import weakref
import _traceback

import concurrent.futures
import contextvars

__all__ = [
    'run', 'Runner', 'get_event_loop', 'get_running_loop', 'new_event_loop', 'set_event_loop',
    'AbstractEventLoop', 'AbstractServer', 'BaseEventLoop', 'Future', 'Task', 'Handle', 'TimerHandle',
    'sleep', 'gather', 'wait_for', 'wait', 'as_completed', 'shield', 'timeout',
    'timeout_at', 'Timeout', 'to_thread', 'ensure_future', 'wrap_future', 'create_task',
    'current_task', 'all_tasks', 'iscoroutine', 'iscoroutinefunction', 'isfuture',
    'run_coroutine_threadsafe', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty',
    'QueueFull', 'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'BrokenBarrierError', 'SendfileNotAvailableError',
    'TaskGroup', 'CancelledError', 'InvalidStateError', 'TimeoutError', 'FIRST_COMPLETED',
    'FIRST_EXCEPTION', 'ALL_COMPLETED', 'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
    'get_event_loop_policy', 'set_event_loop_policy', 'SelectorEventLoop',
    'StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection', 'start_server',
    'open_unix_connection', 'start_unix_server', 'IncompleteReadError', 'LimitOverrunError',
    'create_subprocess_exec', 'create_subprocess_shell',
    'BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol', 'SubprocessProtocol',
    'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport',
    'SubprocessTransport', 'Server',
]


# ───────────────────────────── exceptions ─────────────────────────────

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited on it."""
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    """The stream ended before the expected bytes arrived (readexactly, readuntil)."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The separator was not found within the reader's limit."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class SendfileNotAvailableError(RuntimeError):
    """The loop cannot send the file with sendfile(); the caller falls back to plain sends."""
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'



def _exception_group(message, errors):
    return BaseExceptionGroup(message, errors)


FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


async def _probe():
    pass


_probe_coroutine = _probe()
_CoroutineType = type(_probe_coroutine)
_probe_coroutine.close()
del _probe_coroutine


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj) is _CoroutineType


# What an object that stands for a coroutine function without being one (such as
# unittest.mock's AsyncMock) holds in its _is_coroutine attribute, as in CPython.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an async def, possibly as a method
    or inside functools.partial), or is marked as standing for one."""
    target = func
    while True:
        if isinstance(target, types.MethodType):
            target = target.__func__
        elif isinstance(target, functools.partial):
            target = target.func
        else:
            break
    if isinstance(target, types.FunctionType) and bool(target.__code__.co_flags & 0x80):
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


def _function_source(func):
    """(file, first line) of a callback's code, looking through wrappers and partials."""
    while True:
        wrapped = getattr(func, '__wrapped__', None)
        if wrapped is None:
            break
        func = wrapped
    if isinstance(func, functools.partial):
        return _function_source(func.func)
    code = getattr(func, '__code__', None)
    if code is not None and hasattr(code, 'co_firstlineno'):
        return code.co_filename, code.co_firstlineno
    return None


def _format_args(args, kwargs):
    import reprlib
    items = [reprlib.repr(arg) for arg in args or ()]
    items.extend('%s=%s' % (k, reprlib.repr(v)) for k, v in (kwargs or {}).items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs=None, suffix=''):
    """cb(1, 'x'): a callback and its arguments as CPython's asyncio names them."""
    if isinstance(func, functools.partial):
        return _format_callback(func.func, func.args, func.keywords, _format_args(args, kwargs) + suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_args(args, kwargs) + suffix


def _format_callback_source(func, args):
    """cb(1) at prog.py:12, as in a handle's repr and an 'Exception in callback' message."""
    text = _format_callback(func, args)
    source = _function_source(func)
    if source:
        text += ' at %s:%s' % source
    return text


# ───────────────────────────── handles ─────────────────────────────

class Handle:
    """A callback scheduled on a loop (call_soon)."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        # The callback runs in this context: by default a copy of the scheduler's.
        self._context = contextvars.copy_context() if context is None else context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<%s>' % ' '.join(self._repr_info())

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return self._context

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback %s' % _format_callback_source(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a moment (call_later, call_at)."""

    def __init__(self, when, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, 'when=%s' % self._when)
        return info

    def when(self):
        return self._when


# ───────────────────────────── futures ─────────────────────────────

class Future:
    """The result of an operation that finishes later; awaiting it suspends until then."""

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._log_traceback = False

    def _repr_state(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                return '%s exception=%r' % (state, self._exception)
            return '%s result=%s' % (state, _short_repr(self._result))
        return state

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._repr_state())

    def __del__(self):
        if not self._log_traceback:
            return
        self._log_traceback = False
        self._loop.call_exception_handler({
            'message': '%s exception was never retrieved' % type(self).__name__,
            'exception': self._exception,
            'future': self,
        })

    def get_loop(self):
        return self._loop

    _cancelled_exc = None

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            error = self._cancelled_exc
            self._cancelled_exc = None
            return error
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, context in callbacks:
            self._loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for f, ctx in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _short_repr(value):
    text = repr(value)
    if len(text) > 60:
        text = text[:40] + '...' + text[-17:]
    return text


# ───────────────────────────── tasks ─────────────────────────────

_task_counter = itertools.count(1)
_all_tasks = weakref.WeakSet()  # as CPython's: a pending task nobody holds can be freed
_current_tasks = {}


class Task(Future):
    """A coroutine wrapped in a Future and scheduled on the loop."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._log_traceback = False
            self._log_destroy_pending = False
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        number = next(_task_counter)  # CPython 3.11 counts named tasks too
        self._name = 'Task-%d' % number if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._num_cancels_requested = 0
        # Each task runs in a copy of the context it was made in (contextvars).
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _all_tasks.add(self)

    def __repr__(self):
        state = self._state.lower()
        if self._state == _PENDING and self._must_cancel:
            state = 'cancelling'
        parts = [state, 'name=%r' % self._name, 'coro=<%s>' % _format_coroutine(self._coro)]
        if self._state == _FINISHED:
            if self._exception is not None:
                parts.append('exception=%r' % (self._exception,))
            else:
                parts.append('result=%s' % _short_repr(self._result))
        if self._fut_waiter is not None:
            parts.append('wait_for=%r' % (self._fut_waiter,))
        return '<Task %s>' % ' '.join(parts)

    _log_destroy_pending = True

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        Future.__del__(self)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        """The frames of the task: its coroutine's frame while it is suspended (a suspended
        coroutine's frame has no f_back), else the frames of the traceback it ended with."""
        frames = []
        frame = getattr(self._coro, 'cr_frame', None)
        if frame is None:
            frame = getattr(self._coro, 'gi_frame', None)
        if frame is not None:
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or len(frames) < limit):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Print get_stack() as a traceback, and the exception the task ended with, if any."""
        import linecache
        import traceback
        frames = self.get_stack(limit=limit)
        exc = self._exception
        if file is None:
            file = sys.stderr
        if not frames:
            print('No stack for %r' % (self,), file=file)
        elif exc is not None:
            print('Traceback for %r (most recent call last):' % (self,), file=file)
        else:
            print('Stack for %r (most recent call last):' % (self,), file=file)
        for frame in frames:
            code = frame.f_code
            lineno = frame.f_lineno
            print('  File "%s", line %d, in %s' % (code.co_filename, lineno, code.co_name), file=file)
            line = linecache.getline(code.co_filename, lineno).strip()
            if line:
                print('    %s' % line, file=file)
        if exc is not None:
            for line in traceback.format_exception_only(type(exc), exc):
                print(line, file=file, end='')

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        _all_tasks.discard(self)

    def _step(self, exc=None):
        # Always called inside self._context: the loop runs it there (call_soon's context=).
        if self.done():
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
            self._finish()
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
            self._finish()
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            self._finish()
            raise
        except BaseException as error:
            Future.set_exception(self, error)
            self._finish()
        else:
            self._wait_on(result)
        finally:
            _current_tasks.pop(self._loop, None)

    def _wait_on(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result._loop is not self._loop:
                error = RuntimeError('Task %r got Future %r attached to a different loop' % (self, result))
                self._loop.call_soon(self._step, error, context=self._context)
            elif blocking:
                if result is self:
                    error = RuntimeError('Task cannot await on itself: %r' % (self,))
                    self._loop.call_soon(self._step, error, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                error = RuntimeError('yield was used instead of yield from in task %r with %r' % (self, result))
                self._loop.call_soon(self._step, error, context=self._context)
        elif result is None:
            self._loop.call_soon(self._step, context=self._context)
        else:
            error = RuntimeError('Task got bad yield: %r' % (result,))
            self._loop.call_soon(self._step, error, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


# CPython's futures and tasks are C code, which adds no frames to a traceback: neither do these.
_traceback.hide_frames(Future.result, Future.__await__, Task._step, Task._wakeup, contextvars.Context.run)


def _format_coroutine(coro):
    code = getattr(coro, 'cr_code', None)
    name = getattr(coro, '__qualname__', None) or type(coro).__name__
    if code is None:
        return '%s()' % name
    frame = getattr(coro, 'cr_frame', None)
    if frame is not None:
        return '%s() running at %s:%d' % (name, code.co_filename, frame.f_lineno)
    return '%s() done, defined at %s:%d' % (name, code.co_filename, code.co_firstlineno)


def current_task(loop=None):
    """The task running now (None outside any task)."""
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The tasks of the loop that are not done yet."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and not t.done()}


def _register_task(task):
    """Count a task made outside Task() among all_tasks()."""
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    if _current_tasks.get(loop) is not None:
        raise RuntimeError('Cannot enter into task %r while another task %r is being executed.'
                           % (task, _current_tasks[loop]))
    _current_tasks[loop] = task


def _leave_task(loop, task):
    if _current_tasks.get(loop) is not task:
        raise RuntimeError('Leaving task %r does not match the current task %r.'
                           % (task, _current_tasks.get(loop)))
    del _current_tasks[loop]


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a Task on the running loop and return the task."""
    return get_running_loop().create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), '__await__'):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio Future of this loop."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def copy_state(source):
        if new_future.done():
            return
        if source.cancelled():
            new_future.cancel()
            return
        error = source.exception()
        if error is not None:
            new_future.set_exception(error)
        else:
            new_future.set_result(source.result())

    def when_done(source):
        if not loop.is_closed():
            loop.call_soon_threadsafe(copy_state, source)

    def cancel_source(destination):
        if destination.cancelled():
            future.cancel()

    new_future.add_done_callback(cancel_source)
    future.add_done_callback(when_done)
    return new_future


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to a loop running in another thread; returns a
    concurrent.futures.Future."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    result = concurrent.futures.Future()

    def start():
        task = ensure_future(coro, loop=loop)

        def copy(t):
            if t.cancelled():
                result.cancel()
            elif t.exception() is not None:
                result.set_exception(t.exception())
            else:
                result.set_result(t.result())
        task.add_done_callback(copy)

    loop.call_soon_threadsafe(start)
    return result


# ───────────────────────────── the loop ─────────────────────────────

class AbstractEventLoop:
    pass


class AbstractServer:
    """What a server offers (the loop's servers, create_server's, implement it)."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class BaseEventLoop(AbstractEventLoop):
    """Runs callbacks and timers; waits on a condition for other threads' calls."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._lock = threading.Lock()
        self._wakeup = threading.Condition(self._lock)
        self._from_threads = []
        self._default_executor = None
        self._exception_handler = None
        self._task_factory = None
        self._watcher = None  # the descriptors' _FdWatcher, made by the first add_reader/add_writer

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self.is_closed(), self.get_debug())

    def time(self):
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._timer_seq += 1
        timer = TimerHandle(when, self._timer_seq, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        with self._lock:
            self._from_threads.append(handle)
            self._wakeup.notify()
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is not None:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
            return task
        return Task(coro, loop=self, name=name, context=context)

    def set_task_factory(self, factory):
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        if self._watcher is not None:
            self._watcher.close()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = max(0, self._scheduled[0]._when - self.time())
        else:
            timeout = None
        with self._lock:
            if not self._from_threads and timeout != 0:
                self._wakeup.wait(timeout)
            arrived = self._from_threads
            self._from_threads = []
        self._ready.extend(arrived)
        end = self.time()
        while self._scheduled and self._scheduled[0]._when <= end:
            timer = heapq.heappop(self._scheduled)
            if not timer._cancelled:
                self._ready.append(timer)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        executor = self._default_executor
        if executor is None:
            return
        self._default_executor = None
        done = self.create_future()

        def shut_down():
            try:
                executor.shutdown(wait=True)
            finally:
                self.call_soon_threadsafe(_set_result_unless_cancelled, done, None)

        threading.Thread(target=shut_down).start()
        await done

    async def shutdown_asyncgens(self):
        pass

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('%s: %r' % (key, context[key]))
        error = context.get('exception')
        text = '\n'.join(lines)
        if error is not None:
            import traceback
            text += '\n' + ''.join(traceback.format_exception(type(error), error, error.__traceback__)).rstrip('\n')
        sys.stderr.write(text + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            self.default_exception_handler({
                'message': 'Unhandled error in exception handler',
                'exception': error,
                'context': context,
            })

    # Descriptors, sockets, connections, servers and pipes: see _asyncio_transports.py.

    def _fd_watcher(self):
        if self._watcher is None:
            self._watcher = _transports()._FdWatcher(self)
        return self._watcher

    def add_reader(self, fd, callback, *args):
        """Calls callback(*args) in the loop whenever fd is ready to be read."""
        self._check_closed()
        self._fd_watcher().add(0, fd, callback, args)

    def remove_reader(self, fd):
        if self._watcher is None:
            return False
        return self._watcher.remove(0, fd)

    def add_writer(self, fd, callback, *args):
        """Calls callback(*args) in the loop whenever fd is ready to be written."""
        self._check_closed()
        self._fd_watcher().add(1, fd, callback, args)

    def remove_writer(self, fd):
        if self._watcher is None:
            return False
        return self._watcher.remove(1, fd)

    async def sock_recv(self, sock, nbytes):
        return await _transports().sock_recv(self, sock, nbytes)

    async def sock_recv_into(self, sock, buf):
        return await _transports().sock_recv_into(self, sock, buf)

    async def sock_recvfrom(self, sock, bufsize):
        return await _transports().sock_recvfrom(self, sock, bufsize)

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        return await _transports().sock_recvfrom_into(self, sock, buf, nbytes)

    async def sock_sendall(self, sock, data):
        return await _transports().sock_sendall(self, sock, data)

    async def sock_sendto(self, sock, data, address):
        return await _transports().sock_sendto(self, sock, data, address)

    async def sock_connect(self, sock, address):
        return await _transports().sock_connect(self, sock, address)

    async def sock_accept(self, sock):
        return await _transports().sock_accept(self, sock)

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        import socket
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        import socket
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    async def create_connection(self, protocol_factory, host=None, port=None, **kwds):
        """Connects to host:port; returns (transport, protocol)."""
        return await _transports().create_connection(self, protocol_factory, host, port, **kwds)

    async def connect_accepted_socket(self, protocol_factory, sock, **kwds):
        return await _transports().connect_accepted_socket(self, protocol_factory, sock, **kwds)

    async def create_server(self, protocol_factory, host=None, port=None, **kwds):
        """Listens on host:port; each connection gets a protocol_factory() protocol."""
        return await _transports().create_server(self, protocol_factory, host, port, **kwds)

    async def create_unix_connection(self, protocol_factory, path=None, **kwds):
        return await _transports().create_unix_connection(self, protocol_factory, path, **kwds)

    async def create_unix_server(self, protocol_factory, path=None, **kwds):
        return await _transports().create_unix_server(self, protocol_factory, path, **kwds)

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None, **kwds):
        """A UDP socket bound to local_addr, or connected to remote_addr; returns
        (transport, protocol)."""
        return await _transports().create_datagram_endpoint(self, protocol_factory, local_addr,
                                                            remote_addr, **kwds)

    async def connect_read_pipe(self, protocol_factory, pipe):
        return await _transports().connect_read_pipe(self, protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        return await _transports().connect_write_pipe(self, protocol_factory, pipe)

    async def subprocess_exec(self, protocol_factory, program, *args, **kwds):
        """Starts program with args; returns (transport, protocol)."""
        import _asyncio_subprocess
        return await _asyncio_subprocess.subprocess_exec(self, protocol_factory, program, *args, **kwds)

    async def subprocess_shell(self, protocol_factory, cmd, **kwds):
        """Runs cmd through the shell; returns (transport, protocol)."""
        import _asyncio_subprocess
        return await _asyncio_subprocess.subprocess_shell(self, protocol_factory, cmd, **kwds)

    async def start_tls(self, transport, protocol, sslcontext, **kwds):
        raise NotImplementedError('TLS is not supported by MiniPy')


def _transports():
    import _asyncio_transports
    return _asyncio_transports


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop with signal handlers (add_signal_handler)."""

    def __init__(self, selector=None):
        super().__init__()
        self._signal_handlers = {}

    def close(self):
        if not self._running:
            for sig in list(self._signal_handlers):
                self.remove_signal_handler(sig)
        super().close()

    def _check_signal(self, sig):
        import signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def add_signal_handler(self, sig, callback, *args):
        """Calls callback(*args) in the loop each time the process receives signal sig."""
        import signal
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError('set_wakeup_fd only works in main thread of the main interpreter')
        self._signal_handlers[sig] = Handle(callback, args, self)
        try:
            signal.signal(sig, self._on_signal)
        except OSError as exc:
            del self._signal_handlers[sig]
            if exc.errno == 22:  # EINVAL
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def _on_signal(self, sig, frame):
        # A signal handler: it runs in the main thread, between two instructions of
        # whatever the thread is doing, the loop's own code included (even holding
        # self._lock). The handle goes in the list the loop takes arrivals from (an append
        # is atomic); the loop is woken if it waits, and sees the list anyway if it holds
        # the lock, as it looks at the list before it waits.
        handle = self._signal_handlers.get(sig)
        if handle is None or handle._cancelled:
            return
        self._from_threads.append(handle)
        if self._lock.acquire(blocking=False):
            try:
                self._wakeup.notify()
            finally:
                self._lock.release()

    def remove_signal_handler(self, sig):
        """Gives sig back its default handler; False if the loop had no handler for it."""
        import signal
        self._check_signal(sig)
        if self._signal_handlers.pop(sig, None) is None:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
        return True


SelectorEventLoop = _UnixSelectorEventLoop


def _stop_loop_when_done(future):
    future.get_loop().stop()


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


_loops = threading.local()


def _get_running_loop():
    return getattr(_loops, 'running', None)


def _set_running_loop(loop):
    _loops.running = loop


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class AbstractEventLoopPolicy:
    """What decides the event loop of each thread (get_event_loop_policy)."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread: made on first use in the main thread, set by set_event_loop in
    the others (as CPython 3.11's)."""

    _loop_factory = None

    def __init__(self):
        self._local = threading.local()

    def get_event_loop(self):
        loop = getattr(self._local, 'loop', None)
        if loop is None and not getattr(self._local, 'set_called', False) \
                and threading.current_thread() is threading.main_thread():
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        if loop is None:
            raise RuntimeError('There is no current event loop in thread %r.' % threading.current_thread().name)
        return loop

    def set_event_loop(self, loop):
        self._local.set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local.loop = loop

    def new_event_loop(self):
        return self._loop_factory()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop; outside one, this thread's loop from the policy (made on first use
    in the main thread, as CPython 3.11 does)."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


class Runner:
    """A context manager that runs several top-level coroutines in one event loop
    (asyncio.run is one Runner used once)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Cancels what is left, shuts down async generators and the default executor,
        and closes the loop."""
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Runs a coroutine inside the embedded event loop and returns its result."""
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = 'initialized'


def run(main, *, debug=None):
    """Run the coroutine main in a new event loop, then cancel what is left and close it."""
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ───────────────────────────── coroutines of the library ─────────────────────────────

class _Yield:
    """Awaiting it gives the loop one turn (what sleep(0) does)."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspend the calling coroutine for delay seconds."""
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; the result is the list of their results, in order."""
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    by_argument = {}
    finished = 0
    outer = None

    def child_done(future):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not future.cancelled():
                future.exception()
            return
        if not return_exceptions:
            if future.cancelled():
                outer.set_exception(future._make_cancelled_error())
                return
            error = future.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if finished == len(by_argument):
            results = []
            for child in children:
                if child.cancelled():
                    results.append(CancelledError('' if child._cancel_message is None else child._cancel_message))
                else:
                    error = child.exception()
                    results.append(error if error is not None else child.result())
            if outer._cancel_requested:
                outer.set_exception(future._make_cancelled_error())
            else:
                outer.set_result(results)

    for argument in coros_or_futures:
        key = id(argument)
        if key in by_argument:
            children.append(by_argument[key][1])
            continue
        future = ensure_future(argument, loop=loop)
        if loop is None:
            loop = future._loop
        by_argument[key] = (argument, future)
        children.append(future)
    for _, future in list(by_argument.values()):
        future.add_done_callback(child_done)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Protect an awaitable from being cancelled by whoever awaits the shield."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            error = inner.exception()
            if error is not None:
                outer.set_exception(error)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(future):
    loop = get_running_loop()
    waiter = loop.create_future()
    callback = functools.partial(_release_waiter, waiter)
    future.add_done_callback(callback)
    try:
        future.cancel()
        await waiter
    finally:
        future.remove_done_callback(callback)


async def wait_for(fut, timeout):
    """Wait for the awaitable; cancel it and raise TimeoutError after timeout seconds."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    callback = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(callback)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(callback)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(callback)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in fs; returns the sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: {}'.format(return_when))
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter) if timeout is not None else None
    counter = len(fs)

    def one_done(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables, each giving the next result to arrive."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    arrived = collections.deque()
    waiters = collections.deque()
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
        todo.clear()
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)

    def on_completion(f):
        if not todo:
            return
        todo.discard(f)
        arrived.append(f)
        if waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        if not arrived:
            w = get_running_loop().create_future()
            waiters.append(w)
            await w
        if not arrived:
            raise TimeoutError
        return arrived.popleft().result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


async def to_thread(func, /, *args, **kwargs):
    """Run func in a worker thread and await its result."""
    loop = get_running_loop()
    context = contextvars.copy_context()
    return await loop.run_in_executor(None, functools.partial(context.run, func, *args, **kwargs))


class Timeout:
    """async with timeout(delay): cancel the block and raise TimeoutError when time is up."""

    def __init__(self, when):
        self._when = when
        self._timer = None
        self._task = None
        self._expired = False
        self._state = 'created'  # then 'active', 'expiring' when time is up, 'expired' or 'finished'

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._when = when
        if when is not None and self._task is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._timer = loop.call_soon(self._on_timeout)
            else:
                self._timer = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    def __repr__(self):
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            return '<Timeout [active] when=%s>' % (when,)
        return '<Timeout [%s]>' % self._state

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        # Cancellations already requested of the task are not this timeout's to absorb.
        self._cancelling = self._task.cancelling()
        self._state = 'active'
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._expired:
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_value
        else:
            self._state = 'finished'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._state = 'expiring'
        self._timer = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) — waits for every task; if one
    fails, cancels the others and raises their errors together in an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append('tasks=%d' % len(self._tasks))
        if self._errors:
            info.append('errors=%d' % len(self._errors))
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return '<TaskGroup%s>' % ' '.join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has been already entered' % (self,))
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise _exception_group('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        if context is None:
            task = self._loop.create_task(coro, name=name)
        else:
            task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': 'Task %r has errored out but its parent task %r is already completed' % (task, self._parent_task),
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ───────────────────────────── synchronization ─────────────────────────────

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    """A mutex for coroutines of one loop."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.Lock object at %#x [%s]>' % (id(self), extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = next(iter(self._waiters))
        if not fut.done():
            fut.set_result(True)


class Event:
    """A flag coroutines can wait for."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.Event object at %#x [%s]>' % (id(self), extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    """Wait until notified, holding a Lock around the check."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.Condition object at %#x [%s]>' % (id(self), extra)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    """At most `value` holders at once."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked, value:%d' % self._value
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.%s object at %#x [%s]>' % (type(self).__name__, id(self), extra)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released more often than acquired."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(_ContextManagerMixin):
    """parties tasks wait until all have arrived, then all go on (asyncio.Barrier, 3.11).
    A round fills (tasks arrive and wait), then drains (they leave, each with its arrival
    index); reset() breaks the waiting tasks' wait, abort() breaks the barrier for good."""

    _FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = self._FILLING
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return '<asyncio.locks.Barrier object at %#x [%s]>' % (id(self), extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Waits for the round to fill; returns this task's arrival index (0..parties-1)."""
        async with self._cond:
            await self._cond.wait_for(lambda: self._state not in (self._DRAINING, self._RESETTING))
            if self._state == self._BROKEN:
                raise BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = self._DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != self._FILLING)
                    if self._state in (self._BROKEN, self._RESETTING):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    if self._state in (self._RESETTING, self._DRAINING):
                        self._state = self._FILLING
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            self._state = self._RESETTING if self._count > 0 else self._FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = self._BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == self._FILLING else 0

    @property
    def broken(self):
        return self._state == self._BROKEN


# ───────────────────────────── queues ─────────────────────────────

class Queue:
    """A first-in, first-out queue for coroutines of one loop."""

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def _format(self):
        """The state reprs show: the bound, then what is queued and waiting, when any."""
        shown = 'maxsize=%r' % (self._maxsize,)
        if getattr(self, '_queue', None):
            shown += ' _queue=%r' % (list(self._queue),)
        if self._getters:
            shown += ' _getters[%d]' % len(self._getters)
        if self._putters:
            shown += ' _putters[%d]' % len(self._putters)
        if self._unfinished_tasks:
            shown += ' tasks=%d' % self._unfinished_tasks
        return shown

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that gives the smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that gives the newest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ───────────────────────────── submodules ─────────────────────────────

# CPython's asyncio is a package, and its classes name the submodule they live in
# (<class 'asyncio.queues.Queue'>, tracebacks' asyncio.exceptions.IncompleteReadError); its
# Future and Task are C code, from _asyncio. The submodules in this package (asyncio/queues.py
# and the others) only hand out the objects defined here and in the helper modules.
_SUBMODULES = frozenset((
    'base_events', 'coroutines', 'events', 'exceptions', 'futures', 'locks', 'protocols',
    'queues', 'runners', 'streams', 'subprocess', 'taskgroups', 'tasks', 'threads',
    'timeouts', 'transports', 'unix_events',
))


def _belongs_to(module, namespace, names):
    for name in names:
        namespace[name].__module__ = module


_belongs_to('_asyncio', globals(), ('Future', 'Task'))
_belongs_to('asyncio.events', globals(), ('AbstractEventLoop', 'AbstractEventLoopPolicy', 'AbstractServer',
                                          'BaseDefaultEventLoopPolicy',
                                          'Handle', 'TimerHandle'))
_belongs_to('asyncio.base_events', globals(), ('BaseEventLoop',))
_belongs_to('asyncio.unix_events', globals(), ('_UnixSelectorEventLoop',
                                               '_UnixDefaultEventLoopPolicy'))
_belongs_to('asyncio.runners', globals(), ('Runner',))
_belongs_to('asyncio.timeouts', globals(), ('Timeout',))
_belongs_to('asyncio.taskgroups', globals(), ('TaskGroup',))
_belongs_to('asyncio.locks', globals(), ('Lock', 'Event', 'Condition', 'Semaphore',
                                         'BoundedSemaphore', 'Barrier'))
_belongs_to('asyncio.queues', globals(), ('Queue', 'PriorityQueue', 'LifoQueue'))


# ───────────────────────────── streams ─────────────────────────────

_STREAM_NAMES = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
                 'start_server', 'open_unix_connection', 'start_unix_server')
_TRANSPORT_NAMES = ('BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol',
                    'SubprocessProtocol', 'BaseTransport', 'ReadTransport', 'WriteTransport',
                    'Transport', 'DatagramTransport', 'SubprocessTransport', 'Server')


def __getattr__(name):
    # The streams live in _asyncio_streams.py, the subprocesses (asyncio.subprocess) in
    # _asyncio_subprocess.py, the protocols and transports in _asyncio_transports.py, each
    # imported on first use: most programs need none of them.
    if name in _STREAM_NAMES:
        import _asyncio_streams
        value = getattr(_asyncio_streams, name)
        globals()[name] = value
        return value
    if name in _TRANSPORT_NAMES:
        value = getattr(_transports(), name)
        globals()[name] = value
        return value
    if name in ('create_subprocess_exec', 'create_subprocess_shell'):
        import _asyncio_subprocess
        value = getattr(_asyncio_subprocess, name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        # CPython's asyncio imports all its submodules: asyncio.queues works without an
        # import of its own. Importing one makes it an attribute of this package.
        import importlib
        return importlib.import_module('asyncio.' + name)
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")
