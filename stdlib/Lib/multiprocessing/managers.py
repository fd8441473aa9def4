"""multiprocessing.managers: Manager(), BaseManager.register() for a program's own types, and
the proxies.

A manager is a server process that owns ordinary objects — dicts, lists, Namespaces, locks,
queues... — and lets every process use them through proxies. A proxy call is a request on the
manager's request queue: (the caller's reply queue, the object's id, a method name, the
arguments, the caller's (pid, thread id)); the server runs each caller's methods in a thread
kept for that caller (as CPython serves each connection on a thread of its own: a blocking
call such as Lock.acquire or Queue.get does not hold up other callers, and an RLock or a
Condition a caller acquired is owned by that caller's server thread) and puts the result,
or the exception, on the caller's reply queue. Proxies pass to children and pools like any
value (they carry the request queue and the object's id), and each process makes its own
reply queue when it first calls.
"""

import os
import threading
import queue as _queue_module

from multiprocessing.process import Process, current_process

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'Manager', 'AutoProxy', 'RemoteError',
           'SharedMemoryManager']


class RemoteError(Exception):
    """An error in the manager process, with its traceback as the message."""

    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return list(sequence)


# ───────────────────────────── the server ─────────────────────────────

_VIEW_TYPES = (type({}.keys()), type({}.values()), type({}.items()))


def _all_methods(obj):
    return [name for name in dir(obj) if callable(getattr(obj, name))]


def _public_methods(obj):
    return [name for name in _all_methods(obj) if name[0] != '_']


def _serve(requests, registered=None):
    """The manager process: runs each request against its object, in a thread.
    registered: the types a manager class added with register(), typeid -> (callable,
    exposed, method_to_typeid); the built-in ones are in _registry."""
    objects = {}
    exposed_of = {}
    typeids = {}
    next_id = [0]
    lock = threading.Lock()
    registered = registered or {}

    def keep(obj, typeid):
        entry = registered.get(typeid)
        exposed = None
        if entry is not None:
            exposed = entry[1]
            if exposed is None:
                exposed = tuple(_public_methods(obj))
        with lock:
            next_id[0] += 1
            objects[next_id[0]] = obj
            exposed_of[next_id[0]] = exposed
            typeids[next_id[0]] = typeid
            return next_id[0], exposed

    def handle(reply, ident, method, args, kwargs):
        try:
            if ident == 0:
                # The manager itself: make a new shared object.
                typeid = args[0]
                entry = registered.get(typeid)
                make = entry[0] if entry is not None else _registry[typeid]
                if make is None:
                    raise ValueError('no callable registered for typeid %r' % typeid)
                result = keep(make(*args[1:], **kwargs), typeid)
            else:
                obj = objects[ident]
                exposed = exposed_of[ident]
                if (exposed is not None and method not in exposed and not method.startswith('#')
                        and method not in ('__repr__', '__str__')):
                    # CPython reports it as a RemoteError carrying the server's traceback.
                    raise RemoteError('Traceback (most recent call last):\nAttributeError: '
                                      'method %r of %r object is not in exposed=%r\n'
                                      % (method, type(obj), set(exposed)))
                entry = registered.get(typeids[ident])
                method_to_typeid = entry[2] if entry is not None else None
                if method == '#getvalue':
                    result = obj
                elif method == '#getattr':
                    result = getattr(obj, args[0])
                elif method == '#setattr':
                    setattr(obj, args[0], args[1])
                    result = None
                elif method == '#delattr':
                    delattr(obj, args[0])
                    result = None
                else:
                    result = getattr(obj, method)(*args, **kwargs)
                    if method_to_typeid and method in method_to_typeid:
                        # The result stays here; the caller gets a proxy for it.
                        # As CPython's server: the typeid's callable, if it has one, is
                        # called with the result, and what it returns is kept.
                        new_typeid = method_to_typeid[method]
                        make = registered[new_typeid][0] if new_typeid in registered else _registry.get(new_typeid)
                        ident, exposed = keep(result if make is None else make(result), new_typeid)
                        result = ('#proxy', new_typeid, ident, exposed)
                    elif method == '__iter__' and entry is None or isinstance(result, _VIEW_TYPES):
                        result = list(result)
            reply.put((True, result))
        except BaseException as e:
            try:
                reply.put((False, e))
            except Exception:
                reply.put((False, RuntimeError('%s: %s' % (type(e).__name__, e))))

    def serve_caller(inbox):
        while True:
            request = inbox.get()
            if request is None:
                break
            handle(*request)

    inboxes = {}  # caller (pid, thread id) -> the queue of its server thread
    while True:
        request = requests.get()
        if request is None:
            break
        caller = request[5]
        inbox = inboxes.get(caller)
        if inbox is None:
            inbox = inboxes[caller] = _queue_module.Queue()
            threading.Thread(target=serve_caller, args=(inbox,), daemon=True).start()
        inbox.put(request[:5])
    for inbox in inboxes.values():
        inbox.put(None)


