"""unittest.mock: stand-in objects for tests, and the tools that put them in place.

What is here:
  * the mock classes: NonCallableMock, Mock, MagicMock (the magic methods preconfigured
    with CPython's defaults), NonCallableMagicMock, AsyncMock (a call gives a coroutine),
    PropertyMock. A mock makes a child mock for any attribute read, records its calls
    (call_args, call_args_list, mock_calls, method_calls) and answers them with its
    side_effect or return_value; the assert_* methods check what was recorded;
  * call, ANY, DEFAULT and sentinel, to describe expected calls and values;
  * patch, patch.object, patch.dict, patch.multiple and patch.stopall, which swap an
    attribute (or dictionary entries) for the length of a function, class or with block;
  * create_autospec, which builds a mock shaped like a real object and checks calls
    against its signatures; mock_open, a stand-in for open(); seal.

Reprs and assertion messages are worded as CPython 3.11's.  Each mock instance gets a
class of its own (made in __new__), so that magic methods configured on one mock live on
that class and leave every other mock alone.
"""

import builtins
import contextlib
import functools
import importlib
import inspect
import io
import pprint
import sys
import threading
import types

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
    'AsyncMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open',
    'PropertyMock', 'seal',
)


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


# dir(mock) lists only the useful names while this is true.
FILTER_DIR = True

# The names of the built-ins: patching one of them on a module creates it there.
_BUILTIN_NAMES = {name for name in dir(builtins) if not name.startswith('_')}

_FUNCTION_TYPES = (types.FunctionType, types.MethodType)


# ───────────────────────────── sentinels ─────────────────────────────

class _SentinelObject:
    """A unique object with a name, made by reading an attribute of `sentinel`."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel:
    """sentinel.NAME is the same unique object every time it is read."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        made = self._sentinels.get(name)
        if made is None:
            made = self._sentinels[name] = _SentinelObject(name)
        return made

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()

DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


# ───────────────────────────── small helpers ─────────────────────────────

def _is_mock(obj):
    """Whether obj is a mock (isinstance would be fooled by a spec'd __class__)."""
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_list(obj):
    """Whether obj is a spec given as a list (or tuple) of names."""
    return type(obj) in (list, tuple)


def _mock_of(obj):
    """The mock behind obj: autospecced functions are real functions holding one as .mock."""
    if isinstance(obj, _FUNCTION_TYPES) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, types.MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Whether obj is callable, or for a class, whether its instances are."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any(klass.__dict__.get('__call__') is not None for klass in (obj,) + obj.__mro__)


def _is_magic(name):
    return len(name) >= 4 and name.startswith("__") and name.endswith("__")


def _coroutine_mark():
    """What _is_coroutine holds on an object standing for a coroutine function: asyncio's
    marker, which its iscoroutinefunction() recognises."""
    import asyncio
    mark = getattr(asyncio, '_is_coroutine', None)
    if mark is None:
        coroutines = getattr(asyncio, 'coroutines', None)
        mark = getattr(coroutines, '_is_coroutine', None)
    return mark if mark is not None else object()


_COROUTINE_MARK = _coroutine_mark()


def _iscoroutinefunction(obj):
    """asyncio's test: an async def function, or an object marked as standing for one."""
    return inspect.iscoroutinefunction(obj) or getattr(obj, '_is_coroutine', None) is _COROUTINE_MARK


def _is_async_obj(obj):
    if _is_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return _iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _is_async_func(func):
    if getattr(func, '__code__', None):
        return _iscoroutinefunction(func)
    return False


def _object_init_signature():
    kind = inspect.Parameter
    return inspect.Signature([kind('args', kind.VAR_POSITIONAL), kind('kwargs', kind.VAR_KEYWORD)])


def _get_signature_object(func, as_instance, eat_self):
    """(the callable whose signature describes calls to a mock of func, that signature),
    or None when there is none to be had."""
    if isinstance(func, type) and not as_instance:
        # Calling a class runs its __init__, whose self is not passed.
        func = func.__init__
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        eat_self = isinstance(func, classmethod)
        func = func.__func__
    elif not isinstance(func, _FUNCTION_TYPES):
        # An instance: what calling it runs is its __call__.
        try:
            func = func.__call__
        except AttributeError:
            return None
    if func is object.__init__:
        return func, _object_init_signature()
    target = functools.partial(func, None) if eat_self else func
    try:
        return func, inspect.signature(target)
    except ValueError:
        return None


def _check_signature(func, mock, skipfirst, instance=False):
    """Make calls to mock check their arguments against func's signature."""
    found = _get_signature_object(func, instance, skipfirst)
    if found is None:
        return
    func, sig = found

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


