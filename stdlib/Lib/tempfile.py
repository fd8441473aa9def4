"""tempfile: temporary files and directories, made with names no other process can take
(exclusive creation), removed when closed or when their with-statement ends."""

import os
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'gettempdir', 'gettempprefix', 'tempdir', 'template']

template = 'tmp'
tempdir = None
_chars = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            value = os.getenv(name)
            if value and os.path.isdir(value):
                tempdir = value
                break
        else:
            tempdir = '/tmp' if os.path.isdir('/tmp') else os.getcwd()
    return tempdir


def _name(prefix, suffix):
    return prefix + ''.join(_rng.choice(_chars) for _ in range(8)) + suffix


def _candidates(suffix, prefix, dir):
    directory = gettempdir() if dir is None else dir
    prefix = template if prefix is None else prefix
    suffix = '' if suffix is None else suffix
    for _ in range(10000):
        yield os.path.join(directory, _name(prefix, suffix))
    raise FileExistsError('No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file and returns (a handle, its absolute path); the caller removes it.
    MiniPy has no OS-level file descriptors: the handle is the open binary file object."""
    for path in _candidates(suffix, prefix, dir):
        try:
            f = open(path, 'x' if text else 'xb')
        except FileExistsError:
            continue
        return f, os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    for path in _candidates(suffix, prefix, dir):
        try:
            os.mkdir(path)
        except FileExistsError:
            continue
        return os.path.abspath(path)


def mktemp(suffix='', prefix=template, dir=None):
    for path in _candidates(suffix, prefix, dir):
        if not os.path.exists(path):
            return path


class _TemporaryFileWrapper:
    """A file that is removed when closed (delete=True) and works as a with-statement."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    os.remove(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self._closed

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at 0x%x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    for path in _candidates(suffix, prefix, dir):
        try:
            open(path, 'x').close()
        except FileExistsError:
            continue
        f = open(path, mode.replace('x', 'w') if 'w' in mode or '+' in mode else mode, encoding=encoding)
        return _TemporaryFileWrapper(f, os.path.abspath(path), delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True)


SpooledTemporaryFile = TemporaryFile


def _rmtree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full):
            _rmtree(full)
        else:
            os.remove(full)
    os.rmdir(path)


class TemporaryDirectory:
    """A directory removed, with everything in it, by cleanup() or its with-statement."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_errors = ignore_cleanup_errors

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self.name is not None and os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore_errors:
                    raise
