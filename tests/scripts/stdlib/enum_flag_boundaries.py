# Flag and IntFlag as CPython 3.11's: combinations named in definition order, unknown bits
# kept (IntFlag), refused (Flag, STRICT), dropped (CONFORM) or ejected; multi-bit members
# left out of iteration; inversion.
from enum import IntFlag, Flag, auto, STRICT, CONFORM, EJECT, KEEP
class P(IntFlag):
    A = 1
    B = 4
x = P.A | 2
print(repr(x), str(x), x, x._name_, P(3), repr(P(8)), repr(P(0)), list(P(7)), ~P.A, repr(~P.A), P.A | P.B, repr(P.A | P.B))
class C(Flag):
    R = 1
    G = 2
    B = 4
    W = 7
try: C(9)
except ValueError as e: print(repr(str(e)))
print(repr(C(0)), repr(~C.R), repr(C.R | C.G), repr(C.W), repr(C(7)), repr(C.R | C.B), list(C.W), C.R in C.W, len(C.W))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), Perm.R | Perm.W | Perm.X, repr(Perm(7)), repr(~Perm.R), Perm.R & Perm.W, repr(Perm(0)), bool(Perm(0)))
class Cf(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Cf(7)))
class Ej(Flag, boundary=EJECT):
    A = 1
print(repr(Ej(3)), type(Ej(3)).__name__)
class Au(Flag):
    X = auto()
    Y = auto()
    Z = auto()
print([m.value for m in Au], repr(Au.X | Au.Z), format(Perm.R | Perm.X), f"{Perm.R}")
class M(Flag):
    R = 1
    G = 2
    W = 3
    B = 4
print(list(M), M._member_names_, list(M.__members__), len(M), M(3), M.W is M(3), repr(M(7)))

# expect: <P.A|2: 3> 3 3 A|2 3 <P: 8> <P: 0> [<P.A: 1>, <P.B: 4>] 6 <P.B|2: 6> 5 <P.A|B: 5>
# expect: "<flag 'C'> invalid value 9\n    given 0b0 1001\n  allowed 0b0 0111"
# expect: <C: 0> <C.G|B: 6> <C.R|G: 3> <C.W: 7> <C.W: 7> <C.R|B: 5> [<C.R: 1>, <C.G: 2>, <C.B: 4>] True 3
# expect: <Perm.R|W: 6> 7 <Perm.R|W|X: 7> <Perm.W|X: 3> 0 <Perm: 0> False
# expect: <Cf.A|B: 3>
# expect: 3 int
# expect: [1, 2, 4] <Au.X|Z: 5> 5 4
# expect: [<M.R: 1>, <M.G: 2>, <M.B: 4>] ['R', 'G', 'B'] ['R', 'G', 'W', 'B'] 3 M.W True <M.R|G|B: 7>
