# With the fork start method a child inherits the logging configuration the parent set up
# (root and named loggers, levels, handlers, formats, custom level names, logging.disable)
# and the globals of the program's own modules as the parent changed them.
import logging
import multiprocessing as mp
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
with open(os.path.join(folder, "appconfig.py"), "w") as f:
    f.write("DEBUG = False\nNAMES = []\n\ndef describe():\n    return 'debug=%s names=%s' % (DEBUG, NAMES)\n")
sys.path.insert(0, folder)
import appconfig

logging.basicConfig(level=logging.INFO, format="%(levelname)s [%(processName)s] %(name)s: %(message)s",
                    stream=sys.stdout)
logging.addLevelName(25, "NOTICE")
quiet = logging.getLogger("quiet")
quiet.setLevel(logging.ERROR)


def child(tag):
    logging.info("root logger in %s", tag)
    logging.getLogger("app.worker").info("named logger in %s", tag)
    logging.getLogger("quiet").warning("not shown")
    logging.log(25, "custom level in %s", tag)
    print(tag, appconfig.describe(), appconfig.DEBUG, flush=True)


def square(n):
    root = logging.getLogger()
    return n * n, logging.getLevelName(root.level), len(root.handlers), appconfig.DEBUG


if __name__ == "__main__":
    mp.set_start_method("fork")
    appconfig.DEBUG = True
    appconfig.NAMES.append("parent")
    p = mp.Process(target=child, args=("first",), name="Kid")
    p.start()
    p.join()
    # expect: INFO [Kid] root: root logger in first
    # expect: INFO [Kid] app.worker: named logger in first
    # expect: NOTICE [Kid] root: custom level in first
    # expect: first debug=True names=['parent'] True
    logging.disable(logging.INFO)
    p = mp.Process(target=child, args=("second",), name="Kid2")
    p.start()
    p.join()
    # expect: NOTICE [Kid2] root: custom level in second
    # expect: second debug=True names=['parent'] True
    logging.disable(logging.NOTSET)
    with mp.Pool(1) as pool:
        print(pool.map(square, [3]))  # expect: [(9, 'INFO', 1, True)]
    print("parent", appconfig.describe())  # expect: parent debug=True names=['parent']
