"""Process objects, as CPython's multiprocessing/process.py: Process (target or a subclass's
run()), current_process, parent_process and active_children. A process is started by the
spawn model: _multiprocessing.spawn runs the same minipy program in a new OS process, which
imports the main program as __mp_main__ and calls _bootstrap() on a copy of this object."""

import os
import sys
import _multiprocessing as _mp
import _thread

# The start method of the child whose message this thread is making, else None: locks and
# semaphores may only travel in that message (CPython's context.assert_spawning).
_spawning = _thread._local()
_spawning.method = None


def spawning_method():
    return getattr(_spawning, "method", None)

__all__ = ["BaseProcess", "Process", "current_process", "parent_process", "active_children"]

# How a repr names the exit code of a child a signal ended: "-SIGKILL", as CPython's.
_exitcode_to_name = {-signum: "-" + name for signum, name in {
    1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
    7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2",
    13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 16: "SIGSTKFLT", 17: "SIGCHLD", 18: "SIGCONT",
    19: "SIGSTOP", 20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU", 23: "SIGURG", 24: "SIGXCPU",
    25: "SIGXFSZ", 26: "SIGVTALRM", 27: "SIGPROF", 28: "SIGWINCH", 29: "SIGPOLL", 30: "SIGPWR",
    31: "SIGSYS", 34: "SIGRTMIN", 64: "SIGRTMAX",
}.items()}


def current_process():
    """The Process object of the process that calls it."""
    return _current_process


def parent_process():
    """The Process object of the parent, or None in the main process."""
    return _parent_process


def active_children():
    """The children of this process that are still running (finished ones are reaped)."""
    _cleanup()
    return list(_children)


def _cleanup():
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


_bootstrap_message = '''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        '''


