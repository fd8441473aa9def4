# for over a range, where the loop variable's int may take the next value in place: values
# kept by a list, a dict, a closure or a generator stay what they were; a big int or a
# subclass instance held by the variable before the loop is left alone; small ints stay the
# shared ones; the output CPython 3.11 printed.
kept = []
for i in range(1000, 1012):
    if i % 4 == 0:
        kept.append(i)
print(kept, i)
table = {}
for k in range(5000, 5003):
    table[k] = k * 2
print(table)
funcs = []
for n in range(700, 703):
    funcs.append(lambda: n)
print([f() for f in funcs])
def capture():
    out = []
    for j in range(900, 904):
        out.append(lambda j=j: j)
    return [g() for g in out]
print(capture())
def big_before():
    i = 10 ** 30 + 1
    for i in range(1000, 1003):
        pass
    return i, i + 1, type(i).__name__, i == 1002, hash(i) == hash(1002)
print(big_before())
class MyInt(int):
    pass
def subclass_before():
    i = MyInt(5000)
    seen = []
    for i in range(5000, 5002):
        seen.append(type(i).__name__)
    return seen, i
print(subclass_before())
def small_and_negative():
    out = []
    for i in range(250, 262, 3):
        out.append(i)
    for i in range(-3, -12, -4):
        out.append(i)
    return out
print(small_and_negative())
def nested():
    total = 0
    for a in range(300, 303):
        for b in range(a, a + 2):
            total += a * b
    return total, a, b
print(nested())
def gen():
    for i in range(10**6, 10**6 + 3):
        yield i
print(list(gen()), sum(gen()))
ids = set()
for i in range(10**9, 10**9 + 5):
    ids.add(i)
print(sorted(ids))
# expect: [1000, 1004, 1008] 1011
# expect: {5000: 10000, 5001: 10002, 5002: 10004}
# expect: [702, 702, 702]
# expect: [900, 901, 902, 903]
# expect: (1002, 1003, 'int', True, True)
# expect: (['int', 'int'], 5001)
# expect: [250, 253, 256, 259, -3, -7, -11]
# expect: (544513, 302, 303)
# expect: [1000000, 1000001, 1000002] 3000003
# expect: [1000000000, 1000000001, 1000000002, 1000000003, 1000000004]
