# inspect.signature of builtins: the text signatures CPython 3.11 gives builtins, math's
# functions, the methods of str, list, dict... and builtin classes (bound methods lose
# their self); ValueError for those with none (min, max, int) as CPython.
import collections
import functools
import inspect
import math

for fn in (len, print, sorted, isinstance, abs, math.sqrt, divmod, repr, round, sum, pow, hash,
           id, callable, any, all, ord, chr, hex, format, setattr, hasattr, delattr, issubclass,
           input, open, math.floor, math.pow, math.isclose, math.gcd, math.atan2,
           math.factorial, math.fsum, math.prod, math.comb, math.dist, math.perm, globals):
    print(fn.__name__, inspect.signature(fn))
for fn in (min, max, next, iter, vars, dir, getattr, math.log, math.hypot):
    try:
        print(fn.__name__, inspect.signature(fn))
    except ValueError as e:
        print(fn.__name__, 'ValueError', e)


class ML(list):
    pass


class MD(dict):
    pass


class E(Exception):
    pass


class F(float):
    def __init__(self, x):
        pass


class O:
    pass


class P(O):
    pass


class N:
    def __new__(cls, a, b=1):
        return super().__new__(cls)


class I(N):
    def __init__(self, q):
        pass


class Meta(type):
    def __call__(cls, z, *, w=0):
        return 1


class WithMeta(metaclass=Meta):
    pass


NT = collections.namedtuple('NT', 'a b')


class SubNT(NT):
    pass


for c in (ML, MD, E, F, O, P, N, I, WithMeta, NT, SubNT, float, list, tuple, object, enumerate,
          complex, property, reversed, memoryview, int, str, dict, range, zip, Exception, type):
    try:
        print(c.__name__, inspect.signature(c))
    except ValueError as e:
        print(c.__name__, 'ValueError', e)
for label, f in (('bound upper', 'a'.upper), ('str.upper', str.upper), ('dict.fromkeys', dict.fromkeys),
                 ('list.index', list.index), ('bound index', [].index), ('bound split', 'a'.split),
                 ('str.split', str.split), ('str.join', str.join), ('bound append', [].append),
                 ('list.sort', list.sort), ('bound to_bytes', (1).to_bytes), ('bound get', {}.get),
                 ('MD.fromkeys', MD.fromkeys), ('subclass append', ML().append),
                 ('str.replace', str.replace), ('bound encode', 'x'.encode), ('float.hex', float.hex)):
    try:
        print(label, inspect.signature(f))
    except ValueError as e:
        print(label, 'ValueError', e)
try:
    inspect.signature(dict.pop)
except ValueError as e:
    print('ValueError', e)
sig = inspect.signature(print)
print([(p.name, str(p.kind), repr(p.default)) for p in sig.parameters.values()])
print(inspect.signature(len).bind([1]).arguments)
try:
    inspect.signature(len).bind(obj=[1])
except TypeError as e:
    print(e)
print(inspect.signature(functools.partial(pow, 2)))
print(inspect.signature(sorted).parameters['key'].kind)
print(inspect.getfullargspec(len))
print(inspect.signature(list.index).parameters['stop'].default)

