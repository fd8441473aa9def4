"""weakref: references that do not keep their object alive.

ref(obj, callback) is the runtime's weak reference (see the essay in PyWeakRef.cs): call it
for the object, or None once the object has been freed. Built on it here: proxy (an object
that forwards to the referent and raises ReferenceError once it is gone), WeakMethod (a
weak reference to a bound method), WeakValueDictionary and WeakKeyDictionary (entries
disappear with their value or key), WeakSet, and finalize (call a function when an object
is freed, or at exit)."""

import sys
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ProxyType:
    """What proxy() returns: every use is a use of the referent, while it lives."""

    __slots__ = ('_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is not None:
            me = ref(self)
            def relay(_, callback=callback, me=me):
                proxy_object = me()
                if proxy_object is not None:
                    callback(proxy_object)
            object.__setattr__(self, '_ref', ref(obj, relay))
        else:
            object.__setattr__(self, '_ref', ref(obj))

    def _target(self):
        obj = object.__getattribute__(self, '_ref')()
        if obj is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return obj

    def __getattribute__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_ref')()
        if obj is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __contains__(self, item):
        return item in ProxyType._target(self)

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __delitem__(self, key):
        del ProxyType._target(self)[key]

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __ne__(self, other):
        return ProxyType._target(self) != other

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __le__(self, other):
        return ProxyType._target(self) <= other

    def __gt__(self, other):
        return ProxyType._target(self) > other

    def __ge__(self, other):
        return ProxyType._target(self) >= other

    def __add__(self, other):
        return ProxyType._target(self) + other

    def __sub__(self, other):
        return ProxyType._target(self) - other

    def __mul__(self, other):
        return ProxyType._target(self) * other

    def __truediv__(self, other):
        return ProxyType._target(self) / other

    def __neg__(self):
        return -ProxyType._target(self)


class CallableProxyType(ProxyType):
    """A proxy to a callable object: calling it calls the referent."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj; callback, if given, is called with the proxy when obj is freed."""
    ref(obj)  # the same TypeError as ref() for objects that take no weak references
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod:
    """A weak reference to a bound method: alive while both its object and its function
    are. Calling it gives a new bound method, or None."""

    __slots__ = ('_self_ref', '_func_ref', '_meth_type', '_alive', '__weakref__')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        me = ref(self)

        def _cb(arg):
            self_ = me()
            if self_ is not None and self_._alive:
                self_._alive = False
                if callback is not None:
                    callback(self_)
        self._self_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True

    def __call__(self):
        obj = self._self_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._self_ref == other._self_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self._self_ref, self._func_ref))


class WeakValueDictionary:
    """A mapping whose entries disappear when their value is freed."""

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self_ref = ref(self)

        def remove(wr, selfref=self_ref):
            me = selfref()
            if me is not None and me.data.get(wr.key) is wr:
                del me.data[wr.key]
        self._remove = remove
        self.update(other, **kw)

    def _ref(self, key, value):
        wr = _KeyedRef(value, self._remove, key)
        return wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = self._ref(key, default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c


class _KeyedRef:
    """A weak reference that remembers the key it is filed under."""

    __slots__ = ('_ref', 'key', '__weakref__')

    def __init__(self, obj, callback, key):
        me = ref(self)

        def relay(_):
            this = me()
            if this is not None:
                callback(this)
        self._ref = ref(obj, relay)
        self.key = key

    def __call__(self):
        return self._ref()


class WeakKeyDictionary:
    """A mapping whose entries disappear when their key is freed. Keys must accept weak
    references (instances of classes do; ints and strings do not)."""

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            me = selfref()
            if me is not None:
                try:
                    del me.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)


class WeakSet:
    """A set whose members disappear when they are freed."""

    __class_getitem__ = classmethod(type(list[int]))  # Class[int] in annotations

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, set(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(ref(item) for item in other)

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj is
    freed, when the finalize object is called, or at exit (if atexit is true) — whichever
    comes first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = None
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter = getattr(finalize, '_counter', 0) + 1
        info.index = finalize._counter
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Calls the function now (if it has not run): returns its result, or None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Cancels the call: returns (obj, func, args, kwargs) while obj lives, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while it is pending and obj lives, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the call is still pending."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the call is made at exit if still pending."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        # Pending calls run newest first, as CPython runs them.
        try:
            if cls._registry:
                pending = cls._select_for_exit()
                while pending:
                    f = pending.pop()
                    try:
                        assert f in cls._registry
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
