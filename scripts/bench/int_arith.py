# Integer arithmetic on small ints: Collatz sequence lengths, Euclid's gcd, bit
# operations and integer division and modulo in tight loops.
import _harness


def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def workload(n):
    longest = 0
    for i in range(1, n):
        c = collatz_len(i)
        if c > longest:
            longest = c
    g = 0
    for i in range(1, n):
        g += gcd(i * 7919, (i ^ 0x5A5A) + 1)
    bits = 0
    x = 12345
    for i in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        bits += (x >> 16) % 10 - (x // 65536) % 7 + (x | i) - (x & ~i)
    return longest, g, bits


print(*_harness.run(workload, 19500))
