# A request for a sequence too large for any machine is CPython's MemoryError (or its
# OverflowError for a count beyond any index), raised before anything is allocated: never
# a .NET fault and never minutes of swapping.
for expr in ["'x'.center(10**12)", "[0] * 10**10", "[0] * 10**30", "bytes(10**12)", "(1,) * 10**10",
             "list(range(10**10))", "'x'.zfill(10**12)", "'ab' * 10**30", "'x'.ljust(10**11, '-')"]:
    try:
        eval(expr)
        print(expr, "made")
    except (MemoryError, OverflowError) as e:
        print(expr, "->", type(e).__name__ + (": " + str(e) if str(e) else ""))
l = [1]
try:
    l *= 10**10
except MemoryError:
    print("in-place repeat: MemoryError, list unchanged:", l)
print([1, 2] * 3, (1,) * 2, b"a" * 3, "ab" * 2, [0] * -1, bytes(3), "x".center(5, "*"), "7".zfill(3))
# expect: 'x'.center(10**12) -> MemoryError
# expect: [0] * 10**10 -> MemoryError
# expect: [0] * 10**30 -> OverflowError: cannot fit 'int' into an index-sized integer
# expect: bytes(10**12) -> MemoryError
# expect: (1,) * 10**10 -> MemoryError
# expect: list(range(10**10)) -> MemoryError
# expect: 'x'.zfill(10**12) -> MemoryError
# expect: 'ab' * 10**30 -> OverflowError: cannot fit 'int' into an index-sized integer
# expect: 'x'.ljust(10**11, '-') -> MemoryError
# expect: in-place repeat: MemoryError, list unchanged: [1]
# expect: [1, 2, 1, 2, 1, 2] (1, 1) b'aaa' abab [] b'\x00\x00\x00' **x** 007
