# traceback: format_exc and print_exc give what the interpreter would print.
import sys
import traceback


def divide():
    return 1 / 0


try:
    divide()
except ZeroDivisionError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])  # expect: Traceback (most recent call last):
    print(lines[-3:])  # expect: ['    return 1 / 0', '           ~~^~~', 'ZeroDivisionError: division by zero']
    print(traceback.format_exception_only(sys.exc_info()[1]))  # expect: ['ZeroDivisionError: division by zero\n']
print(repr(traceback.format_exc()))  # expect: 'NoneType: None\n'
