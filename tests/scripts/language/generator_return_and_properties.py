# A generator's return value rides on the StopIteration that next() raises (a default
# given to next() replaces the exception instead); a read-only property refuses to be set
# or deleted in CPython 3.11's words, naming itself when it was made in a class body.


def countdown():
    yield 2
    yield 1
    return "lift-off"


g = countdown()
print(next(g), next(g))  # expect: 2 1
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)  # expect: returned lift-off

g = countdown()
print([next(g, "x") for _ in range(4)])  # expect: [2, 1, 'x', 'x']


def echo():
    received = yield "ready"
    return received * 2


g = echo()
print(next(g))  # expect: ready
try:
    g.send(21)
except StopIteration as e:
    print(e.value)  # expect: 42


class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    def _kelvin(self):
        return self._celsius + 273.15

    kelvin = property(_kelvin)


t = Temperature(100)
print(t.fahrenheit, t.kelvin)  # expect: 212.0 373.15
for action in ("set", "delete"):
    for name in ("fahrenheit", "kelvin"):
        try:
            if action == "set":
                setattr(t, name, 0)
            else:
                delattr(t, name)
        except AttributeError as e:
            print(e)
# expect: property 'fahrenheit' of 'Temperature' object has no setter
# expect: property 'kelvin' of 'Temperature' object has no setter
# expect: property 'fahrenheit' of 'Temperature' object has no deleter
# expect: property 'kelvin' of 'Temperature' object has no deleter

anonymous = property(lambda self: 1)
Temperature.extra = anonymous
try:
    t.extra = 2
except AttributeError as e:
    print(e)  # expect: property of 'Temperature' object has no setter
