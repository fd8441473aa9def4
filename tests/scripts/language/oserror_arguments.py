# OSError(errno, strerror[, filename[, winerror[, filename2]]]): the subclass the errno names,
# the errno/strerror/filename attributes, str() from the attributes, args cut to two with a filename.
import errno
e = OSError(2, "No such file", "x.txt"); print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = OSError(13, "Permission denied"); print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = OSError("plain"); print(type(e).__name__, e, e.errno, e.strerror, e.args)
e = OSError(17, "exists", "a", None, "b"); print(type(e).__name__, e, e.filename2)
e = FileNotFoundError(2, "nope", "f"); print(repr(e), str(e))
e = OSError(errno.EAGAIN, "again"); print(type(e).__name__)
e = OSError(errno.ECONNREFUSED, "refused"); print(type(e).__name__, isinstance(e, ConnectionError))
e = OSError(1, 2, 3, 4, 5, 6); print(type(e).__name__, e.args, e.errno)
class MyErr(OSError): pass
e = MyErr(2, "x", "y"); print(type(e).__name__, e, e.errno)
e = IOError(2, "x"); print(type(e).__name__, IOError is OSError, EnvironmentError is OSError)
try:
    raise OSError(110, "timed out")
except TimeoutError as t: print("TimeoutError", t)
e = PermissionError(13, "denied", "/root"); print(e.errno, e.filename, e)
e = OSError(None, "m"); print(repr(e), e.errno)
e.errno = 5; print(e.errno, e)

# expect: FileNotFoundError [Errno 2] No such file: 'x.txt' 2 No such file x.txt (2, 'No such file')
# expect: PermissionError [Errno 13] Permission denied 13 Permission denied None (13, 'Permission denied')
# expect: OSError plain None None ('plain',)
# expect: FileExistsError [Errno 17] exists: 'a' -> 'b' b
# expect: FileNotFoundError(2, 'nope') [Errno 2] nope: 'f'
# expect: BlockingIOError
# expect: ConnectionRefusedError True
# expect: OSError (1, 2, 3, 4, 5, 6) None
# expect: MyErr [Errno 2] x: 'y' 2
# expect: FileNotFoundError True True
# expect: TimeoutError [Errno 110] timed out
# expect: 13 /root [Errno 13] denied: '/root'
# expect: OSError(None, 'm') None
# expect: 5 [Errno 5] m
