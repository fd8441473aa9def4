# signal: Signals and Handlers enums, handlers run in the main thread for os.kill/raise_signal
# to ourselves, during sleep/Event.wait/join (which then go on, PEP 475), a raising handler
# ends the wait, SIG_IGN, SIGINT with a handler or default_int_handler, and the errors.
import signal, os, time, threading
print(signal.SIGINT, repr(signal.SIGINT), signal.Signals(6), repr(signal.SIGIOT), repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT), list(signal.Signals)[:3], len(signal.Signals))
print(signal.strsignal(2), signal.strsignal(signal.SIGUSR1), signal.strsignal(15), signal.NSIG, signal.SIGRTMIN, len(signal.valid_signals()))
received = []
def handler(signum, frame):
    received.append(signum)
    print('handler got', signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', received)
signal.raise_signal(signal.SIGUSR1)
print('after raise', received)
# A handler runs during a sleep, and the sleep still lasts as long as asked.
signal.signal(signal.SIGUSR2, handler)
threading.Timer(0.1, lambda: os.kill(os.getpid(), signal.SIGUSR2)).start()
start = time.monotonic()
time.sleep(0.4)
print('slept fully', time.monotonic() - start >= 0.39, received)
# A handler that raises ends the wait with its exception.
class Stop(Exception):
    pass
def stopper(signum, frame):
    raise Stop('stopped by ' + signal.Signals(signum).name)
signal.signal(signal.SIGTERM, stopper)
threading.Timer(0.1, lambda: os.kill(os.getpid(), signal.SIGTERM)).start()
try:
    time.sleep(5)
except Stop as e:
    print(e)
# Event.wait and join in the main thread go on after a handler.
signal.signal(signal.SIGUSR1, handler)
done = threading.Event()
def worker():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.2)
    done.set()
t = threading.Thread(target=worker)
t.start()
print('event', done.wait(5), received)
t.join()
# SIG_IGN, default_int_handler, errors
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print('ignored', received)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt from default_int_handler')
for bad in ((signal.SIGKILL, handler), (0, handler), (signal.SIGUSR1, 5), (99, signal.SIG_DFL)):
    try:
        signal.signal(*bad)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
def in_thread():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        print(e)
t = threading.Thread(target=in_thread); t.start(); t.join()
# SIGINT with a handler instead of KeyboardInterrupt
signal.signal(signal.SIGINT, lambda s, f: print('Ctrl-C handled'))
os.kill(os.getpid(), signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt')

# expect: 2 <Signals.SIGINT: 2> 6 <Signals.SIGABRT: 6> <Handlers.SIG_DFL: 0> <Handlers.SIG_IGN: 1>
# expect: 0 <built-in function default_int_handler> [<Signals.SIGHUP: 1>, <Signals.SIGINT: 2>, <Signals.SIGQUIT: 3>] 33
# expect: Interrupt User defined signal 1 Terminated 65 34 62
# expect: <Handlers.SIG_DFL: 0> True
# expect: handler got SIGUSR1
# expect: after kill [10]
# expect: handler got SIGUSR1
# expect: after raise [10, 10]
# expect: handler got SIGUSR2
# expect: slept fully True [10, 10, 12]
# expect: stopped by SIGTERM
# expect: handler got SIGUSR1
# expect: event True [10, 10, 12, 10]
# expect: ignored [10, 10, 12, 10]
# expect: 1
# expect: KeyboardInterrupt from default_int_handler
# expect: OSError [Errno 22] Invalid argument
# expect: ValueError signal number out of range
# expect: TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: ValueError signal number out of range
# expect: signal only works in main thread of the main interpreter
# expect: Ctrl-C handled
# expect: KeyboardInterrupt
