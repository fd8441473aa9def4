# The int/str conversion limit applies both ways, as in CPython 3.11: str(), repr(), %d,
# f-strings and format() of an int with more than sys.get_int_max_str_digits() digits raise,
# as int() of such a string does; hex() is exempt; set_int_max_str_digits changes it.
import sys
big = 10 ** 5000
for f in [str, repr, lambda x: "%d" % x, lambda x: f"{x}", lambda x: format(x, ",d"), lambda x: "{}".format(x)]:
    try:
        f(big)
        print("converted")
    except ValueError as e:
        print(e)
print(len(hex(big)), len(str(10 ** 4299)), len(str(-10 ** 4299)), sys.get_int_max_str_digits())
try:
    str(10 ** 4300)
except ValueError as e:
    print("4301 digits:", e)
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), len(str(int("9" * 5999))))
for bad in (5, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(4300)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: 4155 4300 4301 4300
# expect: 4301 digits: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: 5001
# expect: 5001 5999
# expect: maxdigits must be 0 or larger than 640
# expect: maxdigits must be 0 or larger than 640
# expect: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
