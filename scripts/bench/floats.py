# Floating-point arithmetic: a numerical integration.
def f(x):
    return 4.0 / (1.0 + x * x)


n = 1000000
h = 1.0 / n
s = 0.0
for i in range(n):
    s += f((i + 0.5) * h)
print(round(s * h, 10))