class _Event:
    def __init__(self):
        self._event = threading.Event()

    def is_set(self):
        return self._event.is_set()

    def set(self):
        self._event.set()

    def clear(self):
        self._event.clear()

    def wait(self, timeout=None):
        return self._event.wait(timeout)


def _make_queue(maxsize=0):
    return _queue_module.Queue(maxsize)


_registry = {
    'dict': dict,
    'list': list,
    'Namespace': Namespace,
    'Value': Value,
    'Array': Array,
    'Lock': threading.Lock,
    'RLock': threading.RLock,
    'Semaphore': threading.Semaphore,
    'BoundedSemaphore': threading.BoundedSemaphore,
    'Condition': threading.Condition,
    'Event': _Event,
    'Barrier': threading.Barrier,
    'Queue': _make_queue,
    'JoinableQueue': _make_queue,
}


# ───────────────────────────── proxies ─────────────────────────────

_replies = {}  # (pid, thread ident) -> this caller's reply queue


def _reply_queue():
    from multiprocessing.queues import Queue
    key = (os.getpid(), threading.get_ident())
    q = _replies.get(key)
    if q is None:
        q = _replies[key] = Queue()
    return q


def _call(requests, ident, method, args=(), kwargs=None):
    reply = _reply_queue()
    caller = (os.getpid(), threading.get_ident())
    requests.put((reply, ident, method, tuple(args), dict(kwargs or {}), caller))
    ok, value = reply.get()
    if ok:
        return value
    raise value


class BaseProxy:
    """Stands for an object the manager owns: its methods run in the manager process."""

    _exposed_ = ()

    def __init__(self, requests, ident, typeid, manager_class=None):
        self._requests = requests
        self._id = ident
        self._typeid = typeid
        # The manager's class (it travels by name): its register() entries say what proxy
        # a method_to_typeid result gets.
        self._manager_class = manager_class

    def _callmethod(self, methodname, args=(), kwds={}):
        result = _call(self._requests, self._id, methodname, args, kwds)
        if type(result) is tuple and len(result) == 4 and result[0] == '#proxy':
            _, typeid, ident, exposed = result
            return _new_proxy(self._requests, typeid, ident, exposed, self._manager_class)
        return result

    def __mp_reduce__(self):
        # A proxy travels as what it refers to; the receiver makes its own proxy object
        # (an AutoProxy's class exists only where it was made).
        return ("Proxy", (self._requests, self._typeid, self._id,
                          getattr(type(self), '_exposed_', None), self._manager_class))

    def _getvalue(self):
        """A copy of the object the manager keeps."""
        return self._callmethod('#getvalue')

    def __repr__(self):
        return '<%s object, typeid %r at 0x%x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _proxy_method(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def _make_proxy_type(name, exposed):
    namespace = {'_exposed_': tuple(exposed)}
    for meth in exposed:
        namespace[meth] = _proxy_method(meth)
    return type(name, (BaseProxy,), namespace)


BaseListProxy = _make_proxy_type('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
    '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index', 'insert',
    'pop', 'remove', 'reverse', 'sort', '__imul__'))


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod('__getitem__', (slice(None),)))


