# traceback.format_exception_only keeps a message with line breaks as one entry (notes one
# per line); format_exc keeps the blank line a message ending in a newline leaves.
import traceback
print(traceback.format_exception_only(AssertionError("a\nb\n")))
print(traceback.format_exception_only(ValueError("x")), traceback.format_exception_only(ValueError("")), traceback.format_exception_only(KeyError("k")))
e = ValueError("multi\nline"); e.add_note("note1\nnote2")
print(traceback.format_exception_only(e))
try:
    raise RuntimeError("first\n")
except RuntimeError as err:
    print(traceback.format_exc().splitlines()[-1:])

# expect: ['AssertionError: a\nb\n\n']
# expect: ['ValueError: x\n'] ['ValueError\n'] ["KeyError: 'k'\n"]
# expect: ['ValueError: multi\nline\n', 'note1\n', 'note2\n']
# expect: ['']
