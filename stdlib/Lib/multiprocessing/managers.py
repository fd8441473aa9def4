"""multiprocessing.managers: Manager() and its proxies.

A manager is a server process that owns ordinary objects — dicts, lists, Namespaces, locks,
queues... — and lets every process use them through proxies. A proxy call is a request on the
manager's request queue: (the caller's reply queue, the object's id, a method name, the
arguments); the server runs the method on its object in a thread of its own (so a blocking
call such as Lock.acquire or Queue.get does not hold up other callers) and puts the result,
or the exception, on the caller's reply queue. Proxies pass to children and pools like any
value (they carry the request queue and the object's id), and each process makes its own
reply queue when it first calls.
"""

import os
import threading
import queue as _queue_module

from multiprocessing.process import Process, current_process

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'Manager']


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

def _serve(requests):
    """The manager process: runs each request against its object, in a thread."""
    objects = {}
    next_id = [0]
    lock = threading.Lock()

    def handle(reply, ident, method, args, kwargs):
        try:
            if ident == 0:
                # The manager itself: make a new shared object.
                typeid = args[0]
                obj = _registry[typeid](*args[1:], **kwargs)
                with lock:
                    next_id[0] += 1
                    objects[next_id[0]] = obj
                    result = next_id[0]
            else:
                obj = objects[ident]
                if method == '#getattr':
                    result = getattr(obj, args[0])
                elif method == '#setattr':
                    setattr(obj, args[0], args[1])
                    result = None
                elif method == '#delattr':
                    delattr(obj, args[0])
                    result = None
                else:
                    result = getattr(obj, method)(*args, **kwargs)
                    if method in ('__iter__', 'keys', 'values', 'items'):
                        result = list(result)
            reply.put((True, result))
        except BaseException as e:
            try:
                reply.put((False, e))
            except Exception:
                reply.put((False, RuntimeError('%s: %s' % (type(e).__name__, e))))

    while True:
        request = requests.get()
        if request is None:
            break
        threading.Thread(target=handle, args=request, daemon=True).start()


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
    requests.put((reply, ident, method, tuple(args), dict(kwargs or {})))
    ok, value = reply.get()
    if ok:
        return value
    raise value


class BaseProxy:
    """Stands for an object the manager owns: its methods run in the manager process."""

    _exposed_ = ()

    def __init__(self, requests, ident, typeid):
        self._requests = requests
        self._id = ident
        self._typeid = typeid

    def _callmethod(self, methodname, args=(), kwds={}):
        return _call(self._requests, self._id, methodname, args, kwds)

    def _getvalue(self):
        return self._callmethod('copy') if self._typeid in ('dict', 'list') else None

    def __repr__(self):
        return '<%s object, typeid %r at 0x%x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


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
        return iter(self._callmethod('__iter__'))


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
BarrierProxy = _make_proxy_type('BarrierProxy', ('__getattribute__', 'wait', 'abort', 'reset'))
QueueProxy = _make_proxy_type('QueueProxy', (
    'empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait', 'qsize', 'task_done'))

_proxies = {
    'dict': DictProxy, 'list': ListProxy, 'Namespace': NamespaceProxy, 'Value': ValueProxy,
    'Array': ArrayProxy, 'Lock': AcquirerProxy, 'RLock': AcquirerProxy,
    'Semaphore': AcquirerProxy, 'BoundedSemaphore': AcquirerProxy, 'Condition': ConditionProxy,
    'Event': EventProxy, 'Barrier': BarrierProxy, 'Queue': QueueProxy, 'JoinableQueue': QueueProxy,
}


# ───────────────────────────── the manager ─────────────────────────────

class BaseManager:
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
        self._process = Process(target=_serve, args=(self._requests,))
        self._process.name = 'SyncManager-' + ':'.join(str(i) for i in self._process._identity)
        self._process.daemon = True
        self._process.start()
        self._state = 'started'
        _managers.append(self)

    def _create(self, typeid, *args, **kwds):
        if self._state != 'started':
            raise RuntimeError('Manager has not been started' if self._state == 'initial'
                               else 'Manager has shut down')
        ident = _call(self._requests, 0, 'create', (typeid,) + args, kwds)
        return _proxies[typeid](self._requests, ident, typeid)

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


_managers = []


def _shutdown_all():
    for manager in list(_managers):
        manager.shutdown()


def Manager():
    m = SyncManager()
    m.start()
    return m
