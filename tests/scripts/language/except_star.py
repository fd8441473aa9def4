# except* (PEP 654): clauses take the matching parts of a group (a lone exception wrapped),
# re-raised and new exceptions combined as CPython does, the TypeErrors and SyntaxErrors,
# BaseExceptionGroup/ExceptionGroup (split, subgroup, derive, validation), notes, and
# group tracebacks through traceback.format_exception; yield inside a lambda.
import sys, traceback
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise TypeError("new")
try:
    f()
except Exception as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')
def g(n):
    raise ValueError(n)
errors = []
for i in range(3):
    try:
        g(i)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("many", [ExceptionGroup("inner", errors[:2]), errors[2], KeyboardInterrupt()] if False else [ExceptionGroup("inner", errors[:2]), errors[2]])
except* ValueError as eg:
    print("caught", repr(eg), [type(x).__name__ for x in eg.exceptions])
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nline")
print(e.__notes__)
try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked caught", repr(eg), eg.exceptions[0].__traceback__ is not None)
        raise
except Exception as v:
    print("re-raised naked", repr(v))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        print("value")
    except* (TypeError, OSError) as g2:
        print("others", repr(g2))
    else:
        print("no else")
    finally:
        print("finally")
except Exception as ex:
    print("unexpected", ex)
for bad in (int, ExceptionGroup, (ValueError, BaseExceptionGroup)):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* bad:
            pass
    except TypeError as te:
        print("TypeError:", te)
def counts():
    caught = []
    for i in range(3):
        try:
            raise ExceptionGroup("loop", [ValueError(i), KeyError(i)])
        except* ValueError as g:
            for e in g.exceptions:
                if e.args[0] == 1:
                    continue
                caught.append(e.args[0])
        except* KeyError:
            caught.append('k')
    return caught
print(counts())
eg = ExceptionGroup("nested", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
m, r = eg.split(ValueError)
print(repr(m), repr(r), repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.split(Exception)[0] is eg)
print(repr(BaseExceptionGroup("b", [ValueError()])), type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, ExceptionGroup[int])
for args in (("m", []), (1, [ValueError()]), ("m", [1]), ("m", ValueError())):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as err:
    print(err)
import builtins
print(builtins.ExceptionGroup is ExceptionGroup, hasattr(builtins, "BaseExceptionGroup"))
for src in ('try:\n    pass\nexcept*:\n    pass\n',
            'try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n',
            'for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n',
            'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
            'try:\n    pass\nexcept* ValueError:\n    for i in range(2):\n        break\n'):
    try:
        compile(src, '<src>', 'exec')
        print('compiles')
    except SyntaxError as se:
        print('SyntaxError:', se.msg, se.lineno)
f = lambda: (yield)
gen = f()
print(type(gen).__name__, next(gen), list((lambda xs: (yield from xs))([1, 2])))
import sys
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise TypeError("new")
try:
    f()
except Exception as e:
    import traceback
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')

# expect:   + Exception Group Traceback (most recent call last):
# expect:   |   File "FILE", line 12, in <module>
# expect:   |     f()
# expect:   | ExceptionGroup:  (2 sub-exceptions)
# expect:   +-+---------------- 1 ----------------
# expect:     | Exception Group Traceback (most recent call last):
# expect:     |   File "FILE", line 8, in f
# expect:     |     raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
# expect:     | ExceptionGroup: eg (1 sub-exception)
# expect:     +-+---------------- 1 ----------------
# expect:       | ValueError: 1
# expect:       +------------------------------------
# expect:     | 
# expect:     | During handling of the above exception, another exception occurred:
# expect:     | 
# expect:     | Traceback (most recent call last):
# expect:     |   File "FILE", line 10, in f
# expect:     |     raise TypeError("new")
# expect:     | TypeError: new
# expect:     +---------------- 2 ----------------
# expect:     | Exception Group Traceback (most recent call last):
# expect:     |   File "FILE", line 8, in f
# expect:     |     raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
# expect:     | ExceptionGroup: eg (1 sub-exception)
# expect:     +-+---------------- 1 ----------------
# expect:       | KeyError: 2
# expect:       +------------------------------------
# expect: caught ExceptionGroup('many', [ExceptionGroup('inner', [ValueError(0), ValueError(1)]), ValueError(2)]) ['ExceptionGroup', 'ValueError']
# expect: ['first note', 'second\nline']
# expect: naked caught ExceptionGroup('', (ValueError('naked'),)) True
# expect: re-raised naked ExceptionGroup('', (ValueError('naked'),))
# expect: value
# expect: others ExceptionGroup('x', [TypeError(2), OSError(3)])
# expect: finally
# expect: TypeError: catching classes that do not inherit from BaseException is not allowed
# expect: TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
# expect: TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
# expect: [0, 'k', 'k', 2, 'k']
# expect: ExceptionGroup('nested', [ValueError(1), ExceptionGroup('in', [ValueError(3)])]) ExceptionGroup('nested', [ExceptionGroup('in', [TypeError(2)])]) ExceptionGroup('nested', [ExceptionGroup('in', [TypeError(2)])]) True
# expect: ExceptionGroup('b', [ValueError()]) BaseExceptionGroup ExceptionGroup[int]
# expect: ValueError second argument (exceptions) must be a non-empty sequence
# expect: TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: ValueError Item 0 of second argument (exceptions) is not an exception
# expect: TypeError second argument (exceptions) must be a sequence
# expect: Cannot nest BaseExceptions in an ExceptionGroup
# expect: True True
# expect: SyntaxError: expected one or more exception types 3
# expect: SyntaxError: cannot have both 'except' and 'except*' on the same 'try' 5
# expect: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 5
# expect: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 5
# expect: compiles
# expect: generator None [1, 2]
# expect:   + Exception Group Traceback (most recent call last):
# expect:   |   File "FILE", line 109, in <module>
# expect:   |     f()
# expect:   | ExceptionGroup:  (2 sub-exceptions)
# expect:   +-+---------------- 1 ----------------
# expect:     | Exception Group Traceback (most recent call last):
# expect:     |   File "FILE", line 105, in f
# expect:     |     raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
# expect:     | ExceptionGroup: eg (1 sub-exception)
# expect:     +-+---------------- 1 ----------------
# expect:       | ValueError: 1
# expect:       +------------------------------------
# expect:     | 
# expect:     | During handling of the above exception, another exception occurred:
# expect:     | 
# expect:     | Traceback (most recent call last):
# expect:     |   File "FILE", line 107, in f
# expect:     |     raise TypeError("new")
# expect:     | TypeError: new
# expect:     +---------------- 2 ----------------
# expect:     | Exception Group Traceback (most recent call last):
# expect:     |   File "FILE", line 105, in f
# expect:     |     raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
# expect:     | ExceptionGroup: eg (1 sub-exception)
# expect:     +-+---------------- 1 ----------------
# expect:       | KeyError: 2
# expect:       +------------------------------------
