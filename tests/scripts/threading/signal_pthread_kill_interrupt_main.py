# signal.pthread_kill to the main thread runs its handler; _thread.interrupt_main raises
# KeyboardInterrupt in the main thread, even in a loop that never blocks.
import signal, threading, time, _thread
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
def worker():
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
t = threading.Thread(target=worker); t.start(); t.join()
time.sleep(0.05)
print(got)
signal.pthread_kill(threading.get_ident(), 0)
def poke():
    time.sleep(0.1)
    _thread.interrupt_main()
threading.Thread(target=poke).start()
try:
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in main")
try: _thread.interrupt_main(0)
except ValueError as e: print("ValueError:", e)

# expect: [10]
# expect: KeyboardInterrupt in main
# expect: ValueError: signal number out of range
