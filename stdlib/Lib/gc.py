"""gc: the interface to MiniPy's cycle collector, as CPython's gc module.

MiniPy frees an object the moment its reference count reaches zero. Objects that refer to
each other in a cycle never reach zero; the cycle collector finds them (see
interpreter/Core/Runtime/CycleCollector.cs): three generations, collected when allocations
outpace frees, by collect(), and once more at exit.

What differs from CPython, honestly:
- With the GIL off nothing is tracked (the collector would have to stop every thread, and
  MiniPy does not), so collect() finds nothing there and cycles live until the end.
- callbacks are called around collect() only, not around automatic collections.
- The debug flags are kept; DEBUG_SAVEALL keeps nothing and DEBUG_STATS prints nothing.
- freeze() and unfreeze() do nothing: there is no permanent generation.
"""

import _gc

__all__ = ['collect', 'disable', 'enable', 'isenabled', 'get_count', 'get_threshold',
           'set_threshold', 'get_objects', 'get_stats', 'is_tracked', 'is_finalized',
           'get_referents', 'get_referrers', 'freeze', 'unfreeze', 'get_freeze_count',
           'garbage', 'callbacks', 'DEBUG_STATS', 'DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE',
           'DEBUG_SAVEALL', 'DEBUG_LEAK', 'set_debug', 'get_debug']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []
_debug = 0

enable = _gc.enable
disable = _gc.disable
isenabled = _gc.isenabled
get_count = _gc.get_count
get_threshold = _gc.get_threshold
set_threshold = _gc.set_threshold
is_tracked = _gc.is_tracked
get_objects = _gc.get_objects
get_referents = _gc.get_referents
get_referrers = _gc.get_referrers
get_stats = _gc.get_stats
is_finalized = _gc.is_finalized


def collect(generation=2):
    """Run a collection of the given generation and the younger ones; return the number
    of unreachable objects found."""
    if callbacks:
        _call_back('start', generation, 0)
    found = _gc.collect(generation)
    if callbacks:
        _call_back('stop', generation, found)
    return found


def _call_back(phase, generation, collected):
    info = {'generation': generation, 'collected': collected, 'uncollectable': 0}
    for callback in callbacks[:]:
        callback(phase, info)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