# expect: len (obj, /)
# expect: print (*args, sep=' ', end='\n', file=None, flush=False)
# expect: sorted (iterable, /, *, key=None, reverse=False)
# expect: isinstance (obj, class_or_tuple, /)
# expect: abs (x, /)
# expect: sqrt (x, /)
# expect: divmod (x, y, /)
# expect: repr (obj, /)
# expect: round (number, ndigits=None)
# expect: sum (iterable, /, start=0)
# expect: pow (base, exp, mod=None)
# expect: hash (obj, /)
# expect: id (obj, /)
# expect: callable (obj, /)
# expect: any (iterable, /)
# expect: all (iterable, /)
# expect: ord (c, /)
# expect: chr (i, /)
# expect: hex (number, /)
# expect: format (value, format_spec='', /)
# expect: setattr (obj, name, value, /)
# expect: hasattr (obj, name, /)
# expect: delattr (obj, name, /)
# expect: issubclass (cls, class_or_tuple, /)
# expect: input (prompt='', /)
# expect: open (file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
# expect: floor (x, /)
# expect: pow (x, y, /)
# expect: isclose (a, b, *, rel_tol=1e-09, abs_tol=0.0)
# expect: gcd (*integers)
# expect: atan2 (y, x, /)
# expect: factorial (n, /)
# expect: fsum (seq, /)
# expect: prod (iterable, /, *, start=1)
# expect: comb (n, k, /)
# expect: dist (p, q, /)
# expect: perm (n, k=None, /)
# expect: globals ()
# expect: min ValueError no signature found for builtin <built-in function min>
# expect: max ValueError no signature found for builtin <built-in function max>
# expect: next ValueError no signature found for builtin <built-in function next>
# expect: iter ValueError no signature found for builtin <built-in function iter>
# expect: vars ValueError no signature found for builtin <built-in function vars>
# expect: dir ValueError no signature found for builtin <built-in function dir>
# expect: getattr ValueError no signature found for builtin <built-in function getattr>
# expect: log ValueError no signature found for builtin <built-in function log>
# expect: hypot ValueError no signature found for builtin <built-in function hypot>
# expect: ML (iterable=(), /)
# expect: MD ValueError no signature found for builtin type <class '__main__.MD'>
# expect: E ValueError no signature found for builtin type <class '__main__.E'>
# expect: F (x)
# expect: O ()
# expect: P ()
# expect: N (a, b=1)
# expect: I (q)
# expect: WithMeta (z, *, w=0)
# expect: NT (a, b)
# expect: SubNT (a, b)
# expect: float (x=0, /)
# expect: list (iterable=(), /)
# expect: tuple (iterable=(), /)
# expect: object ()
# expect: enumerate (iterable, start=0)
# expect: complex (real=0, imag=0)
# expect: property (fget=None, fset=None, fdel=None, doc=None)
# expect: reversed (sequence, /)
# expect: memoryview (object)
# expect: int ValueError no signature found for builtin type <class 'int'>
# expect: str ValueError no signature found for builtin type <class 'str'>
# expect: dict ValueError no signature found for builtin type <class 'dict'>
# expect: range ValueError no signature found for builtin type <class 'range'>
# expect: zip ValueError no signature found for builtin type <class 'zip'>
# expect: Exception ValueError no signature found for builtin type <class 'Exception'>
# expect: type ValueError no signature found for builtin <class 'type'>
# expect: bound upper ()
# expect: str.upper (self, /)
# expect: dict.fromkeys (iterable, value=None, /)
# expect: list.index (self, value, start=0, stop=9223372036854775807, /)
# expect: bound index (value, start=0, stop=9223372036854775807, /)
# expect: bound split (sep=None, maxsplit=-1)
# expect: str.split (self, /, sep=None, maxsplit=-1)
# expect: str.join (self, iterable, /)
# expect: bound append (object, /)
# expect: list.sort (self, /, *, key=None, reverse=False)
# expect: bound to_bytes (length=1, byteorder='big', *, signed=False)
# expect: bound get (key, default=None, /)
# expect: MD.fromkeys (iterable, value=None, /)
# expect: subclass append (object, /)
# expect: str.replace (self, old, new, count=-1, /)
# expect: bound encode (encoding='utf-8', errors='strict')
# expect: float.hex (self, /)
# expect: ValueError <method 'pop' of 'dict' objects> builtin has invalid signature
# expect: [('args', 'VAR_POSITIONAL', "<class 'inspect._empty'>"), ('sep', 'KEYWORD_ONLY', "' '"), ('end', 'KEYWORD_ONLY', "'\\n'"), ('file', 'KEYWORD_ONLY', 'None'), ('flush', 'KEYWORD_ONLY', 'False')]
# expect: {'obj': [1]}
# expect: 'obj' parameter is positional only, but was passed as a keyword
# expect: (exp, mod=None)
# expect: KEYWORD_ONLY
# expect: FullArgSpec(args=['obj'], varargs=None, varkw=None, defaults=None, kwonlyargs=[], kwonlydefaults=None, annotations={})
# expect: 9223372036854775807
