# sys._current_frames (each live thread's innermost frame, by ident), sys.is_finalizing,
# sys.thread_info, and the reprs of SimpleQueue's class; the output CPython 3.11 printed.
import sys, threading, traceback, queue
ready = threading.Event()
release = threading.Event()
def worker():
    ready.set()
    release.wait()
t = threading.Thread(target=worker, name="waiter")
t.start()
ready.wait()
frames = sys._current_frames()
print(type(frames).__name__, sorted(frames) == sorted([threading.get_ident(), t.ident]))
names = [entry.name for entry in traceback.extract_stack(frames[t.ident])]
print("worker" in names, names[-1] in ("wait", "worker"))
mine = frames[threading.get_ident()]
print(mine.f_code.co_name, mine.f_lineno)
release.set()
t.join()
print(len(sys._current_frames()), sys.is_finalizing(), sys.thread_info.name, sys.thread_info.lock, sys.thread_info.version.startswith("NPTL "))
print(queue.SimpleQueue.__module__, queue.SimpleQueue.__name__)
# expect: dict True
# expect: True True
# expect: <module> 17
# expect: 1 False pthread semaphore True
# expect: _queue SimpleQueue
