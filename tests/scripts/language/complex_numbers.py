# complex: literals, the constructor (numbers, two parts, strings), arithmetic with ints and
# floats, Smith's division, integral and general powers, negative numbers to fractional
# powers, hashing, equality, repr and format, and the errors, as CPython 3.11 prints them.
z = 1 + 2j
print(z, -z, +z, z.real, z.imag, z.conjugate(), abs(3 + 4j), 2j, -2j, 1j * 1j, 0j, -0j, complex(-0.0, -0.0))
print(z * z, z / (3 - 4j), z - 1, 2 - z, z * 2.5, 1 / z, z ** 2, z ** -2, z ** 0.5, 2 ** z, (1 + 1j) ** (2 + 3j))
print(complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex(" ( -3.5e2-4J ) "), complex("j"), complex("-j"), complex("1e3"), complex("inf-nanj"), complex(1+2j, 3+4j))
print((-8) ** 0.5, (-2.0) ** 1.5, 1e300j * 1e10, complex(1, float("inf")), complex(float("nan"), 1))
print(z == 1 + 2j, z != 1 + 2j, complex(3) == 3, complex(3) == 3.0, complex(3, 1) == 3, hash(complex(3)) == hash(3), hash(1 + 2j), hash(-1j), hash(2.5 + 0j) == hash(2.5))
print({1j: "a", 1 + 0j: "b"}, bool(0j), bool(1e-300j), type(1j).__name__, isinstance(1j, complex))
print(format(1 + 2j), format(1.5 + 2j, ".2f"), format(1 - 2j, "^20"), f"{3j}", "%s" % (4 + 5j,), repr(1e16 + 1e-5j), str(123456789012345678j))
for bad in ["1+", "j1", "1+2", "(1+2j", "", "1 + 2j", "--1j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for expr in ["z < z", "z // 2", "z % 2", "1j ** -1 if False else 0j ** -1", "z / 0", "complex('1', 2)", "complex(1, '2')", "complex([])", "float(z)", "int(z)", "divmod(z, 1)", "abs(complex(1e308, 1e308))", "round(z)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
class C:
    def __complex__(self): return 7j
print(complex(C()), 10j.__complex__(), sum([1j, 2, 3.5]), pow(2j, 2), [1j] * 2)
import math
try:
    math.sqrt(1j)
except TypeError as e:
    print(e)
print(0.1j + 0.2j, 1.1 * 3j, 1j.imag.is_integer())
# expect: (1+2j) (-1-2j) (1+2j) 1.0 2.0 (1-2j) 5.0 2j (-0-2j) (-1+0j) 0j (-0-0j) (-0-0j)
# expect: (-3+4j) (-0.2+0.4j) 2j (1-2j) (2.5+5j) (0.2-0.4j) (-3+4j) (-0.12-0.16j) (1.272019649514069+0.7861513777574233j) (0.36691394948660344+1.9660554808224875j) (-0.16345093210735503+0.09600498360894892j)
# expect: 0j (1+0j) (1.5-2j) (1+2j) (-350-4j) 1j -1j (1000+0j) (inf+nanj) (-3+5j)
# expect: (1.7319121124709868e-16+2.8284271247461903j) (-5.19573633741296e-16-2.8284271247461903j) infj (1+infj) (nan+1j)
# expect: True False True True False True 2000007 -2000006 True
# expect: {1j: 'a', (1+0j): 'b'} False True complex True
# expect: (1+2j) 1.50+2.00j        (1-2j)        3j (4+5j) (1e+16+1e-05j) 1.2345678901234568e+17j
# expect: '1+' complex() arg is a malformed string
# expect: 'j1' complex() arg is a malformed string
# expect: '1+2' complex() arg is a malformed string
# expect: '(1+2j' complex() arg is a malformed string
# expect: '' complex() arg is a malformed string
# expect: '1 + 2j' complex() arg is a malformed string
# expect: '--1j' complex() arg is a malformed string
# expect: z < z -> TypeError '<' not supported between instances of 'complex' and 'complex'
# expect: z // 2 -> TypeError unsupported operand type(s) for //: 'complex' and 'int'
# expect: z % 2 -> TypeError unsupported operand type(s) for %: 'complex' and 'int'
# expect: 1j ** -1 if False else 0j ** -1 -> ZeroDivisionError 0.0 to a negative or complex power
# expect: z / 0 -> ZeroDivisionError complex division by zero
# expect: complex('1', 2) -> TypeError complex() can't take second arg if first is a string
# expect: complex(1, '2') -> TypeError complex() second arg can't be a string
# expect: complex([]) -> TypeError complex() first argument must be a string or a number, not 'list'
# expect: float(z) -> TypeError float() argument must be a string or a real number, not 'complex'
# expect: int(z) -> TypeError int() argument must be a string, a bytes-like object or a real number, not 'complex'
# expect: divmod(z, 1) -> TypeError unsupported operand type(s) for divmod(): 'complex' and 'int'
# expect: 1.4142135623730951e+308
# expect: round(z) -> TypeError type complex doesn't define __round__ method
# expect: 7j 10j (5.5+1j) (-4+0j) [1j, 1j]
# expect: must be real number, not complex
# expect: 0.30000000000000004j 3.3000000000000003j True
