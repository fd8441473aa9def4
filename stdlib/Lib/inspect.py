"""inspect: questions about live objects — what kind of thing is this (isfunction,
iscoroutinefunction...), what members does it have, what are its parameters (signature(),
with Signature, Parameter and bind()), where is its source (getsource, getsourcelines),
and the frames of the running program (currentframe, stack)."""

import collections
import enum
import functools
import os
import builtins
import sys
import types

__all__ = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine',
           'iscoroutinefunction', 'isgeneratorfunction', 'isasyncgenfunction', 'iscoroutine',
           'isgenerator', 'isasyncgen', 'isawaitable', 'isabstract', 'iscode', 'isframe',
           'istraceback', 'ismethoddescriptor', 'isdatadescriptor', 'getmembers', 'getmro',
           'signature', 'Signature', 'Parameter', 'BoundArguments', 'getdoc', 'cleandoc',
           'getsource', 'getsourcelines', 'getfile', 'getsourcefile', 'getmodule',
           'currentframe', 'stack', 'unwrap', 'getfullargspec', 'FullArgSpec',
           'getattr_static', 'isasyncgenfunction', 'getcallargs', 'formatannotation',
           'findsource', 'getcomments', 'getmodulename', 'getframeinfo', 'getouterframes',
           'getinnerframes', 'trace', 'FrameInfo', 'Traceback', 'getclosurevars',
           'ClosureVars']

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def _is_builtin_method(object):
    # A builtin classmethod bound to its class (object.__init_subclass__ here is a method
    # around a builtin function): CPython has these as builtin methods, not methods.
    return (isinstance(object, types.MethodType)
            and isinstance(object.__func__, types.BuiltinFunctionType))


def ismethod(object):
    return isinstance(object, types.MethodType) and not _is_builtin_method(object)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType) or _is_builtin_method(object)


# The descriptors of methods written in C (str.upper, int.__add__, the class methods'):
# their types have no __get__ to look at here.
_METHOD_DESCRIPTOR_TYPES = tuple({getattr(types, name) for name in (
    'MethodDescriptorType', 'WrapperDescriptorType', 'ClassMethodDescriptorType')
    if hasattr(types, name)})


def ismethoddescriptor(object):
    if isclass(object) or isfunction(object) or isinstance(object, types.MethodType):
        return False
    if isinstance(object, _METHOD_DESCRIPTOR_TYPES):
        return True
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__") or isinstance(object, property)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def _signature_is_functionlike(obj):
    """Whether obj, not a function, has a function's attributes (__code__ a code object,
    __name__, __defaults__, __kwdefaults__, __annotations__ of the right kinds), as
    objects standing for functions such as unittest.mock's AsyncMock do."""
    if not callable(obj) or isclass(obj):
        return False
    missing = object()
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', missing)
    kwdefaults = getattr(obj, '__kwdefaults__', missing)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f) if hasattr(functools, '_unwrap_partial') else f
    while isinstance(f, functools.partial):
        f = f.func
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether obj is a function defined with def that contains yield."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether obj is a function defined with async def."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether obj is an async def function that contains yield."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return type(object).__name__ == 'async_generator'


def isawaitable(object):
    return (isinstance(object, types.CoroutineType) or
            (isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & 0x100)) or
            hasattr(type(object), '__await__'))


def iscode(object):
    return isinstance(object, types.CodeType)


def isframe(object):
    return type(object).__name__ == 'frame'


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', False))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """The (name, value) pairs of object's attributes, sorted by name."""
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=None):
    """An attribute found without running descriptors or __getattr__."""
    for source in ([obj] if isinstance(obj, type) else []) + list(type(obj).__mro__ if not isinstance(obj, type) else obj.__mro__):
        d = getattr(source, '__dict__', {})
        if attr in d:
            return d[attr]
    try:
        d = object.__getattribute__(obj, '__dict__')
        if attr in d:
            return d[attr]
    except AttributeError:
        pass
    if default is not None:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """Follows __wrapped__ (set by functools.wraps) to the innermost function."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


# ---- documentation and source -------------------------------------------------------

