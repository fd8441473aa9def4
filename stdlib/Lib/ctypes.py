# ctypes: C data types — the part of CPython's ctypes a program uses without calling into a
# shared library.
#
# What is here: the simple types (c_int, c_double, c_bool, c_char, c_char_p, c_void_p, the
# sized aliases c_int8..c_uint64, c_size_t...), each holding one C value with C's semantics
# (an integer keeps only as many bits as the type has, so c_int(2**31) is -2147483648, and a
# c_float keeps a float's single-precision rounding); arrays (c_int * 10, Point * 3);
# structures and unions (with x86-64 Linux's padding and alignment, _pack_, bit fields,
# _anonymous_, nested structures and arrays as fields); create_string_buffer, sizeof,
# alignment, from_buffer and from_buffer_copy. multiprocessing's Value and Array take these
# types (Value(ctypes.c_int, 0), Array(Point, 3)).
#
# How: a C object is a block of bytes laid out as C lays it out on x86-64 Linux — a _Memory
# and an offset into it. A simple object's value, a field of a structure and an item of an
# array are read from and written to those bytes with the struct module, so a structure
# nested in another or an item of an array of structures is an object on its parent's
# memory, and a change made through it is a change of the parent, as in C.
# multiprocessing.sharedctypes puts C objects in shared memory by giving them a memory of
# its own with the same methods.
#
# What is not: calling C functions (CDLL, CFUNCTYPE), pointers and addresses, byte orders
# other than the native one. A c_char_p holds the id() of the bytes stored in it (kept
# alive by its memory) in place of an address; bytes(obj) needs a bytes() that calls
# __bytes__, and memoryview(obj) is not available.

__all__ = ["c_bool", "c_char", "c_wchar", "c_byte", "c_ubyte", "c_short", "c_ushort", "c_int",
           "c_uint", "c_long", "c_ulong", "c_longlong", "c_ulonglong", "c_float", "c_double",
           "c_longdouble", "c_char_p", "c_wchar_p", "c_void_p", "c_int8", "c_int16", "c_int32",
           "c_int64", "c_uint8", "c_uint16", "c_uint32", "c_uint64", "c_size_t", "c_ssize_t",
           "sizeof", "alignment", "create_string_buffer", "create_unicode_buffer",
           "ArgumentError", "Array", "Structure", "Union", "LittleEndianStructure",
           "LittleEndianUnion"]

import math as _math
import struct as _struct
import sys as _sys

_INF, _NAN = float("inf"), float("nan")

# Each type code's size in bytes, as on 64-bit Linux (its alignment too); the integer codes
# also their signedness.
_SIZES = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8,
          "f": 4, "d": 8, "g": 16, "?": 1, "c": 1, "u": 4, "z": 8, "Z": 8, "P": 8}
_SIGNED = {"b", "h", "i", "l", "q"}
_UNSIGNED = {"B", "H", "I", "L", "Q"}
# How a value of each code sits in memory (little-endian): a pointer as its address, a
# c_wchar as its code point. (A long double is x87's 80-bit format: _extended.)
_FORMATS = {"b": "<b", "B": "<B", "h": "<h", "H": "<H", "i": "<i", "I": "<I", "l": "<q",
            "L": "<Q", "q": "<q", "Q": "<Q", "f": "<f", "d": "<d", "?": "<?", "c": "<c",
            "u": "<I", "z": "<Q", "Z": "<Q", "P": "<Q"}
_POINTERS = {"z", "Z", "P"}
_BITFIELD_CODES = _SIGNED | _UNSIGNED | {"?"}


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
            try:
                value = _struct.unpack("f", _struct.pack("f", value))[0]
            except OverflowError:
                value = float("inf") if value > 0 else float("-inf")
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


