# Small things programs print: struct's range errors, the reprs of reversed lists and of
# classmethod/staticmethod, type() with a base that is not a class, enum's rule for
# _generate_next_value_, and a process's exit code after a signal.
import struct
from enum import Enum, auto

for fmt, v in [("<I", -1), ("<I", 2**32), ("<I", 2**64), ("<Q", -1), ("<q", 2**63), ("<i", 2**31),
               ("<H", 70000), ("<b", 200), ("<b", 2**70), ("<B", -1), ("<L", -1), ("<l", 2**31), ("Q", 2**64)]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, v, "->", e)

print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed(range(2))).__name__)
print(list(reversed([1, 2, 3])), list(reversed("abc")))


def f():
    pass


print(repr(classmethod(f)).split(" at ")[0], repr(staticmethod(f)).split(" at ")[0])
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)

try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print(e)


class Early(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    A = auto()


class Fine(Enum):
    A = 1

    def _generate_next_value_(name, start, count, last_values):
        return name


print(Early.A.value, Fine.A.value)

if __name__ == "__main__":
    import multiprocessing as mp
    import time

    p = mp.Process(target=time.sleep, args=(30,))
    p.start()
    p.kill()
    p.join()
    print(p.exitcode, repr(p).split("exitcode=")[1])

# expect: <I -1 -> argument out of range
# expect: <I 4294967296 -> 'I' format requires 0 <= number <= 4294967295
# expect: <I 18446744073709551616 -> argument out of range
# expect: <Q -1 -> argument out of range
# expect: <q 9223372036854775808 -> argument out of range
# expect: <i 2147483648 -> 'i' format requires -2147483648 <= number <= 2147483647
# expect: <H 70000 -> ushort format requires 0 <= number <= 65535
# expect: <b 200 -> byte format requires -128 <= number <= 127
# expect: <b 1180591620717411303424 -> argument out of range
# expect: <B -1 -> ubyte format requires 0 <= number <= 255
# expect: <L -1 -> argument out of range
# expect: <l 2147483648 -> 'l' format requires -2147483648 <= number <= 2147483647
# expect: Q 18446744073709551616 -> argument out of range
# expect: list_reverseiterator reversed range_iterator
# expect: [3, 2, 1] ['c', 'b', 'a']
# expect: <classmethod(<function f <staticmethod(<function f
# expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: _generate_next_value_ must be defined before members
# expect: a 1
# expect: -9 -SIGKILL>
