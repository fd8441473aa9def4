"""Shared memory, as CPython's multiprocessing/sharedctypes.py: Value and Array hold C
numbers (by the array module's type codes: b B h H i I l L q Q f d, c for a byte, ? for a
bool, u for a character; or by the ctypes types those codes stand for, such as c_int) in a
memory-mapped file every process maps, so a store in one process is seen in all. With
lock=True (the default) each has an RLock, get_lock(), to make read-modify-write atomic."""

import _multiprocessing as _mp
from multiprocessing.synchronize import RLock

__all__ = ["RawValue", "RawArray", "Value", "Array", "SynchronizedBase"]


def _check_typecode(typecode_or_type):
    """The type code of a code string ('i') or of a ctypes simple type (ctypes.c_int)."""
    typecode = typecode_or_type
    if isinstance(typecode_or_type, type) and isinstance(getattr(typecode_or_type, "_type_", None), str):
        typecode = typecode_or_type._type_
    if not isinstance(typecode, str):
        raise TypeError("MiniPy's Value and Array take a type code such as 'i' or a ctypes "
                        "simple type such as ctypes.c_int")
    _mp.itemsize(typecode)
    return typecode


def _ctype_name(typecode):
    """The ctypes name of the C type a code stands for (c_int for 'i'), as reprs show it."""
    import ctypes
    return ctypes._TYPE_BY_CODE[typecode].__name__


def _slice_range(s, length):
    """range(*s.indices(length))."""
    return range(*_mp.slice_indices(s, length))


def _zero(typecode):
    if typecode == "c":
        return b"\x00"
    if typecode in ("f", "d"):
        return 0.0
    return 0


class RawValue:
    """One C number in shared memory, without a lock."""

    def __init__(self, typecode_or_type, *args, _buffer=None):
        self._typecode = _check_typecode(typecode_or_type)
        if _buffer is not None:
            self._buf = _buffer
        else:
            self._buf = _mp.shm_create(_mp.itemsize(self._typecode))
            if args:
                self._buf.store(self._typecode, 0, args[0])

    def __mp_reduce__(self):
        return ("RawValue", (self._typecode, self._buf.path(), self._buf.size()))

    @property
    def value(self):
        return self._buf.load(self._typecode, 0)

    @value.setter
    def value(self, v):
        self._buf.store(self._typecode, 0, v)

    def __repr__(self):
        return "%s(%r)" % (_ctype_name(self._typecode), self.value)


class RawArray:
    """A fixed-length array of C numbers in shared memory, without a lock."""

    def __init__(self, typecode_or_type, size_or_initializer, _buffer=None, _length=None):
        self._typecode = _check_typecode(typecode_or_type)
        if _buffer is not None:
            self._buf = _buffer
            self._length = _length
            return
        if isinstance(size_or_initializer, int):
            self._length = size_or_initializer
            init = None
        else:
            init = list(size_or_initializer)
            if self._typecode == "c" and isinstance(size_or_initializer, (bytes, bytearray)):
                init = [bytes((code,)) for code in init]   # a char array from bytes
            self._length = len(init)
        if self._length < 0:
            raise ValueError("Array length must be >= 0")
        self._buf = _mp.shm_create(_mp.itemsize(self._typecode) * self._length)
        if init is not None:
            for i in range(self._length):
                self._buf.store(self._typecode, i, init[i])

    def __mp_reduce__(self):
        return ("RawArray", (self._typecode, self._buf.path(), self._buf.size(), self._length))

    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if i < 0 or i >= self._length:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._buf.load(self._typecode, k) for k in _slice_range(i, self._length)]
            return b"".join(items) if self._typecode == "c" else items
        return self._buf.load(self._typecode, self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            keys = list(_slice_range(i, self._length))
            values = list(value)
            if self._typecode == "c" and isinstance(value, (bytes, bytearray)):
                values = [bytes((code,)) for code in values]
            if len(keys) != len(values):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(keys, values):
                self._buf.store(self._typecode, k, v)
            return
        self._buf.store(self._typecode, self._index(i), value)

    def __iter__(self):
        for k in range(self._length):
            yield self._buf.load(self._typecode, k)

    def __repr__(self):
        # CPython's shared array is an instance of a ctypes array type made here
        return "<multiprocessing.sharedctypes.%s_Array_%d object at %#x>" % (
            _ctype_name(self._typecode), self._length, id(self))

    @property
    def value(self):
        if self._typecode != "c":
            raise AttributeError("'Array' object has no attribute 'value'")
        data = self[:]
        end = data.find(b"\x00")
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, data):
        if self._typecode != "c":
            raise AttributeError("'Array' object has no attribute 'value'")
        if not isinstance(data, bytes):
            raise TypeError("bytes expected instead of %s instance" % type(data).__name__)
        if len(data) > self._length:
            raise ValueError("byte string too long")
        for i, code in enumerate(data):
            self._buf.store("c", i, bytes((code,)))
        if len(data) < self._length:
            self._buf.store("c", len(data), b"\x00")

    @property
    def raw(self):
        return self[:]


class SynchronizedBase:
    """A shared value or array with the lock that guards it."""

    def __init__(self, obj, lock=None):
        self._obj = obj
        if lock is None or lock is True:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._obj

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


def _assert_spawning(obj):
    # A value with a lock travels only to a child being started, as CPython's does.
    from multiprocessing.synchronize import _assert_spawning
    _assert_spawning(obj)


class Synchronized(SynchronizedBase):
    def __mp_reduce__(self):
        _assert_spawning(self)
        return ("Synchronized", (self._obj, self._lock))

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return "<Synchronized wrapper for %r>" % (self._obj,)


class SynchronizedArray(SynchronizedBase):
    def __mp_reduce__(self):
        _assert_spawning(self)
        return ("SynchronizedArray", (self._obj, self._lock))

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        with self._lock:
            items = [self._obj[k] for k in range(len(self._obj))]
        return iter(items)

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, data):
        with self._lock:
            self._obj.value = data

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    def __repr__(self):
        return "<SynchronizedArray wrapper for %r>" % (self._obj,)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A synchronized shared number: Value('i', 0).value, guarded by get_lock()."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if not (lock is True or hasattr(lock, "acquire")):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A synchronized shared array: Array('d', [1.0, 2.0]) or Array('i', 10)."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if not (lock is True or hasattr(lock, "acquire")):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedArray(obj, lock)


_mp._register_handle("RawValue", lambda code, path, size: RawValue(code, _buffer=_mp.shm_open(path, size)))
_mp._register_handle("RawArray", lambda code, path, size, n: RawArray(code, None, _buffer=_mp.shm_open(path, size), _length=n))
_mp._register_handle("Synchronized", lambda obj, lock: Synchronized(obj, lock))
_mp._register_handle("SynchronizedArray", lambda obj, lock: SynchronizedArray(obj, lock))
