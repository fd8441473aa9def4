"""warnings: warning messages, filtered and shown as CPython 3.11 shows them.

warn (with stacklevel), warn_explicit, showwarning and formatwarning (the message with the
line of source it points at, on stderr), the filters (filterwarnings, simplefilter,
resetwarnings; actions error, ignore, always, default, module, once; CPython's default
filters, which hide DeprecationWarning outside __main__), and catch_warnings (with record).
"""

import sys
import re

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings', 'filters', 'defaultaction']

defaultaction = 'default'
filters = []
_shown = set()
_sources = {}


def _default_filters():
    return [
        ('default', None, DeprecationWarning, re.compile('__main__'), 0),
        ('ignore', None, DeprecationWarning, None, 0),
        ('ignore', None, PendingDeprecationWarning, None, 0),
        ('ignore', None, ImportWarning, None, 0),
        ('ignore', None, ResourceWarning, None, 0),
    ]


filters[:] = _default_filters()


def _source_line(filename, lineno):
    lines = _sources.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError, ValueError):
            lines = []
        _sources[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return None


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' and the source line."""
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += '  %s\n' % line.strip()
    return text


def _showwarnmsg_default(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _showwarnmsg_default


def _check_action(action):
    if action not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError('invalid action: %r' % (action,))


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter: action for warnings whose text starts matching message (a regex),
    of category, from modules matching module, at lineno (0: any)."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    item = (action, re.compile(message, re.I) if message else None, category,
            re.compile(module) if module else None, lineno)
    _add_filter(item, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for every warning of category."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _shown.clear()


def resetwarnings():
    """Remove every filter, CPython's defaults included."""
    filters[:] = []
    _shown.clear()


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, pointing at the line stacklevel frames up (1: the caller)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get('__name__', '<string>') if isinstance(globals_, dict) else 'sys'
    warn_explicit(message, category, filename, lineno, module, registry=_shown)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        key = ('once', text, category)
    elif action == 'module':
        key = ('module', text, category, module)
    elif action == 'default':
        key = ('default', text, category, filename, lineno)
    else:
        key = None
    # What was shown is remembered in the registry given (warn() passes one for the whole
    # program); without one, as for the compiler's warnings, nothing is remembered.
    if key is not None and registry is not None:
        if key in registry:
            return
        if isinstance(registry, dict):
            registry[key] = True
        else:
            registry.add(key)
    showwarning(message, category, filename, lineno)


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """with catch_warnings(record=False): the filters and showwarning are restored at the
    end; with record=True, warnings are collected in the list `as` gets instead of shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action is not None else None

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        self._shown = set(_shown)
        _shown.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._filters
        showwarning = self._showwarning
        _shown.clear()
        _shown.update(self._shown)
