# 'x is 5' warns at compile time, as CPython 3.11: a SyntaxWarning through the warnings
# filters (None, True, False, ... and f-strings do not warn); made an error, a SyntaxError.
import warnings
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    compile("x = 5\nprint(x is 5, 'a' is not 'b', x is None)\ndef f(y):\n    return y is () or y is -1 or y is (1, 'a')\n", "<prog>", "exec")
    compile("z is None or z is ... or z is True or z is not False or z is f'x'", "<ok>", "eval")
    eval("1 is 1")
    exec("y = [1] is [1]")
for w in got:
    print(w.category.__name__, w.filename, w.lineno, w.message)
warnings.simplefilter("error")
try:
    compile("a = 1\nb = a is 1", "<e>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.text)

# expect: SyntaxWarning <prog> 2 "is" with a literal. Did you mean "=="?
# expect: SyntaxWarning <prog> 2 "is not" with a literal. Did you mean "!="?
# expect: SyntaxWarning <prog> 4 "is" with a literal. Did you mean "=="?
# expect: SyntaxWarning <prog> 4 "is" with a literal. Did you mean "=="?
# expect: SyntaxWarning <prog> 4 "is" with a literal. Did you mean "=="?
# expect: SyntaxWarning <string> 1 "is" with a literal. Did you mean "=="?
# expect: SyntaxError "is" with a literal. Did you mean "=="? <e> 2 5 None