def cleandoc(doc):
    """A docstring with its indentation removed, as help() shows it."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _find_class(func):
    """The class a function was defined in, found by its qualified name, or None."""
    module = sys.modules.get(getattr(func, "__module__", None))
    target = module
    for name in getattr(func, "__qualname__", "").split(".")[:-1]:
        if name == "<locals>":
            return None
        target = getattr(target, name, None)
    return target if isinstance(target, type) else None


def _find_doc(obj):
    """The docstring of what obj overrides: the same-named attribute of the first class
    along its class's MRO that has one."""
    if isinstance(obj, type):
        for base in obj.__mro__:
            if base is not builtins.object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isinstance(self, type) and getattr(getattr(self, name, None), "__func__", None) is obj.__func__ \
            else type(self)
    elif isfunction(obj):
        name = obj.__name__
        cls = _find_class(obj)
    elif isinstance(obj, property):
        func = obj.fget
        name = getattr(func, "__name__", None)
        cls = _find_class(func) if func is not None else None
    elif isinstance(obj, (staticmethod, classmethod)):
        name = obj.__func__.__name__
        cls = _find_class(obj.__func__)
    else:
        return None
    if cls is None or name is None:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base.__dict__.get(name), "__doc__", None)
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """object's docstring, cleaned up; when it has none, that of what it overrides (a
    method's in a base class, a class's base class's)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _find_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """The module object was defined in."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def getfile(object):
    """The file object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The name of the module a file of this name holds (None when its suffix is not a
    module's)."""
    fname = os.path.basename(path)
    for suffix in _MODULE_SUFFIXES:  # longest first: '.abi3.so' before '.so'
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


_MODULE_SUFFIXES = sorted(['.py', '.pyc', '.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so'],
                          key=len, reverse=True)


def getsourcefile(object):
    filename = getfile(object)
    return filename if os.path.exists(filename) else None


def _source_lines(object):
    code = object
    if ismethod(code):
        code = code.__func__
    if isfunction(code):
        code = code.__code__
    if iscode(code):
        import _traceback
        lines = _traceback.source_lines(code)
        if lines is not None:
            return lines
    filename = getfile(object)
    try:
        with open(filename, encoding='utf-8') as f:
            return f.readlines()
    except OSError:
        raise OSError('could not get source code') from None


def _block_end(lines, start):
    """The index after the definition that starts at lines[start]: its decorators, its
    header (over several lines while brackets are open), and the lines indented deeper
    than its first line — or the header alone for a one-line body."""
    indent = len(lines[start]) - len(lines[start].lstrip())
    i = start
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i += 1
    depth = 0
    while i < len(lines):
        text = lines[i].split('#', 1)[0]
        depth += sum(text.count(c) for c in '([{') - sum(text.count(c) for c in ')]}')
        if depth <= 0:
            break
        i += 1
    header_end = i
    if not lines[header_end].split('#', 1)[0].rstrip().endswith(':'):
        return header_end + 1  # def f(): return x
    last = header_end
    i = header_end + 1
    while i < len(lines):
        line = lines[i]
        if line.strip():
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = i
        i += 1
    return last + 1


def getsourcelines(object):
    """The lines of object's source and the number of its first line."""
    object = unwrap(object)
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__qualname__.split('.')[-1]
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + name) and stripped[6 + len(name):6 + len(name) + 1] in ('(', ':'):
                start = i
                while start > 0 and lines[start - 1].lstrip().startswith('@'):
                    start -= 1
                return lines[start:_block_end(lines, start)], start + 1
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        start = object.co_firstlineno - 1
        if object.co_name == '<lambda>':
            return [lines[start]], start + 1
        return lines[start:_block_end(lines, start)], start + 1
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, got {}'.format(type(object).__name__))


