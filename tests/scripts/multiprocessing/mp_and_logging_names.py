# Names programs import from multiprocessing and logging: the errors where CPython's
# submodules export them, set_executable and set_forkserver_preload, logger classes.
import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.pool

print(multiprocessing.pool.TimeoutError is multiprocessing.TimeoutError)
print(multiprocessing.connection.AuthenticationError is multiprocessing.AuthenticationError)
print(multiprocessing.connection.BufferTooShort is multiprocessing.BufferTooShort)
multiprocessing.set_executable(multiprocessing.get_executable() if hasattr(multiprocessing, "get_executable") else "python")
multiprocessing.set_forkserver_preload(["os"])
try:
    multiprocessing.set_forkserver_preload([1])
except TypeError as e:
    print("TypeError", e)
multiprocessing.allow_connection_pickling()


class AppLogger(logging.Logger):
    def info(self, msg, *args, **kwargs):
        super().info("[app] " + msg, *args, **kwargs)


print(logging.getLoggerClass() is logging.Logger)
logging.setLoggerClass(AppLogger)
log = logging.getLogger("myapp.sub")
print(type(log).__name__, logging.getLoggerClass().__name__)
logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s", stream=__import__("sys").stdout)
log.info("hello %s", "world")
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("other")).__name__)

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        r = pool.apply_async(__import__("time").sleep, (2,))
        try:
            r.get(timeout=0.05)
        except multiprocessing.pool.TimeoutError:
            print("pool.TimeoutError caught")
        pool.terminate()

# expect: True
# expect: True
# expect: True
# expect: TypeError module_names must be a list of strings
# expect: True
# expect: AppLogger AppLogger
# expect: myapp.sub [app] hello world
# expect: TypeError logger not derived from logging.Logger: int
# expect: Logger
# expect: pool.TimeoutError caught
