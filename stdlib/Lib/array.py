"""array: compact arrays of numbers of one C type (typecodes b B u h H i I l L q Q f d).

Items are kept as Python values and checked against the typecode's range when stored;
tobytes()/frombytes() and bytes(a) use the machine layout through struct.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'
_sizes = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_names = {'b': 'signed char', 'B': 'unsigned byte', 'h': 'signed short', 'H': 'unsigned short',
          'i': 'signed integer', 'I': 'unsigned int', 'l': 'signed long', 'L': 'unsigned long',
          'q': 'signed long long', 'Q': 'unsigned long long'}


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self.typecode = typecode
        self.itemsize = _sizes[typecode]
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, bytes):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items.extend(initializer)
        else:
            self.extend(initializer)

    def _check(self, value):
        code = self.typecode
        if code == 'u':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError('array item must be unicode character')
            return value
        if code in 'fd':
            if not isinstance(value, (int, float)):
                raise TypeError('must be real number, not %s' % type(value).__name__)
            value = float(value)
            if code == 'f':
                # Stored as a C float: the value as 32 bits hold it (beyond their range, an
                # infinity, as C's conversion gives).
                try:
                    return _struct.unpack('f', _struct.pack('f', value))[0]
                except OverflowError:
                    return value * float('inf')
            return value
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        bits = self.itemsize * 8
        if code.islower():
            lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        else:
            lo, hi = 0, (1 << bits) - 1
        if value < lo:
            if code.isupper():
                raise OverflowError('unsigned %s is less than minimum' % _names[code].split(' ', 1)[1]
                                    if code != 'B' else 'unsigned byte integer is less than minimum')
            raise OverflowError('%s is less than minimum' % _names[code])
        if value > hi:
            if code == 'B':
                raise OverflowError('unsigned byte integer is greater than maximum')
            raise OverflowError('%s is greater than maximum' % _names[code])
        return value

    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        if isinstance(iterable, array) and iterable.typecode != self.typecode:
            raise TypeError('can only extend with array of same kind')
        for value in iterable:
            self._items.append(self._check(value))

    def insert(self, i, value):
        self._items.insert(i, self._check(value))

    def pop(self, i=-1):
        return self._items.pop(i)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, value, start=0, stop=None):
        try:
            return self._items.index(value, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        self.extend(items)

    def _format(self, n):
        return '=%d%s' % (n, 'I' if self.typecode == 'u' else self.typecode)

    def tobytes(self):
        if self.typecode == 'u':
            return ''.join(self._items).encode('utf-32-le') if self._items else b''
        return _struct.pack(self._format(len(self._items)), *self._items)

    def frombytes(self, data):
        if len(data) % self.itemsize:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // self.itemsize
        if self.typecode == 'u':
            self._items.extend(chr(c) for c in _struct.unpack(self._format(n), data))
        else:
            self._items.extend(_struct.unpack(self._format(n), data))

    def byteswap(self):
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __bytes__(self):
        return self.tobytes()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self.typecode)
            result._items = self._items[index]
            return result
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array) or value.typecode != self.typecode:
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            self._items[index] = value._items
            return
        try:
            self._items[index] = self._check(value)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        del self._items[index]

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __add__(self, other):
        if not isinstance(other, array) or other.typecode != self.typecode:
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        result = array(self.typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = array(self.typecode)
        result._items = self._items * n
        return result

    __rmul__ = __mul__

    def __copy__(self):
        return array(self.typecode, self)

    def __deepcopy__(self, memo):
        return array(self.typecode, self)

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self.typecode
        if self.typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self.typecode, self._items)


ArrayType = array
