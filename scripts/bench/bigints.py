# Big integers: multiplication, floor division and modulo of numbers thousands of digits
# long, powers, modular exponentiation, bit operations and conversion to and from decimal
# strings (kept under CPython's 4300-digit conversion limit).
import _harness


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def workload(rounds):
    mersenne = (1 << 521) - 1
    digest = 0
    for k in range(rounds):
        f = factorial(1200 + k)
        text = str(f)
        g = fibonacci(4000 + 7 * k)
        q, r = divmod(f, g)
        p = pow(3, 9000 + k) // pow(7, 2500 + k)
        m = pow(12345678901234567890 + k, 10 ** 30 + k, mersenne)
        back = int(text[:2000]) * int(text[-2000:])
        x = (q ^ (p >> 100)) | (back & ((1 << 4000) - 1))
        digest = (digest * 1000003 + len(text) + text.count("7") + r % 999983
                  + q.bit_length() + m % 10 ** 12 + x % 10 ** 9 + (-p) // g % 1000) % (1 << 61)
    return digest


print(_harness.run(workload, 105))
