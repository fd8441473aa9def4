"""shutil: copying, moving and removing files and trees, and finding programs, as CPython's
shutil for what it offers (file contents are copied; permission bits and times are not)."""

import os
import sys
import fnmatch

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'rmtree',
           'move', 'which', 'ignore_patterns', 'get_terminal_size', 'disk_usage', 'chown', 'Error',
           'SameFileError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


from collections import namedtuple as _namedtuple
_ntuple_diskusage = _namedtuple('usage', 'total used free')
del _namedtuple


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of one file object to another, in chunks."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (a file name); returns dst."""
    src, dst = os.fspath(src), os.fspath(dst)
    if _same(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    import stat
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return   # Linux cannot change a link's own mode
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of src to dst."""
    import stat
    st = os.stat(src, follow_symlinks=follow_symlinks)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    if follow_symlinks or not os.path.islink(dst):
        os.chmod(dst, stat.S_IMODE(st.st_mode))


def _copy_and(keep, src, dst, follow_symlinks):
    """copyfile to dst (or into the directory dst), then keep(src, dst, ...) its metadata."""
    src, dst = os.fspath(src), os.fspath(dst)
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    keep(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy src to dst, a file or a directory to put it in, with its permission bits;
    returns the file written."""
    return _copy_and(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """copy(), keeping the times too (copystat)."""
    return _copy_and(copystat, src, dst, follow_symlinks)


def disk_usage(path):
    """usage(total, used, free) of the file system holding path, in bytes."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


def chown(path, user=None, group=None):
    """Change the owner (a user name or id) and group (a name or id) of path."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if user is not None:
        uid = user if isinstance(user, int) else _lookup_id(user, "pwd", "getpwnam", "pw_uid", "no such user")
    if group is not None:
        gid = group if isinstance(group, int) else _lookup_id(group, "grp", "getgrnam", "gr_gid", "no such group")
    os.chown(path, uid, gid)


def _lookup_id(name, module, function, field, missing):
    try:
        entry = getattr(__import__(module), function)(name)
    except KeyError:
        raise LookupError("%s: %r" % (missing, name)) from None
    return getattr(entry, field)


def ignore_patterns(*patterns):
    """An ignore function for copytree: the names matching any of the patterns."""
    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy a directory tree; returns dst."""
    src, dst = os.fspath(src), os.fspath(dst)
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete a directory tree."""
    path = os.fspath(path)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (into it, when it is a directory); returns the destination."""
    src, dst = os.fspath(src), os.fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _executable(path):
    try:
        return os.path.isfile(path) and os.stat(path).st_mode & 0o111 != 0
    except OSError:
        return False


def which(cmd, mode=None, path=None):
    """The path of the program cmd would run, or None."""
    cmd = os.fspath(cmd)
    if os.path.dirname(cmd):
        return cmd if _executable(cmd) else None
    if path is None:
        path = os.environ.get('PATH', os.defpath if hasattr(os, 'defpath') else '/bin:/usr/bin')
    if not path:
        return None
    seen = set()
    for directory in path.split(os.pathsep):
        if directory in seen:
            continue
        seen.add(directory)
        name = os.path.join(directory, cmd)
        if _executable(name):
            return name
    return None


class terminal_size(tuple):
    """os.terminal_size: (columns, lines)."""

    def __new__(cls, sequence):
        columns, lines = sequence
        return tuple.__new__(cls, (columns, lines))

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % (self[0], self[1])


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from COLUMNS and LINES, else the fallback (no tty query here)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return terminal_size((columns, lines))