class _Memory:
    """The bytes C objects live in (a bytearray, or a writable memoryview for from_buffer),
    and the Python objects their pointers refer to, kept alive by address."""
    __slots__ = ("data", "keep")

    def __init__(self, data):
        self.data = data
        self.keep = {}

    def read(self, offset, size):
        return bytes(self.data[offset:offset + size])

    def write(self, offset, data):
        self.data[offset:offset + len(data)] = data

    def get(self, code, offset):
        return _struct.unpack_from(_FORMATS[code], self.data, offset)[0]

    def put(self, code, offset, number):
        data = _struct.pack(_FORMATS[code], number)
        self.data[offset:offset + len(data)] = data

    def state(self, offset, size):
        """How multiprocessing sends an object on this memory: a copy of its bytes."""
        return ("copy", self.read(offset, size))


def _extended(value):
    """The 10 bytes of x87's 80-bit extended format for a float (and 6 of padding)."""
    sign = 0x8000 if _math.copysign(1.0, value) < 0 else 0
    if value != value:
        exponent, mantissa = 0x7FFF, 0xC000000000000000
    elif value in (_INF, -_INF):
        exponent, mantissa = 0x7FFF, 0x8000000000000000
    elif value == 0:
        exponent, mantissa = 0, 0
    else:
        fraction, power = _math.frexp(abs(value))
        exponent, mantissa = power - 1 + 16383, int(fraction * 2.0 ** 64)
    return mantissa.to_bytes(8, "little") + (sign | exponent).to_bytes(2, "little") + bytes(6)


def _from_extended(data):
    """The float nearest the 80-bit extended value in data's first 10 bytes."""
    mantissa = int.from_bytes(data[:8], "little")
    top = int.from_bytes(data[8:10], "little")
    sign, exponent = (-1.0 if top >> 15 else 1.0), top & 0x7FFF
    if exponent == 0x7FFF:
        return sign * _INF if mantissa << 1 & (2 ** 64 - 1) == 0 else _NAN
    try:
        return sign * _math.ldexp(float(mantissa), max(exponent, 1) - 16383 - 63)
    except OverflowError:
        return sign * _INF


def _store(code, memory, offset, value):
    """Stores value at offset as a C object of type code, converting it as C does."""
    value = _as_c_value(code, value)
    if code == "g":
        memory.write(offset, _extended(value))
        return
    if code in _POINTERS:
        if value is None:
            value = 0
        elif not isinstance(value, int):
            memory.keep[id(value)] = value
            value = id(value)
    elif code == "u":
        value = ord(value)
    memory.put(code, offset, value)


def _load(code, memory, offset):
    """The value of the C object of type code at offset."""
    if code == "g":
        return _from_extended(memory.read(offset, 10))
    value = memory.get(code, offset)
    if code in _POINTERS:
        if value == 0:
            return None
        target = memory.keep.get(value)
        if code == "z" and isinstance(target, bytes):
            return target.split(b"\x00", 1)[0]
        if code == "Z" and isinstance(target, str):
            return target.split("\x00", 1)[0]
        return value
    if code == "u":
        return chr(value) if value < 0x110000 else "\x00"
    return value


def _is_ctype(cls):
    """Whether cls is a C type with a size (not an abstract base such as Structure)."""
    return isinstance(cls, _CDataType) and getattr(cls, "_b_size_", None) is not None


def _plain_simple(cls):
    """Whether cls is a simple type itself, not a subclass of one: its fields and items
    read as Python values, a subclass's as objects."""
    return cls._b_code_ is not None


def _finalize(cls):
    """A structure type in use (instantiated, subclassed, a field's type) keeps its _fields_."""
    if isinstance(cls, _FieldsType) and "_b_final_" not in cls.__dict__:
        type.__setattr__(cls, "_b_final_", True)


def _at(cls, memory, offset):
    """The cls object on memory at offset (no copy, no __init__)."""
    obj = object.__new__(cls)
    obj._b_mem = memory
    obj._b_off = offset
    return obj