def _copy_func_details(func, target):
    for attribute in ('__name__', '__doc__', '__text_signature__', '__module__',
                      '__defaults__', '__kwdefaults__'):
        try:
            setattr(target, attribute, getattr(func, attribute))
        except (AttributeError, TypeError):
            pass


def _check_spec_arg_typos(kwargs):
    for typo in ('autospect', 'auto_spec', 'set_spec'):
        if typo in kwargs:
            raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")


def _adopt(parent, value, name, new_name):
    """Make the mock value a child of parent (named name for method_calls and new_name
    for mock_calls), unless it already has a name or parent, or is an ancestor of parent.
    Returns whether it was adopted."""
    value = _mock_of(value)
    if not _is_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _MockIter:
    """An iterable side_effect of an autospecced function's mock, turned into an iterator."""

    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


def _side_effect_iterator(value):
    """What side_effect keeps: exceptions and callables as given, iterables as iterators."""
    if value is None or _is_exception(value) or _callable(value):
        return value
    try:
        return iter(value)
    except TypeError:
        return value


def _resolve_name(dotted):
    """The object a dotted name such as 'package.module.Class.attr' names, importing the
    longest importable module at its start."""
    parts = dotted.split('.')
    module_name = parts.pop(0)
    obj = importlib.import_module(module_name)
    while parts:
        candidate = module_name + '.' + parts[0]
        try:
            obj = importlib.import_module(candidate)
        except ImportError:
            break
        module_name = candidate
        parts.pop(0)
    for part in parts:
        obj = getattr(obj, part)
    return obj


# ───────────────────────────── calls ─────────────────────────────

def _format_call_signature(name, args, kwargs):
    pieces = [repr(arg) for arg in args]
    pieces.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(pieces))


