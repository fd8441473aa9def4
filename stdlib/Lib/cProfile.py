"""cProfile: a deterministic profiler — how often each function ran and how long it took.

The profiler is built on sys.setprofile: every call and return of a Python function, and
every call of a built-in one ('c_call'/'c_return'), reaches Profile._event, which keeps,
per function, CPython's four figures: primitive calls (not counting those made while the
function was already running, i.e. recursion), all calls, the time spent in the function
itself, and the time including what it called (counted once per outermost call). pstats
sorts and prints them in CPython's layout:

    cProfile.run('main()')
    with cProfile.Profile() as pr: ...; pr.print_stats('cumulative')

Built-in functions are named as CPython names them ({built-in method builtins.len},
{method 'append' of 'list' objects}); the times come from time.perf_counter.
"""

import sys
import time

__all__ = ["run", "runctx", "Profile"]


def _label(func):
    """The stats key of a Python code object or of a built-in being called."""
    return (func.co_filename, func.co_firstlineno, func.co_name)


def _builtin_label(builtin):
    owner = getattr(builtin, '__self__', None)
    name = getattr(builtin, '__name__', '?')
    if owner is not None and type(owner).__name__ != 'module':
        kind = type(owner)
        owner_name = kind.__qualname__ if kind.__module__ == 'builtins' else '%s.%s' % (kind.__module__, kind.__qualname__)
        return ('~', 0, "<method '%s' of '%s' objects>" % (name, owner_name))
    module = getattr(builtin, '__module__', None)
    return ('~', 0, '<built-in method %s>' % (name if module is None else '%s.%s' % (module, name)))


class Profile:
    """Profile(timer=None): enable() and disable() around the code to measure, or run(),
    runctx() and runcall(); then print_stats(), or pstats.Stats(profile)."""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self.timer = timer or time.perf_counter
        self.builtins = builtins
        # key -> [primitive calls, calls, own time, cumulative time, {caller: [same four]}]
        self._table = {}
        # The calls under way: [key, start, time spent in callees, whether outermost].
        self._stack = []
        self._running = {}   # key -> how many of its calls are on the stack
        self.stats = {}
        self._enabled = False

    # ── the events ──

    def _event(self, frame, event, arg):
        now = self.timer()
        if event == 'call':
            code = frame.f_code
            if code is _DISABLE_CODE:
                return
            self._enter(_label(code), now)
        elif event == 'return':
            if frame.f_code is _DISABLE_CODE or not self._stack or self._stack[-1][0] != _label(frame.f_code):
                return
            self._leave(now)
        elif self.builtins and event == 'c_call':
            if arg is not sys.setprofile:  # the profiler's own switching off
                self._enter(_builtin_label(arg), now)
        elif self.builtins and event in ('c_return', 'c_exception'):
            if self._stack and self._stack[-1][0] == _builtin_label(arg):
                self._leave(now)

    def _enter(self, key, now):
        outermost = self._running.get(key, 0) == 0
        self._running[key] = self._running.get(key, 0) + 1
        self._stack.append([key, now, 0.0, outermost])

    def _leave(self, now):
        key, start, in_callees, outermost = self._stack.pop()
        self._running[key] -= 1
        elapsed = now - start
        own = elapsed - in_callees
        caller = self._stack[-1][0] if self._stack else None
        if self._stack:
            self._stack[-1][2] += elapsed
        entry = self._table.get(key)
        if entry is None:
            entry = self._table[key] = [0, 0, 0.0, 0.0, {}]
        entry[1] += 1
        entry[2] += own
        if outermost:
            entry[0] += 1
            entry[3] += elapsed
        if caller is not None:
            by_caller = entry[4].get(caller)
            if by_caller is None:
                by_caller = entry[4][caller] = [0, 0, 0.0, 0.0]
            by_caller[0] += 1
            by_caller[2] += own
            if outermost:
                by_caller[1] += 1
                by_caller[3] += elapsed

    # ── switching on and off ──

    def enable(self, subcalls=True, builtins=True):
        self.builtins = builtins
        self._enabled = True
        sys.setprofile(self._event)

    def disable(self):
        sys.setprofile(None)
        if not self._enabled:
            return
        self._enabled = False
        # CPython's profiler is C code: its disable() shows as one built-in method call.
        key = ('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>")
        entry = self._table.setdefault(key, [0, 0, 0.0, 0.0, {}])
        entry[0] += 1
        entry[1] += 1
        if self._stack:
            caller = self._stack[-1][0]
            entry[4].setdefault(caller, [0, 0, 0.0, 0.0])
            entry[4][caller][0] += 1
            entry[4][caller][1] += 1
        # The calls still under way (the with-statement's __exit__, say) end here.
        now = self.timer()
        while self._stack:
            self._leave(now)
        self._running = {}

    def clear(self):
        self._table = {}
        self._stack = []
        self._running = {}
        self.stats = {}

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()

    # ── running code under the profiler ──

    def run(self, cmd):
        import __main__
        return self.runctx(cmd, __main__.__dict__, __main__.__dict__)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    # ── results ──

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        """self.stats as pstats reads it: key -> (cc, nc, tt, ct, {caller: (nc, cc, tt, ct)})."""
        self.stats = {key: (cc, nc, tt, ct, {caller: tuple(figures) for caller, figures in callers.items()})
                      for key, (cc, nc, tt, ct, callers) in self._table.items()}

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        """Writes the stats to a file pstats.Stats(filename) reads."""
        import pickle
        self.create_stats()
        with open(file, 'wb') as f:
            pickle.dump(self.stats, f)


_DISABLE_CODE = Profile.disable.__code__


def run(statement, filename=None, sort=-1):
    """Runs statement in __main__ under the profiler, then prints (or with filename,
    saves) the stats."""
    import __main__
    return runctx(statement, __main__.__dict__, __main__.__dict__, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Runs statement in the given namespaces under the profiler, then prints (or with
    filename, saves) the stats."""
    profiler = Profile()
    try:
        profiler.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        if filename is not None:
            profiler.dump_stats(filename)
        else:
            profiler.print_stats(sort)


def main():
    """python -m cProfile [-o output_file] [-s sort] script.py [args]"""
    import argparse
    import os
    parser = argparse.ArgumentParser(prog='cProfile.py',
                                     usage='cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...')
    parser.add_argument('-o', '--outfile', dest='outfile', default=None)
    parser.add_argument('-s', '--sort', dest='sort', default=-1)
    parser.add_argument('script')
    parser.add_argument('args', nargs='*')
    options = parser.parse_args()
    sys.argv[:] = [options.script] + options.args
    sys.path.insert(0, os.path.dirname(options.script))
    with open(options.script, 'rb') as f:
        code = compile(f.read(), options.script, 'exec')
    globs = {'__file__': options.script, '__name__': '__main__', '__package__': None, '__cached__': None}
    runctx(code, globs, None, options.outfile, options.sort)


if __name__ == '__main__':
    main()