def _read(cls, memory, offset):
    """A field or item of type cls: a simple type's value, else an object on that memory."""
    code = cls._b_code_
    if code is not None:
        return _load(code, memory, offset)
    return _at(cls, memory, offset)


_PLAIN_TYPES = {int, float, bool, bytes, str, type(None)}


def _write(cls, memory, offset, value):
    """Stores value into a field or item of type cls, as CPython's ctypes converts it: a C
    object of that type is copied, a tuple builds one, a simple type converts the value."""
    if cls._b_code_ is not None and type(value) in _PLAIN_TYPES:  # the common case, quickly
        _store(cls._b_code_, memory, offset, value)
        return
    if isinstance(value, _CData):
        if not isinstance(value, cls):
            raise TypeError("incompatible types, %s instance instead of %s instance"
                            % (type(value).__name__, cls.__name__))
        source = value._b_mem
        memory.write(offset, source.read(value._b_off, cls._b_size_))
        if source is not memory:
            memory.keep.update(source.keep)
        return
    if issubclass(cls, _SimpleCData):
        _store(cls._type_, memory, offset, value)
        return
    if isinstance(value, tuple):
        try:
            value = cls(*value)
        except Exception as e:
            raise RuntimeError("(%s) %s: %s" % (cls.__name__, type(e).__name__, e)) from None
        _write(cls, memory, offset, value)
        return
    raise TypeError("expected %s instance, got %s" % (cls.__name__, type(value).__name__))


# CPython defines the base classes and metaclasses below in its _ctypes extension, and their
# reprs say so (<class '_ctypes.Structure'>). They stay in this module, so that
# multiprocessing finds them here by name; only their reprs name _ctypes.
_C_CLASSES = {"_CData", "_SimpleCData", "Array", "Structure", "Union"}


class _CTypeName(type):
    """The metaclass of the metaclasses (and of CField): reprs as _ctypes's classes."""

    def __repr__(cls):
        return "<class '_ctypes.%s'>" % cls.__name__


class _CDataType(type, metaclass=_CTypeName):
    """What the classes of C data types have in common: `T * n` makes an array type."""

    def __repr__(cls):
        module = cls.__module__
        if module == __name__ and cls.__name__ in _C_CLASSES:
            module = "_ctypes"
        return "<class '%s.%s'>" % (module, cls.__qualname__)

    def __mul__(cls, length):
        return _array_type(cls, length, _sys._getframe(1).f_globals.get("__name__", "ctypes"))

    __rmul__ = __mul__

    def from_buffer_copy(cls, source, offset=0):
        """A new cls object holding a copy of source's bytes from offset."""
        try:
            data = bytes(memoryview(source))
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(source).__name__) from None
        if not _is_ctype(cls):
            raise TypeError("abstract class")
        if offset < 0:
            raise ValueError("offset cannot be negative")
        size = cls._b_size_
        if len(data) < size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (len(data), size + offset))
        obj = _CData.__new__(cls)
        obj._b_mem.write(0, data[offset:offset + size])
        return obj

    def from_buffer(cls, source, offset=0):
        """A cls object on source's own (writable) bytes from offset: a change to one is a
        change to the other."""
        view = memoryview(source)
        if view.readonly:
            raise TypeError("underlying buffer is not writable")
        if not _is_ctype(cls):
            raise TypeError("abstract class")
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if view.format != "B":
            view = view.cast("B")
        size = cls._b_size_
        if view.nbytes < size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (view.nbytes, size + offset))
        _finalize(cls)
        return _at(cls, _Memory(view), offset)


