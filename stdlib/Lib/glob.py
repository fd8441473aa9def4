"""glob: the file names that match a shell pattern, as CPython's glob (** with recursive=True)."""

import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']

_magic = re.compile('([*?[])')


def has_magic(s):
    return _magic.search(s) is not None


def escape(pathname):
    drive, path = '', pathname
    return drive + _magic.sub(r'[\1]', path)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, in the order the directories list them."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    absolute = pathname.startswith('/')
    parts = [p for p in pathname.split('/') if p]
    if not parts:
        return
    start = '/' if absolute else ''
    yield from _walk(start, parts, root_dir, recursive, include_hidden, pathname.endswith('/'))


def _join(base, name):
    if not base:
        return name
    return base + name if base.endswith('/') else base + '/' + name


def _real(path, root_dir):
    if root_dir is not None and not path.startswith('/'):
        return os.path.join(root_dir, path) if path else root_dir
    return path or '.'


def _walk(base, parts, root_dir, recursive, hidden, want_dir):
    first, rest = parts[0], parts[1:]
    if recursive and first == '**':
        yield from _recurse(base, rest, root_dir, hidden, want_dir)
        return
    if not has_magic(first):
        path = _join(base, first)
        real = _real(path, root_dir)
        if rest:
            if os.path.isdir(real):
                yield from _walk(path, rest, root_dir, recursive, hidden, want_dir)
        elif os.path.lexists(real) and (not want_dir or os.path.isdir(real)):
            yield path + ('/' if want_dir else '')
        return
    try:
        names = os.listdir(_real(base, root_dir))
    except OSError:
        return
    for name in names:
        if name.startswith('.') and not first.startswith('.') and not hidden:
            continue
        if fnmatch.fnmatchcase(name, first):
            path = _join(base, name)
            real = _real(path, root_dir)
            if rest:
                if os.path.isdir(real):
                    yield from _walk(path, rest, root_dir, recursive, hidden, want_dir)
            elif not want_dir or os.path.isdir(real):
                yield path + ('/' if want_dir else '')


def _recurse(base, rest, root_dir, hidden, want_dir):
    """** : base and every directory below it (and, at the end of the pattern, every file)."""
    found = []

    def walk(directory):
        found.append(directory)
        try:
            names = os.listdir(_real(directory, root_dir))
        except OSError:
            return
        for name in names:
            if name.startswith('.') and not hidden:
                continue
            path = _join(directory, name)
            if os.path.isdir(_real(path, root_dir)) and not os.path.islink(_real(path, root_dir)):
                walk(path)
            elif not rest and not want_dir:
                found.append(path)

    walk(base)
    for path in found:
        if not rest:
            if path:
                yield path + ('/' if want_dir and os.path.isdir(_real(path, root_dir)) and not path.endswith('/') else '')
            continue
        yield from _walk(path, rest, root_dir, True, hidden, want_dir)