_DictProxyBase = _make_proxy_type('_DictProxyBase', (
    '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy',
    'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))


class DictProxy(_DictProxyBase):
    def __iter__(self):
        return iter(self._callmethod('keys'))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            raise AttributeError(key)
        return self._callmethod('#getattr', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        self._callmethod('#setattr', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        self._callmethod('#delattr', (key,))

    def __str__(self):
        return self._callmethod('__repr__')


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


ArrayProxy = _make_proxy_type('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        from multiprocessing.synchronize import Condition
        return Condition.wait_for(self, predicate, timeout)  # the same loop over self.wait


EventProxy = _make_proxy_type('EventProxy', ('is_set', 'set', 'clear', 'wait'))
class BarrierProxy(_make_proxy_type('_BarrierProxyBase', ('wait', 'abort', 'reset'))):
    # __getattribute__ is exposed (the server answers it) but is not a method of the proxy:
    # the attributes below ask the manager, where the Barrier is.
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))
QueueProxy = _make_proxy_type('QueueProxy', (
    'empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait', 'qsize', 'task_done'))

_proxies = {
    'dict': DictProxy, 'list': ListProxy, 'Namespace': NamespaceProxy, 'Value': ValueProxy,
    'Array': ArrayProxy, 'Lock': AcquirerProxy, 'RLock': AcquirerProxy,
    'Semaphore': AcquirerProxy, 'BoundedSemaphore': AcquirerProxy, 'Condition': ConditionProxy,
    'Event': EventProxy, 'Barrier': BarrierProxy, 'Queue': QueueProxy, 'JoinableQueue': QueueProxy,
}


def _new_proxy(requests, typeid, ident, exposed, manager_class):
    """A proxy for an object the server keeps: the type register() named, an AutoProxy
    made for the methods the object exposes, or a built-in proxy type."""
    registry = getattr(manager_class, '_registry', None) or {}
    entry = registry.get(typeid)
    if entry is not None:
        proxytype = entry[3]
        if proxytype is None:
            proxytype = _auto_proxy_type(typeid, exposed)
        return proxytype(requests, ident, typeid, manager_class)
    return _proxies[typeid](requests, ident, typeid, manager_class)


def _rebuild_proxy(requests, typeid, ident, exposed, manager_class):
    return _new_proxy(requests, typeid, ident, exposed, manager_class)


_auto_proxy_types = {}


def _auto_proxy_type(typeid, exposed):
    key = (typeid, tuple(exposed))
    proxytype = _auto_proxy_types.get(key)
    if proxytype is None:
        proxytype = _auto_proxy_types[key] = _make_proxy_type('AutoProxy[%s]' % typeid, exposed)
    return proxytype


def AutoProxy(*args, **kwds):
    raise TypeError('AutoProxy is made by BaseManager.register(); it is not called directly')


# ───────────────────────────── the manager ─────────────────────────────

class BaseManager:
    """A manager process and the types it can make: register() adds a type (with a method
    of the same name on the manager that makes one and returns its proxy)."""

    _registry = {}

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is AutoProxy:
            proxytype = None
        if not exposed:
            exposed = (getattr(proxytype, '_exposed_', None) or None) if proxytype is not None else None
        if method_to_typeid is None and proxytype is not None:
            method_to_typeid = getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, None if exposed is None else tuple(exposed),
                                 method_to_typeid, proxytype)
        if create_method:
            def make(self, /, *args, **kwds):
                return self._create(typeid, *args, **kwds)
            make.__name__ = typeid
            setattr(cls, typeid, make)

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._requests = None
        self._process = None
        self._state = 'initial'

    def start(self, initializer=None, initargs=()):
        if self._state != 'initial':
            raise RuntimeError('Manager has already been started' if self._state == 'started'
                               else 'Manager has shut down')
        from multiprocessing.queues import Queue
        self._requests = Queue()
        self._process = Process(target=_serve, args=(self._requests, dict(type(self)._registry)))
        self._process.name = 'SyncManager-' + ':'.join(str(i) for i in self._process._identity)
        self._process.daemon = True
        self._process.start()
        self._state = 'started'
        _managers.append(self)

    def _create(self, typeid, *args, **kwds):
        if self._state != 'started':
            raise RuntimeError('Manager has not been started' if self._state == 'initial'
                               else 'Manager has shut down')
        ident, exposed = _call(self._requests, 0, 'create', (typeid,) + args, kwds)
        return _new_proxy(self._requests, typeid, ident, exposed, type(self))

    def shutdown(self):
        if self._state == 'started':
            self._state = 'shutdown'
            try:
                self._requests.put(None)
                self._process.join(timeout=1.0)
            finally:
                if self._process.is_alive():
                    self._process.terminate()
                    self._process.join()
            if self in _managers:
                _managers.remove(self)

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    @property
    def address(self):
        return None

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def __repr__(self):
        return '<%s object at 0x%x>' % (type(self).__name__, id(self))


class SyncManager(BaseManager):
    def dict(self, *args, **kwds):
        return self._create('dict', *args, **kwds)

    def list(self, *args):
        return self._create('list', *args)

    def Namespace(self, **kwds):
        return self._create('Namespace', **kwds)

    def Value(self, typecode, value, lock=True):
        return self._create('Value', typecode, value)

    def Array(self, typecode, sequence, lock=True):
        return self._create('Array', typecode, sequence)

    def Lock(self):
        return self._create('Lock')

    def RLock(self):
        return self._create('RLock')

    def Semaphore(self, value=1):
        return self._create('Semaphore', value)

    def BoundedSemaphore(self, value=1):
        return self._create('BoundedSemaphore', value)

    def Condition(self, lock=None):
        if lock is not None:
            raise NotImplementedError('MiniPy managers make a Condition with its own lock')
        return self._create('Condition')

    def Event(self):
        return self._create('Event')

    def Barrier(self, parties, action=None, timeout=None):
        return self._create('Barrier', parties, action, timeout)

    def Queue(self, maxsize=0):
        return self._create('Queue', maxsize)

    def JoinableQueue(self, maxsize=0):
        return self._create('JoinableQueue', maxsize)


class SharedMemoryManager(BaseManager):
    """Makes shared memory blocks and ShareableLists and frees them all at shutdown (as the
    with-statement ends). The blocks are named files every process maps, so the manager
    only has to remember their names: it does that here, in the process that made them,
    with no server process of its own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._segment_names = []

    def start(self, initializer=None, initargs=()):
        if self._state != 'initial':
            raise RuntimeError('Manager has already been started' if self._state == 'started'
                               else 'Manager has shut down')
        if initializer is not None:
            initializer(*initargs)
        self._state = 'started'
        _managers.append(self)

    def _check_started(self):
        if self._state != 'started':
            raise RuntimeError('Manager has not been started' if self._state == 'initial'
                               else 'Manager has shut down')

    def SharedMemory(self, size):
        """A new shared memory block of size bytes, freed at shutdown."""
        from multiprocessing.shared_memory import SharedMemory
        self._check_started()
        block = SharedMemory(None, create=True, size=size)
        self._segment_names.append(block.name)
        return block

    def ShareableList(self, sequence):
        """A new ShareableList holding sequence, freed at shutdown."""
        from multiprocessing.shared_memory import ShareableList
        self._check_started()
        shareable = ShareableList(sequence)
        self._segment_names.append(shareable.shm.name)
        return shareable

    def shutdown(self):
        if self._state != 'started':
            return
        self._state = 'shutdown'
        from multiprocessing.shared_memory import SharedMemory
        names, self._segment_names = self._segment_names, []
        for name in names:
            try:
                block = SharedMemory(name)
            except FileNotFoundError:
                continue  # unlinked already
            block.close()
            block.unlink()
        if self in _managers:
            _managers.remove(self)


_managers = []


def _shutdown_all():
    for manager in list(_managers):
        manager.shutdown()


def Manager():
    m = SyncManager()
    m.start()
    return m


import _multiprocessing as _mp
_mp._register_handle("Proxy", _rebuild_proxy)
