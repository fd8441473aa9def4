# The interpreter lock seen from a program: the switch interval, the GIL flag, statistics.
import sys
import threading

print(sys.getswitchinterval())  # expect: 0.005
sys.setswitchinterval(0.002)
print(sys.getswitchinterval())  # expect: 0.002
sys.setswitchinterval(0.005)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)  # expect: switch interval must be strictly positive
print(sys._is_gil_enabled())  # expect: True


def spin():
    total = 0
    for i in range(20000):
        total += i


ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
stats = sys._gil_stats()
print(stats["enabled"], stats["switches"] >= 1, len(stats["threads"]) >= 3)  # expect: True True True
main = stats["threads"]["MainThread"]
print(sorted(main), main["acquisitions"] >= 1)  # expect: ['acquisitions', 'forced_drops', 'held', 'waited'] True
