# traceback: extract_tb/format_tb/print_tb, FrameSummary/StackSummary, extract_stack and
# print_stack, format_exception(_only) with notes, TracebackException; a bare raise adds no
# traceback entry.
import traceback, sys, io
class Out(io.StringIO):
    def write(self, text):
        return sys.stdout.write(text.replace(__file__, 'FILE'))
out = Out()
def inner(n):
    if n == 0:
        raise ValueError("deep")
    inner(n - 1)
def outer():
    inner(2)
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(tb)])
    traceback.print_tb(tb, file=out)
    out.write(''.join(traceback.format_tb(tb, limit=2)))
    print(traceback.format_exception_only(type(e), e))
    print(repr(traceback.extract_tb(tb)[0]).replace(__file__, 'FILE'), tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_lineno)
    out.write(''.join(traceback.format_exception(e)))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, len(te.stack), ''.join(te.format_exception_only()), end='')
    print(traceback.format_exc().splitlines()[-1])
def show_stack():
    return [f.name for f in traceback.extract_stack()][-2:]
print(show_stack())
def printer():
    traceback.print_stack(file=out)
printer()
try:
    try:
        raise ValueError()
    except ValueError:
        raise
except ValueError as e:
    traceback.print_tb(e.__traceback__, file=out)
e = KeyError('k')
e.add_note('a note')
print(traceback.format_exception_only(e))
try:
    raise e
except KeyError as k:
    traceback.print_exception(k, file=out)

# expect: [('<module>', 16, 'outer()'), ('outer', 14, 'inner(2)'), ('inner', 12, 'inner(n - 1)'), ('inner', 12, 'inner(n - 1)'), ('inner', 11, 'raise ValueError("deep")')]
# expect:   File "FILE", line 16, in <module>
# expect:     outer()
# expect:   File "FILE", line 14, in outer
# expect:     inner(2)
# expect:   File "FILE", line 12, in inner
# expect:     inner(n - 1)
# expect:   File "FILE", line 12, in inner
# expect:     inner(n - 1)
# expect:   File "FILE", line 11, in inner
# expect:     raise ValueError("deep")
# expect:   File "FILE", line 16, in <module>
# expect:     outer()
# expect:   File "FILE", line 14, in outer
# expect:     inner(2)
# expect: ['ValueError: deep\n']
# expect: <FrameSummary file FILE, line 16 in <module>> <module> 16 14
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 16, in <module>
# expect:     outer()
# expect:   File "FILE", line 14, in outer
# expect:     inner(2)
# expect:   File "FILE", line 12, in inner
# expect:     inner(n - 1)
# expect:   File "FILE", line 12, in inner
# expect:     inner(n - 1)
# expect:   File "FILE", line 11, in inner
# expect:     raise ValueError("deep")
# expect: ValueError: deep
# expect: deep ValueError 5 ValueError: deep
# expect: ValueError: deep
# expect: ['<module>', 'show_stack']
# expect:   File "FILE", line 33, in <module>
# expect:     printer()
# expect:   File "FILE", line 32, in printer
# expect:     traceback.print_stack(file=out)
# expect:   File "FILE", line 36, in <module>
# expect:     raise ValueError()
# expect: ["KeyError: 'k'\n", 'a note\n']
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 45, in <module>
# expect:     raise e
# expect: KeyError: 'k'
# expect: a note