def getsource(object):
    """The text of object's source."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def _frame_source_lines(frame):
    """The lines of the file a frame runs, through linecache (none for code compiled
    from a string)."""
    import linecache
    filename = frame.f_code.co_filename
    lines = linecache.getlines(filename, frame.f_globals)
    if not lines:
        raise OSError('could not get source code')
    return lines


def findsource(object):
    """All the lines of object's source file, and the index of the line its definition
    starts on (0 for a module)."""
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        return _frame_source_lines(object), object.f_code.co_firstlineno - 1
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        block, lnum = getsourcelines(object)
        return lines, lnum - 1
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        return lines, object.co_firstlineno - 1
    raise OSError('could not find code object')


def _indent_size(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getcomments(object):
    """The block of comment lines just above object's definition (at the top of the file,
    for a module), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 1 if lines and lines[0].startswith('#!') else 0
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start].startswith('#'):
            end = start
            while end < len(lines) and lines[end].startswith('#'):
                end += 1
            return ''.join(line.expandtabs() for line in lines[start:end])
        return None
    if lnum <= 0:
        return None
    indent = _indent_size(lines[lnum])
    end = lnum - 1
    # The comment lines above, at the definition's own indentation.
    comments = []
    while end >= 0:
        text = lines[end].expandtabs().lstrip()
        if not text.startswith('#') or _indent_size(lines[end]) != indent:
            break
        comments.insert(0, text)
        end -= 1
    if not comments:
        return None
    # Lines that are a bare '#' at either end are left out.
    while comments and comments[0].strip() == '#':
        del comments[0]
    while comments and comments[-1].strip() == '#':
        del comments[-1]
    return ''.join(comments)


# ---- frames -------------------------------------------------------------------------

def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


_Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                    defaults=[None] * 4)

_Traceback = collections.namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    """What getframeinfo() tells of a frame: its file, line, function, the lines of source
    around that line and the index of the line among them. (MiniPy has no column
    positions: positions holds the line alone.)"""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(self.filename, self.lineno, self.function,
                                                     self.code_context, self.index, self.positions))


_FrameInfo = collections.namedtuple('_FrameInfo', 'frame filename lineno function code_context index')


class FrameInfo(_FrameInfo):
    """A frame with what getframeinfo() tells of it (stack(), trace() and the like give
    lists of these)."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getframeinfo(frame, context=1):
    """A Traceback record of a frame (or of a traceback entry, at the line it was at): with
    context lines of source centred on the current line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    elif isframe(frame):
        lineno = frame.f_lineno
    else:
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            all_lines = _frame_source_lines(frame)
        except OSError:
            pass
        else:
            start = max(0, min(start, len(all_lines) - context))
            lines = all_lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(lineno))


def getlineno(frame):
    """The line a frame is at."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records of frame and of the frames that called it, innermost first."""
    frames = []
    while frame is not None:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    """FrameInfo records of a traceback's entries, from where it was caught to where it
    was raised."""
    frames = []
    while tb is not None:
        info = getframeinfo(tb, context)
        frames.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return frames


