# Generators and comprehensions over them.
def gen(n):
    for i in range(n):
        if i % 3 == 0:
            yield i


def pairs(n):
    yield from ((i, i * 2) for i in gen(n))


total = 0
for a, b in pairs(900000):
    total += a + b
print(total, sum(x for x in gen(600000)))
