# decimal as CPython's: exact decimal arithmetic rounded to the context's precision with its
# rounding, quantize, sqrt, formatting, comparisons and hashes across the numeric tower,
# conditions and traps, local contexts per thread.
from decimal import *
import decimal
D = Decimal
print(D('0.1') + D('0.2'), D('0.1') + D('0.2') == D('0.3'), 0.1 + 0.2 == 0.3)
print(D(1) / D(7), D(10) / D(4), D('1.00') / D(2), D(1) / D(3) * 3, D(2) / D(3))
print(D(0.1), D(1.5), D(-0.0), D('1e3'), D('-1.50E-3'), D('.5'), D('5.'), D('1_000.5'), D('  42  '))
print(repr(D('NaN')), repr(D('-Infinity')), repr(D('sNaN12')), D('inf') > D(10**30))
getcontext().prec = 6
print(D(1) / D(7), D('123456789') + 0, D(2).sqrt(), D(16).sqrt(), D('0.0001').sqrt(), D(10) ** 20, D(2) ** -3)
getcontext().prec = 28
print(D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('7.325').quantize(D('1.'), rounding=ROUND_UP), D('2.675').quantize(D('0.01')), D('2.665').quantize(D('0.01'), rounding=ROUND_HALF_UP))
for r in (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
    print(r, [str(D(x).quantize(D('1'), rounding=r)) for x in ('2.5', '-2.5', '1.5', '3.51', '-3.49', '0.5', '10.5', '25.1')])
print(sum(D('0.01') for _ in range(100)), max(D('1.5'), D('1.50')), min([D(3), D('2.9')]), sorted([D('1.1'), D(1), D('0.9')]))
print(int(D('3.99')), int(D('-3.99')), float(D('1.1')), round(D('2.675'), 2), round(D('3.5')), round(D('4.5')), D('3.14159').__round__(3))
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.2f}", f"{D('0.000012345'):.3e}", f"{D('1234.5'):10.1f}|", f"{D('-5.5'):+08.2f}", f"{D('0.25'):%}", f"{D('0.25'):.1%}", f"{D('123.456'):g}", f"{D('123.456'):.2g}", format(D('1E+5')), format(D('1E+5'), 'f'), f"{D('12'):<6}|", f"{D('12'):^7}|")
print(D('1.30') == D('1.3'), hash(D('1.5')) == hash(1.5), hash(D(7)) == hash(7), D('0.5') == 0.5, D(3) == 3, D('3.0') < 4, 2 < D('2.5'))
print(D('-0'), D('0.00'), D('1E-7'), D('123E+3'), D('0.000001'), D('1.23E+20').normalize(), D('120.00').normalize(), D('0.00').normalize())
print(D('10') % D('3'), D('-10') % D('3'), D('10') // D('-3'), divmod(D('7.5'), D(2)), D(5) - D('0.5'), -D('1.5'), abs(D('-2')), +D('1.00'))
print(D('3.14').as_tuple(), D(-7).as_tuple(), D('1.5').as_integer_ratio(), D('12.30').adjusted(), D('1e-3').is_zero(), D(0).is_zero(), D('-1').is_signed())
print(D('1.1') * 3, 3 * D('1.1'), D(1) + 1, 1 - D('0.5'), D('2') ** 10, D('0.5') ** 2, D('1.21').sqrt(), D(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(3), D('1234.5') + 0)
print(D(1) / D(3))
ctx = Context(prec=5, rounding=ROUND_HALF_UP)
print(ctx.divide(D(2), D(3)), ctx.add(D('1.00001'), 0), ctx.create_decimal('3.14159265'), ctx.sqrt(D(2)))
for bad in [lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D('abc'), lambda: D(1) + 1.5, lambda: D('1.5').quantize(D('1e-30')), lambda: D(-1).sqrt(), lambda: int(D('NaN'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, type(e).__mro__[1].__name__)
print(getcontext().prec, getcontext().rounding, DefaultContext.prec)
print(D('1.5').compare(D(2)), D(1).max(D(2)), D('12.34').to_integral_value(), D('12.5').to_integral_value(), D('1e2').to_eng_string(), D('123e5').to_eng_string())
print(decimal.Decimal, isinstance(D(1), decimal.Decimal), D(D('2.5')), D((0, (1, 4, 1), -2)), D(10**30) * D(10**30))
for bad in [lambda: D(1) / D(0), lambda: D('x'), lambda: D(1).sqrt() + D('sNaN')]:
    try: bad()
    except DecimalException as e: print(type(e).__name__, e.args)
c = getcontext(); c.traps[DivisionByZero] = False; print(D(1) / D(0), D(-1) / 0, c.flags[DivisionByZero]); c.traps[DivisionByZero] = True; c.clear_flags()
print(c)
import pickle, copy
print(pickle.loads(pickle.dumps(D('1.50'))), copy.deepcopy([D('2.5')]), D('1.5').__reduce__())
import threading
out = []
def work():
    with localcontext() as cx:
        cx.prec = 2
        out.append(str(D(1) / D(3)))
t = threading.Thread(target=work); t.start(); t.join(); print(out, D(1) / D(3))
from fractions import Fraction
print(D('0.5') == Fraction(1, 2), D('0.25') < Fraction(1, 3), D(10) ** D('0.5') if False else '', sum([D('1.10'), D('2.20'), 3]), D(12345678901234567890) / 7)

# expect: 0.3 True False
# expect: 0.1428571428571428571428571429 2.5 0.50 0.9999999999999999999999999999 0.6666666666666666666666666667
# expect: 0.1000000000000000055511151231257827021181583404541015625 1.5 -0 1E+3 -0.00150 0.5 5 1000.5 42
# expect: Decimal('NaN') Decimal('-Infinity') Decimal('sNaN12') True
# expect: 0.142857 1.23457E+8 1.41421 4 0.01 1.00000E+20 0.125
# expect: 7.32 8 2.68 2.67
# expect: ROUND_DOWN ['2', '-2', '1', '3', '-3', '0', '10', '25']
# expect: ROUND_HALF_UP ['3', '-3', '2', '4', '-3', '1', '11', '25']
# expect: ROUND_HALF_EVEN ['2', '-2', '2', '4', '-3', '0', '10', '25']
# expect: ROUND_CEILING ['3', '-2', '2', '4', '-3', '1', '11', '26']
# expect: ROUND_FLOOR ['2', '-3', '1', '3', '-4', '0', '10', '25']
# expect: ROUND_UP ['3', '-3', '2', '4', '-4', '1', '11', '26']
# expect: ROUND_HALF_DOWN ['2', '-2', '1', '4', '-3', '0', '10', '25']
# expect: ROUND_05UP ['2', '-2', '1', '3', '-3', '1', '11', '26']
# expect: 1.00 1.5 2.9 [Decimal('0.9'), Decimal('1'), Decimal('1.1')]
# expect: 3 -3 1.1 2.68 4 4 3.142
# expect: 1234.57 1,234.57 1.234e-5     1234.5| -0005.50 25% 25.0% 123.456 1.2e+2 1E+5 100000 12    |   12   |
# expect: True True True True True True True
# expect: -0 0.00 1E-7 1.23E+5 0.000001 1.23E+20 1.2E+2 0
# expect: 1 -1 -3 (Decimal('3'), Decimal('1.5')) 4.5 -1.5 2 1.00
# expect: DecimalTuple(sign=0, digits=(3, 1, 4), exponent=-2) DecimalTuple(sign=1, digits=(7,), exponent=0) (3, 2) 1 False True True
# expect: 3.3 3.3 2 0.5 1024 0.25 1.1 1.414213562373095048801688724
# expect: 0.333 1.23E+3
# expect: 0.3333333333333333333333333333
# expect: 0.66667 1.0000 3.1416 1.4142
# expect: DivisionByZero DecimalException
# expect: InvalidOperation DecimalException
# expect: InvalidOperation DecimalException
# expect: TypeError Exception
# expect: InvalidOperation DecimalException
# expect: InvalidOperation DecimalException
# expect: ValueError Exception
# expect: 28 ROUND_HALF_EVEN 28
# expect: -1 2 12 12 100 12.3E+6
# expect: <class 'decimal.Decimal'> True 2.5 1.41 1.000000000000000000000000000E+60
# expect: DivisionByZero ([<class 'decimal.DivisionByZero'>],)
# expect: InvalidOperation ([<class 'decimal.ConversionSyntax'>],)
# expect: InvalidOperation ([<class 'decimal.InvalidOperation'>],)
# expect: Infinity -Infinity True
# expect: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
# expect: 1.50 [Decimal('2.5')] (<class 'decimal.Decimal'>, ('1.5',))
# expect: ['0.33'] 0.3333333333333333333333333333
# expect: True True  6.30 1763668414462081127.142857143
