# A function is a descriptor: __get__ binds it to an instance (or gives the function back
# for none); types.MethodType does the same; the bound method keeps __self__ and __func__.
import inspect
import types


def describe(self, suffix="!"):
    return f"{type(self).__name__}{suffix}"


class A:
    pass


a = A()
bound = describe.__get__(a, A)
print(bound(), bound("?"), bound.__self__ is a, bound.__func__ is describe)  # expect: A! A? True True
print(describe.__get__(None, A) is describe, describe.__get__(a).__self__ is a)  # expect: True True
print(types.MethodType(describe, a)(), inspect.ismethod(bound), inspect.isfunction(describe))
# expect: A! True True
print(hasattr(describe, "__get__"), inspect.ismethoddescriptor(describe), callable(bound))
# expect: True False True
A.method = describe
print(A().method(), A.method is describe)  # expect: A! True
