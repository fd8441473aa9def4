# numbers: the numeric tower; int, bool, float and complex are registered at their levels.
import numbers
for x in (1, True, 2.5, 1j, "s", None):
    print(repr(x), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(x, c)])
print(issubclass(bool, numbers.Integral), numbers.Integral.__mro__)
class Money(numbers.Number): pass
print(isinstance(Money(), numbers.Number), isinstance(Money(), numbers.Real))

# expect: 1 ['Number', 'Complex', 'Real', 'Rational', 'Integral']
# expect: True ['Number', 'Complex', 'Real', 'Rational', 'Integral']
# expect: 2.5 ['Number', 'Complex', 'Real']
# expect: 1j ['Number', 'Complex']
# expect: 's' []
# expect: None []
# expect: True (<class 'numbers.Integral'>, <class 'numbers.Rational'>, <class 'numbers.Real'>, <class 'numbers.Complex'>, <class 'numbers.Number'>, <class 'object'>)
# expect: True False