class _CallList(list):
    """A list of calls; `a_list in call_list` asks whether it is a contiguous run of it."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _AnyComparer(list):
    """Calls to search, compared with the expected call on the left (so ANY in it works)."""

    def __contains__(self, item):
        for candidate in self:
            if len(item) == len(candidate) and all(
                    [expected == actual for expected, actual in zip(item, candidate)]):
                return True
        return False


class _Call(tuple):
    """One call: a tuple (args, kwargs), or (name, args, kwargs) in mock_calls.

    Compared with another call or a tuple, missing parts count as empty, and a call with
    no name matches any name. `call` builds them: call(1, a=2), call.method(3),
    call.method().chained(4)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        call_name, args, kwargs = name, (), {}
        if len(value) == 3:
            call_name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                call_name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            only, = value
            if isinstance(only, str):
                call_name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (call_name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    @staticmethod
    def _parts(value):
        """(name, args, kwargs) of a call or of a tuple shaped like one; None if neither."""
        size = len(value)
        if size == 0:
            return '', (), {}
        if size == 3:
            return tuple(value)
        if size == 1:
            only, = value
            if isinstance(only, tuple):
                return '', only, {}
            if isinstance(only, str):
                return only, (), {}
            return '', (), only
        if size == 2:
            first, second = value
            if isinstance(first, str):
                if isinstance(second, tuple):
                    return first, second, {}
                return first, (), second
            return '', first, second
        return None

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            my_name, (my_args, my_kwargs) = '', self
        else:
            my_name, my_args, my_kwargs = self
        my_parent = getattr(self, '_mock_parent', None)
        other_parent = getattr(other, '_mock_parent', None)
        if my_parent and other_parent and my_parent != other_parent:
            return False
        parts = self._parts(other)
        if parts is None:
            return False
        other_name, other_args, other_kwargs = parts
        if my_name and other_name != my_name:
            return False
        # The other side's values go on the left, so that an ANY among them compares.
        return (other_args, other_kwargs) == (my_args, my_kwargs)

    def __ne__(self, other):
        equal = self.__eq__(other)
        if equal is NotImplemented:
            return equal
        return not equal

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('_mock_'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # The tuple's own methods are hidden: call.count(1) is a call to a method 'count'.
        if attr in ('count', 'index'):
            raise AttributeError(attr)
        return tuple.__getattribute__(self, attr)

    def _arguments(self):
        if len(self) == 2:
            return tuple(self)
        return self[1], self[2]

    @property
    def args(self):
        return self._arguments()[0]

    @property
    def kwargs(self):
        return self._arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls of a chain such as call.a(1).b(2), each as its own call."""
        found = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                found.append(link)
            link = link._mock_parent
        return _CallList(reversed(found))


call = _Call(from_kall=False)


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ───────────────────────────── the mock classes ─────────────────────────────

# Attributes set straight into the instance: the properties' setters take it from there.
_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
}


def _delegating_property(name):
    """A property kept in '_mock_<name>', or on the function an autospecced mock serves."""
    private = '_mock_' + name
    _allowed_names.add(name)

    def getter(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, private)
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[private] = value
        else:
            setattr(delegate, name, value)

    return property(getter, setter)


class NonCallableMock:
    """A mock that cannot be called: the base of all the mocks."""

    # One lock for all mocks guards the making of child mocks.
    _lock = threading.RLock()
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __new__(cls, /, *args, **kw):
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            # A mock spec'd on an async function is an AsyncMock at heart.
            if 'spec_set' in kw:
                spec_arg = kw['spec_set']
            else:
                spec_arg = kw.get('spec', args[0] if args else None)
            if spec_arg is not None and _is_async_obj(spec_arg):
                bases = (AsyncMockMixin, cls)
        own_class = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = parent if _new_parent is None else _new_parent
        state['_mock_sealed'] = False
        if spec_set is not None:
            spec, spec_set = spec_set, True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe
        self._mock_prepare_magics()
        if kwargs:
            self.configure_mock(**kwargs)
        if issubclass(type(self), AsyncMockMixin):
            # Done here rather than in AsyncMockMixin.__init__: a mock spec'd on an async
            # function gets the mixin in __new__, after the class called was chosen.
            _init_async_state(self)

    def _mock_prepare_magics(self):
        """Overridden by the magic mocks, which give their class the magic methods."""

    def attach_mock(self, mock, attribute):
        """Make mock the attribute of this one (whatever its name and parent were), so
        that its calls are recorded in this one's method_calls and mock_calls."""
        inner = _mock_of(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Limit the attributes of this mock to those of spec (an object or a list of
        names); with spec_set, also those that may be set."""
        self._mock_add_spec(spec, spec_set)
        self._mock_prepare_magics()

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        signature = None
        asyncs = []
        if spec is not None:
            asyncs = [name for name in dir(spec) if _iscoroutinefunction(getattr(spec, name, None))]
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _get_signature_object(spec, _spec_as_instance, _eat_self)
            signature = found and found[1]
            spec = dir(spec)
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = signature
        state['_mock_methods'] = spec
        state['_spec_asyncs'] = asyncs

    # return_value and side_effect

    def _get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _adopt(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value,
                            doc="The value to be returned when the mock is called.")

    def _get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect) and not isinstance(effect, _MockIter)
                and not _is_exception(effect)):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def _set_side_effect(self, value):
        value = _side_effect_iterator(value)
        delegate = self._mock_delegate
        if delegate is None:
            self._mock_side_effect = value
        else:
            delegate.side_effect = value

    side_effect = property(_get_side_effect, _set_side_effect)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls of this mock and of its children (and, if asked, the
        configured return value and side effect)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        returned = self._mock_return_value
        if _is_mock(returned) and returned is not self:
            returned.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes from keywords; a dotted keyword such as 'method.return_value'
        sets an attribute of a child."""
        # Shallower names first, so a child is configured before its own children.
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            path = dotted.split('.')
            last = path.pop()
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, value)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe'):
            raise AttributeError(name)
        allowed = self._mock_methods
        if allowed is not None:
            if name not in allowed or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not allowed or name not in allowed):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec for the mock if "
                    f"{name!r} is meant to be an attribute.")
        with NonCallableMock._lock:
            child = self._mock_children.get(name)
            if child is _deleted:
                raise AttributeError(name)
            if child is None:
                wrapped = None
                if self._mock_wraps is not None:
                    wrapped = getattr(self._mock_wraps, name)
                child = self._get_child_mock(parent=self, name=name, wraps=wrapped,
                                             _new_name=name, _new_parent=self)
                self._mock_children[name] = child
            elif isinstance(child, _SpecState):
                try:
                    child = create_autospec(child.spec, child.spec_set, child.instance,
                                            child.parent, child.name)
                except InvalidSpecError:
                    target_name = self.__dict__['_mock_name'] or self
                    raise InvalidSpecError(
                        f'Cannot autospec attr {name!r} from target {target_name!r} as it has '
                        f'already been mocked out. [target={self!r}, attr={child.spec!r}]')
                self._mock_children[name] = child
        return child

    def _extract_mock_name(self):
        """The dotted path of this mock from its root: 'mock.a().b'."""
        steps = []
        node = self
        while node._mock_new_parent is not None:
            steps.append(node._mock_new_name)
            node = node._mock_new_parent
        text = node._mock_name or 'mock'
        for step in reversed(steps):
            text += step if step == '()' else '.' + step
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            spec_part = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def __dir__(self):
        """The spec's names, the public methods, and the attributes set or made."""
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = list(self._mock_methods or [])
        from_type = [name for name in dir(type(self)) if not name.startswith('_')]
        from_dict = [name for name in self.__dict__ if not name.startswith('_') or _is_magic(name)]
        children = [name for name, child in self._mock_children.items() if child is not _deleted]
        return sorted(set(extras + from_type + from_dict + children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_mock(value):
                # Only the mock_calls name: calls of magic methods are not method calls.
                _adopt(self, value, None, name)
                self._mock_children[name] = value
            else:
                function = value
                value = lambda *args, **kw: function(self, *args, **kw)
            _give_magic_slot(type(self), name)
        elif name == '__class__':
            self._spec_class = value
            return
        else:
            if _adopt(self, value, name, name):
                self._mock_children[name] = value
            if self._mock_sealed and not hasattr(self, name):
                raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                # A magic method never read: nothing was made for it.
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    # assertions

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _get_call_signature_from_name(self, name):
        """The signature of the child a call in mock_calls went to ('a.b().c'), if known."""
        if not name:
            return self._spec_signature
        sig = None
        children = self._mock_children
        for step in name.replace('()', '').split('.'):
            child = children.get(step)
            if child is None or isinstance(child, _SpecState):
                break
            child = _mock_of(child)
            children = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """What a call is compared by: with a spec's signature, its arguments bound to
        the parameters (so f(1) and f(a=1) match); a TypeError if they do not bind."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _calls_repr(self, prefix="Calls"):
        """'\\nCalls: [...]. ' for failure messages, or '' with no calls."""
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {_safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        """Fails if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fails unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fails unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fails unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fails unless mock_calls holds calls: in a row (with others around them allowed),
        or with any_order anywhere."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        recorded = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in recorded:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected]))
                raise AssertionError(
                    f'{problem}\nExpected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from cause
            return
        remaining = list(recorded)
        missing = []
        for wanted in expected:
            try:
                remaining.remove(wanted)
            except ValueError:
                missing.append(wanted)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(missing), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fails unless some call (not only the last) had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """Make a child mock (an attribute or the return value). Children of callable
        mocks are of the mock's own kind; a non-callable mock's are the callable kind."""
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if new_name in _all_sync_magics or (self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            # The class the user asked for (the mock's own class comes first in its mro).
            klass = own.__mro__[1]
        return klass(**kw)


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class CallableMixin:
    """What makes a mock callable: recording calls, and answering them."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        """Replaced by a signature check when the mock has a spec."""

    def __call__(self, /, *args, **kwargs):
        # Positional-only self: a mocked function may well have a parameter named self.
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))

        # Tell the ancestors. method_calls are kept for attributes only (the chain of
        # _mock_parent), named by the dotted attribute path; mock_calls for every
        # ancestor, named by the path with the calls in it: 'a().b'.
        method_name = self._mock_name
        record_method = self._mock_parent is not None
        path = self._mock_new_name
        path_ends_in_call = path == '()'
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if record_method:
                ancestor.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = ancestor._mock_parent is not None
                if record_method:
                    method_name = ancestor._mock_name + '.' + method_name
            ancestor.mock_calls.append(_Call((path, args, kwargs)))
            if ancestor._mock_new_name:
                separator = '' if path_ends_in_call else '.'
                path_ends_in_call = ancestor._mock_new_name == '()'
                path = ancestor._mock_new_name + separator + path
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock.

    Mock(spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
    spec_set=None, unsafe=False, **attributes):
      spec / spec_set: an object or list of names the attributes are limited to (spec_set
        also limits setting); with an object, isinstance(mock, its class) holds;
      side_effect: an exception to raise, an iterable of results (or exceptions) one per
        call, or a function called with the arguments (unless it returns DEFAULT, its
        result is the call's result);
      return_value: what a call returns (by default a child mock, the same each time);
      wraps: an object calls and attribute reads go through to;
      name: used in the repr;
      unsafe: allow attributes whose names start with 'assert' and its misspellings.
    """


class MagicMixin:
    """Gives a mock's class the supported magic methods, each a child mock made when
    first used and configured with CPython's default answer."""

    def _mock_prepare_magics(self):
        wanted = _magics | _async_method_magics
        own = type(self)
        if self._mock_methods is not None:
            allowed = wanted.intersection(self._mock_methods)
            for name in wanted - allowed:
                if name in own.__dict__:
                    delattr(self, name)
            wanted = allowed
        for name in wanted - set(own.__dict__):
            setattr(own, name, _MagicSlot(name))

    def _mock_make_magic(self, name):
        child = self._get_child_mock(name=name, _new_name=name, _new_parent=self)
        setattr(self, name, child)
        _set_magic_default(self, child, name)
        return child


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class MagicMock(MagicMixin, Mock):
    """A Mock whose magic methods (len(), iteration, with, comparisons, arithmetic ...)
    are preconfigured: len() is 0, iteration is empty, bool() is True, int() is 1,
    == is identity, < and friends are unsupported, and so on. With a spec, only the magic
    methods the spec has are given."""


class _MagicSlot:
    """Stands in a mock's own class under a magic method's name. Python finds special
    methods on the class: read through an instance, or called with it, this hands over
    (making it on first use) what the instance holds under that name."""

    def __init__(self, name):
        self.name = name

    def _target(self, obj):
        held = obj.__dict__.get(self.name, _missing)
        if held is not _missing:
            return held
        make = getattr(type(obj), '_mock_make_magic', None)
        if make is None:
            raise AttributeError(self.name)
        return make(obj, self.name)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self._target(obj)

    def __call__(self, obj, /, *args, **kwargs):
        return self._target(obj)(*args, **kwargs)


def _give_magic_slot(klass, name):
    if not isinstance(klass.__dict__.get(name), _MagicSlot):
        setattr(klass, name, _MagicSlot(name))


# ───────────────────────────── magic methods ─────────────────────────────

_SYNC_MAGIC_WORDS = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof '
    'enter exit divmod rdivmod neg pos abs invert complex int float index '
    'round trunc floor ceil bool next fspath aiter'
)
_NUMERIC_WORDS = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'

# The magic methods a MagicMock has, preconfigured.
_magics = {'__%s__' % word for word in _SYNC_MAGIC_WORDS.split()}
for _word in _NUMERIC_WORDS.split():
    _magics.update(('__%s__' % _word, '__i%s__' % _word, '__r%s__' % _word))
del _word

# Magic methods a mock supports only when set explicitly.
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__',
}

# The async protocol: these three are coroutines, so their mocks are AsyncMocks.
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_async_magics = _async_method_magics | {'__aiter__'}
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics

_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}

# The default answers of a MagicMock's magic methods.
_fixed_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}

