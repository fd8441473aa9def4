# Signal handlers get the frame the signal interrupted; setitimer and getitimer arm and read
# the interval timers (ITIMER_REAL sends SIGALRM), and a bad time is signal.ItimerError.
import signal
import time

seen = []


def handler(signum, frame):
    seen.append((signal.Signals(signum).name, frame.f_code.co_name))


def wait_for_alarm():
    deadline = time.monotonic() + 5
    while not seen and time.monotonic() < deadline:
        time.sleep(0.01)


signal.signal(signal.SIGALRM, handler)
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
wait_for_alarm()
print(seen)
print(signal.getitimer(signal.ITIMER_REAL))

seen.clear()
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
deadline = time.monotonic() + 5
while len(seen) < 3 and time.monotonic() < deadline:
    time.sleep(0.005)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(len(seen) >= 3, 0 <= delay <= 0.02, interval)
print(signal.getitimer(signal.ITIMER_REAL))

try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print(type(e).__name__, e, e.errno, isinstance(e, OSError))
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
# expect: (0.0, 0.0)
# expect: [('SIGALRM', 'wait_for_alarm')]
# expect: (0.0, 0.0)
# expect: True True 0.02
# expect: (0.0, 0.0)
# expect: itimer_error [Errno 22] Invalid argument 22 True
# expect: 0 1 2