class _CData(metaclass=_CDataType):
    """A C object: its memory and its offset in it."""
    __slots__ = ("_b_mem", "_b_off")
    _b_pointers_ = False   # whether the type holds pointers (which pickle cannot send)
    _b_code_ = None        # a simple type's code (not a subclass's: see _plain_simple)

    def __new__(cls, *args, **kwargs):
        if not _is_ctype(cls):
            raise TypeError("abstract class")
        _finalize(cls)
        return _at(cls, _Memory(bytearray(cls._b_size_)), 0)

    def __bytes__(self):
        return self._b_mem.read(self._b_off, type(self)._b_size_)

    def __reduce__(self):
        if type(self)._b_pointers_:
            raise ValueError("ctypes objects containing pointers cannot be pickled")
        return _unpickle, (type(self), (getattr(self, "__dict__", {}), self.__bytes__()))

    def __setstate__(self, state):
        attributes, data = state
        self.__dict__.update(attributes)
        self._b_mem.write(self._b_off, data[:type(self)._b_size_])

    def __mp_reduce__(self):
        # multiprocessing sends a C object as a handle that multiprocessing.sharedctypes
        # rebuilds: one in shared memory as an object on that memory, any other as a copy.
        # (With the objects its pointers refer to, which the receiver keeps by the same
        # addresses.)
        cls = type(self)
        state = self._b_mem.state(self._b_off, cls._b_size_)
        kept = dict(self._b_mem.keep) if cls._b_pointers_ else {}
        return ("RawValue", ("ctypes", _describe(cls), state,
                             dict(getattr(self, "__dict__", {})), kept))


def _unpickle(cls, state):
    obj = _CData.__new__(cls)
    obj.__setstate__(state)
    return obj


# ---- simple types ----

