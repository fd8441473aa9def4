# logging.handlers: QueueHandler/QueueListener across threads, MemoryHandler flushing at
# capacity and level, RotatingFileHandler's backups, WatchedFileHandler reopening; makeLogRecord.
import logging, logging.handlers, queue, threading, sys, os, tempfile
q = queue.Queue()
out = logging.StreamHandler(sys.stdout)
class PathFreeFormatter(logging.Formatter):
    def formatException(self, ei):
        return super().formatException(ei).replace(__file__, "<this file>")
out.setFormatter(PathFreeFormatter("%(threadName)s %(levelname)s %(name)s: %(message)s"))
qh_formatter = PathFreeFormatter("%(message)s")
listener = logging.handlers.QueueListener(q, out)
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.propagate = False
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(qh_formatter)
log.addHandler(qh)
listener.start()
def work(n):
    for i in range(3):
        log.info("worker %d step %d", n, i)
threads = [threading.Thread(target=work, args=(n,), name="T%d" % n) for n in range(3)]
for t in threads: t.start(); t.join()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed: %s", "division")
listener.stop()
log.removeHandler(qh)
mem_target = logging.StreamHandler(sys.stdout)
mem_target.setFormatter(logging.Formatter("MEM %(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=mem_target)
log.addHandler(mh)
log.info("a"); log.info("b"); print("nothing yet"); log.info("c"); print("flushed 3")
log.info("d"); log.error("e"); log.info("f")
mh.close()
log.removeHandler(mh)
d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
rh = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(12):
    log.info("line number %02d", i)
rh.close()
for name in sorted(os.listdir(d)):
    print(name, open(os.path.join(d, name)).read().split())
r = logging.makeLogRecord({"msg": "m %d", "args": (5,), "name": "n", "levelno": 20, "levelname": "INFO"})
print(r.getMessage(), logging.getLogRecordFactory() is logging.LogRecord)
wh = logging.handlers.WatchedFileHandler(os.path.join(d, "w.log"))
log.addHandler(wh); log.warning("w1"); os.rename(os.path.join(d, "w.log"), os.path.join(d, "w.old")); log.warning("w2"); wh.close()
print(open(os.path.join(d, "w.log")).read().split(), open(os.path.join(d, "w.old")).read().split())

# expect: T0 INFO app: worker 0 step 0
# expect: T0 INFO app: worker 0 step 1
# expect: T0 INFO app: worker 0 step 2
# expect: T1 INFO app: worker 1 step 0
# expect: T1 INFO app: worker 1 step 1
# expect: T1 INFO app: worker 1 step 2
# expect: T2 INFO app: worker 2 step 0
# expect: T2 INFO app: worker 2 step 1
# expect: T2 INFO app: worker 2 step 2
# expect: MainThread ERROR app: failed: division
# expect: Traceback (most recent call last):
# expect:   File "<this file>", line 25, in <module>
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: nothing yet
# expect: MEM INFO a
# expect: MEM INFO b
# expect: MEM INFO c
# expect: flushed 3
# expect: MEM INFO d
# expect: MEM ERROR e
# expect: MEM INFO f
# expect: app.log ['line', 'number', '09', 'line', 'number', '10', 'line', 'number', '11']
# expect: app.log.1 ['line', 'number', '06', 'line', 'number', '07', 'line', 'number', '08']
# expect: app.log.2 ['line', 'number', '03', 'line', 'number', '04', 'line', 'number', '05']
# expect: m 5 True
# expect: ['w2'] ['w1']
