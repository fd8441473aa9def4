# sys: float_info, int_info, maxunicode, encodings, hexversion, implementation.version and
# sys.stdin's attributes; the output CPython 3.11 printed.
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
print(sys.int_info.bits_per_digit, sys.maxunicode, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.hexversion >= 0x030B0000, sys.float_repr_style)
print(sys.implementation.version.major, sys.implementation.version.minor, sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.__stdin__ is sys.stdin)
# expect: 1.7976931348623157e+308 2.220446049250313e-16 15 53 2.2250738585072014e-308
# expect: 30 1114111 utf-8 utf-8 True short
# expect: 3 11 <stdin> r True True
