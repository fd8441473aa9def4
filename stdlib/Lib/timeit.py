"""timeit: time small pieces of code, as CPython's module does.

A statement given as text is compiled into a function that runs it in a loop (with the setup
before the loop), so the loop's own cost is the same as CPython's template; a callable is
called in the loop instead. `minipy -m timeit [-n N] [-r R] [-s SETUP] STMT` prints the best
time per loop.
"""

import gc
import sys
import time
import itertools

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter
_globals = globals  # as CPython: without globals=, statements run in this module's namespace

_template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmt, dummy_src_name, 'exec')
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = _template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _format_time(dt):
    for unit, scale in (('sec', 1.0), ('msec', 1e-3), ('usec', 1e-6), ('nsec', 1e-9)):
        if dt >= scale or unit == 'nsec':
            return '%.*g %s' % (3, dt / scale, unit)


def main(args=None):
    if args is None:
        args = sys.argv[1:]
    number = 0
    repeat_count = default_repeat
    setup = []
    stmts = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-n', '--number'):
            number = int(args[i + 1]); i += 2
        elif a in ('-r', '--repeat'):
            repeat_count = int(args[i + 1]); i += 2
        elif a in ('-s', '--setup'):
            setup.append(args[i + 1]); i += 2
        elif a.startswith('-n') and a[2:].isdigit():
            number = int(a[2:]); i += 1
        else:
            stmts.append(a); i += 1
    t = Timer('\n'.join(stmts) or 'pass', '\n'.join(setup) or 'pass', globals={})
    if number == 0:
        number, _ = t.autorange()
    raw = t.repeat(repeat_count, number)
    best = min(raw) / number
    print('%d loop%s, best of %d: %s per loop' % (number, 's' if number != 1 else '', repeat_count, _format_time(best)))
    return None


if __name__ == '__main__':
    sys.exit(main())