class PyCSimpleType(_CDataType):
    """The class of the simple types: its _type_ code says what C value it holds."""

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if bases == (_CData,):
            return
        code = getattr(cls, "_type_", None)
        if code is None:
            raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if code not in _SIZES:
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                                 "a single character string containing one of '%s'."
                                 % "".join(_SIZES))
        cls._b_size_ = cls._b_align_ = _SIZES[code]
        cls._b_pointers_ = code in _POINTERS
        cls._b_code_ = code if bases == (_SimpleCData,) else None


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    """One C value of the type its class's _type_ code names."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("__init__ expected at most 1 argument, got %d" % len(args))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _load(type(self)._type_, self._b_mem, self._b_off)

    @value.setter
    def value(self, value):
        _store(type(self)._type_, self._b_mem, self._b_off, value)

    def __bool__(self):
        return any(self.__bytes__())

    def __repr__(self):
        cls = type(self)
        if not _plain_simple(cls):
            return "<%s object at %#x>" % (cls.__name__, id(self))
        if cls._type_ in ("z", "Z"):  # CPython shows the address
            return "%s(%r)" % (cls.__name__, self._b_mem.get(cls._type_, self._b_off) or None)
        return "%s(%r)" % (cls.__name__, self.value)


def _simple(name, code):
    return PyCSimpleType(name, (_SimpleCData,), {"_type_": code, "__module__": "ctypes"})


c_byte = _simple("c_byte", "b")
c_ubyte = _simple("c_ubyte", "B")
c_short = _simple("c_short", "h")
c_ushort = _simple("c_ushort", "H")
c_int = _simple("c_int", "i")
c_uint = _simple("c_uint", "I")
c_long = _simple("c_long", "l")
c_ulong = _simple("c_ulong", "L")
c_float = _simple("c_float", "f")
c_double = _simple("c_double", "d")
c_longdouble = _simple("c_longdouble", "g")
c_bool = _simple("c_bool", "?")
c_char = _simple("c_char", "c")
c_wchar = _simple("c_wchar", "u")
c_char_p = _simple("c_char_p", "z")
c_wchar_p = _simple("c_wchar_p", "Z")
c_void_p = _simple("c_void_p", "P")
# The sized names are the types of that size (on 64-bit Linux, long is 64 bits, so long
# long is long, as CPython makes it there).
c_longlong, c_ulonglong = c_long, c_ulong
c_int8, c_uint8 = c_byte, c_ubyte
c_int16, c_uint16 = c_short, c_ushort
c_int32, c_uint32 = c_int, c_uint
c_int64, c_uint64 = c_long, c_ulong
c_size_t, c_ssize_t = c_ulong, c_long

# The type code (as the array and struct modules spell it) of each simple type, for
# multiprocessing's Value and Array, which keep their numbers in shared memory by code.
_TYPE_BY_CODE = {cls._type_: cls for cls in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint,
                                              c_long, c_ulong, c_float, c_double, c_bool, c_char,
                                              c_wchar)}
_TYPE_BY_CODE.update(q=c_long, Q=c_ulong)


# ---- arrays ----

class PyCArrayType(_CDataType):
    """The class of the array types: _length_ items of type _type_."""

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if bases == (_CData,):
            return
        length = getattr(cls, "_length_", None)
        if length is None:
            raise AttributeError("class must define a '_length_' attribute")
        if not isinstance(length, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        item = getattr(cls, "_type_", None)
        if item is None:
            raise AttributeError("class must define a '_type_' attribute")
        if not _is_ctype(item):
            raise TypeError("_type_ must have storage info")
        cls._b_size_ = item._b_size_ * length
        cls._b_align_ = item._b_align_
        cls._b_pointers_ = item._b_pointers_


class Array(_CData, metaclass=PyCArrayType):
    """A fixed number of C values of one type (made by `c_int * n`)."""
    __slots__ = ()

    def __init__(self, *values):
        for index, value in enumerate(values):
            self[index] = value

    def __len__(self):
        return type(self)._length_

    def _offset(self, index):
        """The memory offset of item index (negative counts from the end)."""
        if type(index) is not int:
            if not hasattr(type(index), "__index__"):
                raise TypeError("indices must be integers")
            index = index.__index__()
        cls = type(self)
        if index < 0:
            index += cls._length_
        if not 0 <= index < cls._length_:
            raise IndexError("invalid index")
        return self._b_off + index * cls._type_._b_size_

    def _code(self):
        """The code of a char or wchar array's items (whose slices are bytes or a str)."""
        return type(self)._type_._b_code_

    def __getitem__(self, index):
        if isinstance(index, slice):
            items = [self[i] for i in range(*index.indices(len(self)))]
            code = self._code()
            if code == "c":
                return b"".join(items)
            if code == "u":
                return "".join(items)
            return items
        return _read(type(self)._type_, self._b_mem, self._offset(index))

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            positions = range(*index.indices(len(self)))
            try:
                count = len(value)
            except TypeError:
                count = -1
            if count != len(positions):
                raise ValueError("Can only assign sequence of same size")
            for position, item in zip(positions, value):
                self[position] = item
            return
        _write(type(self)._type_, self._b_mem, self._offset(index), value)

    def __delitem__(self, index):
        raise TypeError("Array does not support item deletion")

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]

    def _no_attribute(self, name):
        return AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    # The character arrays' views: value up to the first NUL; raw as every byte.
    @property
    def value(self):
        code = self._code()
        if code == "c":
            return self.raw.split(b"\x00", 1)[0]
        if code == "u":
            return self[:].split("\x00", 1)[0]
        raise self._no_attribute("value")

    @value.setter
    def value(self, data):
        code = self._code()
        if code == "c":
            if not isinstance(data, bytes):
                raise TypeError("bytes expected instead of %s instance" % type(data).__name__)
            if len(data) > len(self):
                raise ValueError("byte string too long")
            self._b_mem.write(self._b_off, data + b"\x00" if len(data) < len(self) else data)
        elif code == "u":
            if not isinstance(data, str):
                raise TypeError("unicode string expected instead of %s instance"
                                % type(data).__name__)
            if len(data) > len(self):
                raise ValueError("string too long")
            _store_wchars(self._b_mem, self._b_off, data, len(self))
        else:
            raise self._no_attribute("value")

    @property
    def raw(self):
        if self._code() != "c":
            raise self._no_attribute("raw")
        return self._b_mem.read(self._b_off, len(self))

    @raw.setter
    def raw(self, data):
        if self._code() != "c":
            raise self._no_attribute("raw")
        try:
            data = bytes(memoryview(data))
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__) from None
        if len(data) > len(self):
            raise ValueError("byte string too long")
        self._b_mem.write(self._b_off, data)


