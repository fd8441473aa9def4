# native: exact results, argument errors, and release_gil accepted either way.
import native

print(native.sum_of_squares(0), native.sum_of_squares(1), native.sum_of_squares(10))  # expect: 0 0 285
print(native.sum_of_squares(10) == sum(i * i for i in range(10)))  # expect: True
big = 5_000_000
print(native.sum_of_squares(big) == (big - 1) * big * (2 * big - 1) // 6)  # expect: True
print(native.sum_of_squares(big) > 2 ** 63)  # expect: True
print(native.sum_of_squares(-5), native.sum_of_squares(100, release_gil=False))  # expect: 0 328350
print(native.dot([1.0, 2.0, 3.0], [4, 5, 6]), native.dot((), []))  # expect: 32.0 0.0
print(native.dot([0.5] * 4, [2.0] * 4, release_gil=False))  # expect: 4.0
print(native.busy(0.0) >= 0)  # expect: True


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


show_error(lambda: native.dot([1.0], [1.0, 2.0]))  # expect: ValueError dot() sequences have different lengths (1 and 2)
show_error(lambda: native.dot(["a"], [1.0]))  # expect: TypeError must be real number, not str
show_error(lambda: native.sum_of_squares("x"))  # expect: TypeError sum_of_squares() argument must be an integer, not str
show_error(lambda: native.busy(-1))  # expect: ValueError busy() seconds must be a non-negative number
