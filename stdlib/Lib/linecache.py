"""linecache: lines of source files by number, read once and kept (traceback and inspect
read through it)."""

import os

__all__ = ["getline", "clearcache", "checkcache", "getlines", "lazycache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of filename with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of filename ([] when it cannot be read)."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def clearcache():
    """Forgets every file read."""
    cache.clear()


def checkcache(filename=None):
    """Forgets the files that changed on disk since they were read."""
    filenames = [filename] if filename is not None else list(cache)
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Reads filename into the cache; returns its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        stat = os.stat(filename)
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError):
        # Not readable where its name says: the text the interpreter compiled, if any.
        import _traceback
        return _traceback.source_lines(filename) or []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, filename
    return lines


def lazycache(filename, module_globals):
    """CPython defers reading to a module's loader; here there is nothing to defer."""
    return False
