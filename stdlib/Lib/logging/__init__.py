"""logging: loggers in a dotted hierarchy, handlers that write records out and formatters
that lay them out, as CPython 3.11's logging module does for what programs commonly use:
basicConfig, getLogger, levels and propagation, StreamHandler, FileHandler, Formatter
('%' and '{' styles, asctime, threadName, processName, ...). Thread-safe: configuration
takes a module lock, and each handler a lock of its own while it writes."""

import os
import re
import sys
import threading
import time

__all__ = ['BASIC_FORMAT', 'LoggerAdapter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler', 'Filter',
           'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig', 'critical',
           'debug', 'disable', 'error', 'exception', 'fatal', 'getLevelName', 'getLogger',
           'info', 'log', 'root', 'warn', 'warning', 'lastResort', 'shutdown', 'makeLogRecord',
           'getLogRecordFactory', 'setLogRecordFactory', 'captureWarnings', 'getLoggerClass',
           'setLoggerClass']

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO',
                DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

_lock = threading.RLock()
_startTime = time.time()
raiseExceptions = True


def getLevelNamesMapping():
    """A copy of the mapping from level names to their numbers."""
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level number, or the number of a level name ('Level %s' if unknown)."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


_srcfile = os.path.normcase(getLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    """Whether a frame is logging's own code (or an importlib frame), skipped when finding
    the caller."""
    filename = os.path.normcase(frame.f_code.co_filename)
    return filename == _srcfile or ("importlib" in filename and "_bootstrap" in filename)


def _process_name():
    mp = sys.modules.get('multiprocessing')
    if mp is None:
        return 'MainProcess'
    try:
        return mp.current_process().name
    except Exception:
        return 'MainProcess'


class LogRecord:
    """One event being logged: its message and arguments, level, logger, time, thread and process."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = os.path.basename(pathname) if pathname else pathname
        self.module = os.path.splitext(self.filename)[0] if pathname else "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        self.thread = threading.get_ident()
        self.threadName = threading.current_thread().name
        self.processName = _process_name()
        self.process = os.getpid()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments put in."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """The callable that makes records from now on (LogRecord's signature)."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are dict's (a record sent as a dict, over a socket or a
    queue, made whole again)."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# What a format string of each style must look like, as CPython's logging checks it when a
# Formatter is made (validate=True): a '%' format needs at least one '%(name)' field with a
# valid conversion; a '{' format needs fields whose names, conversions and specifications
# str.format accepts; a '$' format needs a field and no bare '$'.
_PERCENT_FIELD = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)
_BRACE_SPEC = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.I)
_BRACE_FIELD = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')
_DOLLAR_FIELD = re.compile(r'\$(?:(?P<escaped>\$)|(?P<named>[_a-z][_a-z0-9]*)|\{(?P<braced>[_a-z][_a-z0-9]*)\}|(?P<invalid>))', re.I)


def _validate_format(fmt, style):
    if style == '%':
        if not _PERCENT_FIELD.search(fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (fmt, style))
    elif style == '{':
        import string
        fields = set()
        try:
            for _, field, spec, conversion in string.Formatter().parse(fmt):
                if field:
                    if not _BRACE_FIELD.match(field):
                        raise ValueError('invalid field name/expression: %r' % field)
                    fields.add(field)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _BRACE_SPEC.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')
    else:
        fields = set()
        for m in _DOLLAR_FIELD.finditer(fmt):
            if m.group('named') or m.group('braced'):
                fields.add(m.group('named') or m.group('braced'))
            elif m.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not fields:
            raise ValueError('invalid format: no fields')


