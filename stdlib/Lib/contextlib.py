"""contextlib: context managers from generators (contextmanager, asynccontextmanager), and
suppress, closing, aclosing, nullcontext, chdir, redirect_stdout/redirect_stderr, ExitStack,
AsyncExitStack."""

import sys

__all__ = ['contextmanager', 'asynccontextmanager', 'suppress', 'closing', 'aclosing',
           'nullcontext', 'chdir', 'redirect_stdout', 'redirect_stderr', 'ExitStack',
           'AsyncExitStack', 'AbstractContextManager', 'AbstractAsyncContextManager',
           'ContextDecorator', 'AsyncContextDecorator']


class AbstractContextManager:

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base class or mixin that lets a context manager decorate a function: each call
    of the function runs inside the context (the manager made again by _recreate_cm)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        from functools import wraps

        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """ContextDecorator for async context managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        from functools import wraps

        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        self.__doc__ = getattr(func, "__doc__", None)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            # The exception goes on from the with statement: its traceback is the one it had
            # there, without the generator's frames it passed through.
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


def contextmanager(func):
    """@contextmanager: a generator function that yields once becomes a context manager."""
    from functools import wraps

    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class suppress:
    """with suppress(E1, E2): the block's exceptions of those types are swallowed."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing:
    """with closing(thing): thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext:
    """A context manager that does nothing (enter_result is what `as` gets)."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream:
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """with redirect_stdout(f): print() writes to f inside the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """with redirect_stderr(f): errors are written to f inside the block."""
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """Enters context managers as the block goes and exits them all, last first."""

    def __init__(self):
        self._exit_callbacks = []  # (is_async, callback); only AsyncExitStack has async ones

    def __enter__(self):
        return self

    def enter_context(self, cm):
        result = cm.__enter__()
        self._exit_callbacks.append((False, cm.__exit__))
        return result

    def push(self, exit):
        """Adds an exit callback: a context manager's __exit__ (the object given), or any
        callable taking the same arguments."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, getattr(exit, "__exit__")))
        return exit

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                exc_details = (type(exc), exc, exc.__traceback__)
                pending_raise = True
        if pending_raise:
            raise exc_details[1]
        return received_exc and suppressed


class AbstractAsyncContextManager:

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class _AsyncGeneratorContextManager:
    """What @asynccontextmanager makes: an async generator that yields once, as an async
    context manager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """@asynccontextmanager: an async generator function that yields once becomes an async
    context manager factory."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, '__name__', 'helper')
    helper.__qualname__ = getattr(func, '__qualname__', 'helper')
    helper.__doc__ = getattr(func, '__doc__', None)
    helper.__wrapped__ = func
    return helper


class aclosing(AbstractAsyncContextManager):
    """async with aclosing(agen): closes the async generator at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class chdir(AbstractContextManager):
    """with chdir(path): the working directory is path inside the block."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class AsyncExitStack(ExitStack):
    """ExitStack for async with: enter_async_context, push_async_exit and
    push_async_callback, as well as the synchronous enter_context, push and callback."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        if not hasattr(cls, '__aenter__') or not hasattr(cls, '__aexit__'):
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the asynchronous context manager protocol")
        result = await cm.__aenter__()
        self._exit_callbacks.append((True, cm.__aexit__))
        return result

    def push_async_exit(self, exit):
        self._exit_callbacks.append((True, getattr(exit, '__aexit__', exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_async, cb = self._exit_callbacks.pop()
            try:
                result = await cb(*exc_details) if is_async else cb(*exc_details)
                if result:
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                exc_details = (type(exc), exc, exc.__traceback__)
                pending_raise = True
        if pending_raise:
            raise exc_details[1]
        return received_exc and suppressed
