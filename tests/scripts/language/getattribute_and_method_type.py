# A class's own __getattribute__ answers every attribute access (with __getattr__ after an
# AttributeError, and through getattr/hasattr); types.MethodType binds a function to an object.
import types

class Logged:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(f"{name} is hidden")
        result = object.__getattribute__(self, name)
        return result * 10 if name == 'value' else result
    def method(self):
        return 'method called'

l = Logged()
print(l.value, l.method(), getattr(l, 'value'), hasattr(l, 'secret_x'), getattr(l, 'secret', 'default'))
try:
    l.secret
except AttributeError as e:
    print('AttributeError:', e)

class WithFallback(Logged):
    def __getattr__(self, name):
        return 'fallback for ' + name

w = WithFallback()
print(w.value, w.secret_key, w.missing, w.method())

class Counting:
    __slots__ = ('_target', 'count')
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'count', 0)
    def __getattribute__(self, name):
        if name in ('_target', 'count'):
            return object.__getattribute__(self, name)
        object.__setattr__(self, 'count', object.__getattribute__(self, 'count') + 1)
        return getattr(object.__getattribute__(self, '_target'), name)

c = Counting([3, 1, 2])
print(c.count, c.index(1), c.count)

class Late:
    pass
Late.__getattribute__ = lambda self, name: 'late ' + name
print(Late().anything)

def greet(self, greeting):
    return f'{greeting}, {self.name}'
class Person:
    def __init__(self, name):
        self.name = name
p = Person('Ada')
p.greet = types.MethodType(greet, p)
print(p.greet('Hello'), type(p.greet).__name__, p.greet.__self__ is p)
for bad in ((1, p), (greet, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print(e)

# expect: 10 method called 10 False default
# expect: AttributeError: secret is hidden
# expect: 10 fallback for secret_key fallback for missing method called
# expect: 0 1 1
# expect: late anything
# expect: Hello, Ada method True
# expect: first argument must be callable
# expect: instance must not be None
