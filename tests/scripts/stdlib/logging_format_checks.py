# logging.Formatter checks its format string for the style it is given, as CPython's does;
# Formatter.converter chooses the clock asctime shows; a handler's acquire/release/createLock.
import logging
import sys
import time

cases = [
    ("{levelname}: {message}", "%"),
    ("plain text", "%"),
    ("%(message)s", "%"),
    ("%(levelname)-8s %(message)s", "%"),
    ("%(msecs)03d %(message)s", "%"),
    ("%(message)q", "%"),
    ("{levelname", "{"),
    ("%(message)s", "{"),
    ("{message}", "{"),
    ("{levelname:<8} {message!r}", "{"),
    ("{message!x}", "{"),
    ("{message:@@@}", "{"),
    ("{0.x}", "{"),
    ("text only", "{"),
    ("${message}", "$"),
    ("$message and $$", "$"),
    ("cost $", "$"),
    ("no fields", "$"),
]
for fmt, style in cases:
    try:
        logging.Formatter(fmt, style=style)
        print("ok   ", repr(fmt), style)
    except ValueError as e:
        print("error", repr(fmt), style, "->", e)

print(logging.Formatter("{oops", style="{", validate=False)._fmt)
try:
    logging.basicConfig(stream=sys.stdout, format="{levelname}: {message}")
except ValueError as e:
    print("basicConfig:", e)

rec = logging.makeLogRecord({"msg": "hi", "created": 86400.5, "msecs": 500.0, "levelname": "INFO"})
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.format(rec))
class NoMsec(logging.Formatter):
    default_msec_format = None
print(NoMsec("%(asctime)s|%(message)s").formatTime(rec) == time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(86400.5)))


class Counting(logging.Handler):
    def emit(self, record):
        self.acquire()
        try:
            print("emit", record.getMessage(), type(self.lock).__name__)
        finally:
            self.release()


class Lockless(logging.Handler):
    def createLock(self):
        self.lock = None

    def emit(self, record):
        print("lockless", record.getMessage())


log = logging.getLogger("checks")
log.propagate = False
log.addHandler(Counting())
log.addHandler(Lockless())
log.warning("hello")
print(Lockless().lock)

# expect: error '{levelname}: {message}' % -> Invalid format '{levelname}: {message}' for '%' style
# expect: error 'plain text' % -> Invalid format 'plain text' for '%' style
# expect: ok    '%(message)s' %
# expect: ok    '%(levelname)-8s %(message)s' %
# expect: ok    '%(msecs)03d %(message)s' %
# expect: error '%(message)q' % -> Invalid format '%(message)q' for '%' style
# expect: error '{levelname' { -> invalid format: expected '}' before end of string
# expect: error '%(message)s' { -> invalid format: no fields
# expect: ok    '{message}' {
# expect: ok    '{levelname:<8} {message!r}' {
# expect: error '{message!x}' { -> invalid format: invalid conversion: 'x'
# expect: error '{message:@@@}' { -> invalid format: bad specifier: '@@@'
# expect: ok    '{0.x}' {
# expect: error 'text only' { -> invalid format: no fields
# expect: ok    '${message}' $
# expect: ok    '$message and $$' $
# expect: error 'cost $' $ -> invalid format: bare '$' not allowed
# expect: error 'no fields' $ -> invalid format: no fields
# expect: {oops
# expect: basicConfig: Invalid format '{levelname}: {message}' for '%' style
# expect: 1970-01-02 00:00:00,500 hi
# expect: True
# expect: emit hello RLock
# expect: lockless hello
# expect: None