_computed_return_values = {
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__sizeof__': lambda mock: object.__sizeof__(mock),
    '__fspath__': lambda mock: f"{type(mock).__name__}/{mock._extract_mock_name()}/{id(mock)}",
}


def _eq_effect(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        if mock is other:
            return True
        return NotImplemented
    return __eq__


def _ne_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT          # the configured return value answers
        if mock is other:
            return False
        return NotImplemented
    return __ne__


def _iter_effect(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        return iter(configured)
    return __iter__


def _aiter_effect(mock):
    def __aiter__():
        configured = mock.__aiter__._mock_return_value
        if configured is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(configured))
    return __aiter__


_side_effect_factories = {
    '__eq__': _eq_effect, '__ne__': _ne_effect, '__iter__': _iter_effect, '__aiter__': _aiter_effect,
}


def _set_magic_default(mock, method, name):
    """Give the magic method's mock its default answer."""
    if name in _fixed_return_values:
        method.return_value = _fixed_return_values[name]
    elif name in _computed_return_values:
        method.return_value = _computed_return_values[name](mock)
    elif name in _side_effect_factories:
        method.side_effect = _side_effect_factories[name](mock)


# ───────────────────────────── async mocks ─────────────────────────────

class AsyncMockMixin:
    """What makes a mock an async one: a call returns a coroutine, and awaiting it
    records the await (await_count, await_args, await_args_list)."""

    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_call
        self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # A StopIteration cannot leave a coroutine.
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def _await_name(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        """Fails unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._await_name()} to have been awaited.")

    def assert_awaited_once(self):
        """Fails unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._await_name()} to have been awaited once."
                                 f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fails unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._await_name()} to have been awaited once."
                                 f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fails unless some await had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fails unless await_args_list holds calls, in a row or (any_order) anywhere."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        recorded = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in recorded:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = ('Error processing expected awaits.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected]))
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}') from cause
            return
        remaining = list(recorded)
        missing = []
        for wanted in expected:
            try:
                remaining.remove(wanted)
            except ValueError:
                missing.append(wanted)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),)) from cause

    def assert_not_awaited(self):
        """Fails if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._await_name()} to not have been awaited."
                                 f" Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


def _init_async_state(mock):
    state = mock.__dict__
    # Straight into the instance: with a spec_set these names may not be allowed.
    state['_is_coroutine'] = _COROUTINE_MARK
    state['_mock_await_count'] = 0
    state['_mock_await_args'] = None
    state['_mock_await_args_list'] = _CallList()
    state['__code__'] = _coroutine_code_stand_in()
    state['__name__'] = 'AsyncMock'
    state['__defaults__'] = tuple()
    state['__kwdefaults__'] = {}
    state['__annotations__'] = None


def _coroutine_code_stand_in():
    """A __code__ whose flags say 'coroutine function', for the checks that read them."""
    if 'co_flags' in dir(types.CodeType):
        code = NonCallableMock(spec_set=types.CodeType)
    else:
        code = NonCallableMock()
        code.__class__ = types.CodeType
    code.co_flags = inspect.CO_COROUTINE | inspect.CO_VARARGS | inspect.CO_VARKEYWORDS
    code.co_argcount = 0
    code.co_varnames = ('args', 'kwargs')
    code.co_posonlyargcount = 0
    code.co_kwonlyargcount = 0
    return code


class AsyncMagicMixin(MagicMixin):
    """The magic methods of an AsyncMock."""


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock of an async function: calling it gives a coroutine, whose result is the
    side_effect's (an async function's is awaited) or the return_value. Its children are
    AsyncMocks too, except the synchronous magic methods, which are MagicMocks."""


