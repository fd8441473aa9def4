# arithmetic_temporaries.py: results written into temporary ints and floats (a * b in a * b + c) are
# the values CPython computes; small-int results are still the shared ones; float comparisons
# follow IEEE order (NaN unequal to everything).
a = 1000
b = a * 3 + 1 - 2
print(a, b, a * 3 is a * 3)
x = 2.5
y = x * x + x / 2.0 - 1.0
print(x, y)
def f(v):
    return v * 2 + 1
vals = [f(i) for i in range(300, 305)]
print(vals, f(1.5))
t = (1000 + 1, 2.0 * 3.0)
print(t)
n = 250
m = 250
print([n + k for k in range(10)], (n + 10) - 10 is m, 100 + 200 - 50 is m)
big = 2 ** 62
print(big * 4 + 1, big + big - 1)
nan = float("nan")
print(nan < 1.0, nan > 1.0, nan == nan, nan != nan, 1.0 <= 1.0, 2.0 >= 3.0, -0.0 == 0.0)
total = 0.0
for i in range(5):
    total += i * 0.5 + 0.25
print(total)
True + 1000
print(True + 1000, True, 1 + True)

# expect: 1000 2999 False
# expect: 2.5 6.5
# expect: [601, 603, 605, 607, 609] 4.0
# expect: (1001, 6.0)
# expect: [250, 251, 252, 253, 254, 255, 256, 257, 258, 259] True True
# expect: 18446744073709551617 9223372036854775807
# expect: False False False True True False True
# expect: 6.25
# expect: 1001 True 2
