# abc.ABCMeta decides isinstance/issubclass: register() makes virtual subclasses (also as
# a decorator), __subclasshook__ answers for classes that merely have a method, and the
# answers reach subclasses of registered classes.
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class B: pass
A.register(B)
print(isinstance(B(), A), issubclass(B, A))
class C(A):
    def f(self): return 1
class D(C): pass
print(isinstance(D(), A), issubclass(D, C), issubclass(int, A))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return any('quack' in k.__dict__ for k in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook), issubclass(Duck, Hook))
@A.register
class E: pass
print(E, issubclass(E, A))
try:
    A.register(3)
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
print(abc.get_cache_token() > 0)
class F(B): pass
print(issubclass(F, A), isinstance(F(), A))
print(int.__subclasshook__(3))

# expect: True True
# expect: True True False
# expect: True False True
# expect: <class '__main__.E'> True
# expect: Can only register classes
# expect: Can't instantiate abstract class A with abstract method f
# expect: True
# expect: True True
# expect: NotImplemented