class Formatter:
    """Lays a record out: fmt with '%(name)s' fields (style '%'), or '{name}' (style '{')."""

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    converter = time.localtime

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in ('%', '{', '$'):
            raise ValueError('Style must be one of: %s' % ','.join(('%', '{', '$')))
        self._style = style
        self._fmt = fmt or ('%(message)s' if style == '%' else '{message}' if style == '{' else '${message}')
        if validate:
            _validate_format(self._fmt, style)
        self._defaults = defaults
        self.datefmt = datefmt

    def usesTime(self):
        field = {'%': '%(asctime)', '{': '{asctime', '$': '${asctime'}[self._style]
        return self._fmt.find(field) >= 0 or (self._style == '$' and self._fmt.find('$asctime') >= 0)

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        import traceback
        s = ''.join(traceback.format_exception(ei[1]))
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def formatMessage(self, record):
        values = dict(self._defaults) if self._defaults else {}
        values.update(record.__dict__)
        try:
            if self._style == '%':
                return self._fmt % values
            if self._style == '{':
                return self._fmt.format(**values)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)
        out = self._fmt
        for key in sorted(values, key=len, reverse=True):
            out = out.replace('${' + key + '}', str(values[key])).replace('$' + key, str(values[key]))
        return out

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class Filter:
    """Lets through the records of one logger and its descendants (all, with no name)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            result = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not result:
                return False
        return True


class Handler(Filterer):
    """Writes records somewhere; subclasses say where (emit)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self.createLock()

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        """Reports an exception raised while emitting: the traceback, then where the
        program logged from (the first frame outside this package), the message and its
        arguments, as CPython's."""
        if raiseExceptions and sys.stderr:
            exc = sys.exc_info()[1]
            try:
                sys.stderr.write('--- Logging error ---\n')
                import traceback
                traceback.print_exception(exc, file=sys.stderr)
                sys.stderr.write('Call stack:\n')
                here = os.path.dirname(__file__)
                # The emitting frame is still running: walk out from it (a traceback's frames
                # here keep no link to their callers).
                frame = sys._getframe(1)
                while frame and os.path.dirname(frame.f_code.co_filename) == here:
                    frame = frame.f_back
                if frame:
                    traceback.print_stack(frame, file=sys.stderr)
                else:
                    sys.stderr.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
                try:
                    sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments - possible formatting error.\n'
                                     'Use the traceback above to help find the error.\n')
            except OSError:
                pass
            finally:
                exc = None

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes records to a stream (sys.stderr by default), one line each."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream

    def flush(self):
        with self.lock:
            stream = self.stream if self.stream is not None else sys.stderr
            if stream and hasattr(stream, "flush"):
                stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream if self.stream is not None else sys.stderr
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        stream = self.stream if self.stream is not None else sys.stderr
        name = str(getattr(stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes records to a file, opened (for appending, by default) at the first record
    when delay is true, else at once."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename) if hasattr(os, 'fspath') else filename
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        self.delay = delay
        Handler.__init__(self)
        self.stream = None if delay else self._open()

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding)

    def emit(self, record):
        if self.stream is None:
            self.stream = self._open()
        StreamHandler.emit(self, record)

    def close(self):
        with self.lock:
            if self.stream is not None:
                try:
                    self.stream.flush()
                finally:
                    stream = self.stream
                    self.stream = None
                    stream.close()

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename, getLevelName(self.level))


class NullHandler(Handler):
    """Does nothing: for libraries that must not print when the program configured nothing."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    """The last resort: messages of WARNING and above, bare, on the current sys.stderr."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


lastResort = _StderrHandler(WARNING)
_handlers = []


class Logger(Filterer):
    """A named channel of events; its records go to its handlers, then its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or _disable_level >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in rv.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(rv, key, extra[key])
        return rv

    def findCaller(self, stack_info=False, stacklevel=1):
        """The file, line and function of the code that called the logging method (the
        stacklevel-th frame outside this module), and the stack text when stack_info asks."""
        f = sys._getframe(0)
        # Back through the frames, counting only those outside logging; a stacklevel
        # deeper than the stack stops at the outermost frame.
        while stacklevel > 0:
            next_frame = f.f_back
            if next_frame is None:
                break
            f = next_frame
            if not _is_internal_frame(f):
                stacklevel -= 1
        code = f.f_code
        sinfo = None
        if stack_info:
            import io, traceback
            out = io.StringIO()
            out.write('Stack (most recent call last):\n')
            traceback.print_stack(f, file=out)
            sinfo = out.getvalue()
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
        return code.co_filename, f.f_lineno, code.co_name, sinfo

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        sinfo = None
        try:
            fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        except ValueError:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                break
            c = c.parent
        return False

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0 and lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


root = RootLogger(WARNING)
Logger.root = root
_loggers = {}
_disable_level = 0


class PlaceHolder:
    """Stands in manager.loggerDict for a dotted name no logger has yet, while loggers
    below it exist (getLogger('a.b') puts one at 'a')."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


