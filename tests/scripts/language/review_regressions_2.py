# Found by a second read: bytearray += with a bad operand, sequence __add__/__mul__ called as
# methods, str-subclass and bytes paths in os and os.path, unittest's list messages with a
# differing element and extra ones, Counter.fromkeys.
import os, tempfile, unittest, collections
ba = bytearray(b'a')
for bad in (5, [1]):
    try:
        ba += bad
    except TypeError as e: print(e)
print(ba)
class R:
    def __radd__(self, o): return "radd"
ba2 = bytearray(b'x'); ba2 += R(); print(ba2)
class S(str):
    def __add__(s, o): return S(str.__add__(s, o))
print(repr(S('a') + 'b'))
try: S('a') + 1
except TypeError as e: print(e)
for call in (lambda: [1].__add__((2,)), lambda: (1,).__add__([2]), lambda: 'a'.__add__(1), lambda: b'a'.__add__(1), lambda: 'a'.__mul__(1.5), lambda: [0].__mul__('x')):
    try: print(call())
    except TypeError as e: print(e)
class N:
    def __index__(self): return 3
print('ab'.__mul__(N()), [1].__add__([2]), [0].__mul__(2))
class P(str): pass
with tempfile.TemporaryDirectory() as d:
    p = P(os.path.join(d, "sub"))
    os.mkdir(p); print(os.path.exists(p), os.listdir(P(d)), [x[1] for x in os.walk(P(d))][0])
    os.makedirs(P(os.path.join(p, "a", "b"))); os.rmdir(P(os.path.join(p, "a", "b")))
print(os.path.join(b'a', b'b'), os.path.basename(b'/x/y.txt'), os.path.split(b'/x/y'), os.path.splitext(b'f.tar.gz'), os.path.isabs(b'/x'))
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
for a, b in (([1, 2, 3], [0, 2]), ((1,), (2, 3, 4)), (["x" * 100, 1], ["x" * 99 + "y", 1])):
    try: t.assertEqual(a, b)
    except AssertionError as e: print(e); print("==")
try: collections.Counter.fromkeys("ab")
except NotImplementedError as e: print(e)
print(dict.fromkeys("ab", 1))

# expect: can't concat int to bytearray
# expect: can't concat list to bytearray
# expect: bytearray(b'a')
# expect: radd
# expect: 'ab'
# expect: can only concatenate str (not "int") to str
# expect: can only concatenate list (not "tuple") to list
# expect: can only concatenate tuple (not "list") to tuple
# expect: can only concatenate str (not "int") to str
# expect: can't concat int to bytes
# expect: 'float' object cannot be interpreted as an integer
# expect: 'str' object cannot be interpreted as an integer
# expect: ababab [1, 2] [0, 0]
# expect: True ['sub'] ['sub']
# expect: b'a/b' b'y.txt' (b'/x', b'y') (b'f.tar', b'.gz') True
# expect: Lists differ: [1, 2, 3] != [0, 2]
# expect: 
# expect: First differing element 0:
# expect: 1
# expect: 0
# expect: 
# expect: First list contains 1 additional elements.
# expect: First extra element 2:
# expect: 3
# expect: 
# expect: - [1, 2, 3]
# expect: + [0, 2]
# expect: ==
# expect: Tuples differ: (1,) != (2, 3, 4)
# expect: 
# expect: First differing element 0:
# expect: 1
# expect: 2
# expect: 
# expect: Second tuple contains 2 additional elements.
# expect: First extra element 1:
# expect: 3
# expect: 
# expect: - (1,)
# expect: + (2, 3, 4)
# expect: ==
# expect: Lists differ: ['xxx[39 chars]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 1] != ['xxx[39 chars]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy', 1]
# expect: 
# expect: First differing element 0:
# expect: 'xxxx[34 chars]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
# expect: 'xxxx[34 chars]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy'
# expect: 
# expect: - ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
# expect: ?                                                                                                      ^
# expect: 
# expect: + ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy',
# expect: ?                                                                                                      ^
# expect: 
# expect:    1]
# expect: ==
# expect: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
# expect: {'a': 1, 'b': 1}
