# logging.captureWarnings: warnings go to the 'py.warnings' logger as WARNING records with
# warnings' own text, and come back to stderr when the capture ends.
import logging
import sys
import warnings

import os


class Show(logging.Handler):
    def emit(self, record):
        # The text names this file by its full path: its base name is what is compared
        # (with the first line: the source line after it is there only when the file is).
        print(record.levelname, record.name, os.path.basename(record.getMessage().splitlines()[0]))


logging.getLogger().addHandler(Show())
warnings.simplefilter("always")
logging.captureWarnings(True)
warnings.warn("first", UserWarning)
warnings.warn("second", DeprecationWarning)
logging.captureWarnings(True)
warnings.warn("still captured", RuntimeWarning)
logging.captureWarnings(False)
with warnings.catch_warnings(record=True) as caught:
    warnings.warn("recorded", UserWarning)
print(len(caught), caught[0].message)
logging.captureWarnings(False)
print(warnings.showwarning.__name__ != "_showwarning", logging.getLogger("py.warnings").handlers)

# expect: WARNING py.warnings logging_capture_warnings.py:20: UserWarning: first
# expect: WARNING py.warnings logging_capture_warnings.py:21: DeprecationWarning: second
# expect: WARNING py.warnings logging_capture_warnings.py:23: RuntimeWarning: still captured
# expect: 1 recorded
# expect: True [<NullHandler (NOTSET)>]
