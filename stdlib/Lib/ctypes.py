# ctypes: C data types — the part of CPython's ctypes a program uses without calling into a
# shared library.
#
# What is here: the simple types (c_int, c_double, c_bool, c_char, c_char_p, c_void_p, the
# sized aliases c_int8..c_uint64, c_size_t...), each holding one C value with C's semantics
# (an integer keeps only as many bits as the type has, so c_int(2**31) is -2147483648, and a
# c_float keeps a float's single-precision rounding); arrays of them (c_int * 10), and
# create_string_buffer; sizeof. multiprocessing's Value and Array take these types
# (Value(ctypes.c_int, 0)) as they take type codes, and name their contents by them.
#
# What is not: calling C functions (CDLL, CFUNCTYPE), pointers, structures and addresses.
# MiniPy's objects do not live in C memory, so a c_int here is a Python object holding a C
# value, and there is no address to take; those names are absent rather than imitated.

__all__ = ["c_bool", "c_char", "c_wchar", "c_byte", "c_ubyte", "c_short", "c_ushort", "c_int",
           "c_uint", "c_long", "c_ulong", "c_longlong", "c_ulonglong", "c_float", "c_double",
           "c_longdouble", "c_char_p", "c_wchar_p", "c_void_p", "c_int8", "c_int16", "c_int32",
           "c_int64", "c_uint8", "c_uint16", "c_uint32", "c_uint64", "c_size_t", "c_ssize_t",
           "sizeof", "create_string_buffer", "ArgumentError", "Array"]

import struct as _struct
import sys as _sys

# Each type code's size in bytes, as on 64-bit Linux; the integer codes also their signedness.
_SIZES = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8,
          "f": 4, "d": 8, "g": 16, "?": 1, "c": 1, "u": 4, "z": 8, "Z": 8, "P": 8}
_SIGNED = {"b", "h", "i", "l", "q"}
_UNSIGNED = {"B", "H", "I", "L", "Q"}


class ArgumentError(Exception):
    pass


def _as_c_value(code, value):
    """value converted to what a C object of this type code holds, or C's TypeError."""
    if code in _SIGNED or code in _UNSIGNED:
        if not isinstance(value, int):
            if not hasattr(type(value), "__index__"):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(value).__name__)
            value = value.__index__()
        bits = _SIZES[code] * 8
        value &= (1 << bits) - 1
        if code in _SIGNED and value >> (bits - 1):
            value -= 1 << bits
        return int(value)
    if code in ("f", "d", "g"):
        if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__"):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        value = float(value)
        if code == "f":
            value = _struct.unpack("f", _struct.pack("f", value))[0]
        return value
    if code == "?":
        return bool(value)
    if code == "c":
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        if isinstance(value, int) and 0 <= value < 256:
            return bytes((value,))
        raise TypeError("one character bytes, bytearray or integer expected")
    if code == "u":
        if isinstance(value, str) and len(value) == 1:
            return value
        raise TypeError("one character unicode string expected")
    if code == "z":
        if value is None or isinstance(value, (bytes, int)):
            return value
        raise TypeError("bytes or integer address expected instead of %s instance"
                        % type(value).__name__)
    if code == "Z":
        if value is None or isinstance(value, (str, int)):
            return value
        raise TypeError("unicode string or integer address expected instead of %s instance"
                        % type(value).__name__)
    # "P", a void pointer: an integer address, None for NULL
    if value is None or value == 0:
        return None
    if isinstance(value, int):
        return value & ((1 << 64) - 1)
    raise TypeError("cannot be converted to pointer")


def _zero(code):
    if code in ("f", "d", "g"):
        return 0.0
    if code == "?":
        return False
    if code == "c":
        return b"\x00"
    if code == "u":
        return "\x00"
    if code in ("z", "Z", "P"):
        return None
    return 0


class _CDataType(type):
    """The class of the C data types: `c_int * 4` makes an array type."""

    def __mul__(cls, length):
        return _array_type(cls, length, _sys._getframe(1).f_globals.get("__name__", "ctypes"))

    __rmul__ = __mul__


class _CData(metaclass=_CDataType):
    __slots__ = ()


class _SimpleCData(_CData):
    """One C value of the type its class's _type_ code names."""
    __slots__ = ("_value",)
    _type_ = None

    def __init__(self, value=None):
        code = type(self)._type_
        self._value = _zero(code) if value is None else _as_c_value(code, value)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = _as_c_value(type(self)._type_, value)

    def __bool__(self):
        return bool(self._value)

    def __repr__(self):
        cls = type(self)
        if cls.__bases__[0] is not _SimpleCData:
            return "<%s object at %#x>" % (cls.__name__, id(self))
        shown = self._value
        if cls._type_ in ("z", "Z") and shown is not None and not isinstance(shown, int):
            shown = id(shown)  # CPython shows the string's address
        return "%s(%r)" % (cls.__name__, shown)

    def __reduce__(self):
        return type(self), (self._value,)


# Named as CPython's _ctypes names them.
_CData.__module__ = _SimpleCData.__module__ = _CDataType.__module__ = "_ctypes"
_CDataType.__name__ = _CDataType.__qualname__ = "PyCSimpleType"


