# The words of two assignment errors: a slice given something that cannot be iterated, and a
# built-in type's read-only attribute.
a = [1, 2, 3]
for target in ("a[1:2] = 5", "a[::2] = 5", "a[0:3:1] = None", "a[1:2] = iter([9])", "a[::-1] = 'xyz'"):
    try:
        exec(target)
        print(target, "->", a)
    except (TypeError, ValueError) as e:
        print(target, "->", type(e).__name__, e)

b = [1, 2, 3, 4]
def shrink():
    b.clear()
    yield 7
b[1:3] = shrink()
print(b)

x = 1
for stmt in ("x.real = 2", "del x.imag", "True.numerator = 3", "(1.5).real = 0", "(1j).imag = 2"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)

# expect: a[1:2] = 5 -> TypeError can only assign an iterable
# expect: a[::2] = 5 -> TypeError must assign iterable to extended slice
# expect: a[0:3:1] = None -> TypeError can only assign an iterable
# expect: a[1:2] = iter([9]) -> [1, 9, 3]
# expect: a[::-1] = 'xyz' -> ['z', 'y', 'x']
# expect: [7]
# expect: x.real = 2 -> attribute 'real' of 'int' objects is not writable
# expect: del x.imag -> attribute 'imag' of 'int' objects is not writable
# expect: True.numerator = 3 -> attribute 'numerator' of 'int' objects is not writable
# expect: (1.5).real = 0 -> attribute 'real' of 'float' objects is not writable
# expect: (1j).imag = 2 -> readonly attribute
