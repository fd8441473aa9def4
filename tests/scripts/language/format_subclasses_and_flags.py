# format specs on classes derived from float, int and str; IntEnum members in f-strings; an
# IntFlag combination is an int holding its value.
class F(float): pass
class I(int):
    def __str__(self): return "I!"
class S(str): pass
print("{:.1f}".format(F(2.5)), f"{I(42):05d}", f"{S('ab'):>5}|", format(F(1.25), '.3e'), f"{I(7)}", format(I(3), ''), f"{I(255):x}")
from enum import IntEnum, IntFlag, Enum
class C(IntEnum):
    A = 1
print(f"{C.A:03d}", f"{C.A}", "{}".format(C.A))
class P(IntFlag):
    R = 4
    W = 2
x = P.R | P.W
print(x.value, int(x), x == 6, P(6).value, int(P(6)), x + 1, repr(x), str(x), P.R in x, bool(P(0)))

# expect: 2.5 00042    ab| 1.250e+00 I! I! ff
# expect: 001 1 1
# expect: 6 6 True 6 6 7 <P.R|W: 6> 6 True False
