# A format naming a field the record lacks: the handler reports CPython's ValueError, where
# the program logged from, the message and its arguments, and the program goes on.
import io
import logging
import sys

buf = io.StringIO()
sys.stderr = buf
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(foo)s %(message)s"))
log = logging.getLogger("demo")
log.addHandler(handler)
log.warning("hello %s", "world")
brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{bar} {message}", style="{"))
log.removeHandler(handler)
log.addHandler(brace)
log.error("second")
sys.stderr = sys.__stderr__
lines = buf.getvalue().splitlines()
print([line for line in lines if not line.startswith(" ") and "Traceback" not in line and "During handling" not in line and line])
print(any(line.strip() == 'log.warning("hello %s", "world")' for line in lines))
print("still running")

# expect: ['--- Logging error ---', "KeyError: 'foo'", "ValueError: Formatting field not found in record: 'foo'", 'Call stack:', "Message: 'hello %s'", "Arguments: ('world',)", '--- Logging error ---', "KeyError: 'bar'", "ValueError: Formatting field not found in record: 'bar'", 'Call stack:', "Message: 'second'", 'Arguments: ()']
# expect: True
# expect: still running
