# A str may hold a lone surrogate (chr(0xD800)); ord gives it back, and writing it to
# standard output is CPython's UnicodeEncodeError, raised at the piece print writes it in;
# the output CPython 3.11 printed.
import sys
x = chr(0xD800)
print(ord(x), ascii(x), len(x), ord("\udfff"), ascii(x + "a"), x.encode("utf-8", "replace"), x.encode("utf-8", "backslashreplace"))
try:
    print("ab", x, "cd")
except UnicodeEncodeError as e:
    print()
    print("UnicodeEncodeError:", e, e.start, e.end, repr(e.object))
try:
    sys.stdout.write("ab" + x)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    print("\U0001F600" * 2 + x)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.start)
print("fine \U0001F600")
# expect: 55296 '\ud800' 1 57343 '\ud800a' b'?' b'\\ud800'
# expect: ab 
# expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed 0 1 '\ud800'
# expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 2: surrogates not allowed
# expect: UnicodeEncodeError: 2
# expect: fine 😀
