# Arithmetic, names and calls: the smallest programs.
print(1 + 2 * 3)  # expect: 7
print(7 // 2, 7 % 2, -7 // 2)  # expect: 3 1 -4
x = [i * i for i in range(5)]
print(x)  # expect: [0, 1, 4, 9, 16]


def f(a, b=2, *rest, c=3, **kw):
    return a + b + c + sum(rest) + len(kw)


print(f(1), f(1, 1, 1, 1, c=0, z=9))  # expect: 6 5
print("%s-%d" % ("a", 5), f"{x[2]:>3}|")  # expect: a-5   4|
