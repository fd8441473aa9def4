# Deleting through a descriptor calls its __delete__ (AttributeError without one; a
# descriptor with only __delete__ is a data descriptor too); bytes() asks __bytes__ and
# encodes a str with the encoding given.
class Both:
    def __get__(self, obj, owner=None):
        return "got"

    def __set__(self, obj, value):
        print("set", value)

    def __delete__(self, obj):
        print("delete")


class SetOnly:
    def __get__(self, obj, owner=None):
        return "got"

    def __set__(self, obj, value):
        print("set", value)


class DeleteOnly:
    def __get__(self, obj, owner=None):
        return "from descriptor"

    def __delete__(self, obj):
        print("delete only")


class A:
    x = Both()
    y = SetOnly()
    z = DeleteOnly()


a = A()
a.x = 1
del a.x
try:
    del a.y
except AttributeError as e:
    print("AttributeError", e)
a.__dict__["z"] = "from dict"
print(a.z)
del a.z
try:
    a.z = 5
except AttributeError as e:
    print("AttributeError", e)


class B:
    def __bytes__(self):
        return b"raw"


class NotBytes:
    def __bytes__(self):
        return "text"


print(bytes(B()), bytes("\u00e9", "latin-1"), bytes("\u00e9", "utf-8"), bytes("ab", encoding="ascii", errors="strict"))
for bad in (lambda: bytes(NotBytes()), lambda: bytes(5, "ascii"), lambda: bytes("\u00e9", "ascii")):
    try:
        bad()
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)


class S(str):
    pass


print(bytes(S("\u00e9"), "latin-1"))
try:
    bytes(5, errors="strict")
except TypeError as e:
    print("TypeError", e)
import operator

it = reversed([1, 2, 3])
next(it)
print(operator.length_hint(it), operator.length_hint(reversed("ab")), operator.length_hint(reversed({1: 2})))

# expect: set 1
# expect: delete
# expect: AttributeError __delete__
# expect: from descriptor
# expect: delete only
# expect: AttributeError __set__
# expect: b'raw' b'\xe9' b'\xc3\xa9' b'ab'
# expect: TypeError __bytes__ returned non-bytes (type str)
# expect: TypeError encoding without a string argument
# expect: UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: b'\xe9'
# expect: TypeError errors without a string argument
# expect: 2 2 1
