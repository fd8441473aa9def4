# inspect: getframeinfo, stack, getouterframes, getinnerframes and trace with their lines
# of source from linecache; getcomments, getmodulename, getclosurevars; getmembers with
# ismethod, ismethoddescriptor and the signature of a named tuple class.
import collections
import inspect
import math
import os


# a comment for getcomments
# second line
def commented(x):
    return x


print(repr(inspect.getcomments(commented)))


class K:
    # method comment
    def m(self):
        pass

    #
    # padded comment
    #
    def n(self):
        pass


print(repr(inspect.getcomments(K.m)), repr(inspect.getcomments(K)), repr(inspect.getcomments(K.n)))
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'),
      inspect.getmodulename('pkg/__init__.py'), inspect.getmodulename('c.pyc'))


def here():
    fr = inspect.currentframe()
    info = inspect.getframeinfo(fr)
    print(os.path.basename(info.filename), info.lineno, info.function, info.code_context, info.index)
    info = inspect.getframeinfo(fr, context=3)
    print(info.code_context, info.index)
    print(type(info).__name__, info[2], len(info), info.positions.lineno)
    info = inspect.getframeinfo(fr, context=0)
    print(info.code_context, info.index)


here()


def who():
    st = inspect.stack()
    print(st[0].function, st[0].code_context, st[0].index, st[1].function, st[1].code_context, st[1].lineno)
    print(st[0][3], len(st[0]), type(st[0]).__name__, st[0].frame is not None)


who()


def outer_frames():
    outs = inspect.getouterframes(inspect.currentframe())
    print([(o.function, o.code_context) for o in outs])


outer_frames()


def boom():
    raise ValueError('x')


try:
    boom()
except ValueError as e:
    inner = inspect.getinnerframes(e.__traceback__)
    print([(i.function, i.lineno, i.code_context, i.index) for i in inner])
    tr = inspect.trace()
    print([(i.function, i.code_context) for i in tr])
ns = {}
exec('import inspect\ndef g():\n    return inspect.stack()[0]\n', ns)
rec = ns['g']()
print(rec.filename, rec.function, rec.code_context, rec.index)
G = 10


def mk():
    y = 5

    def f(a):
        return a + y + G + len('x') + math.pi + zz
    return f


cv = inspect.getclosurevars(mk())
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound), type(cv).__name__)
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print(e)


class A:
    def meth(self):
        pass

    @classmethod
    def cm(cls):
        pass


print([n for n, _ in inspect.getmembers(A(), inspect.ismethod)])
print([n for n, _ in inspect.getmembers(A, inspect.ismethod)])
print(inspect.ismethoddescriptor(str.upper), inspect.ismethoddescriptor(int.__add__),
      inspect.ismethoddescriptor(A.meth), inspect.ismethoddescriptor(A().meth))
print(inspect.isbuiltin(A().__init_subclass__), inspect.ismethod(A().__init_subclass__),
      inspect.isroutine(str.upper), inspect.ismethod(A.cm))
NT = collections.namedtuple('NT', 'a b')
print(inspect.signature(NT))
NT2 = collections.namedtuple('NT2', 'x y z', defaults=[1, 2])
print(inspect.signature(NT2), NT2.__new__.__qualname__, NT2.__new__.__doc__)

# expect: '# a comment for getcomments\n# second line\n'
# expect: '# method comment\n' None '# padded comment\n'
# expect: mod None __init__ c
# expect: inspect_frames_source.py 38 here ['    info = inspect.getframeinfo(fr)\n'] 0
# expect: ['    print(os.path.basename(info.filename), info.lineno, info.function, info.code_context, info.index)\n', '    info = inspect.getframeinfo(fr, context=3)\n', '    print(info.code_context, info.index)\n'] 1
# expect: Traceback here 5 40
# expect: None None
# expect: who ['    st = inspect.stack()\n'] 0 <module> ['who()\n'] 56
# expect: who 6 FrameInfo True
# expect: [('outer_frames', ['    outs = inspect.getouterframes(inspect.currentframe())\n']), ('<module>', ['outer_frames()\n'])]
# expect: [('<module>', 72, ['    boom()\n'], 0), ('boom', 68, ["    raise ValueError('x')\n"], 0)]
# expect: [('<module>', ['    boom()\n']), ('boom', ["    raise ValueError('x')\n"])]
# expect: <string> g None None
# expect: {'y': 5} ['G', 'math'] ['len'] ['pi', 'zz'] ClosureVars
# expect: <built-in function len> is not a Python function
# expect: ['cm', 'meth']
# expect: ['cm']
# expect: True True False False
# expect: True False True True
# expect: (a, b)
# expect: (x, y=1, z=2) NT2.__new__ Create new instance of NT2(x, y, z)
