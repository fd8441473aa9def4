# eval() drops the spaces and tabs before its expression but keeps its lines: errors name the
# line of the given text, and an indented line after a blank one is an IndentationError.
import traceback

for text in ["\n\n1/0", "  1/0", "\t\n\nundefined_name", "1 +\\\n 2 +\\\n 1/0"]:
    try:
        eval(text)
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(repr(text), type(e).__name__, tb.tb_lineno)
for text in ["  42  ", "\n\n 7", "(1 +\n 2)\n\n", " \t [1,\n2]"]:
    try:
        print(repr(text), eval(text))
    except SyntaxError as e:
        print(repr(text), type(e).__name__, e.msg, e.lineno)

# expect: '\n\n1/0' ZeroDivisionError 3
# expect: '  1/0' ZeroDivisionError 1
# expect: '\t\n\nundefined_name' NameError 3
# expect: '1 +\\\n 2 +\\\n 1/0' ZeroDivisionError 3
# expect: '  42  ' 42
# expect: '\n\n 7' IndentationError unexpected indent 3
# expect: '(1 +\n 2)\n\n' 3
# expect: ' \t [1,\n2]' [1, 2]
