# decimal against CPython on 2,880 lines of random operands: + - * / sqrt quantize % // and
# formats, at four precisions and six roundings (a digest of the lines, and the first five).
import random
from decimal import *
random.seed(7)
def rnd():
    k = random.randint(1, 25)
    digits = "".join(random.choice("0123456789") for _ in range(k))
    s = random.choice(["", "-"]) + digits
    e = random.randint(-12, 12)
    return Decimal(s + "E" + str(e))
out = []
for prec in (1, 3, 9, 28):
    for rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP):
        with localcontext() as c:
            c.prec = prec; c.rounding = rounding; c.traps[InvalidOperation] = False; c.traps[DivisionByZero] = False
            for _ in range(60):
                a, b = rnd(), rnd()
                r = [a + b, a - b, a * b, a / b if b else 'z', abs(a).sqrt(), a.quantize(Decimal("1E-3")), +a, a.normalize(), a % b if b else 'z', a // b if b else 'z']
                out.append(" ".join(str(x) for x in r))
                out.append("%s %s %s %s" % (format(a, ".3f"), format(a, ".4e"), format(a, ".5g"), format(a, ",")))
import hashlib
print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
print("\n".join(out[:5]))

# expect: 2880 176a610abb910a11422089907250118aadb12ea1bdd8f5c003bfc2ea31f32e53
# expect: -6E+2 6E+2 -2E+3 -0.004 2 NaN 3 3 3 -0
# expect: 2.602 2.6018e+0 2.6018 2.6018159083
# expect: 2E+14 -2E+14 -2E+26 -0.004 9E+5 NaN -8E+11 -8E+11 -8E+11 -0
# expect: -824628100000.000 -8.2463e+11 -8.2463e+11 -8.246281E+11
# expect: -3E+20 -3E+20 2E+32 5E+8 2E+10 NaN -3E+20 -3E+20 NaN NaN
