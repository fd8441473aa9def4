# The numeric dunders called by name: __abs__, __round__, __divmod__, __floor__, __ceil__,
# __trunc__, __int__, __getnewargs__ on int, float and bool; complex's arithmetic dunders;
# __format__ with a spec, reached through super() from a subclass.
import math

print((-5).__abs__(), (2.5).__round__(), (2.675).__round__(2), (17).__round__(-1), (7).__divmod__(2))
# expect: 5 2 2.67 20 (3, 1)
print((7.5).__divmod__(2), (7).__rdivmod__(20), (3).__divmod__("x"), (-2.5).__floor__(), (2.1).__ceil__())
# expect: (3.0, 1.5) (2, 6) NotImplemented -3 3
print((-2.7).__trunc__(), (9.99).__int__(), (5).__floor__(), (5).__getnewargs__(), (1.5).__getnewargs__())
# expect: -2 9 5 (5,) (1.5,)
print(True.__abs__(), (3j).__abs__(), (1 + 2j).__add__(3), (1 + 2j).__rsub__(1), (2j).__mul__(2j), (1j).__pow__(2))
# expect: 1 3.0 (4+2j) -2j (-4+0j) (-1+0j)
print((4 + 0j).__truediv__(2), (1j).__neg__(), (0j).__bool__(), (1 + 1j).__radd__(1.5), (1j).__add__("x"))
# expect: (2+0j) (-0-1j) False (2.5+1j) NotImplemented
print((5).__format__("03"), (2.5).__format__(".3f"), format(True, "d"), "ab".__format__(">4"))
# expect: 005 2.500 1   ab


class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ".2f")

    def __round__(self, n=None):
        return Money(super().__round__(n if n is not None else 2))


class Meters(int):
    def __abs__(self):
        return Meters(super().__abs__())

    def __repr__(self):
        return f"Meters({int(self)})"


print(f"{Money(3.14159)}", f"{Money(2):>8.1f}", round(Money(2.71828)), round(Money(2.71828), 1))
# expect: $3.14 $     2.0 2.72 2.7
print(abs(Meters(-4)), math.floor(Meters(3)), divmod(Meters(7), 3))  # expect: Meters(4) 3 (2, 1)
for bad in (float("inf"), float("nan")):
    try:
        bad.__floor__()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
        # expect: OverflowError cannot convert float infinity to integer
        # expect: ValueError cannot convert float NaN to integer
