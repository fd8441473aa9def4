# operator's dunder spellings (operator.__add__ is operator.add, __not__ is not_, __inv__
# is inv...) and its __all__, as CPython 3.11's.
import operator

print(operator.__all__)
names = sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__')
               and n not in ('__all__', '__builtins__', '__cached__', '__doc__', '__file__',
                             '__loader__', '__name__', '__package__', '__spec__'))
print(names)
print(operator.__lt__(1, 2), operator.__eq__(1, 1), operator.__not__(0), operator.__inv__(5),
      operator.__invert__(5), operator.__abs__(-3), operator.__index__(7))
print(operator.__getitem__([1, 2], 1), operator.__contains__('abc', 'b'), operator.__concat__([1], [2]))
lst = [1]
print(operator.__iadd__(lst, [2]), lst, operator.__iconcat__(lst, [3]), operator.__imul__([1], 2))
d = {}
operator.__setitem__(d, 'k', 1)
print(d)
operator.__delitem__(d, 'k')
print(d, operator.__call__(len, 'abc'), operator.__matmul__ is operator.matmul)
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__inv__ is operator.inv)
print(operator.__ipow__(2, 5), operator.__ifloordiv__(7, 2), operator.__itruediv__(7, 2),
      operator.__imod__(7, 4), operator.__ilshift__(1, 3), operator.__irshift__(8, 1),
      operator.__iand__(6, 3), operator.__ior__(6, 3), operator.__ixor__(6, 3), operator.__isub__(6, 3))
ns = {}
exec('from operator import *', ns)
print(sorted(k for k in ns if k != '__builtins__') == sorted(operator.__all__))

# expect: ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']
# expect: ['__abs__', '__add__', '__and__', '__call__', '__concat__', '__contains__', '__delitem__', '__eq__', '__floordiv__', '__ge__', '__getitem__', '__gt__', '__iadd__', '__iand__', '__iconcat__', '__ifloordiv__', '__ilshift__', '__imatmul__', '__imod__', '__imul__', '__index__', '__inv__', '__invert__', '__ior__', '__ipow__', '__irshift__', '__isub__', '__itruediv__', '__ixor__', '__le__', '__lshift__', '__lt__', '__matmul__', '__mod__', '__mul__', '__ne__', '__neg__', '__not__', '__or__', '__pos__', '__pow__', '__rshift__', '__setitem__', '__sub__', '__truediv__', '__xor__']
# expect: True True True -6 -6 3 7
# expect: 2 True [1, 2]
# expect: [1, 2, 3] [1, 2, 3] [1, 2, 3] [1, 1]
# expect: {'k': 1}
# expect: {} 3 True
# expect: True True True
# expect: 32 3 3.5 3 8 4 2 7 5 3
# expect: True
