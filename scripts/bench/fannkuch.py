# Fannkuch-redux: for every permutation of 1..n, count the prefix reversals ("pancake
# flips") needed until 1 is first; reports the checksum and the maximum. List slicing,
# slice assignment and index juggling.
import _harness


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += -flips if index & 1 else flips
        # Next permutation: rotate the first r + 1 items left by one until a counter
        # has not run out.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        index += 1


def workload(repeats):
    results = [fannkuch(8) for _ in range(repeats)]
    assert results[0] == (1616, 22), results[0]
    return results[0]


print(*_harness.run(workload, 2))
