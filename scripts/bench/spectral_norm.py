# Spectral norm: the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), estimated by ten steps of the power
# method on an n-by-n corner; nested loops over float lists and small function calls.
import _harness


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    return [sum([a(i, j) * u[j] for j in range(n)]) for i in range(n)]


def times_at(u):
    n = len(u)
    return [sum([a(j, i) * u[j] for j in range(n)]) for i in range(n)]


def times_ata(u):
    return times_at(times_a(u))


def workload(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return "%.9f" % ((vbv / vv) ** 0.5)


print(_harness.run(workload, 135))
