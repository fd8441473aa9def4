# sys.excepthook: what prints an exception nothing caught — called with (type, value,
# traceback); the default writes to sys.stderr as the program left it; a hook that fails is
# reported with the original exception.
import subprocess
import sys

print(sys.excepthook is sys.__excepthook__, sys.excepthook)


def run(program):
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    return out.returncode, out.stdout.splitlines(), out.stderr.splitlines()


code, out, err = run("import sys\n"
                     "def hook(t, v, tb):\n"
                     "    print('hooked', t.__name__, v, type(tb).__name__, tb.tb_lineno)\n"
                     "sys.excepthook = hook\n"
                     "raise KeyError('k')\n")
print(code, out, err)

code, out, err = run("import sys, io\n"
                     "sys.stderr = io.StringIO()\n"
                     "try:\n"
                     "    raise ValueError('caught')\n"
                     "finally:\n"
                     "    sys.__stdout__.write('stderr replaced\\n')\n")
print(code, out, err)

code, out, err = run("import sys\n"
                     "sys.excepthook = lambda *a: 1 / 0\n"
                     "raise KeyError('original')\n")
print(code, out, [line for line in err if not line.startswith(" ")])

code, out, err = run("import sys\n"
                     "sys.excepthook(ValueError, ValueError('called directly'), None)\n"
                     "print('after')\n")
print(code, out, err)
# expect: True <built-in function excepthook>
# expect: 1 ["hooked KeyError 'k' traceback 5"] []
# expect: 1 ['stderr replaced'] []
# expect: 1 [] ['Error in sys.excepthook:', 'Traceback (most recent call last):', 'ZeroDivisionError: division by zero', '', 'Original exception was:', 'Traceback (most recent call last):', "KeyError: 'original'"]
# expect: 0 ['after'] ['ValueError: called directly']
