# Variable annotations in module and class bodies go to __annotations__; a function's
# local annotations are not evaluated; the output CPython 3.11 printed.
class A:
    x: int = 3
    y: "list[int]"
    z = 5
    def f(self): pass
print(A.__annotations__, A.x, A.z)
n: float = 2.0
print(__annotations__, n)
def g():
    q: undefined_name = 1
    return q
print(g())
class B(A):
    w: str = "w"
print(B.__annotations__)
# expect: {'x': <class 'int'>, 'y': 'list[int]'} 3 5
# expect: {'n': <class 'float'>} 2.0
# expect: 1
# expect: {'w': <class 'str'>}
