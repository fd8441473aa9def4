"""dbm -- generic interface to key/value databases; on MiniPy only dbm.dumb."""

import io as _io
import os as _os

from . import dumb as _dumb

__all__ = ["open", "whichdb", "error"]


class error(Exception):
    pass


error = (error, OSError, _dumb.error)


def whichdb(filename):
    """Return the module name for the db at `filename`, '' or None."""
    filename = _os.fspath(filename)
    try:
        with _io.open(filename + ".dir", "rb"):
            pass
        with _io.open(filename + ".dat", "rb"):
            pass
        return "dbm.dumb"
    except OSError:
        pass
    try:
        with _io.open(filename, "rb"):
            return ""
    except OSError:
        return None


def open(file, flag="r", mode=0o666):
    """Open or create a database; flag is 'r', 'w', 'c' or 'n'."""
    kind = None if "n" in flag else whichdb(file)
    if kind is None:
        if "c" in flag or "n" in flag:
            return _dumb.open(file, flag, mode)
        raise error[0]("db file doesn't exist; "
                       "use 'c' or 'n' flag to create a new db")
    if kind == "":
        raise error[0]("db type could not be determined")
    return _dumb.open(file, flag, mode)