class _AsyncIterator:
    """An iterator seen as an asynchronous one (what a MagicMock's __aiter__ gives)."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


# ───────────────────────────── patching ─────────────────────────────

class _patch:
    """Replaces target.attribute while a function runs, a with block lasts, or between
    start() and stop()."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_mock(spec):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec has already been '
                                   f'mocked out. [spec={spec!r}]')
        if _is_mock(spec_set):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec_set target has '
                                   f'already been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            method = getattr(klass, name)
            if not hasattr(method, '__call__'):
                continue
            setattr(klass, name, self.copy()(method))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        """Applies every patch stacked on a decorated function; yields its arguments
        with the mocks created added (positionally, innermost decorator first)."""
        extra_args = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                made = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(made)
                elif patching.new is DEFAULT:
                    extra_args.append(made)
            yield args + tuple(extra_args), keywargs

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (new_args, new_keywargs):
                return func(*new_args, **new_keywargs)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (new_args, new_keywargs):
                return await func(*new_args, **new_keywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        """(the value being replaced or DEFAULT, whether it was in the target's own dict)."""
        target = self.getter()
        name = self.attribute
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _BUILTIN_NAMES and isinstance(target, types.ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def _make_new(self, original):
        """The mock patch creates when new is not given (and autospec is not asked for)."""
        spec, spec_set = self.spec, self.spec_set
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        inherit = False
        if spec is True:
            # The object replaced is the spec.
            spec = original
            if spec_set is True:
                spec_set, spec = original, None
        elif spec is not None:
            if spec_set is True:
                spec_set, spec = spec, None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                # A class is replaced: its instances (the return value) get the spec too.
                inherit = True
        if spec is None and _is_async_obj(original):
            klass = AsyncMock
        else:
            klass = MagicMock
        options = {}
        if self.new_callable is not None:
            klass = self.new_callable
        elif spec is not None or spec_set is not None:
            this_spec = spec_set if spec_set is not None else spec
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if _is_async_obj(this_spec):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
            options['name'] = self.attribute
        options.update(self.kwargs)
        new = klass(**options)
        if inherit and _is_mock(new):
            this_spec = spec_set if spec_set is not None else spec
            if not _is_list(this_spec) and not _instance_callable(this_spec):
                klass = NonCallableMagicMock
            options.pop('name')
            new.return_value = klass(_new_parent=new, _new_name='()', **options)
        return new

    def __enter__(self):
        """Apply the patch; returns the new object (or, for patch.multiple, a dict of
        the mocks it created)."""
        new, autospec = self.new, self.autospec
        self.target = self.getter()
        spec = None if self.spec is False else self.spec
        spec_set = None if self.spec_set is False else self.spec_set
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            new = self._make_new(original)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_mock(self.target):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch target has already '
                    f'been mocked out. [target={self.target!r}, attr={autospec!r}]')
            if _is_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target {target_name!r} as it '
                    f'has already been mocked out. [target={self.target!r}, attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **self.kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                made = {}
                if self.new is DEFAULT:
                    made[self.attribute_name] = new
                for patching in self.additional_patchers:
                    more = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        made.update(more)
                return made
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    '__doc__', '__module__', '__defaults__', '__annotations__', '__kwdefaults__')):
                # The value came from elsewhere (a class, a proxy): put it back as it was.
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Apply the patch until stop() (or patch.stopall()); returns what __enter__ does."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch applied by start(); does nothing if it is not active."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _get_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return functools.partial(_resolve_name, owner), attribute


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, 'attribute', ...): patch an attribute of an object at hand;
    the other arguments are patch()'s."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """patch.multiple(target, name=value, ...): several attributes of one target at once.
    A value DEFAULT makes a mock, passed to a decorated function by keyword (and returned
    in a dict by the context manager)."""
    if type(target) is str:
        getter = functools.partial(_resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    patchers = []
    for attribute, new in items:
        patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                         new_callable, {})
        patcher.attribute_name = attribute
        patchers.append(patcher)
    first = patchers[0]
    first.additional_patchers.extend(patchers[1:])
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object a dotted name such as 'package.module.Class.attr' names, as a
    function or class decorator (the mock created is passed as an extra argument), a
    context manager (it is the value of `as`), or with start()/stop().

    new: the replacement (by default a MagicMock, or an AsyncMock for an async function);
    spec / spec_set: passed to the mock (True: the replaced object); autospec: build the
    mock with create_autospec (True: from the replaced object); create: allow a missing
    attribute (removed again afterwards); new_callable: what to call for the new object;
    other keywords configure the mock created. The name is looked up (and imported) when
    the patch is applied."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict:
    """patch.dict(in_dict, values=(), clear=False, **kwargs): set entries of a dictionary
    (or one named by a dotted string) for a while, then restore the dictionary as it was."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @functools.wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for name in dir(klass):
            method = getattr(klass, name)
            if name.startswith(patch.TEST_PREFIX) and hasattr(method, '__call__'):
                setattr(klass, name, _patch_dict(self.in_dict, self.values, self.clear)(method))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            # A mapping without copy(): it must at least iterate over its keys.
            original = {key: in_dict[key] for key in in_dict}
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        _update_dict(in_dict, self.values)

    def _unpatch_dict(self):
        _clear_dict(self.in_dict)
        _update_dict(self.in_dict, self._original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _update_dict(in_dict, values):
    try:
        in_dict.update(values)
    except AttributeError:
        for key in values:
            in_dict[key] = values[key]


def _patch_stopall():
    """Stop every patch started with start(), the last started first."""
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ───────────────────────────── autospec ─────────────────────────────

class _SpecState:
    """An attribute of an autospecced mock not yet read: its mock is made on first read."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _set_signature(mock, original, instance=False):
    """A real function with original's name that checks its arguments against original's
    signature and then calls mock; mock's attributes and assertions are reachable on it."""
    skipfirst = isinstance(original, type)
    found = _get_signature_object(original, instance, skipfirst)
    if found is None:
        return mock
    func, sig = found

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)
    name = original.__name__
    if not name.isidentifier():
        name = 'funcopy'
    funcopy.__name__ = funcopy.__qualname__ = name
    _setup_func(funcopy, mock, sig)
    return funcopy


