"""tempfile: temporary files and directories, made with names no other process can take
(exclusive creation), removed when closed or when their with-statement ends."""

import io as _io
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


# Flags of the files made here, as CPython's: created exclusively (no other process can
# have taken the name), never through a symbolic link, and not inherited by programs run.
_text_openflags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, 'O_NOFOLLOW', 0) | getattr(os, 'O_CLOEXEC', 0)
_bin_openflags = _text_openflags


def _mkstemp_inner(suffix, prefix, dir, flags):
    for path in _candidates(suffix, prefix, dir):
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file, readable and writable by its owner only, and returns (an open OS
    file descriptor on it, its absolute path); the caller closes and removes it."""
    return _mkstemp_inner(suffix, prefix, dir, _text_openflags if text else _bin_openflags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory, usable by its owner only, and returns its absolute path."""
    for path in _candidates(suffix, prefix, dir):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)


def mktemp(suffix='', prefix=template, dir=None):
    """A name no file has now (unsafe: another process may take it before the caller)."""
    for path in _candidates(suffix, prefix, dir):
        if not os.path.lexists(path):
            return path


class _TemporaryFileWrapper:
    """A named temporary file: the open file (its attributes are the file's), removed when
    closed if delete is true, and a with-statement that closes it."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at 0x%x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a name in the file system (its .name), removed on close when
    delete is true."""
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    fd, path = _mkstemp_inner(suffix, prefix, dir, _bin_openflags)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.unlink(path)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name: made, then unlinked at once, so that it disappears
    with its last descriptor (its .name is the descriptor's number, as on Linux)."""
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    fd, path = _mkstemp_inner(suffix, prefix, dir, _bin_openflags)
    try:
        os.unlink(path)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (a BytesIO, or text over one) until it grows past
    max_size or its descriptor is asked for; then it rolls over into a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors, newline=newline)
            errors = self._file.errors
        self._max_size = max_size
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Moves the contents into a real temporary file, keeping the position."""
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        if hasattr(newfile, 'buffer'):
            newfile.buffer.write(file.detach().getvalue())
        else:
            newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        written = file.write(s)
        self._check(file)
        return written

    def writelines(self, iterable):
        file = self._file
        file.writelines(iterable)
        self._check(file)

    def detach(self):
        return self._file.detach()


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
