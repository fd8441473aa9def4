# Decimal ln, log10 and exp against CPython on 160 random operands at four precisions
# (a digest of the lines, and the first three).
import random
from decimal import *
random.seed(11)
out = []
for prec in (5, 12, 28, 40):
    getcontext().prec = prec
    for _ in range(40):
        k = random.randint(1, 20)
        digits = "".join(random.choice("0123456789") for _ in range(k)).lstrip("0") or "7"
        x = Decimal(digits + "E" + str(random.randint(-25, 3)))
        y = Decimal(random.choice(["", "-"]) + digits + "E" + str(random.randint(-k - 3, 1 - k)))
        out.append("%s %s %s %s" % (x.ln(), x.log10(), y.exp(), (x / 7).exp() if (x / 7).adjusted() < 3 else ""))
import hashlib
print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
print("\n".join(out[:3]))

# expect: 160 a1a5f175285077c2ddd8b3c28d350e0ae7c04d1fc73cad389f996569c8d936c4
# expect: -18.551 -8.0566 6495.9 1.0000
# expect: 27.399 11.899 0.92377 
# expect: 32.173 13.972 11890 
