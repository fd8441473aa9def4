"""traceback: exceptions, their tracebacks and the running stack as text, as the
interpreter prints them. The whole printout of an exception (chains, groups, notes) comes
from the interpreter itself (_traceback.format); the stack entries (FrameSummary,
StackSummary) are built here from traceback objects and frames."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_SENTINEL = object()


def _exception_of(exc, value):
    if value is not None and value is not _SENTINEL:
        return value
    return exc


# ---- stack entries ------------------------------------------------------------------

class FrameSummary:
    """One entry of a stack: file, line number, function and the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals',
                 '_carets')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._carets = None   # the marker line under the source, for an entry of a traceback

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) from frame f (the caller's by default) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary entries that formats itself as a traceback does."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
            if getattr(frame_summary, '_carets', None):
                row.append(frame_summary._carets + '\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """The entries as traceback lines, three repeats of one entry then a count."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > 3:
                    count -= 3
                    result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            count -= 3
            result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    """The entries of a traceback, as a StackSummary (with the markers the interpreter
    draws under each entry's source line)."""
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    summary = StackSummary.extract(((t.tb_frame, t.tb_lineno) for t in entries), limit=limit)
    if limit is not None and limit < 0:
        entries = entries[limit:]
    for entry, t in zip(summary, entries):
        entry._carets = _traceback.carets(t)
    return summary


def extract_stack(f=None, limit=None):
    """The entries of the running stack, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Prints the entries of a traceback."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the running stack (the caller's frames)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Nothing to clear here: traceback entries keep no frames alive."""


# ---- whole exceptions ---------------------------------------------------------------

def format_exception(exc, /, value=_SENTINEL, tb=_SENTINEL, limit=None, chain=True):
    """The lines (each ending in a newline) that printing exc would write."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    # Grouped as CPython's: the header, one string per frame (its source line and carets
    # with it), the chain's separators, the exception's own lines. For the whole chain and
    # stack, the text the interpreter prints is the judge: a grouping that does not join up
    # to it (an exception group's boxes) gives way to one string per line of that text.
    try:
        items = list(_format_grouped(exc, limit, chain, set()))
    except Exception:
        items = None
    if items is not None and (not chain or limit is not None):
        return items
    text = _traceback.format(exc, linecache.getline)
    if items is not None and ''.join(items) == text:
        return items
    lines = text.split('\n')
    if lines and lines[-1] == '':
        del lines[-1]   # the text's final line break; blank lines before it stay
    return [line + '\n' for line in lines]


def _format_grouped(exc, limit, chain, seen):
    seen.add(id(exc))
    if chain:
        cause, context = exc.__cause__, exc.__context__
        if cause is not None and id(cause) not in seen:
            yield from _format_grouped(cause, limit, chain, seen)
            yield '\nThe above exception was the direct cause of the following exception:\n\n'
        elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
            yield from _format_grouped(context, limit, chain, seen)
            yield '\nDuring handling of the above exception, another exception occurred:\n\n'
    frames = format_tb(exc.__traceback__, limit) if exc.__traceback__ is not None else []
    if frames:
        yield 'Traceback (most recent call last):\n'
        yield from frames
    yield from format_exception_only(exc)


def format_exception_only(exc, /, value=_SENTINEL):
    """The exception's type and message (and its notes), without the traceback."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, type):
        return [exc.__qualname__ + '\n']
    if isinstance(exc, SyntaxError):
        text = _traceback.format_only(exc)
        return [line + '\n' for line in text.rstrip('\n').split('\n')]
    # The message is one entry even when it has line breaks in it; each note line is its own.
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = cls.__module__ + '.' + name
    try:
        message = str(exc)
    except Exception:
        message = '<exception str() failed>'
    lines = ['%s: %s\n' % (name, message) if message else name + '\n']
    notes = getattr(exc, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                try:
                    note = str(note)
                except Exception:
                    note = '<note str() failed>'
                lines.extend(line + '\n' for line in note.split('\n'))
        else:
            try:
                lines.append(repr(notes) + '\n')
            except Exception:
                lines.append('<__notes__ repr() failed>\n')
    return lines


def print_exception(exc, /, value=_SENTINEL, tb=_SENTINEL, limit=None, file=None, chain=True):
    """Prints exc with its traceback to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    """The exception being handled, as text."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Prints the last exception the interactive prompt reported."""
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class TracebackException:
    """An exception captured for printing later: its type, message, stack and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self._str = str(exc_value) if exc_value is not None else ''
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        _seen = _seen if _seen is not None else set()
        _seen.add(id(exc_value))
        self.__cause__ = (TracebackException(type(cause), cause, cause.__traceback__, limit=limit, _seen=_seen)
                          if cause is not None and id(cause) not in _seen else None)
        self.__context__ = (TracebackException(type(context), context, context.__traceback__, limit=limit, _seen=_seen)
                            if context is not None and id(context) not in _seen else None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        excs = getattr(exc_value, 'exceptions', None) if isinstance(exc_value, BaseExceptionGroup) else None
        self.exceptions = ([TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen) for e in excs]
                           if excs is not None else None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        if chain:
            yield from format_exception(self._exc)
        else:
            if self.stack:
                yield 'Traceback (most recent call last):\n'
                yield from self.stack.format()
            yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
