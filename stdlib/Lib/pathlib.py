"""pathlib: file system paths as objects, as CPython 3.11's pathlib on Linux.

PurePath/PurePosixPath (names, suffixes, parents, joining with /, relative_to, with_name,
with_suffix, match) and Path/PosixPath, which also asks the file system (exists, is_file,
is_dir, iterdir, glob, rglob, stat, mkdir, touch, unlink, rmdir, rename, replace, read_text,
write_text, read_bytes, write_bytes, open, resolve, absolute, cwd, home, expanduser).
"""

import os
import re

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _glob_regex(pattern):
    """The regex of one path component's glob pattern: *, ?, [seq], [!seq]."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == '*':
            out.append('[^/]*')
        elif c == '?':
            out.append('[^/]')
        elif c == '[':
            j = pattern.find(']', i + 1 if i < len(pattern) and pattern[i] in '!]' else i)
            if j < 0:
                out.append('\\[')
                continue
            body = pattern[i:j]
            i = j + 1
            if body.startswith('!'):
                body = '^' + body[1:]
            out.append('[' + body.replace('\\', '\\\\') + ']')
        else:
            out.append(re.escape(c))
    return re.compile('(?s:' + ''.join(out) + ')\\Z')


class PurePath:
    """A path, without asking the file system anything."""

    _flavour_sep = '/'

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init_parts(args)
        return self

    def _init_parts(self, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                a = str(a)
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError('argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r' % type(a).__name__)
            if a.startswith('/'):
                parts = []
            parts.append(a)
        # The root comes from the last absolute part alone: two slashes there (and only
        # there) are POSIX's implementation-defined root '//'; PurePosixPath('/', 'usr') is /usr.
        first = parts[0] if parts else ''
        root = ''
        if first.startswith('//') and not first.startswith('///'):
            root = '//'
        elif first.startswith('/'):
            root = '/'
        names = [n for p in parts for n in p.split('/') if n and n != '.']
        self._root = root
        self._names = names

    @classmethod
    def _from_parts(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = list(names)
        return self

    def __str__(self):
        text = self._root + '/'.join(self._names)
        return text or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') else str(self).encode()

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def _key(self):
        return (self._root, tuple(self._names))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) < str(other)

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) <= str(other)

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) > str(other)

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) >= str(other)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from_parts(self._root, self._names[:-1])

    @property
    def parents(self):
        result = []
        names = self._names
        for i in range(len(names) - 1, -1, -1):
            result.append(self._from_parts(self._root, names[:i]))
        return tuple(result)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parts(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parts(self._root, self._names[:-1] + [name])

    def relative_to(self, *other):
        base = type(self)(*other)
        if base._root != self._root or self._names[:len(base._names)] != base._names:
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute.'.format(str(self), str(base)))
        return self._from_parts('', self._names[len(base._names):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pattern = type(self)(path_pattern)
        if not pattern._names:
            raise ValueError('empty pattern')
        if pattern._root:
            if pattern._root != self._root or len(pattern._names) != len(self._names):
                return False
        elif len(pattern._names) > len(self._names):
            return False
        for name, pat in zip(reversed(self._names), reversed(pattern._names)):
            if not _glob_regex(pat).match(name):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    """A path that can also ask the file system."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init_parts(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict and not self.exists():
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return type(self)(os.path.realpath(str(self)))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def samefile(self, other_path):
        return os.path.samefile(str(self), str(other_path))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from_parts(self._root, self._names + [name])

    def _walk(self):
        yield self
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            child = self._from_parts(self._root, self._names + [name])
            if child.is_dir() and not child.is_symlink():
                yield from child._walk()

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        parts = [p for p in pattern.split('/') if p and p != '.']
        yield from self._glob(parts)

    def _glob(self, parts):
        if not parts:
            yield self
            return
        first, rest = parts[0], parts[1:]
        if first == '**':
            for directory in self._walk():
                yield from directory._glob(rest) if rest else [directory]
            return
        if not any(c in first for c in '*?['):
            child = self._from_parts(self._root, self._names + [first])
            if child.exists():
                yield from child._glob(rest)
            return
        regex = _glob_regex(first)
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            if name.startswith('.') and not first.startswith('.'):
                continue
            if regex.match(name):
                child = self._from_parts(self._root, self._names + [name])
                if rest and not child.is_dir():
                    continue
                yield from child._glob(rest)

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            if parents:
                os.makedirs(str(self), exist_ok=exist_ok)
            else:
                os.mkdir(str(self))
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            with open(str(self), 'a'):
                pass
            return
        with open(str(self), 'w'):
            pass

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return type(self)(target)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open('wb') as f:
            return f.write(view)


class PosixPath(Path, PurePosixPath):
    pass
