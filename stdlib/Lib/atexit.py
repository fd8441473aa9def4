"""atexit: functions to call when the program ends, the last registered first."""

_exithandlers = []


def register(func, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit; returns func, so it can be a decorator."""
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Forgets every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _run_exitfuncs():
    """Run by the interpreter at exit; an exception is printed and the rest still run."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import sys
            import traceback
            sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
            traceback.print_exception(exc, file=sys.stderr)


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)