class Manager:
    """The hierarchy's bookkeeping as programs see it: Logger.manager.loggerDict maps every
    name getLogger was given, and every dotted prefix of one, to its logger or PlaceHolder,
    in the order CPython's manager records them."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}
        self.emittedNoHandlerWarning = False
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return _disable_level

    @disable.setter
    def disable(self, value):
        disable(value)

    def getLogger(self, name):
        return getLogger(name)

    def _record(self, logger):
        # Called under _lock by getLogger for a new logger: its name replaces a placeholder
        # (keeping its place), and each dotted prefix up to the nearest logger gets one.
        self.loggerDict[logger.name] = logger
        name = logger.name
        end = name.rfind('.')
        while end > 0:
            prefix = name[:end]
            held = self.loggerDict.get(prefix)
            if held is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(held, Logger):
                break
            else:
                held.append(logger)
            end = name.rfind('.', 0, end - 1)

    def _clear_cache(self):
        pass


Logger.manager = Manager(root)


class LoggerAdapter:
    """A logger that adds context to every message: process(msg, kwargs) puts self.extra
    into the record (override it to change the message itself)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        level = getLevelName(self.logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.logger.name, level)


_loggerClass = None   # Logger, once it is defined below; setLoggerClass changes it


def setLoggerClass(klass):
    """The class getLogger makes new loggers of (Logger or a subclass of it)."""
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger makes new loggers of."""
    return _loggerClass or Logger


def getLogger(name=None):
    """The logger of that dotted name (made on first use), or the root logger."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    if not isinstance(name, str):
        raise TypeError('A logger name must be a string')
    with _lock:
        logger = _loggers.get(name)
        if logger is not None:
            return logger
        logger = getLoggerClass()(name)
        _loggers[name] = logger
        Logger.manager._record(logger)
        # Its parent: the nearest existing ancestor; loggers made earlier below it now
        # hang from it.
        parent = root
        parts = name.split('.')
        for i in range(len(parts) - 1, 0, -1):
            candidate = _loggers.get('.'.join(parts[:i]))
            if candidate is not None:
                parent = candidate
                break
        logger.parent = parent
        prefix = name + '.'
        for other in _loggers.values():
            if other.name.startswith(prefix):
                p = other.parent
                if p is root or not p.name.startswith(prefix):
                    if p is root or len(p.name) < len(name):
                        other.parent = logger
        return logger


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def basicConfig(**kwargs):
    """Configures the root logger once (again only with force=True): a StreamHandler on
    stream (sys.stderr by default) or a FileHandler on filename, with format, datefmt,
    style and level."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    h = FileHandler(filename, mode, encoding=encoding)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in ('%', '{', '$'):
                raise ValueError('Style must be one of: %s' % ','.join(('%', '{', '$')))
            fs = kwargs.pop("format", {'%': BASIC_FORMAT, '{': '{levelname}:{name}:{message}',
                                       '$': '${levelname}:${name}:${message}'}[style])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def _root_configured():
    if len(root.handlers) == 0:
        basicConfig()


def critical(msg, *args, **kwargs):
    _root_configured()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _root_configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _root_configured()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _root_configured()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _root_configured()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _root_configured()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Turns off every logging call at level and below."""
    global _disable_level
    _disable_level = level


def shutdown(handlerList=None):
    """Flushes and closes the handlers (run at exit)."""
    for h in list(root.handlers) + [h for lg in _loggers.values() for h in lg.handlers]:
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass


# ─────────────── warnings through logging ───────────────

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while warnings are captured: the warning's usual text, logged
    as a WARNING of the 'py.warnings' logger (one to a file still goes to the file)."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning(str(text))


def captureWarnings(capture):
    """captureWarnings(True) sends warnings to the 'py.warnings' logger instead of stderr;
    captureWarnings(False) puts warnings' own display back."""
    global _warnings_showwarning
    import warnings
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
