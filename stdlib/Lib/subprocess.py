"""subprocess: run programs, as CPython 3.11's subprocess for what it offers.

run (capture_output, input, timeout, check, text), call, check_call, check_output, Popen
(communicate, wait, poll, kill, terminate, pid, returncode, args; as a with-statement),
CompletedProcess, CalledProcessError, TimeoutExpired, PIPE, STDOUT and DEVNULL; args as a
list or, with shell=True, a command line for /bin/sh; cwd and env. With PIPE, Popen's stdin,
stdout and stderr are file objects (binary, or text with text=True or an encoding): read
a child's output line by line as it comes, write to its input. A stream may also be a file
object or a descriptor the child then shares, and stderr=STDOUT makes the child's stderr a
duplicate of its stdout.
"""

import io
import os
import _subprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call', 'check_output', 'run',
           'CalledProcessError', 'CompletedProcess', 'SubprocessError', 'TimeoutExpired',
           'getoutput', 'getstatusoutput', 'list2cmdline']

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except (ValueError, AttributeError, ImportError):
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output


class CompletedProcess:
    """A process that has finished running: what run() returns."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    """The command line MS Windows would build; kept for programs that print it."""
    result = []
    for arg in map(os.fsdecode if hasattr(os, 'fsdecode') else str, seq):
        if not arg or ' ' in arg or '\t' in arg:
            result.append('"%s"' % arg.replace('"', '\\"'))
        else:
            result.append(arg)
    return ' '.join(result)


class _PipeReader(io.BufferedIOBase):
    """A child's stdout or stderr pipe, read as the child writes (Popen.stdout in binary mode)."""

    def __init__(self, handle, which):
        self._handle = handle
        self._which = which
        self._closed = False
        self.name = which

    closed = property(lambda self: self._closed)

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def read1(self, size=-1):
        """What the child has written so far, up to size bytes (b'' at the end)."""
        self._check_closed()
        return self._handle.read(self._which, -1 if size is None else size)

    def read(self, size=-1):
        """size bytes, or fewer at the end; everything to the end when size is -1."""
        self._check_closed()
        if size is None or size < 0:
            return self._handle.read(self._which, -1)
        chunks = []
        while size > 0:
            chunk = self._handle.read(self._which, size)
            if not chunk:
                break
            chunks.append(chunk)
            size -= len(chunk)
        return b''.join(chunks)

    def readline(self, size=-1):
        self._check_closed()
        return self._handle.readline(self._which, -1 if size is None else size)

    def close(self):
        self._closed = True

    def __repr__(self):
        return "<_io.BufferedReader name=%d>" % (3 if self._which == 'stdout' else 5)


class _PipeWriter(io.BufferedIOBase):
    """A child's stdin pipe (Popen.stdin in binary mode)."""

    def __init__(self, handle):
        self._handle = handle
        self._closed = False
        self.name = 'stdin'

    closed = property(lambda self: self._closed)

    def readable(self):
        return False

    def writable(self):
        return True

    def seekable(self):
        return False

    def write(self, data):
        self._check_closed()
        return self._handle.write(data)

    def flush(self):
        self._check_closed()

    def close(self):
        if not self._closed:
            self._closed = True
            self._handle.close_stdin()

    def __repr__(self):
        return "<_io.BufferedWriter name=4>"


def _stream_mode(value, name):
    """How the runtime sets up one of the child's standard streams: inherited (0), PIPE or
    DEVNULL; a descriptor or a file object is inherited here and moved by _redirections."""
    if value is None or value == STDOUT and name == 'stderr':
        return 0
    if value in (PIPE, DEVNULL):
        return value
    if value == STDOUT:
        # CPython hands -2 to the child's dup2 as a descriptor
        import errno
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))
    return 0  # a descriptor or file object: moved by _redirections, which checks it


def _descriptor_of(value):
    if isinstance(value, int) and value >= 0:
        return value
    if hasattr(value, 'fileno'):
        return value.fileno()
    raise TypeError("bad value for a standard stream: %r" % (value,))


def _redirections(stdin, stdout, stderr):
    """The shell redirections that put a descriptor or file object the caller named on the
    child's standard stream, and stderr=STDOUT's 2>&1 (a duplicate of the child's stdout,
    so the two outputs interleave as the child wrote them): (redirections, descriptors)."""
    redirections, descriptors = [], []
    for value, operator in ((stdin, '<&'), (stdout, '>&'), (stderr, '2>&')):
        if value is None or value in (PIPE, DEVNULL) or value == STDOUT:
            continue
        fd = _descriptor_of(value)
        redirections.append('%s%d' % (operator, fd))
        descriptors.append(fd)
    if stderr == STDOUT:
        redirections.append('2>&1')
    return redirections, descriptors


def _seekable_file(value):
    try:
        return not isinstance(value, int) and hasattr(value, 'fileno') and value.seekable()
    except (OSError, ValueError):
        return False


def _find_program(name, env):
    """The path the child's exec will run, or the OSError CPython's exec would raise."""
    import errno
    if '/' in name:
        candidates = [name]
    else:
        path = env.get('PATH', os.defpath)
        candidates = [os.path.join(folder or '.', name) for folder in path.split(os.pathsep)]
    refused = None
    for candidate in candidates:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
        if os.path.exists(candidate):
            refused = PermissionError(errno.EACCES, os.strerror(errno.EACCES), name)
    raise refused or FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), name)


