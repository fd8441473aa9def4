"""gc: the interface of CPython's cycle collector, for a reference-counted MiniPy.

MiniPy frees an object the moment its reference count reaches zero, as CPython does. It has
no cycle collector yet: objects that refer to each other in a cycle are freed only when the
program ends (module teardown breaks the cycles through classes and modules). So collect()
finds nothing and returns 0, the thresholds and counts are kept but drive nothing, and
disable()/enable() only change what isenabled() reports.
"""

__all__ = ['collect', 'disable', 'enable', 'isenabled', 'get_count', 'get_threshold',
           'set_threshold', 'get_objects', 'get_stats', 'is_tracked', 'freeze', 'unfreeze',
           'get_freeze_count', 'garbage', 'callbacks', 'DEBUG_STATS', 'DEBUG_COLLECTABLE',
           'DEBUG_UNCOLLECTABLE', 'DEBUG_SAVEALL', 'DEBUG_LEAK', 'set_debug', 'get_debug']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []
_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def collect(generation=2):
    """Nothing to collect without a cycle collector: returns 0 objects found unreachable."""
    if generation not in (0, 1, 2):
        raise ValueError('invalid generation')
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    _threshold = (threshold0, _threshold[1] if threshold1 is None else threshold1,
                  _threshold[2] if threshold2 is None else threshold2)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def get_objects(generation=None):
    return []


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def is_tracked(obj):
    return isinstance(obj, (list, dict, set, tuple)) or hasattr(obj, '__dict__')


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