def _simple(name, code):
    cls = _CDataType(name, (_SimpleCData,), {"_type_": code, "__slots__": (),
                                             "__module__": "ctypes"})
    return cls


c_byte = _simple("c_byte", "b")
c_ubyte = _simple("c_ubyte", "B")
c_short = _simple("c_short", "h")
c_ushort = _simple("c_ushort", "H")
c_int = _simple("c_int", "i")
c_uint = _simple("c_uint", "I")
c_long = _simple("c_long", "l")
c_ulong = _simple("c_ulong", "L")
c_longlong = _simple("c_longlong", "q")
c_ulonglong = _simple("c_ulonglong", "Q")
c_float = _simple("c_float", "f")
c_double = _simple("c_double", "d")
c_longdouble = _simple("c_longdouble", "g")
c_bool = _simple("c_bool", "?")
c_char = _simple("c_char", "c")
c_wchar = _simple("c_wchar", "u")
c_char_p = _simple("c_char_p", "z")
c_wchar_p = _simple("c_wchar_p", "Z")
c_void_p = _simple("c_void_p", "P")
# The sized names are the types of that size (on 64-bit Linux, long is 64 bits).
c_int8, c_uint8 = c_byte, c_ubyte
c_int16, c_uint16 = c_short, c_ushort
c_int32, c_uint32 = c_int, c_uint
c_int64, c_uint64 = c_long, c_ulong
c_size_t, c_ssize_t = c_ulong, c_long

# The type code (as the array and struct modules spell it) of each simple type, for
# multiprocessing's Value and Array, which keep their numbers in shared memory by code.
_TYPE_BY_CODE = {cls._type_: cls for cls in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint,
                                              c_long, c_ulong, c_longlong, c_ulonglong, c_float,
                                              c_double, c_bool, c_char, c_wchar)}


class Array(_CData):
    """A fixed number of C values of one type (made by `c_int * n`)."""
    __slots__ = ("_items",)
    _type_ = None
    _length_ = 0

    def __init__(self, *values):
        cls = type(self)
        if len(values) > cls._length_:
            raise IndexError("indices must be integers")
        code = cls._type_._type_
        self._items = [_zero(code)] * cls._length_
        for index, value in enumerate(values):
            self._items[index] = _as_c_value(code, value)

    def __len__(self):
        return len(self._items)

    def _index(self, index):
        if not isinstance(index, int):
            raise TypeError("indices must be integers")
        if index < 0:
            index += len(self._items)
        if not 0 <= index < len(self._items):
            raise IndexError("invalid index")
        return index

    def __getitem__(self, index):
        if isinstance(index, slice):
            items = self._items[index]
            return b"".join(items) if type(self)._type_._type_ == "c" else items
        return self._items[self._index(index)]

    def __setitem__(self, index, value):
        code = type(self)._type_._type_
        if isinstance(index, slice):
            positions = range(*index.indices(len(self._items)))
            if len(value) != len(positions):
                raise ValueError("Can only assign sequence of same size")
            for position, item in zip(positions, value):
                self._items[position] = _as_c_value(code, item)
            return
        self._items[self._index(index)] = _as_c_value(code, value)

    def __iter__(self):
        return iter(list(self._items))

    # The character arrays' views: value up to the first NUL, raw as every byte.
    @property
    def value(self):
        if type(self)._type_._type_ != "c":
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        data = b"".join(self._items)
        end = data.find(b"\x00")
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, data):
        if type(self)._type_._type_ != "c":
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        if len(data) > len(self._items):
            raise ValueError("byte string too long")
        for index, byte in enumerate(data):
            self._items[index] = bytes((byte,))
        if len(data) < len(self._items):
            self._items[len(data)] = b"\x00"

    @property
    def raw(self):
        if type(self)._type_._type_ != "c":
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return b"".join(self._items)


Array.__module__ = "_ctypes"
_array_types = {}


def _array_type(element, length, module):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    if not (isinstance(element, type) and issubclass(element, _SimpleCData)):
        raise TypeError("MiniPy's ctypes arrays hold the simple types (c_int, c_double, ...)")
    key = (element, length, module)
    if key not in _array_types:
        name = "%s_Array_%d" % (element.__name__, length)
        _array_types[key] = _CDataType(name, (Array,), {"_type_": element, "_length_": length,
                                                        "__slots__": (), "__module__": module})
    return _array_types[key]


def create_string_buffer(init, size=None):
    """A c_char array: of size bytes, or holding init (bytes) and a NUL after it."""
    if isinstance(init, (bytes, bytearray)):
        if size is None:
            size = len(init) + 1
        buffer = _array_type(c_char, size, "ctypes")()
        buffer.value = bytes(init)
        return buffer
    if isinstance(init, int):
        return _array_type(c_char, init, "ctypes")()
    raise TypeError(init)


def sizeof(obj):
    """The size in bytes of a C type or of an object of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    if isinstance(cls, type) and issubclass(cls, _SimpleCData) and cls._type_ is not None:
        return _SIZES[cls._type_]
    if isinstance(cls, type) and issubclass(cls, Array) and cls._type_ is not None:
        return _SIZES[cls._type_._type_] * cls._length_
    raise TypeError("this type has no size")

