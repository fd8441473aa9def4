"""importlib: importing modules by name at run time (import_module, reload, invalidate_caches)."""

import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') needs package, the package to start from."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's code again in its own namespace (for modules written in Python)."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        return module
    with open(path) as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return module


def invalidate_caches():
    pass
