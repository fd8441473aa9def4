# logging finds its caller: funcName, lineno, module and filename of the code that logged,
# stacklevel (deeper than the stack: the outermost frame), stack_info; a frame's f_lineno
# follows the running frame.
import logging, sys
logging.basicConfig(format="%(funcName)s %(lineno)d %(module)s %(filename)s %(levelname)s %(message)s", stream=sys.stdout, level=logging.DEBUG)
def fn(): logging.warning("hi")
fn()
log = logging.getLogger("app")
class Svc:
    def run(self):
        log.info("running")
        log.debug("deep", stacklevel=1)
        helper()
def helper():
    log.error("from helper, reported at caller", stacklevel=2)
Svc().run()
log.warning("top level")
try:
    1/0
except ZeroDivisionError:
    log.error("boom: %s", sys.exc_info()[0].__name__)
import sys
fr = sys._getframe()
print(fr.f_lineno)
print(fr.f_lineno)
h = logging.StreamHandler(sys.stdout)
class NoPaths(logging.Formatter):
    def formatStack(self, stack_info):
        return "\n".join(l.split(", ", 1)[1] if l.startswith("  File") else l for l in stack_info.splitlines())
h.setFormatter(NoPaths("%(name)s:%(funcName)s:%(lineno)d: %(message)s"))
l2 = logging.getLogger("x"); l2.propagate = False; l2.addHandler(h)
def outer():
    l2.warning("stack", stack_info=True)
outer()
def deep():
    l2.warning("very deep", stacklevel=9)
deep()

# expect: fn 6 logging_caller logging_caller.py WARNING hi
# expect: run 11 logging_caller logging_caller.py INFO running
# expect: run 12 logging_caller logging_caller.py DEBUG deep
# expect: run 13 logging_caller logging_caller.py ERROR from helper, reported at caller
# expect: <module> 17 logging_caller logging_caller.py WARNING top level
# expect: <module> 21 logging_caller logging_caller.py ERROR boom: ZeroDivisionError
# expect: 24
# expect: 25
# expect: x:outer:33: stack
# expect: Stack (most recent call last):
# expect: line 34, in <module>
# expect:     outer()
# expect: line 33, in outer
# expect:     l2.warning("stack", stack_info=True)
# expect: x:<module>:37: very deep
