# Wide ints (between 64 and 128 bits) hash, compare, print and compute as CPython's; range
# lengths at the ends of the 64-bit range.
import sys
M = sys.maxsize
for a in [(0, M, 1), (-M-1, M, 1), (-M-1, M, 2), (M, -M-1, -1), (M, -M-1, -M-1), (5, 1, -2), (1, 5, 3), (-M-1, M, M), (M, -M-1, -2), (0, 0, 1), (3, 1, 1)]:
    try:
        r = range(*a)
        print(a, len(r))
    except OverflowError as e:
        print(a, "OverflowError", e)
w = [2**64, -2**64, 2**127-1, -2**127, 2**100+7, -(2**90)]
print([hash(x) for x in w])
print(sorted(w), 2**127-1 > 2**126, -2**127 < -2**126)
print([x * 3 for x in w[:3]], w[4] // 7, w[4] % 13, str(w[3]))

# expect: (0, 9223372036854775807, 1) 9223372036854775807
# expect: (-9223372036854775808, 9223372036854775807, 1) OverflowError Python int too large to convert to C ssize_t
# expect: (-9223372036854775808, 9223372036854775807, 2) OverflowError Python int too large to convert to C ssize_t
# expect: (9223372036854775807, -9223372036854775808, -1) OverflowError Python int too large to convert to C ssize_t
# expect: (9223372036854775807, -9223372036854775808, -9223372036854775808) 2
# expect: (5, 1, -2) 2
# expect: (1, 5, 3) 2
# expect: (-9223372036854775808, 9223372036854775807, 9223372036854775807) 3
# expect: (9223372036854775807, -9223372036854775808, -2) OverflowError Python int too large to convert to C ssize_t
# expect: (0, 0, 1) 0
# expect: (3, 1, 1) 0
# expect: [8, -8, 31, -32, 549755813895, -536870912]
# expect: [-170141183460469231731687303715884105728, -1237940039285380274899124224, -18446744073709551616, 18446744073709551616, 1267650600228229401496703205383, 170141183460469231731687303715884105727] True True
# expect: [55340232221128654848, -55340232221128654848, 510423550381407695195061911147652317181] 181092942889747057356671886483 10 -170141183460469231731687303715884105728
