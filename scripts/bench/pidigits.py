# Pi digits: the first n decimal digits of pi from an unbounded spigot (a stream of
# linear fractional transformations on exact integers). Big-integer multiplication and
# division on numbers that grow to thousands of digits.
import _harness


def pi_digits(n):
    digits = []
    numer, accum, denom = 1, 0, 1
    k = 0
    while len(digits) < n:
        k += 1
        k2 = 2 * k + 1
        accum = (accum + 2 * numer) * k2
        denom *= k2
        numer *= k
        if numer > accum:
            continue
        q, r = divmod(3 * numer + accum, denom)
        if r + numer >= denom:  # floor((4 * numer + accum) / denom) differs: not settled yet
            continue
        digits.append(q)
        accum = (accum - denom * q) * 10
        numer *= 10
    return digits


def workload(n):
    d = pi_digits(n)
    lines = []
    for i in range(0, n, 10):
        chunk = "".join(str(x) for x in d[i:i + 10])
        lines.append("%-10s\t:%d" % (chunk, min(i + 10, n)))
    return "\n".join(lines)


print(_harness.run(workload, 2330))
