# Decimal fractional powers, correctly rounded at the context's precision, and scaleb.
from decimal import Decimal, getcontext, localcontext, InvalidOperation

print(Decimal(4) ** Decimal("0.5"), Decimal(2) ** Decimal("0.5"), Decimal("1.21") ** Decimal("0.5"))
# expect: 2.000000000000000000000000000 1.414213562373095048801688724 1.100000000000000000000000000
print(Decimal(8) ** Decimal("1.5"), Decimal(10) ** Decimal("-0.5"), Decimal("0.5") ** Decimal("2.5"))
# expect: 22.62741699796952078082701959 0.3162277660168379331998893544 0.1767766952966368811002110905
print(Decimal(27) ** (Decimal(1) / 3), Decimal("1.0001") ** Decimal("10000.5"))
# expect: 3.000000000000000000000000000 2.718281830724053590252747715
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(3) ** Decimal("0.25"))  # expect: 1.3160740129524924608192189017969990551600685902058
print(Decimal("1.2345").scaleb(2), Decimal("1.2345").scaleb(-3), Decimal("5E+3").scaleb(2), Decimal("nan").scaleb(1))
# expect: 123.45 0.0012345 5E+5 NaN
print(Decimal("-7.5").scaleb(1), Decimal("inf").scaleb(3), Decimal(1).scaleb(Decimal(2)))
# expect: -75 Infinity 1E+2
try:
    Decimal(1).scaleb(Decimal("1.5"))
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)  # expect: InvalidOperation InvalidOperation
try:
    Decimal(-2) ** Decimal("0.5")
except InvalidOperation:
    print("InvalidOperation for a negative base")  # expect: InvalidOperation for a negative base