class BaseProcess:
    """A process of control running target(*args, **kwargs), or run() in a subclass."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, "group argument must be None for now"
        global _process_counter
        _process_counter += 1
        self._identity = _current_process._identity + (_process_counter,)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        if name is not None:
            self._name = name
        else:
            self._name = type(self).__name__ + "-" + ":".join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """The activity of the process: calls the target. Subclasses override it."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Starts the process: spawns a new interpreter that calls run()."""
        self._check_closed()
        assert self._popen is None, "cannot start a process twice"
        assert self._parent_pid == os.getpid(), "can only start a process object created by current process"
        assert not _current_process._config.get("daemon"), "daemonic processes are not allowed to have children"
        if getattr(_current_process, "_inheriting", False):
            raise RuntimeError(_bootstrap_message)
        _cleanup()
        state = {}
        for key, value in self.__dict__.items():
            if key != "_popen":
                state[key] = value
        method = self._start_method or get_start_method()
        if method != "fork":
            # As CPython's spawn preparation, which asks for the start method: the default
            # is fixed from now on (a later set_start_method without force is an error).
            get_start_method()
        message = {
            "broker": _mp.broker_address(),
            "main_path": _mp.main_path(),
            "switch_interval": sys.getswitchinterval(),
            "recursion_limit": sys.getrecursionlimit(),
            "argv": list(sys.argv),
            # As CPython's preparation data: the child searches for modules where the parent
            # does now (a folder the program added is found by the child too).
            "sys_path": list(sys.path),
            "name": self.name,
        }
        util = sys.modules.get("multiprocessing.util")
        if util is not None and util._logger is not None:
            # As CPython's preparation data: the child logs as the parent asked.
            message["log_level"] = util._logger.getEffectiveLevel()
            message["log_to_stderr"] = util._log_to_stderr
        # While the child's message is made, locks may be sent (CPython's assert_spawning).
        _spawning.method = method
        try:
            if method == "fork":
                # The child is a copy of this process now (see ForkSnapshot.cs): it does not
                # run the main program again.
                from multiprocessing import _fork_inherit
                message["fork"] = _mp.fork_capture((type(self), state, _fork_inherit.capture()))
            else:
                message["process"] = _mp.dumps((type(self), state))
        finally:
            _spawning.method = None
        self._popen = _mp.spawn(message["main_path"], list(sys.argv), _mp.dumps(message))
        _children.add(self)

    def terminate(self):
        """Ends the process with SIGTERM."""
        self._check_closed()
        if self._popen is not None:
            self._popen.terminate()

    def kill(self):
        """Ends the process with SIGKILL."""
        self._check_closed()
        if self._popen is not None:
            self._popen.kill()

    def join(self, timeout=None):
        """Waits until the process ends, or until timeout seconds have passed."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), "can only join a child process"
        assert self._popen is not None, "can only join a started process"
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        """Whether the process has started and not yet ended."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), "can only test a child process"
        if self._popen is None:
            return False
        if self._popen.poll() is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Releases the process object; it must have ended."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), "name must be a string"
        self._name = name

    @property
    def daemon(self):
        return self._config.get("daemon", False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, "process has already started"
        self._config["daemon"] = daemonic

    @property
    def exitcode(self):
        """The exit code: None while running, minus the signal number if a signal ended it."""
        self._check_closed()
        if self._popen is None:
            return None
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid()

    pid = ident

    @property
    def sentinel(self):
        """A descriptor that becomes ready to read when the process ends (for
        multiprocessing.connection.wait and select)."""
        self._check_closed()
        if self._popen is None:
            raise ValueError("process not started")
        return self._popen.sentinel()

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = "started"
        elif self._closed:
            status = "closed"
        elif self._parent_pid != os.getpid():
            status = "unknown"
        elif self._popen is None:
            status = "initial"
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = "stopped"
            else:
                status = "started"
        info = [type(self).__name__, "name=%r" % self._name]
        if self._popen is not None:
            info.append("pid=%s" % self._popen.pid())
        info.append("parent=%s" % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append("exitcode=%s" % exitcode)
        if self.daemon:
            info.append("daemon")
        return "<%s>" % " ".join(info)

    def _bootstrap(self):
        """Runs in the child: calls run() and turns its outcome into an exit code."""
        global _current_process, _children, _process_counter
        _current_process = self
        _children = set()
        _process_counter = 0
        from multiprocessing import util
        try:
            try:
                util.info("child process calling self.run()")
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + "\n")
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stdout.flush()
            sys.stderr.write("Process %s:\n" % self.name)
            _mp.print_exception(e)
        util.info("process exiting with exitcode %d" % exitcode)
        sys.stdout.flush()
        sys.stderr.flush()
        return exitcode


class Process(BaseProcess):
    _start_method = None  # the default start method (see get_start_method)


class ForkProcess(Process):
    _start_method = "fork"


class SpawnProcess(Process):
    _start_method = "spawn"


class ForkServerProcess(Process):
    _start_method = "forkserver"


_process_classes = {"fork": ForkProcess, "spawn": SpawnProcess, "forkserver": ForkServerProcess}

# The start method Process uses unless its context chose one: fork, as on Linux.
_default_start_method = None
_all_start_methods = ["fork", "spawn", "forkserver"]


def get_start_method(allow_none=False):
    global _default_start_method
    if _default_start_method is None:
        if allow_none:
            return None
        _default_start_method = "fork"
    return _default_start_method


def set_start_method(method, force=False):
    global _default_start_method
    if _default_start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in _all_start_methods:
        raise ValueError('cannot find context for %r' % (method,))
    _default_start_method = method


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}
        self._target = None
        self._args = ()
        self._kwargs = {}


class _ParentProcess(BaseProcess):
    """The parent as a child sees it: a name and a pid."""

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}
        self._target = None

    def is_alive(self):
        try:
            os.kill(self._pid, 0)
        except OSError:
            return False
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        raise ValueError("cannot join the parent process")


def _exit_function():
    """At exit: end daemonic children, wait for the others (CPython's util._exit_function)."""
    from multiprocessing import util
    if util._exiting:
        return
    util._exiting = True
    util.info("process shutting down")
    for p in list(_children):
        if p.daemon and p._popen is not None and p._popen.poll() is None:
            util.info("calling terminate() for daemon %s", p.name)
            p._popen.terminate()
    for p in list(_children):
        if p._popen is not None:
            if p._popen.poll() is None:
                util.info("calling join() for process %s", p.name)
            p._popen.wait(None)
    _children.clear()


_process_counter = 0
_children = set()
_current_process = _MainProcess()
_parent_process = None
