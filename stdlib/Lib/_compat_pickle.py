"""_compat_pickle: the names Python 2 gave the built-ins and standard modules, for
pickles of protocols 0 to 2 (written with fix_imports, read back either way)."""

PYTHON2_EXCEPTIONS = (
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
    'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
    'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
    'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
    'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
    'LookupError', 'MemoryError', 'NameError', 'NotImplementedError',
    'OSError', 'OverflowError', 'PendingDeprecationWarning', 'ReferenceError',
    'RuntimeError', 'RuntimeWarning', 'StopIteration', 'SyntaxError',
    'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError',
    'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError',
    'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning',
    'ValueError', 'Warning', 'ZeroDivisionError',
)

PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError',
    'ChildProcessError',
    'ConnectionAbortedError',
    'ConnectionError',
    'ConnectionRefusedError',
    'ConnectionResetError',
    'FileExistsError',
    'FileNotFoundError',
    'InterruptedError',
    'IsADirectoryError',
    'NotADirectoryError',
    'PermissionError',
    'ProcessLookupError',
    'TimeoutError',
)

IMPORT_MAPPING = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue', 'cPickle': 'pickle', 'cStringIO': 'io', 'StringIO': 'io', 'exceptions': 'builtins', 'itertools': 'itertools'}
REVERSE_IMPORT_MAPPING = {'builtins': '__builtin__', 'copyreg': 'copy_reg'}

NAME_MAPPING = {
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('exceptions', 'ArithmeticError'): ('builtins', 'ArithmeticError'),
    ('exceptions', 'AssertionError'): ('builtins', 'AssertionError'),
    ('exceptions', 'AttributeError'): ('builtins', 'AttributeError'),
    ('exceptions', 'BaseException'): ('builtins', 'BaseException'),
    ('exceptions', 'BufferError'): ('builtins', 'BufferError'),
    ('exceptions', 'BytesWarning'): ('builtins', 'BytesWarning'),
    ('exceptions', 'DeprecationWarning'): ('builtins', 'DeprecationWarning'),
    ('exceptions', 'EOFError'): ('builtins', 'EOFError'),
    ('exceptions', 'EnvironmentError'): ('builtins', 'EnvironmentError'),
    ('exceptions', 'Exception'): ('builtins', 'Exception'),
    ('exceptions', 'FloatingPointError'): ('builtins', 'FloatingPointError'),
    ('exceptions', 'FutureWarning'): ('builtins', 'FutureWarning'),
    ('exceptions', 'GeneratorExit'): ('builtins', 'GeneratorExit'),
    ('exceptions', 'IOError'): ('builtins', 'IOError'),
    ('exceptions', 'ImportError'): ('builtins', 'ImportError'),
    ('exceptions', 'ImportWarning'): ('builtins', 'ImportWarning'),
    ('exceptions', 'IndentationError'): ('builtins', 'IndentationError'),
    ('exceptions', 'IndexError'): ('builtins', 'IndexError'),
    ('exceptions', 'KeyError'): ('builtins', 'KeyError'),
    ('exceptions', 'KeyboardInterrupt'): ('builtins', 'KeyboardInterrupt'),
    ('exceptions', 'LookupError'): ('builtins', 'LookupError'),
    ('exceptions', 'MemoryError'): ('builtins', 'MemoryError'),
    ('exceptions', 'NameError'): ('builtins', 'NameError'),
    ('exceptions', 'NotImplementedError'): ('builtins', 'NotImplementedError'),
    ('exceptions', 'OSError'): ('builtins', 'OSError'),
    ('exceptions', 'OverflowError'): ('builtins', 'OverflowError'),
    ('exceptions', 'PendingDeprecationWarning'): ('builtins', 'PendingDeprecationWarning'),
    ('exceptions', 'ReferenceError'): ('builtins', 'ReferenceError'),
    ('exceptions', 'RuntimeError'): ('builtins', 'RuntimeError'),
    ('exceptions', 'RuntimeWarning'): ('builtins', 'RuntimeWarning'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('exceptions', 'StopIteration'): ('builtins', 'StopIteration'),
    ('exceptions', 'SyntaxError'): ('builtins', 'SyntaxError'),
    ('exceptions', 'SyntaxWarning'): ('builtins', 'SyntaxWarning'),
    ('exceptions', 'SystemError'): ('builtins', 'SystemError'),
    ('exceptions', 'SystemExit'): ('builtins', 'SystemExit'),
    ('exceptions', 'TabError'): ('builtins', 'TabError'),
    ('exceptions', 'TypeError'): ('builtins', 'TypeError'),
    ('exceptions', 'UnboundLocalError'): ('builtins', 'UnboundLocalError'),
    ('exceptions', 'UnicodeDecodeError'): ('builtins', 'UnicodeDecodeError'),
    ('exceptions', 'UnicodeEncodeError'): ('builtins', 'UnicodeEncodeError'),
    ('exceptions', 'UnicodeError'): ('builtins', 'UnicodeError'),
    ('exceptions', 'UnicodeTranslateError'): ('builtins', 'UnicodeTranslateError'),
    ('exceptions', 'UnicodeWarning'): ('builtins', 'UnicodeWarning'),
    ('exceptions', 'UserWarning'): ('builtins', 'UserWarning'),
    ('exceptions', 'ValueError'): ('builtins', 'ValueError'),
    ('exceptions', 'Warning'): ('builtins', 'Warning'),
    ('exceptions', 'ZeroDivisionError'): ('builtins', 'ZeroDivisionError'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
}
for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)

REVERSE_NAME_MAPPING = {
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'zip'): ('itertools', 'izip'),
}
for _name in PYTHON2_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', _name)
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _name
