# Ranges whose bounds or length pass 64 bits, as CPython's: length, items, slices,
# membership, index and count, iteration both ways, equality, attributes, and len()'s
# OverflowError when the length itself does not fit.
r = range(10**20)
print(r, bool(r), r[0], r[-1], r[10**19], 10**19 in r, 10**20 in r, -1 in r, 2.0 in r)
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
big = range(2**64, 2**64 + 10, 3)
print(big, len(big), list(big), list(reversed(big)), big.start, big.stop, big.step)
print(big.index(2**64 + 6), big.count(2**64 + 3), big.count(5), 2**64 + 4 in big)
print(range(0, 10**20, 7)[5:8], range(10**20)[::10**19], range(10**20)[-3:], range(10**20)[10**19:10**19 + 2])
print(list(range(10**20)[-1:-4:-1]), range(2**70, 0, -2**68), list(range(2**70, 0, -2**68)))
print(range(-2**63, 2**63), len(range(-2**63, 2**63 - 1, 4)), range(-2**63, 2**63)[2**63])
print(range(10**20) == range(0, 10**20), range(10**20) == range(10**20, 0), range(2**64, 2**64) == range(0), range(5, 2**65, 2**65) == range(5, 6))
it = iter(range(2**64, 2**64 + 2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(sum(range(2**63 - 2, 2**63 + 2)), max(range(2**64, 2**64 + 5)), sorted(range(2**64 + 2, 2**64 - 1, -1)))
for bad in [lambda: range(10**20)[10**20], lambda: range(2**64)[-2**64 - 1], lambda: range(2**64).index(-1), lambda: range(1, 2**64, 0)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    list(range(10**20))
except OverflowError as e:
    print("OverflowError:", e)
for r in (range(3), range(10**20)):
    for key in ("a", slice("a", None)):
        try:
            r[key]
        except TypeError as e:
            print("TypeError:", e)

# expect: range(0, 100000000000000000000) True 0 99999999999999999999 10000000000000000000 True False False True
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: range(18446744073709551616, 18446744073709551626, 3) 4 [18446744073709551616, 18446744073709551619, 18446744073709551622, 18446744073709551625] [18446744073709551625, 18446744073709551622, 18446744073709551619, 18446744073709551616] 18446744073709551616 18446744073709551626 3
# expect: 2 1 0 False
# expect: range(35, 56, 7) range(0, 100000000000000000000, 10000000000000000000) range(99999999999999999997, 100000000000000000000) range(10000000000000000000, 10000000000000000002)
# expect: [99999999999999999999, 99999999999999999998, 99999999999999999997] range(1180591620717411303424, 0, -295147905179352825856) [1180591620717411303424, 885443715538058477568, 590295810358705651712, 295147905179352825856]
# expect: range(-9223372036854775808, 9223372036854775808) 4611686018427387904 0
# expect: True False True True
# expect: longrange_iterator 18446744073709551616 18446744073709551617 done
# expect: 36893488147419103230 18446744073709551620 [18446744073709551616, 18446744073709551617, 18446744073709551618]
# expect: IndexError: range object index out of range
# expect: IndexError: range object index out of range
# expect: ValueError: -1 is not in range
# expect: ValueError: range() arg 3 must not be zero
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: TypeError: range indices must be integers or slices, not str
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: TypeError: range indices must be integers or slices, not str
# expect: TypeError: slice indices must be integers or None or have an __index__ method
