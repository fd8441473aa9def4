"""fnmatch: Unix shell-style wildcards (*, ?, [seq], [!seq]), as CPython's fnmatch."""

import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def fnmatch(name, pat):
    """Test whether name matches pat (on Linux, with case as it is)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    match = _compiled(pat)
    return match(name) is not None


def filter(names, pat):
    match = _compiled(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def _compiled(pat):
    match = _cache.get(pat)
    if match is None:
        match = re.compile(translate(pat)).match
        _cache[pat] = match
    return match


def translate(pat):
    """The regular expression of a shell pattern, as CPython 3.11 writes it."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if not stuff:
                    out.append('(?!)')
                elif stuff == '!':
                    out.append('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    out.append('[%s]' % stuff)
        else:
            out.append(re.escape(c))
    return '(?s:%s)\\Z' % ''.join(out)