def stack(context=1):
    """FrameInfo records of the caller's frame and those that called it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records of the exception being handled, from here to where it was raised."""
    return getinnerframes(sys.exc_info()[2], context)


ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names a function's code refers to beyond its own locals, with their values now:
    the nonlocals of its closure, the globals and builtins, and the names bound nowhere
    (attribute names among them, as CPython's)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {name: cell.cell_contents
                         for name, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


# ---- signatures ---------------------------------------------------------------------

class _empty:
    """Marks a parameter without a default or an annotation."""


class _void:
    """Marks 'not given' in replace()."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_NAME_MAPPING[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_NAME_MAPPING = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: which argument goes to which parameter."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Fills in the defaults of the parameters not bound (() and {} for *args, **kw)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = {}
        else:
            params = {}
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        msg = ('wrong parameter order: {} parameter before {} parameter'
                               .format(top_kind.description, kind.description))
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped=follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY}
        return hash((params, frozenset(kwo_params.values()), self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation and
                list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = '{arg!r} parameter is positional only, but was passed as a keyword'
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = 'missing a required argument: {arg!r}'
                            raise TypeError(msg.format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'.format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Binds the arguments as a call would; TypeError when the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """bind(), allowing required arguments to be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in keyword_only:
        default = kwdefaults.get(name, _empty) if kwdefaults else _empty
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=default, annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get('return', _empty), __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


# The text signatures of the builtins CPython 3.11 gives them to (its __text_signature__;
# MiniPy's builtins have none): functions of builtins and math, keyed module.name; methods
# keyed type.name, whose first parameter is their receiver ($self, or $type for class
# methods), dropped once bound. <unrepresentable> marks a default CPython cannot show.
_TEXT_SIGNATURES = {
    'builtins.__import__': '(name, globals=None, locals=None, fromlist=(), level=0)',
    'builtins.abs': '(x, /)',
    'builtins.aiter': '(async_iterable, /)',
    'builtins.all': '(iterable, /)',
    'builtins.anext': '(aiterator, default=<unrepresentable>, /)',
    'builtins.any': '(iterable, /)',
    'builtins.ascii': '(obj, /)',
    'builtins.bin': '(number, /)',
    'builtins.callable': '(obj, /)',
    'builtins.chr': '(i, /)',
    'builtins.compile': ('(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, '
                            '_feature_version=-1)'),
    'builtins.complex': '(real=0, imag=0)',
    'builtins.delattr': '(obj, name, /)',
    'builtins.divmod': '(x, y, /)',
    'builtins.enumerate': '(iterable, start=0)',
    'builtins.eval': '(source, globals=None, locals=None, /)',
    'builtins.exec': '(source, globals=None, locals=None, /, *, closure=None)',
    'builtins.float': '(x=0, /)',
    'builtins.format': "(value, format_spec='', /)",
    'builtins.globals': '()',
    'builtins.hasattr': '(obj, name, /)',
    'builtins.hash': '(obj, /)',
    'builtins.hex': '(number, /)',
    'builtins.id': '(obj, /)',
    'builtins.input': "(prompt='', /)",
    'builtins.isinstance': '(obj, class_or_tuple, /)',
    'builtins.issubclass': '(cls, class_or_tuple, /)',
    'builtins.len': '(obj, /)',
    'builtins.list': '(iterable=(), /)',
    'builtins.locals': '()',
    'builtins.memoryview': '(object)',
    'builtins.object': '()',
    'builtins.oct': '(number, /)',
    'builtins.open': ("(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, "
                         'closefd=True, opener=None)'),
    'builtins.ord': '(c, /)',
    'builtins.pow': '(base, exp, mod=None)',
    'builtins.print': "(*args, sep=' ', end='\\n', file=None, flush=False)",
    'builtins.property': '(fget=None, fset=None, fdel=None, doc=None)',
    'builtins.repr': '(obj, /)',
    'builtins.reversed': '(sequence, /)',
    'builtins.round': '(number, ndigits=None)',
    'builtins.setattr': '(obj, name, value, /)',
    'builtins.sorted': '(iterable, /, *, key=None, reverse=False)',
    'builtins.sum': '(iterable, /, start=0)',
    'builtins.tuple': '(iterable=(), /)',
    'math.acos': '(x, /)',
    'math.acosh': '(x, /)',
    'math.asin': '(x, /)',
    'math.asinh': '(x, /)',
    'math.atan': '(x, /)',
    'math.atan2': '(y, x, /)',
    'math.atanh': '(x, /)',
    'math.cbrt': '(x, /)',
    'math.ceil': '(x, /)',
    'math.comb': '(n, k, /)',
    'math.copysign': '(x, y, /)',
    'math.cos': '(x, /)',
    'math.cosh': '(x, /)',
    'math.degrees': '(x, /)',
    'math.dist': '(p, q, /)',
    'math.erf': '(x, /)',
    'math.erfc': '(x, /)',
    'math.exp': '(x, /)',
    'math.exp2': '(x, /)',
    'math.expm1': '(x, /)',
    'math.fabs': '(x, /)',
    'math.factorial': '(n, /)',
    'math.floor': '(x, /)',
    'math.fmod': '(x, y, /)',
    'math.frexp': '(x, /)',
    'math.fsum': '(seq, /)',
    'math.gamma': '(x, /)',
    'math.gcd': '(*integers)',
    'math.isclose': '(a, b, *, rel_tol=1e-09, abs_tol=0.0)',
    'math.isfinite': '(x, /)',
    'math.isinf': '(x, /)',
    'math.isnan': '(x, /)',
    'math.isqrt': '(n, /)',
    'math.lcm': '(*integers)',
    'math.ldexp': '(x, i, /)',
    'math.lgamma': '(x, /)',
    'math.log10': '(x, /)',
    'math.log1p': '(x, /)',
    'math.log2': '(x, /)',
    'math.modf': '(x, /)',
    'math.nextafter': '(x, y, /)',
    'math.perm': '(n, k=None, /)',
    'math.pow': '(x, y, /)',
    'math.prod': '(iterable, /, *, start=1)',
    'math.radians': '(x, /)',
    'math.remainder': '(x, y, /)',
    'math.sin': '(x, /)',
    'math.sinh': '(x, /)',
    'math.sqrt': '(x, /)',
    'math.tan': '(x, /)',
    'math.tanh': '(x, /)',
    'math.trunc': '(x, /)',
    'math.ulp': '(x, /)',
    'str.encode': "($self, /, encoding='utf-8', errors='strict')",
    'str.replace': '($self, old, new, count=-1, /)',
    'str.split': '($self, /, sep=None, maxsplit=-1)',
    'str.rsplit': '($self, /, sep=None, maxsplit=-1)',
    'str.join': '($self, iterable, /)',
    'str.center': "($self, width, fillchar=' ', /)",
    'str.expandtabs': '($self, /, tabsize=8)',
    'str.partition': '($self, sep, /)',
    'str.ljust': "($self, width, fillchar=' ', /)",
    'str.lstrip': '($self, chars=None, /)',
    'str.rjust': "($self, width, fillchar=' ', /)",
    'str.rstrip': '($self, chars=None, /)',
    'str.rpartition': '($self, sep, /)',
    'str.splitlines': '($self, /, keepends=False)',
    'str.strip': '($self, chars=None, /)',
    'str.translate': '($self, table, /)',
    'str.removeprefix': '($self, prefix, /)',
    'str.removesuffix': '($self, suffix, /)',
    'str.zfill': '($self, width, /)',
    'str.__format__': '($self, format_spec, /)',
    'bytes.center': "($self, width, fillchar=b' ', /)",
    'bytes.decode': "($self, /, encoding='utf-8', errors='strict')",
    'bytes.expandtabs': '($self, /, tabsize=8)',
    'bytes.fromhex': '($type, string, /)',
    'bytes.hex': '($self, /, sep=<unrepresentable>, bytes_per_sep=1)',
    'bytes.join': '($self, iterable_of_bytes, /)',
    'bytes.ljust': "($self, width, fillchar=b' ', /)",
    'bytes.lstrip': '($self, bytes=None, /)',
    'bytes.partition': '($self, sep, /)',
    'bytes.replace': '($self, old, new, count=-1, /)',
    'bytes.removeprefix': '($self, prefix, /)',
    'bytes.removesuffix': '($self, suffix, /)',
    'bytes.rjust': "($self, width, fillchar=b' ', /)",
    'bytes.rpartition': '($self, sep, /)',
    'bytes.rsplit': '($self, /, sep=None, maxsplit=-1)',
    'bytes.rstrip': '($self, bytes=None, /)',
    'bytes.split': '($self, /, sep=None, maxsplit=-1)',
    'bytes.splitlines': '($self, /, keepends=False)',
    'bytes.strip': '($self, bytes=None, /)',
    'bytes.translate': "($self, table, /, delete=b'')",
    'bytes.zfill': '($self, width, /)',
    'list.append': '($self, object, /)',
    'list.insert': '($self, index, object, /)',
    'list.extend': '($self, iterable, /)',
    'list.pop': '($self, index=-1, /)',
    'list.remove': '($self, value, /)',
    'list.index': '($self, value, start=0, stop=sys.maxsize, /)',
    'list.count': '($self, value, /)',
    'list.sort': '($self, /, *, key=None, reverse=False)',
    'tuple.index': '($self, value, start=0, stop=sys.maxsize, /)',
    'tuple.count': '($self, value, /)',
    'dict.get': '($self, key, default=None, /)',
    'dict.setdefault': '($self, key, default=None, /)',
    'dict.pop': '($self, key, default=<unrepresentable>, /)',
    'dict.fromkeys': '($type, iterable, value=None, /)',
    'int.to_bytes': "($self, /, length=1, byteorder='big', *, signed=False)",
    'int.from_bytes': "($type, /, bytes, byteorder='big', *, signed=False)",
    'int.__round__': '($self, ndigits=<unrepresentable>, /)',
    'int.__format__': '($self, format_spec, /)',
    'float.__round__': '($self, ndigits=None, /)',
    'float.fromhex': '($type, string, /)',
    'float.__format__': '($self, format_spec, /)',
    'object.__reduce_ex__': '($self, protocol, /)',
    'object.__format__': '($self, format_spec, /)',
}

# The methods that take nothing but their receiver: ($self, /).
_NO_ARGUMENT_METHODS = {
    'str': ('__sizeof__ capitalize casefold isalnum isalpha isascii isdecimal isdigit '
            'isidentifier islower isnumeric isprintable isspace istitle isupper lower '
            'swapcase title upper'),
    'list': '__reversed__ __sizeof__ clear copy reverse',
    'tuple': '__getnewargs__',
    'dict': '__reversed__ popitem',
    'int': '__getnewargs__ __sizeof__ as_integer_ratio bit_count bit_length',
    'float': ('__ceil__ __floor__ __getnewargs__ __trunc__ as_integer_ratio conjugate hex '
              'is_integer'),
    'object': '__dir__ __getstate__ __reduce__ __sizeof__',
}


class _Unrepresentable:
    pass


def _builtin_text_signature(obj):
    """(text, bound) for a builtin: its text signature, in CPython's form, and whether its
    receiver is bound (so not a parameter); None when it has none known."""
    text = getattr(obj, '__text_signature__', None)
    if isinstance(text, str) and text:
        receiver = getattr(obj, '__self__', None)
        return text, receiver is not None
    if isinstance(obj, type):
        text = None
        if obj.__module__ == 'builtins':
            text = _lookup_text_signature('builtins.' + obj.__name__)
        return None if text is None else (text, False)
    if isinstance(obj, types.MethodType):
        # A builtin class method, bound to its class (or a subclass).
        owner, name, bound = obj.__self__, obj.__func__.__name__, True
        owners = owner.__mro__ if isinstance(owner, type) else type(owner).__mro__
        for base in owners:
            text = _lookup_text_signature(base.__qualname__ + '.' + name)
            if text is not None:
                return text, bound
        return None
    receiver = getattr(obj, '__self__', None)
    if isbuiltin(obj) and (receiver is None or ismodule(receiver)):
        module = getattr(obj, '__module__', None) or 'builtins'
        text = _lookup_text_signature(module + '.' + obj.__name__)
        return None if text is None else (text, False)
    qualname = getattr(obj, '__qualname__', None)
    if not isinstance(qualname, str) or '.' not in qualname:
        return None
    text = _lookup_text_signature(qualname)
    return None if text is None else (text, receiver is not None)


def _lookup_text_signature(key):
    text = _TEXT_SIGNATURES.get(key)
    if text is None:
        owner, _, name = key.rpartition('.')
        if name in _NO_ARGUMENT_METHODS.get(owner, '').split():
            text = '($self, /)'
    return text


def _signature_from_text(obj, text, bound):
    """The Signature a text signature describes: its first parameter, when written $name,
    is the receiver, dropped when bound (always, for a module)."""
    if '<unrepresentable>' in text:
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    inner = text.strip()[1:-1].strip()
    receiver = inner.startswith('$')
    if receiver:
        first, _, rest = inner.partition(',')
        if first.strip() == '$module':
            bound = True
        inner = first.strip()[1:] + (', ' + rest.strip() if rest.strip() else '')
    namespace = {}
    try:
        exec('def _builtin(%s): pass' % inner, {'sys': sys}, namespace)
    except SyntaxError:
        raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
    sig = _signature_from_function(namespace['_builtin'])
    if receiver and bound:
        sig = sig.replace(parameters=tuple(sig.parameters.values())[1:])
    return sig


def _builtin_signature(obj):
    found = _builtin_text_signature(obj)
    if found is None:
        return None
    return _signature_from_text(obj, *found)


def _is_builtin_callable(obj):
    return isbuiltin(obj) or isinstance(obj, _METHOD_DESCRIPTOR_TYPES) and not isinstance(obj, type)


def _user_defined_method(cls, name):
    """cls's name method when written in Python (not one of the builtin slots)."""
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isfunction(meth) or (isinstance(meth, types.MethodType) and isfunction(meth.__func__)):
        return meth
    return None


def _signature_of_class(obj):
    """A class's signature: that of a metaclass __call__, or of the __new__ or __init__
    nearest in its MRO, written in Python (less the first parameter); failing those, the
    text signature of the builtin class it derives from."""
    call = _user_defined_method(type(obj), '__call__')
    if call is not None:
        return _drop_first(_signature_from_callable(call))
    new = _user_defined_method(obj, '__new__')
    init = _user_defined_method(obj, '__init__')
    for base in obj.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return _drop_first(_signature_from_callable(new))
        if init is not None and '__init__' in base.__dict__:
            return _drop_first(_signature_from_callable(init))
    for base in obj.__mro__[:-1]:
        sig = _builtin_signature(base)
        if sig is not None:
            return sig
    if type in obj.__mro__:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if any(base.__module__ == 'builtins' for base in obj.__mro__[:-1]) or \
            obj.__init__ is not object.__init__ or obj.__new__ is not object.__new__:
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    return Signature()


def _signature_from_callable(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if _is_builtin_method(obj) or _is_builtin_callable(obj):
        sig = _builtin_signature(obj)
        if sig is None:
            raise ValueError('no signature found for builtin {!r}'.format(obj))
        return sig
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped=follow_wrapped)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if isinstance(obj, functools.partial):
        sig = _signature_from_callable(obj.func, follow_wrapped=follow_wrapped)
        bound = sig.bind_partial(*obj.args, **obj.keywords)
        params = []
        for name, param in sig.parameters.items():
            if name in bound.arguments and param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
                if name in obj.keywords:
                    params.append(param.replace(default=bound.arguments[name], kind=_KEYWORD_ONLY))
                continue
            params.append(param)
        return sig.replace(parameters=params)
    if isinstance(obj, type):
        return _signature_of_class(obj)
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_from_function(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable (a new dict; with eval_str,
    string annotations are evaluated in the object's globals)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        obj_globals = getattr(sys.modules.get(obj.__module__, None), '__dict__', None)
        unwrap = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = obj.__dict__
        unwrap = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        unwrap = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann or not eval_str:
        return dict(ann)
    if globals is None:
        globals = obj_globals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = collections.namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The parameters of func in the older named-tuple form."""
    sig = _signature_from_callable(func, follow_wrapped=False)
    args, varargs, varkw, defaults, kwonlyargs, kwdefaults, annotations = [], None, None, (), [], {}, {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    """The dict a call would bind its arguments into: the positional parameters, *args and
    **kwargs first, then the keywords given, then defaults."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError("%s() got multiple values for argument %r" % (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        raise TypeError("%s() takes %d positional argument%s but %d were given"
                        % (f_name, num_args, '' if num_args == 1 else 's', num_pos))
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                missing = [name for name in req if name not in arg2value]
                raise TypeError("%s() missing %d required positional argument%s: %s"
                                % (f_name, len(missing), '' if len(missing) == 1 else 's',
                                   ', '.join(repr(m) for m in missing)))
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                raise TypeError("%s() missing 1 required keyword-only argument: %r" % (f_name, kwarg))
    return arg2value


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def _state(prefix, running, suspended, frame):
    if running:
        return prefix + 'RUNNING'
    if suspended:
        return prefix + 'SUSPENDED'
    if frame is None:
        return prefix + 'CLOSED'
    return prefix + 'CREATED'


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _state('GEN_', generator.gi_running, generator.gi_suspended, generator.gi_frame)


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _state('CORO_', coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame)
