"""python -m unittest: runs the tests named on the command line, or those discovery
finds from the current directory (python -m unittest discover -s DIR -p PATTERN)."""

import sys
import os.path

if sys.argv and sys.argv[0].endswith('__main__.py'):
    # For the usage message: the program as it was run.
    sys.argv[0] = os.path.basename(sys.executable) + ' -m unittest'

import unittest

__unittest = True

unittest.main(module=None)