def _bash():
    for candidate in ('/bin/bash', '/usr/bin/bash'):
        if os.path.exists(candidate):
            return candidate
    return 'bash'


class Popen:
    """A child program, started at once."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, text=None, encoding=None, errors=None,
                 user=None, group=None, extra_groups=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        if isinstance(args, (str, bytes)):
            argv = ['/bin/sh', '-c', args] if shell else [args]
        else:
            argv = [os.fspath(a) if hasattr(os, 'fspath') else a for a in args]
            if shell:
                argv = ['/bin/sh', '-c'] + argv
        if executable is not None:
            argv[0] = executable
        if env is None:
            env = os.environ  # the environment as the program has changed it
        env = {str(k): str(v) for k, v in env.items()}
        if cwd is not None and not os.path.isdir(cwd):
            # What the child's chdir, before its exec, would report.
            import errno
            code = errno.ENOTDIR if os.path.exists(cwd) else errno.ENOENT
            raise OSError(code, os.strerror(code), os.fspath(cwd))
        # Another child's output pipe as stdin: this child's stdin is a pipe that the
        # runtime feeds from that one (the parent's copy of its descriptor is not handed on).
        feed = stdin.buffer if isinstance(stdin, io.TextIOWrapper) and isinstance(stdin.buffer, _PipeReader) else stdin
        if isinstance(feed, _PipeReader):
            stdin = PIPE
        else:
            feed = None
        modes = (_stream_mode(stdin, 'stdin'), _stream_mode(stdout, 'stdout'),
                 _stream_mode(stderr, 'stderr'))
        redirections, descriptors = _redirections(stdin, stdout, stderr)
        if redirections:
            # The runtime starts a child with its standard streams inherited or piped, not
            # set to any descriptor: bash, replaced by the program at once (exec keeps the
            # pid), moves them first. bash, not sh: dash accepts only one-digit descriptors.
            program = _find_program(argv[0], env)
            argv = [_bash(), '-c', 'exec -a "$0" "$@" ' + ' '.join(redirections),
                    self._argv0(args, shell), program] + argv[1:]
        # MiniPy's files read and write at offsets of their own, and move the descriptor's
        # to theirs whenever fileno() is asked: the child starts where the file has got to,
        # and the file goes on from where the child leaves it (see _take_offsets).
        self._shared_files = []
        for f in (stdin, stdout, stderr):
            if _seekable_file(f):
                if f.writable():
                    f.flush()
                self._shared_files.append((f, f.fileno()))
        made_inheritable = [fd for fd in descriptors if fd > 2 and not os.get_inheritable(fd)]
        for fd in made_inheritable:
            os.set_inheritable(fd, True)
        try:
            self._handle = _subprocess.spawn(argv, cwd if cwd is None else os.fspath(cwd),
                                             env, *modes)
        finally:
            for fd in made_inheritable:
                os.set_inheritable(fd, False)
        self.pid = self._handle.pid()
        if feed is not None:
            self._handle.feed_stdin_from(feed._handle, feed._which)
        elif stdin == PIPE:
            self.stdin = _PipeWriter(self._handle)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, encoding=self._encoding, errors=self._errors,
                                              line_buffering=bufsize == 1)
        if stdout == PIPE:
            self.stdout = self._reader('stdout')
        if stderr == PIPE:
            self.stderr = self._reader('stderr')

    def _take_offsets(self):
        """Once the child has ended, the files it shared go on from where it left their
        descriptors, as files sharing a descriptor do."""
        shared, self._shared_files = self._shared_files, []
        for f, fd in shared:
            if not f.closed:
                f.seek(os.lseek(fd, 0, os.SEEK_CUR))

    @staticmethod
    def _argv0(args, shell):
        if shell or isinstance(args, (str, bytes)):
            return '/bin/sh' if shell else os.fsdecode(args)
        return os.fsdecode(os.fspath(args[0]))

    def _reader(self, which):
        pipe = _PipeReader(self._handle, which)
        if self.text_mode:
            return io.TextIOWrapper(pipe, encoding=self._encoding, errors=self._errors)
        return pipe

    def __repr__(self):
        return '<Popen: returncode: {} args: {!r}>'.format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        return data.decode(self._encoding, self._errors).replace('\r\n', '\n')

    def communicate(self, input=None, timeout=None):
        if self.stdin is not None and not self.stdin.closed:
            self.stdin.flush()
        if isinstance(input, str):
            input = input.encode(self._encoding)
        result = self._handle.communicate(input, timeout)
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        out, err = result
        # As CPython's: the pipes are read to their end and closed.
        for stream in (self.stdin, self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        self.returncode = self._handle.poll()
        self._take_offsets()
        return self._decode(out), self._decode(err)

    def wait(self, timeout=None):
        code = self._handle.wait(timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        self._take_offsets()
        return code

    def poll(self):
        code = self._handle.poll()
        if code is not None:
            self.returncode = code
            self._take_offsets()
        return code

    def kill(self):
        self._handle.kill()

    def terminate(self):
        self._handle.terminate()

    def send_signal(self, sig):
        if sig == 9:
            self.kill()
        else:
            self.terminate()


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('text') or kwargs.get('universal_newlines') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    data = run(cmd, shell=True, text=True, stdout=PIPE, stderr=STDOUT)
    output = data.stdout
    if output[-1:] == '\n':
        output = output[:-1]
    return data.returncode, output


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
