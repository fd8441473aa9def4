# The parts of os that are written in MiniPy: os.PathLike, fsencode/fsdecode, scandir and
# its DirEntry, removedirs and renames, popen, get_exec_path, the os.error alias, and fork
# (over the native _fork) with register_at_fork, waitpid, wait and the W* status macros. The
# native os module finds these names here the first time a program asks for one (its
# module-level __getattr__), so importing os costs nothing for them.
import abc as _abc
import os as _os
import stat as _stat
from types import GenericAlias as _GenericAlias

__all__ = ["PathLike", "fsencode", "fsdecode", "scandir", "DirEntry", "removedirs", "renames",
           "popen", "fdopen", "get_exec_path", "getcwdb", "error", "defpath", "supports_bytes_environ",
           "fork", "register_at_fork", "waitpid", "wait", "waitstatus_to_exitcode", "WNOHANG", "WUNTRACED",
           "WCONTINUED", "WIFEXITED", "WEXITSTATUS", "WIFSIGNALED", "WTERMSIG", "WIFSTOPPED", "WSTOPSIG",
           "WIFCONTINUED", "WCOREDUMP"]

error = OSError
defpath = "/bin:/usr/bin"
supports_bytes_environ = True


class PathLike(_abc.ABC):
    """Abstract base class for objects that represent a file system path (they have
    __fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    return klass.__dict__["__fspath__"] is not None or NotImplemented
            return NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


PathLike.__module__ = "os"


def fsencode(filename):
    """The path as bytes, encoded as the file system encodes names (UTF-8)."""
    filename = _os.fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """The path as str, decoded as the file system encodes names (UTF-8)."""
    filename = _os.fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def getcwdb():
    """The current working directory as bytes."""
    return fsencode(_os.getcwd())


class DirEntry:
    """One entry of os.scandir: its name and path, and what it is, found with one stat each
    (kept for the entry's later calls)."""

    def __init__(self, directory, name):
        self.name = name
        self.path = _os.path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or not self.is_symlink():
            if self._lstat is None:
                self._lstat = _os.lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = _os.stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_symlink(self):
        try:
            if self._lstat is None:
                self._lstat = _os.lstat(self.path)
        except FileNotFoundError:
            return False
        return _stat.S_ISLNK(self._lstat.st_mode)

    def is_dir(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    __class_getitem__ = classmethod(_GenericAlias)


DirEntry.__module__ = "posix"


class _ScandirIterator:
    def __init__(self, path, names):
        self._path = path
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._path, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = "ScandirIterator"
_ScandirIterator.__module__ = "posix"


def scandir(path="."):
    """An iterator of DirEntry objects for the entries of the directory path (not "." and
    ".."), in the order the file system lists them."""
    path = _os.fspath(path)
    names = _os.listdir(fsdecode(path))
    if isinstance(path, bytes):
        names = [fsencode(name) for name in names]
    return _ScandirIterator(path, names)


def removedirs(name):
    """Removes the directory name, then each parent that becomes empty."""
    _os.rmdir(name)
    head, tail = _os.path.split(name)
    if not tail:
        head, tail = _os.path.split(head)
    while head and tail:
        try:
            _os.rmdir(head)
        except OSError:
            break
        head, tail = _os.path.split(head)


def renames(old, new):
    """Renames old to new, making the directories new needs and removing those old leaves empty."""
    head, tail = _os.path.split(new)
    if head and tail and not _os.path.exists(head):
        _os.makedirs(head)
    _os.rename(old, new)
    head, tail = _os.path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def get_exec_path(env=None):
    """The directories searched for a program, from env's PATH (os.environ's by default)."""
    if env is None:
        env = _os.environ
    path = env.get("PATH")
    if path is None:
        path = defpath
    return path.split(_os.pathsep)


class _wrap_close:
    """A pipe to or from a shell command (os.popen): a text file whose close() returns the
    command's exit status, or None when it succeeded."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over the open file descriptor fd (open() with an int)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def popen(cmd, mode="r", buffering=-1):
    """Runs cmd with the shell and returns a file reading its output (mode "r") or writing
    its input (mode "w")."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


# ───────────── fork and waiting for children (see Natives/OsFork.cs) ─────────────

WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8

_at_fork_before = []
_at_fork_parent = []
_at_fork_child = []


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Registers callables run by fork(): before it (in reverse order of registration),
    and after it in the parent and in the child."""
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")
    for name, func in (("before", before), ("after_in_child", after_in_child),
                       ("after_in_parent", after_in_parent)):
        if func is not None and not callable(func):
            raise TypeError("'%s' must be callable, not %s" % (name, type(func).__name__))
    if before is not None:
        _at_fork_before.append(before)
    if after_in_child is not None:
        _at_fork_child.append(after_in_child)
    if after_in_parent is not None:
        _at_fork_parent.append(after_in_parent)


def fork():
    """Forks a child process: returns 0 in the child and the child's process id in the
    parent. The child is a copy of this process, running from here (emulated: the heap and
    the running frames are copied into a new interpreter process)."""
    for hook in reversed(_at_fork_before):
        hook()
    import _fork
    import sys
    import atexit
    import _multiprocessing
    from multiprocessing import _fork_inherit
    message = {
        "broker": _multiprocessing.broker_address(),
        "main_path": None,
        "argv": list(sys.argv),
        "sys_path": list(sys.path),
        "switch_interval": sys.getswitchinterval(),
        "recursion_limit": sys.getrecursionlimit(),
    }
    carried = (_fork_inherit.capture(), (list(atexit._exithandlers), list(_at_fork_child)))
    pid = _fork.fork(message, carried)
    del message, carried
    for hook in (_at_fork_child if pid == 0 else _at_fork_parent):
        hook()
    return pid


def _fork_child_inherit(state, handlers):
    """In os.fork's child, before its frames resume: what other modules carry over."""
    from multiprocessing import _fork_inherit
    import atexit
    _fork_inherit.restore(state)
    exit_handlers, child_hooks = handlers
    atexit._exithandlers[:] = exit_handlers
    _at_fork_child[:] = child_hooks


def waitpid(pid, options):
    """Waits for the child pid (-1 or 0: any child) to end; returns (pid, status), or (0, 0)
    with WNOHANG while it runs. Only children started by os.fork are known."""
    import _fork
    return _fork.waitpid(pid, options)


def wait():
    """Waits for any child to end; returns (pid, status)."""
    return waitpid(-1, 0)


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    low = (status & 0x7f) + 1
    if low >= 128:
        low -= 256
    return (low >> 1) > 0


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WIFCONTINUED(status):
    return status == 0xffff


def WCOREDUMP(status):
    return bool(status & 0x80)


def waitstatus_to_exitcode(status):
    """The exit code for a wait status: the exit status, or minus the signal's number."""
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError("process stopped by delivery of signal %i" % WSTOPSIG(status))
    raise ValueError("invalid wait status: %i" % status)
