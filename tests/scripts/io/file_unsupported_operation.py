# Reading a file opened for writing (and writing one opened for reading) raises
# io.UnsupportedOperation, which is both an OSError and a ValueError.
import io
import os
import tempfile

p = os.path.join(tempfile.mkdtemp(), "f.txt")
for mode, action in [("w", lambda f: f.read()), ("a", lambda f: f.readline()), ("wb", lambda f: f.read(1)),
                     ("r", lambda f: f.write("x")), ("rb", lambda f: f.write(b"x"))]:
    with open(p, mode) as f:
        try:
            action(f)
        except io.UnsupportedOperation as e:
            print(mode, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
os.remove(p)
os.rmdir(os.path.dirname(p))

# expect: w UnsupportedOperation not readable True True
# expect: a UnsupportedOperation not readable True True
# expect: wb UnsupportedOperation read True True
# expect: r UnsupportedOperation not writable True True
# expect: rb UnsupportedOperation write True True