def _setup_func(funcopy, mock, sig):
    """Give the function standing for mock the mock's attributes and assert methods."""
    funcopy.mock = mock

    def forward(method_name):
        def method(*args, **kwargs):
            return getattr(mock, method_name)(*args, **kwargs)
        method.__name__ = method_name
        return method

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        returned = funcopy.return_value
        if _is_mock(returned) and returned is not mock:
            returned.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    for method_name in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                        'assert_any_call', 'assert_called', 'assert_not_called',
                        'assert_called_once'):
        setattr(funcopy, method_name, forward(method_name))
    funcopy.reset_mock = reset_mock
    funcopy.__signature__ = sig
    mock._mock_delegate = funcopy


def _setup_async_mock(mock):
    mock._is_coroutine = _COROUTINE_MARK
    mock.await_count = 0
    mock.await_args = None
    mock.await_args_list = _CallList()

    def forward(method_name):
        def method(*args, **kwargs):
            return getattr(mock.mock, method_name)(*args, **kwargs)
        return method

    for method_name in ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                        'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
                        'assert_not_awaited'):
        setattr(mock, method_name, forward(method_name))


def _must_skip(spec, entry, is_type):
    """Whether calls of spec's attribute entry leave out the first parameter (self)."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False            # set on the instance: a plain function
        spec = spec.__class__
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, _FUNCTION_TYPES):
            # Read from the class, a method still takes self; from an instance, it is bound.
            return is_type
        return False
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock shaped like spec: its attributes exist only if spec's do (each made, when
    first read, as an autospec of the original), and calls of it and of its methods are
    checked against the real signatures (a TypeError if they do not fit). For a class,
    the return value is an autospec of an instance; instance=True makes the mock the
    instance. spec_set=True also forbids setting attributes spec does not have. Other
    keywords configure the mock."""
    if _is_list(spec):
        # A list would be taken for a list of names.
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async_func = _is_async_func(spec)
    options = {'spec': spec}
    if spec_set:
        options = {'spec_set': spec}
    elif spec is None:
        options = {}
    if options and instance:
        options['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    options.update(kwargs)

    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        # What a descriptor gives is unknown: no spec.
        options = {}
    elif is_async_func:
        if instance:
            raise RuntimeError("Instance can not be True when create_autospec is mocking an async function")
        klass = AsyncMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock

    _name = options.pop('name', _name)
    new_name = _name if _parent is not None else ''
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=_name, **options)

    if isinstance(spec, _FUNCTION_TYPES):
        # Only at the top: the mock becomes a real function that checks its arguments.
        mock = _set_signature(mock, spec)
        if is_async_func:
            _setup_async_mock(mock)
    else:
        _check_signature(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue                # the magic mocks give these already
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_options = {'spec_set': original} if spec_set else {'spec': original}
        if not isinstance(original, _FUNCTION_TYPES):
            child = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = child
        else:
            parent = mock.mock if isinstance(spec, _FUNCTION_TYPES) else mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_options['_eat_self'] = skipfirst
            child_klass = AsyncMock if _iscoroutinefunction(original) else MagicMock
            child = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent,
                                **child_options)
            mock._mock_children[entry] = child
            _check_signature(original, child, skipfirst=skipfirst)
        if isinstance(child, _FUNCTION_TYPES):
            setattr(mock, entry, child)
    return mock