def _store_wchars(memory, offset, text, length):
    """Stores text's characters at offset, and a NUL after them if there is room."""
    if len(text) < length:
        text += "\x00"
    for index, char in enumerate(text):
        _store("u", memory, offset + 4 * index, char)


_array_types = {}


def _array_type(item, length, module):
    """The type `item * length`, made once (in the module that first asks for it)."""
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (item, length)
    if key not in _array_types:
        name = "%s_Array_%d" % (item.__name__, length)
        _array_types[key] = PyCArrayType(name, (Array,), {"_type_": item, "_length_": length,
                                                          "__module__": module})
    return _array_types[key]


def _describe(cls):
    """How multiprocessing names a C type to another process: the class, or for an array
    type made by `T * n` (which no module has under its name) its item type and length."""
    if issubclass(cls, Array) and _array_types.get((cls._type_, cls._length_)) is cls:
        return ("array", _describe(cls._type_), cls._length_, cls.__module__)
    return cls


def _described(description):
    """The C type _describe described."""
    if isinstance(description, tuple):
        _, item, length, module = description
        return _array_type(_described(item), length, module)
    return description


# ---- structures and unions ----

class CField(metaclass=_CTypeName):
    """A field of a structure or union: its C type, offset and size (for a bit field, its
    bit offset and width too). The class's attribute of the field's name."""
    __slots__ = ("_type", "_offset", "_bits", "_bit_offset", "_kind")

    def __init__(self, ctype, offset, bits=0, bit_offset=0):
        self._type = ctype
        self._offset = offset
        self._bits = bits
        self._bit_offset = bit_offset
        # A field of chars reads as bytes, one of wchars as a str (up to the first NUL).
        self._kind = None
        if issubclass(ctype, Array):
            item = ctype._type_
            if item is c_char or item is c_wchar:
                self._kind = item._type_

    @property
    def offset(self):
        return self._offset

    @property
    def size(self):
        if self._bits:
            return (self._bits << 16) + self._bit_offset
        return self._type._b_size_

    def __repr__(self):
        if self._bits:
            return "<Field type=%s, ofs=%d:%d, bits=%d>" % (
                self._type.__name__, self._offset, self._bit_offset, self._bits)
        return "<Field type=%s, ofs=%d, size=%d>" % (self._type.__name__, self._offset,
                                                      self._type._b_size_)

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        try:
            memory, offset = obj._b_mem, obj._b_off + self._offset
        except AttributeError:
            raise TypeError("not a ctype instance") from None
        if self._bits:
            return self._get_bits(memory, offset)
        if self._kind == "c":
            return memory.read(offset, self._type._length_).split(b"\x00", 1)[0]
        if self._kind == "u":
            chars = [_load("u", memory, offset + 4 * i) for i in range(self._type._length_)]
            return "".join(chars).split("\x00", 1)[0]
        return _read(self._type, memory, offset)

    def __set__(self, obj, value):
        try:
            memory, offset = obj._b_mem, obj._b_off + self._offset
        except AttributeError:
            raise TypeError("not a ctype instance") from None
        if self._bits:
            self._set_bits(memory, offset, value)
        elif self._kind == "c":
            if not isinstance(value, bytes):
                raise TypeError("expected bytes, %s found" % type(value).__name__)
            length = self._type._length_
            if len(value) > length:
                raise ValueError("bytes too long (%d, maximum length %d)" % (len(value), length))
            memory.write(offset, value + b"\x00" if len(value) < length else value)
        elif self._kind == "u":
            if not isinstance(value, str):
                raise TypeError("unicode string expected instead of %s instance"
                                % type(value).__name__)
            length = self._type._length_
            if len(value) > length:
                raise ValueError("string too long (%d, maximum length %d)" % (len(value), length))
            _store_wchars(memory, offset, value, length)
        else:
            _write(self._type, memory, offset, value)

    def __delete__(self, obj):
        raise TypeError("can't delete attribute")

    # A bit field is read and written through the whole unit of its type's size that holds
    # it. (A c_bool bit field is the whole byte, as CPython 3.11 reads and writes it.)
    def _get_bits(self, memory, offset):
        code = self._type._type_
        if code == "?":
            return _load(code, memory, offset)
        unit = memory.get(code, offset) & ((1 << (_SIZES[code] * 8)) - 1)
        value = (unit >> self._bit_offset) & ((1 << self._bits) - 1)
        if code in _SIGNED and value >> (self._bits - 1):
            value -= 1 << self._bits
        return value

    def _set_bits(self, memory, offset, value):
        code = self._type._type_
        if code == "?":
            _store(code, memory, offset, value)
            return
        value = _as_c_value(code, value)
        mask = ((1 << self._bits) - 1) << self._bit_offset
        unit = memory.get(code, offset)
        unit = (unit & ~mask) | ((value << self._bit_offset) & mask)
        memory.put(code, offset, _as_c_value(code, unit))


