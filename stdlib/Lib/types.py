"""types: names for the interpreter's own types, and SimpleNamespace."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType',
           'CellType', 'TracebackType', 'FrameType', 'MethodWrapperType', 'WrapperDescriptorType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'NoneType', 'EllipsisType', 'NotImplementedType', 'GenericAlias',
           'UnionType', 'SimpleNamespace', 'MappingProxyType', 'new_class', 'resolve_bases',
           'prepare_class', 'coroutine']


def _f():
    pass


def _g():
    yield 1


async def _c():
    pass


async def _ag_func():
    yield


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__) if hasattr(_f, '__code__') else None
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
GeneratorType = type(_g())
_coroutine = _c()
CoroutineType = type(_coroutine)
_coroutine.close()
del _coroutine, _c
_ag = _ag_func()
AsyncGeneratorType = type(_ag)
del _ag, _ag_func


def _cell():
    x = None
    return (lambda: x).__closure__[0]


CellType = type(_cell())
del _cell
try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
MethodWrapperType = type((1).__add__)
WrapperDescriptorType = type(object.__init__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(FunctionType.__dict__.get('__code__', property()))
MemberDescriptorType = type(int.__dict__.get('real', property()))
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)
del _f, _g, _C


class SimpleNamespace:
    """Attribute access to keyword arguments: namespace(a=1, b=2)."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return '%s(%s)' % ('namespace' if type(self) is SimpleNamespace else type(self).__name__,
                           ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


MappingProxyType = type(type.__dict__)


def resolve_bases(bases):
    resolved = []
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            resolved.append(base)
        else:
            resolved.extend(base.__mro_entries__(tuple(bases)))
    return tuple(resolved)


def prepare_class(name, bases=(), kwds=None):
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    ns = meta.__prepare__(name, bases, **kwds) if hasattr(meta, '__prepare__') else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, resolved, ns, **kwds)


class _GeneratorAwaitable:
    """A generator made awaitable by @types.coroutine: awaiting it runs the generator."""

    __slots__ = ('_gen',)

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()


def coroutine(func):
    """Makes a generator function usable with await (a generator-based coroutine)."""
    import functools
    import inspect
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if inspect.iscoroutinefunction(func):
        return func
    if not inspect.isgeneratorfunction(func):
        return func

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        gen = func(*args, **kwargs)
        return _GeneratorAwaitable(gen)
    return wrapped