# ───────────────────────────── mock_open ─────────────────────────────

# The names a file handle has (text and binary), for the spec of mock_open's handle.
_FILE_NAMES = (
    'buffer', 'close', 'closed', 'detach', 'encoding', 'errors', 'fileno', 'flush', 'getbuffer',
    'getvalue', 'isatty', 'line_buffering', 'mode', 'name', 'newlines', 'read', 'read1',
    'readable', 'readinto', 'readinto1', 'readline', 'readlines', 'reconfigure', 'seek',
    'seekable', 'tell', 'truncate', 'writable', 'write', 'write_through', 'writelines',
    '__enter__', '__exit__', '__iter__', '__next__', '__eq__', '__ne__', '__lt__', '__le__',
    '__gt__', '__ge__', '__hash__', '__str__', '__sizeof__', '__repr__', '__dir__',
    '__format__', '__reduce__', '__reduce_ex__', '__getstate__', '__class__', '__doc__',
    '__init__', '__new__', '__del__', '__delattr__', '__getattribute__', '__setattr__',
    '__init_subclass__', '__subclasshook__', '__dict__', '__setstate__',
)

# The names a built-in function has, for the spec of mock_open's mock.
_OPEN_NAMES = (
    '__call__', '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__',
    '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__',
    '__init_subclass__', '__le__', '__lt__', '__module__', '__name__', '__ne__', '__new__',
    '__qualname__', '__reduce__', '__reduce_ex__', '__repr__', '__self__', '__setattr__',
    '__sizeof__', '__str__', '__subclasshook__', '__text_signature__',
)