def _check_pack(cls):
    pack = getattr(cls, "_pack_", 0)
    if not isinstance(pack, int) or pack < 0:
        raise ValueError("_pack_ must be a non-negative integer")
    return pack


def _layout(cls, fields):
    """Places cls's fields as x86-64 Linux's C compiler does (as CPython 3.11 computes it,
    bit fields included) and makes each a CField attribute of cls."""
    union = isinstance(cls, UnionType)
    pack = _check_pack(cls)
    try:
        fields = list(fields)
    except TypeError:
        raise TypeError("'_fields_' must be a sequence of pairs") from None
    base = cls.__bases__[0]
    if _is_ctype(base):
        offset, align = base._b_size_, base._b_align_
        names, pointers = list(base._b_names_), base._b_pointers_
    else:
        offset, align, names, pointers = 0, 0, [], False
    total_align = max(align, 1)
    union_size = 0
    unit_bits = 0    # the width of the open bit field's storage unit (0: none open)
    bit_pos = 0      # the bits of it already used
    for index, item in enumerate(fields):
        if (not isinstance(item, tuple) or len(item) not in (2, 3) or not isinstance(item[0], str)
                or (len(item) == 3 and not isinstance(item[2], int))):
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        name, ftype = item[0], item[1]
        if not _is_ctype(ftype):
            raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % index)
        size = ftype._b_size_
        bits = 0
        if len(item) == 3:
            bits = item[2]
            if not (issubclass(ftype, _SimpleCData) and ftype._type_ in _BITFIELD_CODES):
                raise TypeError("bit fields not allowed for type %s" % ftype.__name__)
            if not 0 < bits <= size * 8:
                raise ValueError("number of bits invalid for bit field")
        _finalize(ftype)
        pointers = pointers or ftype._b_pointers_
        if union:
            offset, unit_bits, bit_pos = 0, 0, 0
        if bits and unit_bits and size * 8 <= unit_bits and bit_pos + bits <= unit_bits:
            # continues the open unit
            field = CField(ftype, offset - size, bits, bit_pos)
            bit_pos += bits
        elif bits and unit_bits and size * 8 >= unit_bits and bit_pos + bits <= size * 8:
            # widens the open unit to this type's size
            offset += size - unit_bits // 8
            unit_bits = size * 8
            field = CField(ftype, offset - size, bits, bit_pos)
            bit_pos += bits
        else:
            # a field of its own (or a new bit field unit), aligned
            unit_bits, bit_pos = (size * 8, bits) if bits else (0, 0)
            align = min(pack, ftype._b_align_) if pack else ftype._b_align_
            if align and offset % align:
                offset += align - offset % align
            field = CField(ftype, offset, bits, 0)
            offset += size
            total_align = max(total_align, align)
        union_size = max(union_size, offset)
        type.__setattr__(cls, name, field)
        names.append(name)
    size = union_size if union else offset
    size = -(-size // total_align) * total_align
    type.__setattr__(cls, "_b_size_", size)
    type.__setattr__(cls, "_b_align_", total_align)
    type.__setattr__(cls, "_b_names_", tuple(names))
    type.__setattr__(cls, "_b_pointers_", pointers)
    type.__setattr__(cls, "_b_final_", True)
    anonymous = getattr(cls, "_anonymous_", None)
    if anonymous is not None:
        for name in anonymous:
            _lift_fields(cls, name)


def _lift_fields(cls, name):
    """Makes the fields of cls's anonymous field `name` fields of cls itself."""
    outer = getattr(cls, name)
    if type(outer) is not CField:
        raise AttributeError("'%s' is specified in _anonymous_ but not in _fields_" % name)
    inner_type = outer._type
    for item in getattr(inner_type, "_fields_"):
        inner = getattr(inner_type, item[0])
        type.__setattr__(cls, item[0], CField(inner._type, outer._offset + inner._offset,
                                              inner._bits, inner._bit_offset))


class _FieldsType(_CDataType):
    """What the classes of structures and unions share: their layout is made from _fields_
    (in the class body, or assigned once later, before the type is used)."""

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if bases == (_CData,):
            return
        if _is_ctype(bases[0]):
            _finalize(bases[0])
        if "_fields_" in namespace:
            _layout(cls, namespace["_fields_"])
        elif not _is_ctype(bases[0]):
            for attribute, value in (("_b_size_", 0), ("_b_align_", 0), ("_b_names_", ())):
                type.__setattr__(cls, attribute, value)

    def __setattr__(cls, name, value):
        if name == "_fields_":
            if cls.__dict__.get("_b_final_"):
                raise AttributeError("_fields_ is final")
            type.__setattr__(cls, name, value)
            _layout(cls, value)
        else:
            type.__setattr__(cls, name, value)


class PyCStructType(_FieldsType):
    pass


class UnionType(_FieldsType):
    pass


def _init_fields(self, args, kwargs):
    """A structure's or union's __init__: positional values for the fields in order (the
    base class's first), then keywords."""
    names = type(self)._b_names_
    for name, value in zip(names, args):
        if name in kwargs:
            raise TypeError("duplicate values for field %r" % name)
        setattr(self, name, value)
    if len(args) > len(names):
        raise TypeError("too many initializers")
    for name, value in kwargs.items():
        setattr(self, name, value)


class Structure(_CData, metaclass=PyCStructType):
    """Fields one after another, as a C struct (subclasses list them in _fields_)."""

    def __init__(self, *args, **kwargs):
        _init_fields(self, args, kwargs)


class Union(_CData, metaclass=UnionType):
    """Fields over the same bytes, as a C union (subclasses list them in _fields_)."""

    def __init__(self, *args, **kwargs):
        _init_fields(self, args, kwargs)


# On a little-endian machine the native order is the little-endian one.
LittleEndianStructure = Structure
LittleEndianUnion = Union



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


def create_unicode_buffer(init, size=None):
    """A c_wchar array: of size characters, or holding init (a str) and a NUL after it."""
    if isinstance(init, str):
        if size is None:
            size = len(init) + 1
        buffer = _array_type(c_wchar, size, "ctypes")()
        buffer.value = init
        return buffer
    if isinstance(init, int):
        return _array_type(c_wchar, init, "ctypes")()
    raise TypeError(init)


def sizeof(obj):
    """The size in bytes of a C type or of an object of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    if not _is_ctype(cls):
        raise TypeError("this type has no size")
    return cls._b_size_


def alignment(obj):
    """The alignment in bytes of a C type or of an object of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    if not _is_ctype(cls):
        raise TypeError("no alignment info")
    return cls._b_align_
