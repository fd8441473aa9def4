# Decimal exp, ln and log10 as CPython's: correctly rounded at the context's precision, exact
# for powers of ten, with the specials and errors.
from decimal import *
D = Decimal
print(D(1).exp(), D(10).ln(), D(100).log10(), D(2).ln(), D('0.5').exp(), D(-1).exp(), D(1000).log10(), D(2).log10(), D('1e-50').exp(), D(50).exp())
getcontext().prec = 10
print(D(3).exp(), D('123.456').ln(), D('0.001').log10(), D('7').log10(), D('1.1').ln())
getcontext().prec = 28
c = getcontext(); c.clear_flags()
print(D(0).exp(), D(1).ln(), D(0).ln(), D('Infinity').exp(), D('-Infinity').exp(), D('Infinity').ln(), D('0.0001').log10(), D(1).log10())
print(c.flags[Inexact], c.flags[Rounded])
for bad in [lambda: D(-5).ln(), lambda: D(-1).log10()]:
    try: bad()
    except InvalidOperation as e: print("InvalidOperation")

# expect: 2.718281828459045235360287471 2.302585092994045684017991455 2 0.6931471805599453094172321215 1.648721270700128146848650788 0.3678794411714423215955237702 3 0.3010299956639811952137388947 1.000000000000000000000000000 5184705528587072464087.453323
# expect: 20.08553692 4.815884817 -3 0.8450980400 0.09531017980
# expect: 1 0 -Infinity Infinity 0 Infinity -4 0
# expect: False False
# expect: InvalidOperation
# expect: InvalidOperation