file_spec = None
open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock to replace open() with (patch('builtins.open', mock_open(read_data=...))).
    The handle it returns (also from `with`) reads read_data through read(), readline(),
    readlines() and iteration; its write calls are recorded on handle.write."""
    global file_spec, open_spec
    if file_spec is None:
        file_spec = sorted(set(_FILE_NAMES) | set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    if open_spec is None:
        open_spec = sorted(set(_OPEN_NAMES) | set(dir(open)))

    state = {'stream': _to_stream(read_data), 'readline': None}

    def read_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state['stream'].read(*args, **kwargs)

    def readlines_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state['stream'].readlines(*args, **kwargs)

    def line_source():
        # A configured readline return value is repeated for ever; else the data's lines.
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state['stream']:
            yield line

    def readline_effect(*args, **kwargs):
        yield from line_source()
        while True:
            yield state['stream'].readline(*args, **kwargs)

    def next_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state['stream'])

    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read_effect
    state['readline'] = readline_effect()
    handle.readline.side_effect = state['readline']
    handle.readlines.side_effect = readlines_effect
    handle.__iter__.side_effect = line_source
    handle.__next__.side_effect = next_effect

    def reset_data(*args, **kwargs):
        # Each open() starts reading the data from the beginning again.
        state['stream'] = _to_stream(read_data)
        if handle.readline.side_effect == state['readline']:
            state['readline'] = readline_effect()
            handle.readline.side_effect = state['readline']
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls it with no
    arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stop mock (and the child mocks it made, recursively) from making new attributes:
    reading one not set or made before raises AttributeError."""
    mock._mock_sealed = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(child._mock_children.get(name), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)
