# A class defining __eq__ without __hash__ gets __hash__ = None (subclasses inherit it);
# lock timeouts' errors, Barrier(0), _thread.exit() and logging.makeLogRecord as CPython's.
import threading, _thread, logging
class A:
    def __eq__(s, o): return True
class B(A): pass
class C(A):
    def __hash__(self): return 7
class D:
    def __eq__(s, o): return True
    __hash__ = object.__hash__
print(A.__hash__, "__hash__" in A.__dict__, B.__hash__, hash(C()), D.__hash__ is object.__hash__)
for k in (A, B):
    try: hash(k())
    except TypeError as e: print(e)
for args in [dict(timeout=-5), dict(blocking=False, timeout=1), dict(timeout=float("inf")), dict(timeout=float("nan"))]:
    try: threading.Lock().acquire(**args)
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(threading.Barrier(0).parties)
def t():
    try:
        _thread.exit()
    except SystemExit as e:
        print("SystemExit", e.args)
t()
r = logging.makeLogRecord({"msg": "hi %s", "args": ("x",), "levelno": 30})
print(r.getMessage(), r.levelno, r.levelname, r.name)

# expect: None True None 7 True
# expect: unhashable type: 'A'
# expect: unhashable type: 'B'
# expect: ValueError timeout value must be positive
# expect: ValueError can't specify a timeout for a non-blocking call
# expect: OverflowError timestamp out of range for platform time_t
# expect: ValueError Invalid value NaN (not a number)
# expect: 0
# expect: SystemExit ()
# expect: hi x 30 Level None None
