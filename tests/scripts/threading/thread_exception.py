# An exception escaping a thread is printed as "Exception in thread NAME:" with a traceback
# on stderr, and the program goes on; threading.local keeps values per thread.
import threading

local = threading.local()
local.value = "main"
seen = []


def fails():
    local.value = "worker"
    seen.append(local.value)
    raise ValueError("boom")


t = threading.Thread(target=fails, name="failing")
t.start()
t.join()
print(seen, local.value)  # expect: ['worker'] main
print("still running")  # expect: still running
d = threading.Thread(target=lambda: None, daemon=True)
d.start()
d.join()
print(d.daemon)  # expect: True
# expect-stderr: Exception in thread failing:
# expect-stderr: Traceback (most recent call last):
# expect-stderr: ValueError: boom
