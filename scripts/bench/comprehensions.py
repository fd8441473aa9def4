# Comprehensions: list, dict and set comprehensions with conditions, nested loops and
# nested comprehensions, and the built-ins that consume them (sum, max, sorted, zip).
import _harness


def workload(n):
    squares = [i * i for i in range(n)]
    odd = [s for s in squares if s & 1]
    pairs = [(a, b) for a in range(n // 1000) for b in range(a, n // 1000) if (a + b) % 7 == 0]
    table = {i: i % 17 for i in range(n)}
    inverse = {v: k for k, v in table.items()}
    residues = {s % 1009 for s in squares}
    matrix = [[(r * c) % 10 for c in range(40)] for r in range(n // 40)]
    transposed = [[row[c] for row in matrix] for c in range(40)]
    col_sums = [sum(col) for col in transposed]
    words = [str(i) for i in range(n // 2)]
    lengths = {w: len(w) for w in words if w[-1] in "37"}
    zipped = [a * b for a, b in zip(odd, squares)]
    return len(odd), len(pairs), len(inverse), len(residues), max(col_sums), len(lengths), sum(zipped) % 1000003, sorted(residues)[:5]


print(*_harness.run(workload, 220000))
