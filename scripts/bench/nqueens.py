# N-queens: all placements of n non-attacking queens on an n-by-n board, found two ways --
# a recursive generator with sets of attacked columns and diagonals, and a filter over
# all permutations (generated without itertools) -- then checked against each other.
import _harness


def queens_backtrack(n):
    cols = set()
    up = set()
    down = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for c in range(n):
            if c in cols or row + c in up or row - c in down:
                continue
            cols.add(c)
            up.add(row + c)
            down.add(row - c)
            placed.append(c)
            yield from place(row + 1)
            placed.pop()
            cols.remove(c)
            up.remove(row + c)
            down.remove(row - c)

    return list(place(0))


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield (items[i],) + p


def queens_permutations(n):
    cols = list(range(n))
    return [p for p in permutations(cols)
            if n == len({p[i] + i for i in cols}) == len({p[i] - i for i in cols})]


def workload(n):
    a = queens_backtrack(n + 2)
    b = queens_permutations(n)
    assert sorted(queens_backtrack(n)) == sorted(b)
    return len(a), len(b), a[0], a[-1], b[len(b) // 2]


print(*_harness.run(workload, 8))
