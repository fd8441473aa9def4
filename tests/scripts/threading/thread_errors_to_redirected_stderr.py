# An exception that ends a thread is reported on sys.stderr as the program has it at that
# moment: contextlib.redirect_stderr captures the report, as in CPython.
import contextlib
import io
import threading

buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    t = threading.Thread(target=lambda: 1 / 0, name="worker")
    t.start()
    t.join()
print([line for line in buf.getvalue().splitlines() if not line.startswith(" ")])

# expect: ['Exception in thread worker:', 'Traceback (most recent call last):', 'ZeroDivisionError: division by zero']
