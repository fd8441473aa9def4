"""dbm.dumb -- a slow but portable pure-Python key/value database.

Values live in <name>.dat (512-byte aligned blocks); the index of
key -> (offset, size) lives in <name>.dir as repr'd text lines.
"""

import collections.abc
import io as _io
import os as _os

__all__ = ["error", "open"]

_BLOCK = 512


class error(OSError):
    pass


def _as_bytes(value, what):
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError("%s must be bytes or str, not %s" % (what, type(value).__name__))


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"'}


def _parse_index_line(line):
    """Parse one "'key', (pos, size)" line of a .dir file."""
    head, _, tail = line.rpartition(", (")
    pos, size = tail.rstrip(")").split(",")
    body = head[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            nxt = body[i + 1]
            if nxt == "x":
                out.append(chr(int(body[i + 2:i + 4], 16)))
                i += 4
                continue
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out), (int(pos), int(size))


class _Database(collections.abc.MutableMapping):

    def __init__(self, filebase, mode, flag):
        self._mode = mode
        self._readonly = flag == "r"
        self._dirfile = filebase + ".dir"
        self._datfile = filebase + ".dat"
        self._bakfile = filebase + ".bak"
        self._index = {}
        if flag == "n":
            for name in (self._dirfile, self._datfile, self._bakfile):
                try:
                    _os.remove(name)
                except OSError:
                    pass
        if not _os.path.exists(self._datfile):
            if flag in ("r", "w"):
                raise error("db file doesn't exist; use 'c' or 'n' flag to "
                            "create a new db") if flag == "r" else \
                    FileNotFoundError(2, "No such file or directory", self._datfile)
            with _io.open(self._datfile, "wb"):
                pass
        self._load_index()
        self._dirty = False

    def _load_index(self):
        try:
            f = _io.open(self._dirfile, "r", encoding="Latin-1")
        except OSError:
            return
        with f:
            for line in f:
                line = line.rstrip()
                if line:
                    key, pos_size = _parse_index_line(line)
                    self._index[key.encode("Latin-1")] = pos_size

    def _commit(self):
        if self._index is None or not self._dirty:
            return
        with _io.open(self._dirfile, "w", encoding="Latin-1") as f:
            for key, pos_size in self._index.items():
                f.write("%r, %r\n" % (key.decode("Latin-1"), pos_size))
        self._dirty = False

    sync = _commit

    def _check(self):
        if self._index is None:
            raise error("DBM object has already been closed")

    def __getitem__(self, key):
        self._check()
        key = _as_bytes(key, "keys")
        pos, size = self._index[key]
        with _io.open(self._datfile, "rb") as f:
            f.seek(pos)
            return f.read(size)

    def __setitem__(self, key, value):
        self._check()
        if self._readonly:
            raise error("The database is opened for reading only")
        key = _as_bytes(key, "keys")
        value = _as_bytes(value, "values")
        with _io.open(self._datfile, "rb+") as f:
            old = self._index.get(key)
            if old is not None and len(value) <= (old[1] + _BLOCK - 1) // _BLOCK * _BLOCK and old[1]:
                pos = old[0]
            else:
                f.seek(0, 2)
                end = f.tell()
                pos = (end + _BLOCK - 1) // _BLOCK * _BLOCK
                f.write(b"\0" * (pos - end))
            f.seek(pos)
            f.write(value)
        self._index[key] = (pos, len(value))
        self._dirty = True
        self._commit()

    def __delitem__(self, key):
        self._check()
        if self._readonly:
            raise error("The database is opened for reading only")
        key = _as_bytes(key, "keys")
        del self._index[key]
        self._dirty = True
        self._commit()

    def keys(self):
        self._check()
        return list(self._index)

    def items(self):
        return [(k, self[k]) for k in self.keys()]

    def values(self):
        return [self[k] for k in self.keys()]

    def __contains__(self, key):
        self._check()
        try:
            key = _as_bytes(key, "keys")
        except TypeError:
            return False
        return key in self._index

    def __iter__(self):
        self._check()
        return iter(list(self._index))

    def __len__(self):
        self._check()
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag="c", mode=0o666):
    """Open (creating per `flag`) the dumb database with base name `file`."""
    if flag not in ("r", "w", "c", "n"):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(_os.fspath(file), mode, flag)
