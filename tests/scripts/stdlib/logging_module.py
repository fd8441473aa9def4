# logging: basicConfig, named loggers in a hierarchy, levels, propagation, threads' names,
# exceptions, '{' style; the output CPython 3.11 printed.
import logging
import sys
import threading

logging.warning("before any configuration %d", 1)
# expect-stderr: WARNING:root:before any configuration 1
log = logging.getLogger("app.db")
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, force=True,
                    format="%(levelname)s %(name)s [%(threadName)s] %(message)s")
log.info("shown %s", "now")  # expect: INFO app.db [MainThread] shown now


def worker(n):
    logging.getLogger("worker").debug("worker %d done", n)


for i in range(2):
    t = threading.Thread(target=worker, args=(i,), name="W%d" % i)
    t.start()
    t.join()
# expect: DEBUG worker [W0] worker 0 done
# expect: DEBUG worker [W1] worker 1 done
kept = []


class Keep(logging.Handler):
    def emit(self, record):
        kept.append(self.format(record))


keeper = Keep()
logging.getLogger("errors").addHandler(keeper)
logging.getLogger("errors").propagate = False
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger("errors").exception("failed")
lines = kept[0].splitlines()
print(lines[0], lines[1], lines[-3:], sep="\n")
# expect: failed
# expect: Traceback (most recent call last):
# expect: ['    1 / 0', '    ~~^~~', 'ZeroDivisionError: division by zero']
app = logging.getLogger("app")
app.setLevel(logging.ERROR)
log.warning("suppressed by the parent's level")
print(log.getEffectiveLevel(), log.parent.name, logging.getLevelName(30), logging.getLevelName("INFO"))  # expect: 40 app WARNING 20
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("{levelname}|{message}", style="{"))
app.addHandler(handler)
app.propagate = False
log.error("to %s", "app's handler only")  # expect: ERROR|to app's handler only
logging.info("%(a)s and %(b)s", {"a": 1, "b": 2})  # expect: INFO root [MainThread] 1 and 2
print(logging.getLogger() is logging.root, logging.getLogger("app") is app)  # expect: True True
